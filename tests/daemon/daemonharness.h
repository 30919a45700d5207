#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

#include "core/config/serversettings.h"
#include "daemon/daemon.h"

namespace Marquee::Tests {

// What a test saw of one HTTP exchange.
struct HttpReply
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // names lower-cased
    QString networkError;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool hasHeader(const QByteArray &lowerName) const { return headers.contains(lowerName); }
    QJsonObject json() const;
    QString detail() const { return json().value(QStringLiteral("detail")).toString(); }
    QImage image() const;
    QString describe() const;  // for failure messages: status, content type, start of the body
};

using RequestHeaders = QList<QPair<QByteArray, QByteArray>>;

// Runs a whole Daemon in this process on an ephemeral loopback port, with data and cache directories in
// a temporary directory, and talks to it through an asynchronous QNetworkAccessManager.
class DaemonHarness
{
public:
    DaemonHarness();
    ~DaemonHarness();

    // Loopback, port 0, temp dirs, bundled sample library, upstream bases pointing at a closed port
    // (so nothing ever leaves the machine unless a test points them at the fake upstream).
    Config::ServerSettings baseSettings() const;

    // Starts a daemon (stopping any previous one). False with `error` filled when it cannot start.
    bool start(const Config::ServerSettings &settings, QString *error = nullptr);
    void stop();

    HttpReply get(const QString &pathAndQuery, const RequestHeaders &headers = {}, int timeoutMs = 60000);
    HttpReply send(const QByteArray &verb, const QString &pathAndQuery, int timeoutMs = 60000);

    QUrl url(const QString &pathAndQuery) const;
    Daemon *daemon() const { return m_daemon.get(); }
    QString dir() const { return m_dir.path(); }

    // A one-title local library in the temp dir (Kodi layout: movie.nfo + poster.jpg), for tests that
    // need an id the bundled sample library may not have.
    QString writeLocalTitle(const QString &imdbId, const QString &title, int year) const;

private:
    HttpReply wait(class QNetworkReply *reply, int timeoutMs);

    QTemporaryDir m_dir;
    std::unique_ptr<Daemon> m_daemon;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

// The first IMDb id of the bundled sample library (resources/samples/*/movie.nfo), or empty.
QString bundledSampleImdbId();

} // namespace Marquee::Tests
