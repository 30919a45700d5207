#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Marquee::Tray {

// What the tray shows about a running daemon, and how it says it. Plain data + formatting, no Widgets,
// so the text is unit-tested without a tray:
//
//   const TrayStatus status = TrayStatus::collect(url, pipeline.stats(), *storage.tableCounts(), paused);
//   icon.setToolTip(status.tooltip());
struct TrayStatus
{
    QString baseUrl;             // "http://127.0.0.1:8000"
    qint64 rendersTotal = 0;     // renders finished since start
    qint64 rendersInFlight = 0;
    qint64 storedPosters = 0;    // composites in the database (final_poster_cache)
    qint64 databaseBytes = -1;   // db_file_bytes; -1 = the backend does not report it
    qint64 memoryEntries = 0;    // the RAM L1
    qint64 memoryBytes = 0;
    bool paused = false;
    bool storageOk = true;

    // `tableCounts` may be empty when the storage could not be read (storageOk = false then).
    static TrayStatus collect(const QString &baseUrl, const QJsonObject &pipelineStats,
                              const QHash<QString, qint64> &tableCounts, bool storageOk, bool paused);

    QString listeningLine() const;  // "Listening on http://127.0.0.1:8000" / "Paused — http://…"
    QString rendersLine() const;    // "Renders: 12 (1 in flight)"
    QString cacheLine() const;      // "Cache: 40 posters, 3.2 MB on disk · 5 in memory (410 KB)"
    QString tooltip() const;        // the three lines joined by newlines, headed "Marquee"

    static QString byteSize(qint64 bytes);  // "0 B", "410 KB", "3.2 MB", "1.1 GB"
    // http://host:port/ for a listening address; wildcard binds are opened through loopback.
    static QString baseUrlFor(const QString &host, quint16 port);
};

} // namespace Marquee::Tray
