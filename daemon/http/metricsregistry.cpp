#include "daemon/http/metricsregistry.h"

#include <QMutexLocker>
#include <QStringList>

namespace Marquee::Http {

namespace {

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArrayLiteral("# HELP ") + name + ' ' + help + '\n';
    out += QByteArrayLiteral("# TYPE ") + name + ' ' + type + '\n';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

qint64 statValue(const QJsonObject &stats, const char *key)
{
    return static_cast<qint64>(stats.value(QLatin1String(key)).toDouble());
}

} // namespace

void MetricsRegistry::observeRender(double seconds)
{
    const QMutexLocker lock(&m_mutex);
    for (std::size_t i = 0; i < RenderBuckets.size(); ++i) {
        if (seconds <= RenderBuckets[i]) {
            ++m_bucketCounts[i];
            break;
        }
    }
    ++m_renderCount;
    m_renderSeconds += seconds;
}

void MetricsRegistry::countRequest(const QString &path, int status)
{
    const QPair<QString, int> key{routeLabel(path), status};
    const QMutexLocker lock(&m_mutex);
    ++m_requests[key];
}

QString MetricsRegistry::routeLabel(const QString &path)
{
    static const QStringList exact{
        QStringLiteral("/poster"), QStringLiteral("/server-caps"), QStringLiteral("/live"), QStringLiteral("/health"),
        QStringLiteral("/ready"), QStringLiteral("/metrics"), QStringLiteral("/stats"),
    };
    if (exact.contains(path))
        return path;
    if (path.startsWith(QLatin1String("/p/")))
        return QStringLiteral("/p");
    return QStringLiteral("other");
}

QByteArray MetricsRegistry::coordinationExposition(const QString &coordinatorKind, quint64 failOpenTotal)
{
    QByteArray out;
    family(out, "marquee_coordination_fail_open_total", "counter",
           "Coordination calls answered without the backend because it failed (fail-open).");
    // The kind is a fixed identifier of the implementation ("in-process", "redis"): no escaping needed.
    out += "marquee_coordination_fail_open_total{coordinator=\"" + coordinatorKind.toUtf8() + "\"} "
           + QByteArray::number(failOpenTotal) + '\n';
    return out;
}

QByteArray MetricsRegistry::contentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray MetricsRegistry::exposition(const QJsonObject &pipelineStats, const QString &storageKind,
                                       const QString &blobKind) const
{
    QByteArray out;
    writeHistogram(out);

    family(out, "marquee_renders_in_flight", "gauge", "Distinct poster renders running or queued for a slot now.");
    out += "marquee_renders_in_flight " + QByteArray::number(statValue(pipelineStats, "renders_in_flight")) + '\n';

    family(out, "marquee_render_saturated_total", "counter",
           "Requests refused because no render slot became free in time.");
    out += "marquee_render_saturated_total " + QByteArray::number(statValue(pipelineStats, "render_saturated_total"))
           + '\n';

    writeRequests(out);

    family(out, "marquee_cache_lookups_total", "counter", "Composite cache lookups by result.");
    const qint64 hits = statValue(pipelineStats, "composite_hits_memory") + statValue(pipelineStats, "composite_hits_store");
    out += "marquee_cache_lookups_total{table=\"composite\",result=\"hit\"} " + QByteArray::number(hits) + '\n';
    out += "marquee_cache_lookups_total{table=\"composite\",result=\"miss\"} "
           + QByteArray::number(statValue(pipelineStats, "composite_misses")) + '\n';

    // Kinds come from the backends themselves ("sqlite", "local"): fixed identifiers, no escaping needed.
    family(out, "marquee_backend_info", "gauge", "The storage and blob backends this instance uses.");
    out += "marquee_backend_info{storage=\"" + storageKind.toUtf8() + "\",blobstore=\"" + blobKind.toUtf8() + "\"} 1\n";
    return out;
}

void MetricsRegistry::writeHistogram(QByteArray &out) const
{
    family(out, "marquee_render_duration_seconds", "histogram",
           "Wall time of fresh poster renders, from getting a render slot to the encoded image.");
    const QMutexLocker lock(&m_mutex);
    qint64 cumulative = 0;
    for (std::size_t i = 0; i < RenderBuckets.size(); ++i) {
        cumulative += m_bucketCounts[i];
        out += "marquee_render_duration_seconds_bucket{le=\"" + number(RenderBuckets[i]) + "\"} "
               + QByteArray::number(cumulative) + '\n';
    }
    out += "marquee_render_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_renderCount) + '\n';
    out += "marquee_render_duration_seconds_sum " + number(m_renderSeconds) + '\n';
    out += "marquee_render_duration_seconds_count " + QByteArray::number(m_renderCount) + '\n';
}

void MetricsRegistry::writeRequests(QByteArray &out) const
{
    family(out, "marquee_http_requests_total", "counter", "HTTP responses by route and status code.");
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += "marquee_http_requests_total{route=\"" + it.key().first.toUtf8() + "\",status=\""
               + QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
}

} // namespace Marquee::Http
