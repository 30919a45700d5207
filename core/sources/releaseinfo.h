#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Marquee::Sources {

// A title's release status (reference §2.8 status slots, §5.1 derivation). Movies: Production, Cinema,
// Streaming, Physical (or Cancelled); TV: Production, Airing, Ended, Cancelled.
enum class ReleaseStatus { Unknown, Production, Cinema, Streaming, Physical, Airing, Ended, Cancelled };

QString releaseStatusName(ReleaseStatus status);          // "Cinema"…; "" for Unknown
ReleaseStatus releaseStatusFromName(const QString &name); // inverse; Unknown for anything else

// What the release status was derived from, as cached in the keyed cache (ns "release_status"):
// the earliest date of each release window across all regions, plus the dates the sashes look at.
struct ReleaseInfo
{
    ReleaseStatus status = ReleaseStatus::Unknown;
    QDate premiere;        // TMDB release type 1 (festival / premiere)
    QDate theatrical;      // types 2 and 3 (limited and wide theatrical)
    QDate digital;         // type 4
    QDate physical;        // type 5
    QDate digitalLatest;   // the most recent digital date on or before the day it was derived
    QDate nextEpisode;     // TV: next_episode_to_air.air_date
    QString certification; // movie: a release certificate ("PG-13"), US preferred; empty if none
    bool certificationIsUs = false;
    qint64 expiresAt = 0;  // Unix seconds; how long the status may be trusted (tiered TTL)

    QJsonObject toJson() const;
    static ReleaseInfo fromJson(const QJsonObject &json);

    bool operator==(const ReleaseInfo &other) const = default;
};

} // namespace Marquee::Sources
