#include "tests/daemon/daemonharness.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

namespace Marquee::Tests {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QImage HttpReply::image() const
{
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.read();
}

QString HttpReply::describe() const
{
    return QStringLiteral("status %1, content-type '%2', error '%3', body '%4'")
        .arg(status)
        .arg(QString::fromLatin1(header("content-type")), networkError,
             QString::fromUtf8(header("content-type").startsWith("image/") ? QByteArray("<image>") : body.left(300)));
}

DaemonHarness::DaemonHarness()
    : m_network(std::make_unique<QNetworkAccessManager>())
{
    // Tests must never see each other's composites or a developer's cache.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

DaemonHarness::~DaemonHarness()
{
    stop();
}

Config::ServerSettings DaemonHarness::baseSettings() const
{
    Config::ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 0;
    settings.dataDir = m_dir.filePath(QStringLiteral("data"));
    settings.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    // Port 9 (discard) on loopback is closed here: a request that escapes the fake fails fast.
    settings.tmdbApiBase = QStringLiteral("http://127.0.0.1:9/3");
    settings.tmdbImageBase = QStringLiteral("http://127.0.0.1:9/t/p");
    settings.mdblistApiBase = QStringLiteral("http://127.0.0.1:9");
    // Generous: a loaded CI machine must not turn a slow fake answer into a provisional poster.
    settings.upstreamTimeoutMs = 20000;
    // Likewise for the foreground budget (UPSTREAM_DEADLINE_MS); tests of the deadline set their own.
    settings.upstreamDeadlineMs = 20000;
    return settings;
}

bool DaemonHarness::start(const Config::ServerSettings &settings, QString *error)
{
    stop();
    auto created = Daemon::create(settings);
    if (!created) {
        if (error)
            *error = created.error().message;
        return false;
    }
    m_daemon = std::move(*created);
    const Result<quint16> port = m_daemon->listen();
    if (!port) {
        if (error)
            *error = port.error().message;
        m_daemon.reset();
        return false;
    }
    return true;
}

void DaemonHarness::stop()
{
    // Idle keep-alive connections would otherwise point at a server that no longer exists.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_daemon.reset();
}

QUrl DaemonHarness::url(const QString &pathAndQuery) const
{
    const quint16 port = m_daemon ? m_daemon->port() : 0;
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery), QUrl::StrictMode);
}

HttpReply DaemonHarness::get(const QString &pathAndQuery, const RequestHeaders &headers, int timeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return wait(m_network->get(request), timeoutMs);
}

HttpReply DaemonHarness::send(const QByteArray &verb, const QString &pathAndQuery, int timeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    return wait(m_network->sendCustomRequest(request, verb), timeoutMs);
}

HttpReply DaemonHarness::wait(QNetworkReply *reply, int timeoutMs)
{
    HttpReply result;
    result.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    if (!result.finished) {
        reply->abort();
        reply->deleteLater();
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

QString DaemonHarness::writeLocalTitle(const QString &imdbId, const QString &title, int year) const
{
    const QString root = m_dir.filePath(QStringLiteral("library"));
    const QString folder = root + QLatin1Char('/') + title + QStringLiteral(" (") + QString::number(year)
        + QLatin1Char(')');
    QDir().mkpath(folder);
    QFile nfo(folder + QStringLiteral("/movie.nfo"));
    if (nfo.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString xml = QStringLiteral(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<movie>\n  <title>%1</title>\n"
                                "  <year>%2</year>\n  <premiered>%2-05-01</premiered>\n  <genre>Drama</genre>\n"
                                "  <uniqueid type=\"imdb\" default=\"true\">%3</uniqueid>\n"
                                "  <ratings>\n    <rating name=\"imdb\" max=\"10\" default=\"true\">\n"
                                "      <value>7.4</value>\n      <votes>5000</votes>\n    </rating>\n"
                                "  </ratings>\n</movie>\n")
                                .arg(title.toHtmlEscaped())
                                .arg(year)
                                .arg(imdbId);
        nfo.write(xml.toUtf8());
    }
    QImage art(600, 900, QImage::Format_RGB32);
    QPainter painter(&art);
    QLinearGradient gradient(0, 0, 600, 900);
    gradient.setColorAt(0, QColor(30, 60, 120));
    gradient.setColorAt(1, QColor(200, 120, 40));
    painter.fillRect(art.rect(), gradient);
    painter.end();
    art.save(folder + QStringLiteral("/poster.jpg"), "JPEG", 90);
    return root;
}

QString bundledSampleImdbId()
{
    const QString samples = QStringLiteral(MARQUEE_SOURCE_DIR "/resources/samples");
    QStringList ids;
    QDirIterator it(samples, {QStringLiteral("*.nfo")}, QDir::Files, QDirIterator::Subdirectories);
    static const QRegularExpression imdb(QStringLiteral("<uniqueid[^>]*type=\"imdb\"[^>]*>(tt\\d+)</uniqueid>"));
    static const QRegularExpression imdbTag(QStringLiteral("<imdbid>(tt\\d+)</imdbid>"));
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.fileName().endsWith(QLatin1String("movie.nfo")) || !file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        QRegularExpressionMatch match = imdb.match(text);
        if (!match.hasMatch())
            match = imdbTag.match(text);
        if (match.hasMatch())
            ids.append(match.captured(1));
    }
    ids.sort();
    return ids.isEmpty() ? QString() : ids.first();
}

} // namespace Marquee::Tests
