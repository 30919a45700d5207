#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/config/renderconfig.h"
#include "core/config/titleid.h"
#include "core/pipeline/ratinginputs.h"
#include "core/pipeline/qualitycache.h"
#include "core/pipeline/ratingscache.h"
#include "core/pipeline/renderinputsbuilder.h"
#include "core/pipeline/sashpicker.h"
#include "core/pipeline/titleresolver.h"
#include "core/render/renderinputs.h"
#include "core/sources/titlemetadata.h"
#include "core/sources/weightedscore.h"

namespace Marquee::Pipeline {

// The `?debug=1` answer of /poster and /p (reference §1.2 "debug JSON"): every decision of one render,
// collected by the pipeline as it fetches and decides, returned instead of the image and never cached.
// The reference's field names come first (imdb_id, canonical_id, score, sash, quality_tokens…); the
// `rating`, `art`, `logo`, `sash_decision`, `provisional` and `cache` objects explain the why.
// Never contains API keys.
class RenderDiagnostics
{
public:
    // Everything the pipeline knows once it has fetched and decided, before drawing.
    struct Snapshot
    {
        const PosterRequest &request;
        const ResolvedTitle &title;
        const Sources::TitleMetadata &metadata;
        const RatingsOutcome &ratings;
        const RatingInputs::Notes &ratingNotes;
        const Render::RenderInputs &inputs;
        const RenderInputsBuilder::SashData &sashData;
        const RenderInputsBuilder::ScorePolicy &policy;
        const QualityOutcome &quality;
        QDate today;
        bool artIncomplete = false;
        bool staleMetadata = false;
        QString compositeKey;
        bool cacheHit = false;
        bool cacheable = true;
    };
    // The whole answer for one render.
    static QJsonObject collect(const Snapshot &render);

    // Ids: what the request named, what the server resolved, what ratings and quality are keyed by.
    void identity(const TitleId &requested, const TitleId &resolved, const Sources::TitleMetadata &metadata,
                  bool mappedFromImdb, bool local);
    // The score: sources with raw / normalised values, votes and weights, the basis and why.
    void rating(MediaType type, const RatingsOutcome &ratings, const RatingInputs::Notes &notes, const Config::Weights &weights,
                const Sources::ScoreBreakdown &breakdown, bool anime, const Config::RenderConfig &config,
                int minVotes);
    // Art and logo as ArtSelector chooses them for this request.
    void artwork(const Sources::TitleMetadata &metadata, const Config::RenderConfig &config, bool local);
    // Every sash slot of the priority that would apply, in priority order, and the winner.
    void sash(const SashFacts &facts, const QStringList &priority, const SashContext &context, bool hidden);
    void facts(const Sources::TitleMetadata &metadata, const Render::RenderInputs &inputs, const SashFacts &facts,
               const Config::RenderConfig &config);
    void quality(const QStringList &tokens, bool determined, bool overridden);
    void provisional(const QStringList &reasons);
    void cache(const QString &compositeKey, bool hit, bool cacheable);

    QJsonObject toJson() const { return m_json; }

    static QString sashTypeName(Render::SashType type);

private:
    QJsonObject m_json;
};

} // namespace Marquee::Pipeline
