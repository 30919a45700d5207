#include "core/pipeline/sashpicker.h"

#include <algorithm>
#include <cstdlib>

#include "core/sources/releasestatusrules.h"

namespace Marquee::Pipeline {

namespace {

using Render::SashInfo;
using Render::SashType;
using Sources::ReleaseStatus;

bool hasKeyword(const SashFacts &facts, QLatin1String keyword)
{
    return facts.keywords.contains(keyword, Qt::CaseInsensitive);
}

// Days since `date` (negative: still ahead); nullopt for an empty or garbage date.
std::optional<qint64> ageInDays(const QString &date, const QDate &today)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day.daysTo(today);
}

bool agedWithin(const QString &date, const QDate &today, int days)
{
    const auto age = ageInDays(date, today);
    return age && *age >= 0 && *age <= days;
}

bool nearToday(const QString &date, const QDate &today, int days)
{
    const auto age = ageInDays(date, today);
    return age && std::abs(*age) <= days;
}

std::optional<SashInfo> festival(const SashFacts &facts, const SashVocabulary &words)
{
    // Prestige order of reference §2.8a; the keyword alone earns the "<Festival> Winner" label (the
    // top prizes need the local id sets, which Marquee does not ship).
    struct Festival { QLatin1String keyword; SashWord word; };
    static const Festival festivals[] = {
        {QLatin1String("festival-cannes-winner"), SashWord::CannesWinner},
        {QLatin1String("festival-venice-winner"), SashWord::VeniceWinner},
        {QLatin1String("festival-berlin-winner"), SashWord::BerlinWinner},
        {QLatin1String("festival-locarno-winner"), SashWord::LocarnoWinner},
        {QLatin1String("festival-sundance-winner"), SashWord::SundanceWinner},
    };
    for (const Festival &entry : festivals) {
        if (hasKeyword(facts, entry.keyword))
            return SashInfo{words.word(entry.word), SashType::Win};
    }
    return std::nullopt;
}

bool isTvPremiere(const SashFacts &facts, const QDate &today)
{
    return facts.type == MediaType::Tv && agedWithin(facts.releaseDate, today, SashPicker::NewReleaseDays);
}

bool isJustAdded(const SashFacts &facts, const QDate &today)
{
    const QDate digital = facts.release.digitalLatest;
    return facts.type == MediaType::Movie && digital.isValid()
           && agedWithin(digital.toString(Qt::ISODate), today, SashPicker::NewReleaseDays);
}

bool isNewRelease(const SashFacts &facts, const QDate &today)
{
    return isTvPremiere(facts, today) || isJustAdded(facts, today)
           || agedWithin(facts.releaseDate, today, SashPicker::NewReleaseDays);
}

const Sources::SeasonInfo *season(const SashFacts &facts, int number)
{
    const auto it = std::find_if(facts.seasons.cbegin(), facts.seasons.cend(),
                                 [number](const Sources::SeasonInfo &s) { return s.season == number; });
    return it == facts.seasons.cend() ? nullptr : &*it;
}

// An episode of season 2+ within ±14 days that opens its season (or whose season started lately).
bool isNewSeason(const SashFacts &facts, const QDate &today)
{
    for (const Sources::EpisodeInfo *episode : {&facts.lastEpisode, &facts.nextEpisode}) {
        if (episode->season < 2 || !nearToday(episode->airDate, today, SashPicker::NewReleaseDays))
            continue;
        const Sources::SeasonInfo *info = season(facts, episode->season);
        if (episode->episode == 1 || (info && nearToday(info->airDate, today, SashPicker::NewReleaseDays)))
            return true;
    }
    return false;
}

// The last aired episode closes the final season, within 14 days, of a show that has ended.
bool isSeasonFinale(const SashFacts &facts, const QDate &today)
{
    if (facts.type != MediaType::Tv
        || (facts.release.status != ReleaseStatus::Ended && facts.release.status != ReleaseStatus::Cancelled))
        return false;
    const Sources::EpisodeInfo &last = facts.lastEpisode;
    int finalSeason = facts.numberOfSeasons;
    for (const Sources::SeasonInfo &entry : facts.seasons)
        finalSeason = std::max(finalSeason, entry.season);
    const Sources::SeasonInfo *info = season(facts, last.season);
    return last.season > 0 && last.season == finalSeason && info && info->episodeCount == last.episode
           && agedWithin(last.airDate, today, SashPicker::NewReleaseDays);
}

// A fresh episode (aired or due within ±14 days) that is not the series premiere.
bool isReturning(const SashFacts &facts, const QDate &today)
{
    for (const Sources::EpisodeInfo *episode : {&facts.lastEpisode, &facts.nextEpisode}) {
        if (episode->season <= 0 || (episode->season == 1 && episode->episode == 1))
            continue;
        if (nearToday(episode->airDate, today, SashPicker::NewReleaseDays))
            return true;
    }
    return false;
}

std::optional<SashInfo> foreign(const SashFacts &facts, const SashVocabulary &words)
{
    const QString code = facts.originalLanguage.trimmed().toLower();
    if (code.isEmpty() || code == QLatin1String("en"))
        return std::nullopt;
    const QString name = words.languageName(code);
    return SashInfo{name.isEmpty() ? words.word(SashWord::Foreign) : name, SashType::Info};
}

bool isBingeReady(const SashFacts &facts)
{
    if (facts.type != MediaType::Tv || facts.numberOfSeasons < 3)
        return false;
    const double perSeason = double(facts.numberOfEpisodes) / facts.numberOfSeasons;
    return perSeason >= 6 && perSeason <= 20;
}

SashWord statusWord(ReleaseStatus status)
{
    switch (status) {
    case ReleaseStatus::Cinema: return SashWord::Cinema;
    case ReleaseStatus::Streaming: return SashWord::Streaming;
    case ReleaseStatus::Physical: return SashWord::Physical;
    case ReleaseStatus::Airing: return SashWord::Airing;
    case ReleaseStatus::Ended: return SashWord::Ended;
    case ReleaseStatus::Cancelled: return SashWord::Cancelled;
    case ReleaseStatus::Production:
    case ReleaseStatus::Unknown: break;
    }
    return SashWord::Production;
}

std::optional<SashInfo> releaseStatus(const QString &slot, const SashFacts &facts, const SashContext &context)
{
    const ReleaseStatus status = facts.release.status;
    if (status == ReleaseStatus::Unknown || slot != SashPicker::statusSlot(status))
        return std::nullopt;
    if (context.releaseStatusCinemaOnly && status != ReleaseStatus::Cinema && status != ReleaseStatus::Production)
        return std::nullopt;
    const SashType type = status == ReleaseStatus::Airing ? SashType::Info : SashType::Alert;
    if (context.releaseStatusDates) {
        if (const auto next = Sources::ReleaseStatusRules::upcoming(facts.release, context.today))
            return SashInfo{context.vocabulary.releaseDate(next->date, statusWord(next->window), context.today), type};
    }
    return SashInfo{context.vocabulary.word(statusWord(status)), type};
}

std::optional<SashInfo> when(bool condition, const SashVocabulary &words, SashWord word, SashType type)
{
    if (!condition)
        return std::nullopt;
    return SashInfo{words.word(word), type};
}

} // namespace

const QStringList &SashPicker::supportedSlots()
{
    static const QStringList supported{
        QStringLiteral("wins"),        QStringLiteral("festival"),      QStringLiteral("pic_noms"),
        QStringLiteral("noms"),        QStringLiteral("metacritic"),    QStringLiteral("trending"),
        QStringLiteral("trending_broad"), QStringLiteral("premiere"),   QStringLiteral("new_release"),
        QStringLiteral("just_added"),  QStringLiteral("digital_release"), QStringLiteral("new_season"),
        QStringLiteral("season_finale"), QStringLiteral("returning"),   QStringLiteral("cult"),
        QStringLiteral("foreign"),     QStringLiteral("true_story"),    QStringLiteral("short_film"),
        QStringLiteral("mini_series"), QStringLiteral("binge_ready"),   QStringLiteral("airing"),
        QStringLiteral("ended"),       QStringLiteral("cancelled"),     QStringLiteral("physical"),
        QStringLiteral("streaming"),   QStringLiteral("cinema"),        QStringLiteral("production"),
    };
    return supported;
}

QString SashPicker::statusSlot(Sources::ReleaseStatus status)
{
    return Sources::releaseStatusName(status).toLower();
}

std::optional<Render::SashInfo> SashPicker::evaluate(const QString &slot, const SashFacts &facts,
                                                     const SashContext &context)
{
    const SashVocabulary &words = context.vocabulary;
    const QDate &today = context.today;
    if (slot == QLatin1String("wins"))
        return when(hasKeyword(facts, QLatin1String("best-picture-winner")), words, SashWord::OscarWinner, SashType::Win);
    if (slot == QLatin1String("festival"))
        return festival(facts, words);
    if (slot == QLatin1String("pic_noms") || slot == QLatin1String("noms"))
        return when(hasKeyword(facts, QLatin1String("best-picture-nominated")), words, SashWord::OscarNominee, SashType::Nom);
    if (slot == QLatin1String("metacritic"))
        return when(hasKeyword(facts, QLatin1String("metacritic-must-see")), words, SashWord::MustSee, SashType::Nom);
    if (slot == QLatin1String("trending") || slot == QLatin1String("trending_broad")) {
        const bool broadSlot = slot == QLatin1String("trending_broad");
        if (facts.trendingRank > 0 && facts.trendingBroad == broadSlot)
            return SashInfo{words.trending(facts.trendingRank), SashType::Trending};
        return std::nullopt;
    }
    if (slot == QLatin1String("premiere"))
        return when(isTvPremiere(facts, today), words, SashWord::Premiere, SashType::Alert);
    if (slot == QLatin1String("new_release"))
        return when(isNewRelease(facts, today), words, SashWord::New, SashType::Alert);
    if (slot == QLatin1String("just_added") || slot == QLatin1String("digital_release"))
        return when(isJustAdded(facts, today), words, SashWord::JustAdded, SashType::Alert);
    if (slot == QLatin1String("new_season"))
        return when(facts.type == MediaType::Tv && isNewSeason(facts, today), words, SashWord::NewSeason, SashType::Alert);
    if (slot == QLatin1String("season_finale"))
        return when(isSeasonFinale(facts, today), words, SashWord::SeasonFinale, SashType::Alert);
    if (slot == QLatin1String("returning"))
        return when(facts.type == MediaType::Tv && isReturning(facts, today), words, SashWord::Returning, SashType::Alert);
    if (slot == QLatin1String("cult"))
        return when(hasKeyword(facts, QLatin1String("cult-classic")) || hasKeyword(facts, QLatin1String("cult-film")),
                    words, SashWord::CultClassic, SashType::Trending);
    if (slot == QLatin1String("foreign"))
        return foreign(facts, words);
    if (slot == QLatin1String("true_story"))
        return when(hasKeyword(facts, QLatin1String("based-on-true-story")), words, SashWord::TrueStory, SashType::Info);
    if (slot == QLatin1String("short_film"))
        return when(facts.type == MediaType::Movie && facts.runtime > 0 && facts.runtime < 40, words,
                    SashWord::ShortFilm, SashType::Info);
    if (slot == QLatin1String("mini_series"))
        return when(facts.type == MediaType::Tv && facts.numberOfSeasons == 1 && facts.numberOfEpisodes >= 1
                        && facts.numberOfEpisodes <= 8,
                    words, SashWord::MiniSeries, SashType::Info);
    if (slot == QLatin1String("binge_ready"))
        return when(isBingeReady(facts), words, SashWord::BingeReady, SashType::Info);
    return releaseStatus(slot, facts, context);
}

std::optional<Render::SashInfo> SashPicker::pick(const SashFacts &facts, const QStringList &priority,
                                                 const SashContext &context)
{
    for (const QString &slot : priority) {
        if (auto sash = evaluate(slot, facts, context))
            return sash;
    }
    return std::nullopt;
}

} // namespace Marquee::Pipeline
