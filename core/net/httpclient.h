#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>

#include "core/util/error.h"

namespace Marquee::Net {

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // names lower-cased

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Blocking HTTP GET for worker threads. Each calling thread gets its own QNetworkAccessManager
// (Qt's network objects are thread-affine and the render pool's threads are long-lived), so the
// pipeline stays straight-line code while many renders fetch at once.
//
// Errors: UpstreamTimeout when no complete answer arrives within the timeout; UpstreamStatus with
// upstreamStatus 0 for connection failures and truncated bodies. Any HTTP status (404, 429, 5xx) is a
// successful HttpResponse: the caller decides what it means. Messages never contain the URL's query.
class HttpClient
{
public:
    explicit HttpClient(int defaultTimeoutMs = 12000, qint64 maxBodyBytes = 32 * 1024 * 1024);

    Result<HttpResponse> get(const QUrl &url, const HeaderList &headers = {}, int timeoutMs = -1) const;
    // Same, with a per-call body cap (image fetches use a tighter cap than the client default).
    Result<HttpResponse> get(const QUrl &url, const HeaderList &headers, int timeoutMs,
                             qint64 maxBodyBytes) const;

    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

private:
    int m_defaultTimeoutMs;
    qint64 m_maxBodyBytes;
};

// Seconds from a Retry-After header value (delta-seconds or an HTTP date), clamped to 1…capSeconds;
// defaultSeconds when the value is missing or unparsable.
int retryAfterSeconds(const QByteArray &headerValue, int defaultSeconds, int capSeconds);

// The URL as safe to log: every query value whose name looks like a key is replaced by "***".
QString redactedUrl(const QUrl &url);

} // namespace Marquee::Net
