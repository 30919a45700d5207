#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/config/titleid.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }

namespace Marquee::Pipeline {

// One fetched trending list: TMDB ids in rank order, where it came from and when it is due again.
struct TrendingSnapshot
{
    QList<qint64> ids;          // rank = index + 1
    QString sourceSignature;    // TrendingRanks::sourceSignature of the settings it was fetched with
    qint64 fetchedAt = 0;       // Unix seconds
    qint64 nextRefreshAt = 0;

    int rankOf(qint64 tmdbId) const;  // 0 = not listed
    QJsonObject toJson() const;
    static TrendingSnapshot fromJson(const QJsonObject &json);
};

// Trending ranks as the renders read them: the keyed cache (ns "trending", key "movie" / "tv"), written
// by TrendingRefresh on whichever replica holds the lease. A row fetched with other source settings
// (a changed TRENDING_SOURCE_* or count) reads as absent. No in-process memo: every replica must see a
// refresh (and its invalidations) at once, and the row is one indexed read.
class TrendingRanks
{
public:
    TrendingRanks(Storage::Storage *storage, QString movieSignature, QString tvSignature);

    std::optional<TrendingSnapshot> snapshot(MediaType type, qint64 now) const;
    VoidResult store(MediaType type, const TrendingSnapshot &snapshot, qint64 expiresAt);

    QString signature(MediaType type) const;
    static QString sourceSignature(const QString &customUrl, int count);
    static inline const QString Namespace = QStringLiteral("trending");

private:
    Storage::Storage *m_storage;
    QString m_movieSignature;
    QString m_tvSignature;
};

} // namespace Marquee::Pipeline
