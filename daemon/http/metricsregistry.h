#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>

#include <array>

namespace Marquee::Http {

// The daemon's own Prometheus counters (reference §8.1, prefix marquee_): render durations as a
// histogram and HTTP requests by route and status. Everything the pipeline already counts (in-flight
// renders, saturation, composite lookups) is read from PosterPipeline::stats() when /metrics is
// scraped rather than counted twice. Thread-safe: renders report from worker threads.
//
//   registry.observeRender(0.42);
//   registry.countRequest(QStringLiteral("/p/x/movie/tt1.jpg"), 200);
//   const QByteArray text = registry.exposition(pipeline.stats(), QStringLiteral("sqlite"), QStringLiteral("local"));
class MetricsRegistry
{
public:
    static constexpr std::array<double, 8> RenderBuckets{0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};

    void observeRender(double seconds);
    void countRequest(const QString &path, int status);

    // The text exposition format 0.0.4, every family with its HELP and TYPE lines.
    QByteArray exposition(const QJsonObject &pipelineStats, const QString &storageKind,
                          const QString &blobKind) const;

    // A request path folded to its route ("/p/a/movie/tt1.jpg" → "/p"), so a label never carries an
    // id or a key and the series count stays bounded; unknown paths are "other".
    static QString routeLabel(const QString &path);
    // The coordinator's family: marquee_coordination_fail_open_total{coordinator="<kind>"}, the answers
    // given without the backend (Redis errors) — see Coordination::Coordinator "Failing open".
    static QByteArray coordinationExposition(const QString &coordinatorKind, quint64 failOpenTotal);
    static QByteArray contentType();

private:
    void writeHistogram(QByteArray &out) const;
    void writeRequests(QByteArray &out) const;

    mutable QMutex m_mutex;
    std::array<qint64, RenderBuckets.size()> m_bucketCounts{};  // non-cumulative; summed on output
    qint64 m_renderCount = 0;
    double m_renderSeconds = 0;
    QMap<QPair<QString, int>, qint64> m_requests;
};

} // namespace Marquee::Http
