#include "daemon/http/accesslog.h"

#include <cstdio>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/net/httpclient.h"

namespace Marquee::Http {

namespace {

constexpr qsizetype MaxLoggedPathLength = 80;

} // namespace

AccessLog::AccessLog(bool json, bool enabled)
    : m_json(json)
    , m_enabled(enabled)
{
}

QString AccessLog::loggablePath(const QUrl &url)
{
    // Only path and query are logged; redactedUrl never lets a key value through.
    QUrl relative;
    relative.setPath(url.path());
    relative.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QString path = Net::redactedUrl(relative);
    if (path.size() > MaxLoggedPathLength)
        path = path.left(MaxLoggedPathLength) + QStringLiteral("…");
    return path;
}

void AccessLog::write(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs) const
{
    if (!m_enabled)
        return;
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (m_json) {
        const QJsonObject object{
            {QStringLiteral("ts"), timestamp},
            {QStringLiteral("level"), QStringLiteral("INFO")},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), loggablePath(url)},
            {QStringLiteral("status"), status},
            {QStringLiteral("ms"), elapsedMs},
        };
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else {
        line = timestamp.toUtf8() + " [INFO] " + method + ' ' + loggablePath(url).toUtf8() + ' '
            + QByteArray::number(status) + ' ' + QByteArray::number(elapsedMs) + " ms";
    }
    line += '\n';
    // One fwrite per line: stdio locks the stream, so lines from several threads never interleave.
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace Marquee::Http
