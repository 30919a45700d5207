#include "core/pipeline/trendingranks.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include "core/storage/storage.h"

namespace Marquee::Pipeline {

int TrendingSnapshot::rankOf(qint64 tmdbId) const
{
    const qsizetype index = ids.indexOf(tmdbId);
    return index < 0 ? 0 : int(index) + 1;
}

QJsonObject TrendingSnapshot::toJson() const
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return QJsonObject{{QStringLiteral("ids"), list},
                       {QStringLiteral("source_sig"), sourceSignature},
                       {QStringLiteral("fetched_at"), fetchedAt},
                       {QStringLiteral("next_refresh_at"), nextRefreshAt}};
}

TrendingSnapshot TrendingSnapshot::fromJson(const QJsonObject &json)
{
    TrendingSnapshot snapshot;
    for (const QJsonValue &id : json.value(QLatin1String("ids")).toArray())
        snapshot.ids.append(id.toInteger());
    snapshot.sourceSignature = json.value(QLatin1String("source_sig")).toString();
    snapshot.fetchedAt = json.value(QLatin1String("fetched_at")).toInteger();
    snapshot.nextRefreshAt = json.value(QLatin1String("next_refresh_at")).toInteger();
    return snapshot;
}

TrendingRanks::TrendingRanks(Storage::Storage *storage, QString movieSignature, QString tvSignature)
    : m_storage(storage)
    , m_movieSignature(std::move(movieSignature))
    , m_tvSignature(std::move(tvSignature))
{
}

QString TrendingRanks::sourceSignature(const QString &customUrl, int count)
{
    // Hashed: a custom list URL may carry a token, and the signature is stored.
    const QByteArray source = customUrl.trimmed().isEmpty() ? QByteArrayLiteral("tmdb-day")
                                                            : customUrl.trimmed().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex().left(16);
    return QString::fromLatin1(digest) + QLatin1Char(':') + QString::number(count);
}

QString TrendingRanks::signature(MediaType type) const
{
    return type == MediaType::Movie ? m_movieSignature : m_tvSignature;
}

std::optional<TrendingSnapshot> TrendingRanks::snapshot(MediaType type, qint64 now) const
{
    if (!m_storage)
        return std::nullopt;
    auto row = m_storage->keyedValue(Namespace, mediaTypeName(type), now);
    if (!row || !*row)
        return std::nullopt;
    TrendingSnapshot snapshot = TrendingSnapshot::fromJson((*row)->value);
    if (snapshot.sourceSignature != signature(type))
        return std::nullopt;
    return snapshot;
}

VoidResult TrendingRanks::store(MediaType type, const TrendingSnapshot &snapshot, qint64 expiresAt)
{
    if (!m_storage)
        return fail(ErrorKind::Internal, QStringLiteral("no storage for trending ranks"));
    return m_storage->putKeyedValue({Namespace, mediaTypeName(type), snapshot.toJson(), snapshot.fetchedAt, expiresAt});
}

} // namespace Marquee::Pipeline
