#include "tests/daemon/httptestclient.h"

#include <QNetworkReply>
#include <QTest>

#include <algorithm>

namespace Marquee::Tests {

HttpTestClient::HttpTestClient()
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkRequest HttpTestClient::request(const QUrl &url, const RequestHeaders &headers, int timeoutMs) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return request;
}

HttpReply HttpTestClient::get(const QUrl &url, const RequestHeaders &headers, int timeoutMs)
{
    return send(QByteArrayLiteral("GET"), url, {}, headers, timeoutMs);
}

HttpReply HttpTestClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const RequestHeaders &headers, int timeoutMs)
{
    QNetworkRequest req = request(url, headers, timeoutMs);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 1000);
    return collect(reply, finished);
}

QList<HttpReply> HttpTestClient::getAll(const QList<QUrl> &urls, const RequestHeaders &headers, int timeoutMs)
{
    QList<QNetworkReply *> replies;
    for (const QUrl &url : urls)
        replies.append(m_network.get(request(url, headers, timeoutMs)));
    (void)QTest::qWaitFor(
        [&replies] {
            return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); });
        },
        timeoutMs + 1000);
    QList<HttpReply> results;
    for (QNetworkReply *reply : replies)
        results.append(collect(reply, reply->isFinished()));
    return results;
}

HttpReply HttpTestClient::collect(QNetworkReply *reply, bool finished)
{
    HttpReply result;
    result.finished = finished;
    if (!finished) {
        reply->abort();
        reply->deleteLater();
        result.networkError = QStringLiteral("no answer in time");
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace Marquee::Tests
