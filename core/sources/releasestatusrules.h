#pragma once

#include <optional>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/sources/releaseinfo.h"

namespace Marquee::Sources {

// One entry of TMDB's /movie/{id}/release_dates.
struct ReleaseDate
{
    QString country;   // iso_3166_1
    int type = 0;      // 1 premiere, 2 limited theatrical, 3 theatrical, 4 digital, 5 physical, 6 TV
    QDate date;
    QString certification;   // "PG-13", "12", … or empty
};

// The next dated release step a status label can announce: when, and in which window.
struct UpcomingRelease
{
    QDate date;
    ReleaseStatus window = ReleaseStatus::Cinema;   // Cinema, Streaming or Physical
};

// Release status derivation and its cache lifetime (reference §5.1, §6.2). Pure: JSON and dates in.
class ReleaseStatusRules
{
public:
    // results[]{iso_3166_1, release_dates[]{type, release_date}}; entries with garbage dates or types
    // outside 1–6 are skipped.
    static QList<ReleaseDate> parseReleaseDates(const QJsonObject &json);

    // Movie: TMDB statuses In Production / Post Production / Planned / Rumored → Production and
    // Canceled → Cancelled whatever the dates say; otherwise physical ≤ today → Physical, digital ≤ today
    // → Streaming, theatrical ≤ today → Cinema (Streaming once older than cinemaMaxAgeYears; 0 = never),
    // a future festival premiere → Production, "Released" with no future date → Streaming, else Production.
    static ReleaseInfo movie(const QString &tmdbStatus, const QList<ReleaseDate> &dates, const QDate &today,
                             int cinemaMaxAgeYears);
    // TV: Returning Series → Airing (Production while the first episode is still ahead), In Production /
    // Planned / Pilot → Production, Ended, Cancelled / Canceled; anything else Unknown.
    static ReleaseInfo tv(const QString &tmdbStatus, const QDate &firstAirDate, const QDate &nextEpisode,
                          const QDate &today);

    // Tiered lifetime (days): Physical 90, Cancelled 90, Ended 60, Streaming 30, Airing 3, Cinema 1,
    // Production 1, other 7. The soonest future date replaces the tier, capped at 14 days; never less
    // than an hour.
    static qint64 expiresAt(const ReleaseInfo &info, qint64 now);
    static int tierDays(ReleaseStatus status);

    // What a dated label announces: in Production the soonest future theatrical/digital/physical date,
    // in Cinema the next digital/physical date; nullopt otherwise (or when that date has passed).
    static std::optional<UpcomingRelease> upcoming(const ReleaseInfo &info, const QDate &today);

    static constexpr qint64 Day = 86400;
    static constexpr qint64 FloorSeconds = 3600;
    static constexpr int FutureCapDays = 14;
};

} // namespace Marquee::Sources
