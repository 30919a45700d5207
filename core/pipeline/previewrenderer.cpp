#include "core/pipeline/previewrenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>

#include "core/config/serversettings.h"
#include "core/pipeline/genrelabel.h"
#include "core/render/posterrenderer.h"
#include "core/sources/locallibrary.h"
#include "core/sources/metadatasource.h"

namespace Marquee::Pipeline {

using Config::Param;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marquee::Pipeline::PreviewRenderer", text);
}

// Memo maps stay small: the configurator looks at a handful of titles at a time.
template<typename T>
void remember(QHash<QString, T> &map, const QString &key, const T &value)
{
    if (map.size() >= PreviewRenderer::MemoryEntries)
        map.clear();
    map.insert(key, value);
}

} // namespace

PreviewRenderer::PreviewRenderer(PreviewServices services, RenderInputsBuilder::ScorePolicy policy)
    : m_services(std::move(services))
    , m_policy(std::move(policy))
    , m_images(m_services.imageCacheDir, m_services.metadata)
    , m_loader(m_images)
    , m_metadata(nullptr, m_services.metadata)
    , m_ratings(nullptr, m_services.ratings, {}, m_policy.ratingMinVotes)
{
}

RenderInputsBuilder::ScorePolicy PreviewRenderer::defaultPolicy()
{
    const Config::ServerSettings defaults;
    return {defaults.movieWeights, defaults.tvWeights, defaults.ratingMinVotes};
}

void PreviewRenderer::clearMemory()
{
    QMutexLocker lock(&m_mutex);
    m_facts.clear();
    m_artwork.clear();
}

Result<QImage> PreviewRenderer::render(const TitleId &title, const Config::RenderConfig &config,
                                       const PreviewKeys &keys)
{
    if (!m_services.renderer)
        return fail(ErrorKind::Internal, QStringLiteral("PreviewRenderer has no renderer"));
    const Result<Facts> known = facts(title, config.text(Param::LogoLanguage), keys);
    if (!known)
        return fail(known.error());
    const Result<Artwork> art = artwork(*known, config);
    if (!art)
        return fail(art.error());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Render::RenderInputs inputs
        = RenderInputsBuilder::build(known->metadata, known->ratings, *art, config, {}, m_policy, today);
    return m_services.renderer->render(inputs, config);
}

Result<PreviewRenderer::Facts> PreviewRenderer::facts(const TitleId &title, const QString &language,
                                                      const PreviewKeys &keys)
{
    const QString key = title.canonicalId() + QLatin1Char('|') + mediaTypeName(title.type) + QLatin1Char('|') + language;
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_facts.constFind(key);
        if (found != m_facts.constEnd())
            return *found;
    }
    Result<Facts> fetched = fetchFacts(title, language, keys);
    if (fetched) {
        QMutexLocker lock(&m_mutex);
        remember(m_facts, key, *fetched);
    }
    return fetched;
}

Result<PreviewRenderer::Facts> PreviewRenderer::fetchFacts(const TitleId &title, const QString &language,
                                                           const PreviewKeys &keys)
{
    Facts facts;
    if (m_services.library) {
        facts.local = title.imdbId.isEmpty() ? m_services.library->findByTmdb(title.tmdbId, title.type)
                                             : m_services.library->findByImdb(title.imdbId);
        if (!facts.local && title.tmdbId > 0)
            facts.local = m_services.library->findByTmdb(title.tmdbId, title.type);
    }
    if (facts.local) {
        facts.metadata = facts.local->metadata;
        facts.ratings = {facts.local->ratings, true};  // the .nfo is the whole truth for a local title
        return facts;
    }
    if (!m_services.metadata || keys.tmdbKey.isEmpty())
        return fail(ErrorKind::NotFound, tr("Title not in the local library (a TMDB key renders any title)"));

    qint64 tmdbId = title.tmdbId;
    if (tmdbId <= 0) {
        const Result<qint64> found = m_services.metadata->findTmdbId(title.imdbId, title.type, keys.tmdbKey);
        if (!found)
            return fail(found.error());
        tmdbId = *found;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Result<Sources::TitleMetadata> details = m_metadata.get(title.type, tmdbId, language, keys.tmdbKey, now);
    if (!details)
        return fail(details.error());
    facts.metadata = *details;
    TitleId ratingId = title;
    ratingId.tmdbId = tmdbId;
    if (ratingId.imdbId.isEmpty())
        ratingId.imdbId = details->id.imdbId;  // MDBList's IMDb route is the better key
    facts.ratings = m_ratings.foreground(ratingId, keys.mdblistKey, GenreLabel::forGenreIds(details->genreIds), now);
    return facts;
}

QString PreviewRenderer::artKey(const Facts &facts, const Config::RenderConfig &config)
{
    // Exactly the settings ArtworkLoader reads; everything else re-renders from the same art.
    QStringList parts{facts.metadata.id.canonicalId(), mediaTypeName(facts.metadata.id.type)};
    for (Param param : {Param::Shape, Param::LandscapeArt, Param::UseOriginalArt, Param::Textless, Param::LogoLanguage})
        parts.append(config.formatted(param));
    return parts.join(QLatin1Char('|'));
}

Result<Artwork> PreviewRenderer::artwork(const Facts &facts, const Config::RenderConfig &config)
{
    const QString key = artKey(facts, config);
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_artwork.constFind(key);
        if (found != m_artwork.constEnd())
            return *found;
    }
    Result<Artwork> loaded = facts.local ? Result<Artwork>(ArtworkLoader::local(*facts.local, config))
                                         : m_loader.tmdb(facts.metadata, config);
    if (loaded && loaded->complete) {
        QMutexLocker lock(&m_mutex);
        remember(m_artwork, key, *loaded);
    }
    return loaded;
}

} // namespace Marquee::Pipeline
