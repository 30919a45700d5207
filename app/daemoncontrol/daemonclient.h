#pragma once

#include <functional>

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Marquee::App {

// Which daemon the app talks to. The access key travels in the X-Access-Key header, never in logs.
struct DaemonEndpoint
{
    QUrl base;          // http://127.0.0.1:8000
    QString accessKey;  // empty: loopback-only daemons accept the app without one

    bool isValid() const { return base.isValid() && !base.host().isEmpty(); }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
};

struct DaemonReply
{
    int status = 0;         // HTTP status; 0 when no answer arrived
    QByteArray body;
    QString errorMessage;   // transport error or the daemon's {"error": …}; empty on 2xx

    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// Asynchronous HTTP to a daemon over one QNetworkAccessManager (GUI thread). Each call answers once
// through its callback, on the GUI thread; a callback is dropped if `context` is gone by then.
class DaemonClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const DaemonReply &reply)>;

    explicit DaemonClient(QObject *parent = nullptr);

    void setEndpoint(const DaemonEndpoint &endpoint) { m_endpoint = endpoint; }
    const DaemonEndpoint &endpoint() const { return m_endpoint; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback);
    void putJson(const QString &path, const QByteArray &json, QObject *context, Callback callback);
    void remove(const QString &path, QObject *context, Callback callback);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    void watch(QNetworkReply *reply, QObject *context, Callback callback);

    QNetworkAccessManager m_network;
    DaemonEndpoint m_endpoint;
    int m_timeoutMs = 15000;
};

} // namespace Marquee::App
