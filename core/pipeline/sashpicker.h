#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/config/titleid.h"
#include "core/render/renderinputs.h"

namespace Marquee::Pipeline {

// What the sash slots look at, gathered from the metadata and the ratings record.
struct SashFacts
{
    MediaType type = MediaType::Movie;
    QStringList keywords;       // MDBList keyword names, lower case
    QString releaseDate;        // "YYYY-MM-DD" or empty
    QString originalLanguage;   // ISO 639-1 or empty
    int runtime = 0;            // minutes
    int numberOfSeasons = 0;
    int numberOfEpisodes = 0;
};

// Picks the info sash (reference §2.8): walks the request's slot priority and returns the first slot
// whose condition holds. Pure: facts and today's date in, label out. Only the slots whose data
// Marquee's sources provide are evaluated; the others never match.
class SashPicker
{
public:
    static std::optional<Render::SashInfo> pick(const SashFacts &facts, const QStringList &priority,
                                                 const QDate &today);
    // One slot's verdict; nullopt when it does not apply (or is not supported).
    static std::optional<Render::SashInfo> evaluate(const QString &slot, const SashFacts &facts,
                                                    const QDate &today);
    static const QStringList &supportedSlots();

    static constexpr int NewReleaseDays = 14;  // DAYS_CONSIDERED_NEW
};

} // namespace Marquee::Pipeline
