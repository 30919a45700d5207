#include "core/sources/releasestatusrules.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>

namespace Marquee::Sources {

namespace {

// The earlier of two dates, ignoring invalid ones.
QDate earliest(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

bool isFuture(const QDate &date, const QDate &today)
{
    return date.isValid() && date > today;
}

bool reached(const QDate &date, const QDate &today)
{
    return date.isValid() && date <= today;
}

bool isOneOf(const QString &status, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&status](const char *name) {
        return status.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    });
}

qint64 startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

QList<ReleaseDate> ReleaseStatusRules::parseReleaseDates(const QJsonObject &json)
{
    QList<ReleaseDate> dates;
    for (const QJsonValue &region : json.value(QLatin1String("results")).toArray()) {
        const QJsonObject object = region.toObject();
        const QString country = object.value(QLatin1String("iso_3166_1")).toString();
        for (const QJsonValue &entry : object.value(QLatin1String("release_dates")).toArray()) {
            const QJsonObject release = entry.toObject();
            const int type = release.value(QLatin1String("type")).toInt();
            // "2019-10-18T00:00:00.000Z": the calendar day is what the labels show.
            const QDate date = QDate::fromString(release.value(QLatin1String("release_date")).toString().left(10),
                                                 Qt::ISODate);
            if (type < 1 || type > 6 || !date.isValid())
                continue;
            dates.append(ReleaseDate{country, type, date,
                                     release.value(QLatin1String("certification")).toString().trimmed()});
        }
    }
    return dates;
}

ReleaseInfo ReleaseStatusRules::movie(const QString &tmdbStatus, const QList<ReleaseDate> &dates,
                                      const QDate &today, int cinemaMaxAgeYears)
{
    ReleaseInfo info;
    for (const ReleaseDate &entry : dates) {
        // The age rating when MDBList has none: the US certificate first, else the first one given.
        const bool us = entry.country == QLatin1String("US");
        if (!entry.certification.isEmpty() && (info.certification.isEmpty() || (us && !info.certificationIsUs))) {
            info.certification = entry.certification;
            info.certificationIsUs = us;
        }
        switch (entry.type) {
        case 1: info.premiere = earliest(info.premiere, entry.date); break;
        case 2:
        case 3: info.theatrical = earliest(info.theatrical, entry.date); break;
        case 4:
            info.digital = earliest(info.digital, entry.date);
            if (entry.date <= today && (!info.digitalLatest.isValid() || entry.date > info.digitalLatest))
                info.digitalLatest = entry.date;
            break;
        case 5: info.physical = earliest(info.physical, entry.date); break;
        default: break;  // TV airings say nothing about the release windows
        }
    }

    const bool anyFuture = isFuture(info.premiere, today) || isFuture(info.theatrical, today)
                           || isFuture(info.digital, today) || isFuture(info.physical, today);
    if (isOneOf(tmdbStatus, {"In Production", "Post Production", "Planned", "Rumored"}))
        info.status = ReleaseStatus::Production;
    else if (isOneOf(tmdbStatus, {"Canceled", "Cancelled"}))
        info.status = ReleaseStatus::Cancelled;
    else if (reached(info.physical, today))
        info.status = ReleaseStatus::Physical;
    else if (reached(info.digital, today))
        info.status = ReleaseStatus::Streaming;
    else if (reached(info.theatrical, today)) {
        const bool old = cinemaMaxAgeYears > 0 && info.theatrical.daysTo(today) > qint64(cinemaMaxAgeYears) * 365;
        info.status = old ? ReleaseStatus::Streaming : ReleaseStatus::Cinema;
    } else if (isFuture(info.premiere, today))
        info.status = ReleaseStatus::Production;  // a festival premiere still ahead proves it is unreleased
    else if (isOneOf(tmdbStatus, {"Released"}) && !anyFuture)
        info.status = ReleaseStatus::Streaming;
    else
        info.status = ReleaseStatus::Production;
    return info;
}

ReleaseInfo ReleaseStatusRules::tv(const QString &tmdbStatus, const QDate &firstAirDate, const QDate &nextEpisode,
                                   const QDate &today)
{
    ReleaseInfo info;
    info.nextEpisode = nextEpisode;
    if (isOneOf(tmdbStatus, {"Returning Series"})) {
        // TMDB marks shows as returning before their first episode has aired.
        info.status = reached(firstAirDate, today) ? ReleaseStatus::Airing : ReleaseStatus::Production;
    } else if (isOneOf(tmdbStatus, {"In Production", "Planned", "Pilot"})) {
        info.status = ReleaseStatus::Production;
    } else if (isOneOf(tmdbStatus, {"Ended"})) {
        info.status = ReleaseStatus::Ended;
    } else if (isOneOf(tmdbStatus, {"Canceled", "Cancelled"})) {
        info.status = ReleaseStatus::Cancelled;
    }
    return info;
}

int ReleaseStatusRules::tierDays(ReleaseStatus status)
{
    switch (status) {
    case ReleaseStatus::Physical:
    case ReleaseStatus::Cancelled: return 90;
    case ReleaseStatus::Ended: return 60;
    case ReleaseStatus::Streaming: return 30;
    case ReleaseStatus::Airing: return 3;
    case ReleaseStatus::Cinema:
    case ReleaseStatus::Production: return 1;
    case ReleaseStatus::Unknown: break;
    }
    return 7;
}

qint64 ReleaseStatusRules::expiresAt(const ReleaseInfo &info, qint64 now)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    qint64 expires = now + tierDays(info.status) * Day;
    QDate soonest;
    for (const QDate &date : {info.premiere, info.theatrical, info.digital, info.physical, info.nextEpisode}) {
        if (isFuture(date, today))
            soonest = earliest(soonest, date);
    }
    // A published date ahead is when the status changes: trust the status until then, but not blindly
    // for longer than two weeks (dates move).
    if (soonest.isValid())
        expires = std::min(startOfDay(soonest), now + FutureCapDays * Day);
    return std::max(expires, now + FloorSeconds);
}

std::optional<UpcomingRelease> ReleaseStatusRules::upcoming(const ReleaseInfo &info, const QDate &today)
{
    std::optional<UpcomingRelease> best;
    const auto consider = [&best, &today](const QDate &date, ReleaseStatus window) {
        if (isFuture(date, today) && (!best || date < best->date))
            best = UpcomingRelease{date, window};
    };
    if (info.status == ReleaseStatus::Production)
        consider(info.theatrical, ReleaseStatus::Cinema);
    if (info.status == ReleaseStatus::Production || info.status == ReleaseStatus::Cinema) {
        consider(info.digital, ReleaseStatus::Streaming);
        consider(info.physical, ReleaseStatus::Physical);
    }
    return best;
}

} // namespace Marquee::Sources
