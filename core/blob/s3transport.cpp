#include "core/blob/s3transport.h"

#include <memory>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadStorage>
#include <QTimer>

namespace Marquee::Blob {

namespace {

// One manager per thread (QNetworkAccessManager is thread-affine); QThreadStorage deletes it while the
// thread's Qt state still exists.
QNetworkAccessManager &threadManager()
{
    static QThreadStorage<QNetworkAccessManager *> managers;
    if (!managers.hasLocalData()) {
        auto *manager = new QNetworkAccessManager;
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        managers.setLocalData(manager);
    }
    return *managers.localData();
}

QNetworkRequest buildRequest(const S3Target &target, const S3Transport::HeaderList &headers)
{
    QNetworkRequest request(target.url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // The Host header is part of the signature, so it is set to exactly the signed bytes.
    request.setRawHeader(QByteArrayLiteral("Host"), target.host);
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    for (const auto &header : headers) {
        if (header.first.compare("host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(header.first, header.second);
    }
    return request;
}

QNetworkReply *start(const QByteArray &method, const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkAccessManager &manager = threadManager();
    if (method == "GET")
        return manager.get(request);
    if (method == "HEAD")
        return manager.head(request);   // the dedicated call: Qt then expects no body
    if (method == "DELETE")
        return manager.deleteResource(request);
    if (method == "PUT")
        return manager.put(request, body);
    return manager.sendCustomRequest(request, method, body);
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolFailure;
}

} // namespace

S3Transport::S3Transport(int connectTimeoutMs, int readTimeoutMs)
    : m_connectTimeoutMs(connectTimeoutMs)
    , m_readTimeoutMs(readTimeoutMs)
{
}

S3Exchange S3Transport::send(const QByteArray &method, const S3Target &target, const HeaderList &headers,
                             const QByteArray &body) const
{
    std::unique_ptr<QNetworkReply> reply(start(method, buildRequest(target, headers), body));
    S3Exchange exchange;
    bool timedOut = false;
    {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            reply->abort();
        });
        // Any sign of life moves from the connect deadline to the (longer) read deadline.
        const auto progressed = [&] { deadline.start(m_readTimeoutMs); };
        QObject::connect(reply.get(), &QNetworkReply::requestSent, &loop, progressed);
        QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop, progressed);
        QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, progressed);
        QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
            progressed();
            exchange.body += reply->readAll();
        });
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        deadline.start(m_connectTimeoutMs);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        deadline.stop();
    }
    if (reply->isOpen())
        exchange.body += reply->readAll();   // the rest of the body: never leave a response unread

    if (timedOut) {
        exchange.outcome = S3Exchange::Outcome::TimedOut;
        return exchange;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || isTransportError(reply->error())) {
        exchange.outcome = S3Exchange::Outcome::NetworkError;
        exchange.body.clear();
        return exchange;
    }
    // A body cut short is no answer at all (HEAD announces a length it never sends).
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (method != "HEAD" && length.isValid() && length.toLongLong() != exchange.body.size()) {
        exchange.outcome = S3Exchange::Outcome::NetworkError;
        exchange.body.clear();
        return exchange;
    }
    exchange.outcome = S3Exchange::Outcome::Answered;
    exchange.status = status.toInt();
    return exchange;
}

} // namespace Marquee::Blob
