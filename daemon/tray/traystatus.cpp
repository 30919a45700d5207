#include "daemon/tray/traystatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace Marquee::Tray {

namespace {

qint64 number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

} // namespace

TrayStatus TrayStatus::collect(const QString &baseUrl, const QJsonObject &pipelineStats,
                               const QHash<QString, qint64> &tableCounts, bool storageOk, bool paused)
{
    TrayStatus status;
    status.baseUrl = baseUrl;
    status.rendersTotal = number(pipelineStats, "renders_total");
    status.rendersInFlight = number(pipelineStats, "renders_in_flight");
    status.memoryEntries = number(pipelineStats, "composite_l1_entries");
    status.memoryBytes = number(pipelineStats, "composite_l1_bytes");
    status.storedPosters = tableCounts.value(QStringLiteral("final_poster_cache"), 0);
    status.databaseBytes = tableCounts.value(QStringLiteral("db_file_bytes"), -1);
    status.storageOk = storageOk;
    status.paused = paused;
    return status;
}

QString TrayStatus::byteSize(qint64 bytes)
{
    const QLocale c = QLocale::c();
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg((bytes + 512) / 1024);
    if (bytes < qint64(1024) * 1024 * 1024)
        return c.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
    return c.toString(double(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 1) + QStringLiteral(" GB");
}

QString TrayStatus::baseUrlFor(const QString &host, quint16 port)
{
    QString shown = host.trimmed();
    if (shown.isEmpty() || shown == QLatin1String("0.0.0.0"))
        shown = QStringLiteral("127.0.0.1");
    else if (shown == QLatin1String("::"))
        shown = QStringLiteral("::1");
    if (shown.contains(QLatin1Char(':')))
        shown = QLatin1Char('[') + shown + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(shown).arg(port);
}

QString TrayStatus::listeningLine() const
{
    if (paused)
        return QCoreApplication::translate("Marquee::Tray::TrayStatus", "Paused (posters answer 503) — %1").arg(baseUrl);
    return QCoreApplication::translate("Marquee::Tray::TrayStatus", "Listening on %1").arg(baseUrl);
}

QString TrayStatus::rendersLine() const
{
    if (rendersInFlight > 0)
        return QCoreApplication::translate("Marquee::Tray::TrayStatus", "Renders: %1 (%2 in flight)")
            .arg(rendersTotal)
            .arg(rendersInFlight);
    return QCoreApplication::translate("Marquee::Tray::TrayStatus", "Renders: %1").arg(rendersTotal);
}

QString TrayStatus::cacheLine() const
{
    const QString memory = QCoreApplication::translate("Marquee::Tray::TrayStatus", "%1 in memory (%2)")
                               .arg(memoryEntries)
                               .arg(byteSize(memoryBytes));
    if (!storageOk)
        return QCoreApplication::translate("Marquee::Tray::TrayStatus", "Cache: storage unavailable · %1").arg(memory);
    if (databaseBytes >= 0)
        return QCoreApplication::translate("Marquee::Tray::TrayStatus", "Cache: %1 posters, %2 on disk · %3")
            .arg(storedPosters)
            .arg(byteSize(databaseBytes), memory);
    return QCoreApplication::translate("Marquee::Tray::TrayStatus", "Cache: %1 posters · %2").arg(storedPosters).arg(memory);
}

QString TrayStatus::tooltip() const
{
    return QStringLiteral("Marquee\n") + listeningLine() + QLatin1Char('\n') + rendersLine() + QLatin1Char('\n')
        + cacheLine();
}

} // namespace Marquee::Tray
