#include "app/daemoncontrol/daemonclient.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>

namespace Marquee::App {

QUrl DaemonEndpoint::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = base;
    QString prefix = result.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    result.setPath(prefix + path);
    result.setQuery(query);
    return result;
}

DaemonClient::DaemonClient(QObject *parent)
    : QObject(parent)
{
}

QNetworkRequest DaemonClient::request(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest request(m_endpoint.url(path, query));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_endpoint.accessKey.isEmpty())
        request.setRawHeader("X-Access-Key", m_endpoint.accessKey.toUtf8());
    return request;
}

void DaemonClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback)
{
    watch(m_network.get(request(path, query)), context, std::move(callback));
}

void DaemonClient::putJson(const QString &path, const QByteArray &json, QObject *context, Callback callback)
{
    QNetworkRequest put = request(path, {});
    put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    watch(m_network.put(put, json), context, std::move(callback));
}

void DaemonClient::remove(const QString &path, QObject *context, Callback callback)
{
    watch(m_network.deleteResource(request(path, {})), context, std::move(callback));
}

void DaemonClient::watch(QNetworkReply *reply, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, callback = std::move(callback)] {
        reply->deleteLater();
        if (!guard)
            return;
        DaemonReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (answer.status == 0) {
            answer.errorMessage = reply->errorString();
        } else if (!answer.ok()) {
            const QString error = answer.json().object().value(QStringLiteral("error")).toString();
            answer.errorMessage = error.isEmpty() ? tr("HTTP %1").arg(answer.status) : error;
        }
        callback(answer);
    });
}

} // namespace Marquee::App
