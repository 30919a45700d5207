#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/config/titleid.h"
#include "core/pipeline/sashvocabulary.h"
#include "core/render/renderinputs.h"
#include "core/sources/releaseinfo.h"
#include "core/sources/titlemetadata.h"

namespace Marquee::Pipeline {

// What the sash slots look at, gathered from the metadata, the ratings record, the release status and
// the trending ranks.
struct SashFacts
{
    MediaType type = MediaType::Movie;
    QStringList keywords;       // MDBList keyword names, lower case
    QString releaseDate;        // movie release / TV first air date, "YYYY-MM-DD" or empty
    QString originalLanguage;   // ISO 639-1 or empty
    int runtime = 0;            // minutes
    int numberOfSeasons = 0;
    int numberOfEpisodes = 0;
    Sources::EpisodeInfo nextEpisode;   // TV schedule
    Sources::EpisodeInfo lastEpisode;
    QList<Sources::SeasonInfo> seasons;
    Sources::ReleaseInfo release;       // status Unknown = no status sash
    int trendingRank = 0;               // 0 = not ranked within the broad count
    bool trendingBroad = false;         // ranked beyond TRENDING_FETCH_COUNT: the trending_broad slot
};

// How the request wants the sash worded and which release-status options it set.
struct SashContext
{
    QDate today;
    SashVocabulary vocabulary = SashVocabulary::forLanguage(QStringLiteral("en"));
    bool releaseStatusDates = true;       // release_status_dates: "Oct 16 Cinema"
    bool releaseStatusCinemaOnly = false; // release_status_cinema_only: only Cinema / Production sashes
};

// Picks the info sash (reference §2.8): walks the request's slot priority and returns the first slot
// whose condition holds, labelled in the request's language. Pure: facts and context in, label out.
// Slots whose data Marquee has no source for (gg_wins, gg_noms, studio, director, cast, emmy_noms)
// never match.
class SashPicker
{
public:
    static std::optional<Render::SashInfo> pick(const SashFacts &facts, const QStringList &priority,
                                                 const SashContext &context);
    // One slot's verdict; nullopt when it does not apply (or is not supported).
    static std::optional<Render::SashInfo> evaluate(const QString &slot, const SashFacts &facts,
                                                    const SashContext &context);
    static const QStringList &supportedSlots();
    // The slot a status sash is drawn for ("cinema"…); empty for Unknown.
    static QString statusSlot(Sources::ReleaseStatus status);

    static constexpr int NewReleaseDays = 14;  // DAYS_CONSIDERED_NEW
};

} // namespace Marquee::Pipeline
