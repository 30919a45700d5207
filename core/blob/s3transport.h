#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include "core/blob/s3location.h"

namespace Marquee::Blob {

// What came back from one S3 request.
struct S3Exchange
{
    enum class Outcome { Answered, TimedOut, NetworkError };

    Outcome outcome = Outcome::NetworkError;
    int status = 0;          // HTTP status when Answered
    QByteArray body;         // the whole body, always read to the end (keeps the connection reusable)

    bool answered() const { return outcome == Outcome::Answered; }
};

// Blocking HTTP for the S3 store, like Net::HttpClient: one QNetworkAccessManager per calling thread,
// a local event loop per request. Separate from HttpClient because S3 needs PUT/DELETE/HEAD with exact
// Host and path bytes (they are signed), no redirect following, and a connect deadline distinct from the
// read deadline: `connectTimeoutMs` until the request is on the wire, then `readTimeoutMs` of silence.
class S3Transport
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    explicit S3Transport(int connectTimeoutMs = 5000, int readTimeoutMs = 15000);

    // method: GET, PUT, DELETE or HEAD.
    S3Exchange send(const QByteArray &method, const S3Target &target, const HeaderList &headers,
                    const QByteArray &body = {}) const;

private:
    int m_connectTimeoutMs;
    int m_readTimeoutMs;
};

} // namespace Marquee::Blob
