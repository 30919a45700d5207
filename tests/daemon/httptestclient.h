#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include "tests/daemon/daemonharness.h"

class QNetworkReply;

namespace Marquee::Tests {

// Blocking HTTP for tests that talk to a daemon at a URL (another process, or several daemons): the
// event loop runs while a test waits, so an in-process daemon keeps serving. Redirects are not followed.
class HttpTestClient
{
public:
    HttpTestClient();

    HttpReply get(const QUrl &url, const RequestHeaders &headers = {}, int timeoutMs = 60000);
    HttpReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                   const RequestHeaders &headers = {}, int timeoutMs = 60000);
    // All requests at once (as concurrent as the manager's six connections per host allow); the
    // replies in the order of `urls`.
    QList<HttpReply> getAll(const QList<QUrl> &urls, const RequestHeaders &headers = {}, int timeoutMs = 60000);

    // What a finished (or given-up) reply carried; deletes the reply later.
    static HttpReply collect(QNetworkReply *reply, bool finished);

private:
    QNetworkRequest request(const QUrl &url, const RequestHeaders &headers, int timeoutMs) const;

    QNetworkAccessManager m_network;
};

} // namespace Marquee::Tests
