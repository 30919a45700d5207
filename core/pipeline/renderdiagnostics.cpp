#include "core/pipeline/renderdiagnostics.h"

#include "core/pipeline/artselector.h"
#include "core/config/paramregistry.h"
#include "core/pipeline/artworkloader.h"

namespace Marquee::Pipeline {

namespace {

using Config::Param;

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString artKindName(ArtChoice::Kind kind)
{
    switch (kind) {
    case ArtChoice::Kind::TextlessPoster: return QStringLiteral("textless_poster");
    case ArtChoice::Kind::BackdropCrop: return QStringLiteral("backdrop_crop");
    case ArtChoice::Kind::PrimaryPoster: return QStringLiteral("original_poster");
    case ArtChoice::Kind::Backdrop: return QStringLiteral("backdrop");
    case ArtChoice::Kind::None: break;
    }
    return QStringLiteral("none");
}

QString languageOf(const QList<Sources::ImageInfo> &images, const QString &filePath)
{
    for (const Sources::ImageInfo &image : images) {
        if (image.filePath == filePath)
            return image.language;
    }
    return {};
}

QJsonObject contributionJson(const Sources::ScoreContribution &entry)
{
    QJsonObject json{{QStringLiteral("source"), entry.source},
                     {QStringLiteral("weight"), entry.weight},
                     {QStringLiteral("used"), entry.used}};
    json.insert(QStringLiteral("value"), entry.raw ? QJsonValue(*entry.raw) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("votes"), entry.votes ? QJsonValue(*entry.votes) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("normalised"),
                entry.normalised ? QJsonValue(*entry.normalised) : QJsonValue(QJsonValue::Null));
    if (!entry.skipped.isEmpty())
        json.insert(QStringLiteral("skipped"), entry.skipped);
    return json;
}

QString scoreReason(const Sources::ScoreBreakdown &breakdown, bool fallbackToImdb, bool anyRatings)
{
    using Basis = Sources::ScoreBreakdown::Basis;
    switch (breakdown.basis) {
    case Basis::Weighted: return QStringLiteral("weighted mean of the sources used (weights renormalised)");
    case Basis::ImdbFallback: return QStringLiteral("no weighted source had a value; fallback_to_imdb used the IMDb rating");
    case Basis::ProviderFallback: return QStringLiteral("no weighted source had a value; the anime provider's score");
    case Basis::None: break;
    }
    if (!anyRatings)
        return QStringLiteral("no ratings known");
    return fallbackToImdb ? QStringLiteral("no weighted source had a value and no usable IMDb rating")
                          : QStringLiteral("no weighted source had a value (fallback_to_imdb off)");
}

} // namespace

QString RenderDiagnostics::sashTypeName(Render::SashType type)
{
    switch (type) {
    case Render::SashType::Win: return QStringLiteral("win");
    case Render::SashType::Nom: return QStringLiteral("nom");
    case Render::SashType::Prestige: return QStringLiteral("prestige");
    case Render::SashType::Cast: return QStringLiteral("cast");
    case Render::SashType::Info: return QStringLiteral("info");
    case Render::SashType::Alert: return QStringLiteral("alert");
    case Render::SashType::Trending: return QStringLiteral("trending");
    }
    return QStringLiteral("info");
}

void RenderDiagnostics::identity(const TitleId &requested, const TitleId &resolved,
                                 const Sources::TitleMetadata &metadata, bool mappedFromImdb, bool local)
{
    const QString effectiveImdb = resolved.imdbId.isEmpty() ? metadata.id.imdbId : resolved.imdbId;
    TitleId ratingId = resolved;
    ratingId.imdbId = effectiveImdb;
    m_json.insert(QStringLiteral("imdb_id"), optionalText(requested.imdbId));
    m_json.insert(QStringLiteral("effective_imdb_id"), optionalText(effectiveImdb));
    m_json.insert(QStringLiteral("canonical_id"), resolved.canonicalId());
    m_json.insert(QStringLiteral("tmdb_id"), resolved.tmdbId > 0 ? QJsonValue(resolved.tmdbId) : QJsonValue(QJsonValue::Null));
    m_json.insert(QStringLiteral("type"), mediaTypeName(resolved.type));
    m_json.insert(QStringLiteral("rating_provider"), effectiveImdb.isEmpty() ? QStringLiteral("tmdb") : QStringLiteral("imdb"));
    m_json.insert(QStringLiteral("rating_media_id"), ratingId.canonicalId());
    m_json.insert(QStringLiteral("quality_id"), optionalText(effectiveImdb));
    m_json.insert(QStringLiteral("mapped_from_imdb"), mappedFromImdb);
    m_json.insert(QStringLiteral("source"), local ? QStringLiteral("local") : QStringLiteral("tmdb"));
}

void RenderDiagnostics::rating(MediaType type, const RatingsOutcome &ratings, const RatingInputs::Notes &notes,
                               const Config::Weights &weights, const Sources::ScoreBreakdown &breakdown, bool anime,
                               const Config::RenderConfig &config, int minVotes)
{
    QJsonObject weightJson;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        weightJson.insert(it.key(), it.value());
    QJsonArray sources;
    for (const Sources::ScoreContribution &entry : breakdown.contributions)
        sources.append(contributionJson(entry));
    QJsonObject all;
    if (ratings.record) {
        for (auto it = ratings.record->ratings.cbegin(); it != ratings.record->ratings.cend(); ++it) {
            QJsonObject site{{QStringLiteral("value"), it->value}};
            site.insert(QStringLiteral("votes"), it->votes ? QJsonValue(*it->votes) : QJsonValue(QJsonValue::Null));
            if (const auto normalised = Sources::normalisedRating(it.key(), it->value))
                site.insert(QStringLiteral("normalised"), *normalised);
            all.insert(it.key(), site);
        }
    }
    const bool fallbackToImdb = config.flag(Param::FallbackToImdb);
    m_json.insert(QStringLiteral("score"), breakdown.score ? QJsonValue(*breakdown.score) : QJsonValue(QStringLiteral("N/A")));
    m_json.insert(QStringLiteral("is_anime"), anime);
    m_json.insert(QStringLiteral("rating_weights"), weightJson);
    m_json.insert(QStringLiteral("imdb_rating_source"), config.text(Param::ImdbRatingSource));
    m_json.insert(QStringLiteral("tmdb_rating_source"), config.text(Param::TmdbRatingSource));
    m_json.insert(QStringLiteral("rating"), QJsonObject{
        {QStringLiteral("weight_set"), Config::ParamRegistry::spec(Sources::weightsParam(type, anime)).name},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("ratings"), all},
        {QStringLiteral("basis"), Sources::ScoreBreakdown::basisName(breakdown.basis)},
        {QStringLiteral("reason"), scoreReason(breakdown, fallbackToImdb, ratings.record && !ratings.record->ratings.isEmpty())},
        {QStringLiteral("min_votes"), minVotes},
        {QStringLiteral("fallback_to_imdb"), fallbackToImdb},
        {QStringLiteral("inputs"), notes.toJson()},
        {QStringLiteral("final"), ratings.determined},
    });
}

void RenderDiagnostics::artwork(const Sources::TitleMetadata &metadata, const Config::RenderConfig &config, bool local)
{
    if (local) {
        m_json.insert(QStringLiteral("art"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("local")}});
        m_json.insert(QStringLiteral("logo"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("local")}});
        return;
    }
    const bool landscape = ArtworkLoader::isLandscape(config);
    const ArtChoice art = landscape
        ? ArtSelector::landscape(metadata, config.text(Param::LandscapeArt) == QLatin1String("original"))
        : ArtSelector::portrait(metadata, config);
    const QString artLanguage = languageOf(metadata.posters + metadata.backdrops, art.filePath);
    m_json.insert(QStringLiteral("art"), QJsonObject{
        {QStringLiteral("kind"), artKindName(art.kind)},
        {QStringLiteral("file_path"), optionalText(art.filePath)},
        {QStringLiteral("language"), optionalText(artLanguage)},
        {QStringLiteral("textless"), art.kind == ArtChoice::Kind::TextlessPoster || art.kind == ArtChoice::Kind::BackdropCrop},
        {QStringLiteral("original_art"), art.bakedTitle},
        {QStringLiteral("shape"), landscape ? QStringLiteral("landscape") : QStringLiteral("portrait")},
    });
    const LanguagePreference preference = LanguagePreference::from(config, metadata);
    QJsonObject logo{{QStringLiteral("priority"), preference.priority},
                     {QStringLiteral("language_order"), QJsonArray::fromStringList(preference.order())},
                     {QStringLiteral("original_language"), optionalText(metadata.originalLanguage)}};
    if (art.bakedTitle || !ArtworkLoader::wantsLogo(config)) {
        logo.insert(QStringLiteral("chosen"), QJsonValue::Null);
        logo.insert(QStringLiteral("reason"), art.bakedTitle ? QStringLiteral("the art carries its own title")
                                                             : QStringLiteral("textless requested: no logo or title"));
    } else if (const auto chosen = ArtSelector::logo(metadata, preference)) {
        logo.insert(QStringLiteral("chosen"), QJsonObject{{QStringLiteral("file_path"), chosen->filePath},
                                                          {QStringLiteral("language"), optionalText(chosen->language)},
                                                          {QStringLiteral("vote_average"), chosen->voteAverage}});
    } else {
        logo.insert(QStringLiteral("chosen"), QJsonValue::Null);
        logo.insert(QStringLiteral("reason"), QStringLiteral("no logo in any preferred language: title text is drawn"));
    }
    m_json.insert(QStringLiteral("logo"), logo);
}

void RenderDiagnostics::sash(const SashFacts &facts, const QStringList &priority, const SashContext &context,
                             bool hidden)
{
    QJsonArray candidates;
    QJsonValue winner = QJsonValue::Null;
    if (!hidden) {
        for (const QString &slot : priority) {
            const auto verdict = SashPicker::evaluate(slot, facts, context);
            if (!verdict)
                continue;
            const QJsonObject entry{{QStringLiteral("slot"), slot}, {QStringLiteral("label"), verdict->label},
                                    {QStringLiteral("type"), sashTypeName(verdict->type)}};
            if (winner.isNull())
                winner = entry;
            candidates.append(entry);
        }
    }
    m_json.insert(QStringLiteral("sash"), winner.isNull() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(QJsonObject{{QStringLiteral("label"), winner.toObject().value(QStringLiteral("label"))},
                                                                                   {QStringLiteral("type"), winner.toObject().value(QStringLiteral("type"))}}));
    m_json.insert(QStringLiteral("sash_priority"), QJsonArray::fromStringList(priority));
    m_json.insert(QStringLiteral("sash_decision"), QJsonObject{
        {QStringLiteral("mode"), hidden ? QStringLiteral("hidden") : QStringLiteral("shown")},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("winner"), winner},
    });
}

void RenderDiagnostics::facts(const Sources::TitleMetadata &metadata, const Render::RenderInputs &inputs,
                              const SashFacts &facts, const Config::RenderConfig &config)
{
    const auto has = [&facts](const char *keyword) { return facts.keywords.contains(QLatin1String(keyword)); };
    QString festival;
    for (const QString &keyword : facts.keywords) {
        if (keyword.startsWith(QLatin1String("festival-")))
            festival = keyword;
    }
    const QDate released = QDate::fromString(facts.releaseDate, Qt::ISODate);
    m_json.insert(QStringLiteral("genre"), inputs.genre);
    m_json.insert(QStringLiteral("release_year"), inputs.year > 0 ? QJsonValue(inputs.year) : QJsonValue(QJsonValue::Null));
    m_json.insert(QStringLiteral("release_date"), optionalText(facts.releaseDate));
    m_json.insert(QStringLiteral("age_rating"), inputs.ageRating ? QJsonValue(*inputs.ageRating) : QJsonValue(QJsonValue::Null));
    m_json.insert(QStringLiteral("festival_keyword"), optionalText(festival));
    m_json.insert(QStringLiteral("is_cult"), has("cult-classic") || has("cult-film"));
    m_json.insert(QStringLiteral("is_true_story"), has("based-on-true-story"));
    m_json.insert(QStringLiteral("is_metacritic"), has("metacritic-must-see"));
    m_json.insert(QStringLiteral("is_new_release"), released.isValid() && released <= QDate::currentDate()
                                                        && released.daysTo(QDate::currentDate()) <= SashPicker::NewReleaseDays);
    m_json.insert(QStringLiteral("trending_rank"), facts.trendingRank > 0 ? QJsonValue(facts.trendingRank) : QJsonValue(QJsonValue::Null));
    m_json.insert(QStringLiteral("original_language"), optionalText(metadata.originalLanguage));
    m_json.insert(QStringLiteral("release_status"), optionalText(Sources::releaseStatusName(facts.release.status)));
    m_json.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(facts.keywords));
    m_json.insert(QStringLiteral("badge_display_mode"), config.integer(Param::BadgeDisplayMode));
    m_json.insert(QStringLiteral("rating_display_mode"), config.integer(Param::RatingDisplayMode));
}

void RenderDiagnostics::quality(const QStringList &tokens, bool determined, bool overridden)
{
    m_json.insert(QStringLiteral("quality_tokens"), QJsonArray::fromStringList(tokens));
    m_json.insert(QStringLiteral("quality"), QJsonObject{
        {QStringLiteral("tokens"), QJsonArray::fromStringList(tokens)},
        {QStringLiteral("known"), determined},
        {QStringLiteral("source"), overridden ? QStringLiteral("quality= override") : QStringLiteral("quality source")},
    });
}

void RenderDiagnostics::provisional(const QStringList &reasons)
{
    m_json.insert(QStringLiteral("provisional"), QJsonObject{{QStringLiteral("provisional"), !reasons.isEmpty()},
                                                             {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}});
}

void RenderDiagnostics::cache(const QString &compositeKey, bool hit, bool cacheable)
{
    m_json.insert(QStringLiteral("cache"), QJsonObject{{QStringLiteral("composite_key"), compositeKey},
                                                       {QStringLiteral("hit"), hit},
                                                       {QStringLiteral("cacheable"), cacheable}});
}

QJsonObject RenderDiagnostics::collect(const Snapshot &render)
{
    const Config::RenderConfig &config = render.request.query.config;
    const MediaType type = render.title.id.type;
    RenderDiagnostics diagnostics;
    diagnostics.identity(render.request.query.title, render.title.id, render.metadata, render.title.mappedFromImdb,
                         render.title.local.has_value());

    const bool anime = render.ratings.record && Sources::hasAnimeRatings(*render.ratings.record);
    const Config::Weights weights = Sources::effectiveWeights(type, anime, config, render.policy.serverMovieWeights,
                                                              render.policy.serverTvWeights);
    const Sources::ScoreBreakdown breakdown = render.ratings.record
        ? Sources::scoreBreakdown(*render.ratings.record, weights, config.flag(Param::FallbackToImdb),
                                  render.policy.ratingMinVotes)
        : Sources::ScoreBreakdown{};
    diagnostics.rating(type, render.ratings, render.ratingNotes, weights, breakdown, anime, config,
                       render.policy.ratingMinVotes);
    diagnostics.artwork(render.metadata, config, render.title.local.has_value());

    const SashFacts facts = RenderInputsBuilder::sashFacts(render.metadata, render.ratings, render.sashData);
    diagnostics.sash(facts, config.sashPriority(), RenderInputsBuilder::sashContext(config, render.today),
                     config.text(Param::SashMode) == QLatin1String("hidden"));
    diagnostics.facts(render.metadata, render.inputs, facts, config);
    diagnostics.quality(render.inputs.qualityTokens, render.quality.determined,
                        !render.request.query.qualityOverride.isEmpty());

    QStringList reasons;
    if (render.artIncomplete)
        reasons.append(QStringLiteral("art or logo could not be fetched"));
    if (render.staleMetadata)
        reasons.append(QStringLiteral("TMDB details are an expired copy (TMDB failed or was late)"));
    if (!render.ratings.determined)
        reasons.append(render.request.presetRoute
                           ? QStringLiteral("ratings not cached yet (/p fetches them in the background)")
                           : QStringLiteral("ratings not final (MDBList failed, is rate limited or was late)"));
    if (!render.quality.determined)
        reasons.append(QStringLiteral("quality badges not known yet"));
    diagnostics.provisional(reasons);
    diagnostics.cache(render.compositeKey, render.cacheHit, render.cacheable);
    return diagnostics.toJson();
}

} // namespace Marquee::Pipeline
