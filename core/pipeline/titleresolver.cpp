#include "core/pipeline/titleresolver.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "core/pipeline/renderslots.h"
#include "core/sources/metadatasource.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcResolve, "marquee.pipeline.resolve")

QString mapKey(const QString &imdbId, MediaType type)
{
    return imdbId + QLatin1Char('|') + mediaTypeName(type);
}

tl::unexpected<Error> missingTmdbId()
{
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("Marquee::Pipeline::TitleResolver",
                                            "Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL."));
}

tl::unexpected<Error> missingKey(bool presetRoute)
{
    if (presetRoute)
        return fail(ErrorKind::NotConfigured,
                    QCoreApplication::translate("Marquee::Pipeline::TitleResolver", "Server TMDB key not configured"));
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("Marquee::Pipeline::TitleResolver",
                                            "No TMDB API key available. Either provide tmdb_key= or set "
                                            "TMDB_API_KEY on the server."));
}

} // namespace

TitleResolver::TitleResolver(const Config::ServerSettings &settings, Storage::Storage *storage,
                             Sources::LocalLibrary *library, Sources::MetadataSource *metadata, RenderSlots *renderSlots)
    : m_settings(settings)
    , m_storage(storage)
    , m_library(library)
    , m_metadata(metadata)
    , m_slots(renderSlots)
{
}

QString TitleResolver::effectiveTmdbKey(const PosterRequest &request) const
{
    return request.query.tmdbKey.isEmpty() ? m_settings.tmdbApiKey : request.query.tmdbKey;
}

std::optional<Sources::LocalTitle> TitleResolver::localTitle(const TitleId &id) const
{
    if (!m_library)
        return std::nullopt;
    if (!id.imdbId.isEmpty()) {
        if (auto found = m_library->findByImdb(id.imdbId); found && found->metadata.id.type == id.type)
            return found;
    }
    if (id.tmdbId > 0)
        return m_library->findByTmdb(id.tmdbId, id.type);
    return std::nullopt;
}

Result<ResolvedTitle> TitleResolver::resolve(const PosterRequest &request)
{
    ResolvedTitle resolved;
    resolved.id = request.query.title;
    if (auto local = localTitle(resolved.id)) {
        resolved.local = std::move(local);
        return resolved;
    }

    const bool imdbOnly = resolved.id.tmdbId <= 0;
    if (imdbOnly && (resolved.id.imdbId.isEmpty() || (!request.presetRoute && !m_settings.posterResolveImdb)))
        return missingTmdbId();
    resolved.tmdbKey = effectiveTmdbKey(request);
    if (resolved.tmdbKey.isEmpty() || !m_metadata)
        return missingKey(request.presetRoute);

    if (imdbOnly) {
        auto mapped = mapImdb(resolved.id.imdbId, resolved.id.type, resolved.tmdbKey);
        if (!mapped)
            return fail(mapped.error());
        resolved.id.tmdbId = *mapped;
        resolved.mappedFromImdb = true;
    }
    return resolved;
}

Result<qint64> TitleResolver::mapImdb(const QString &imdbId, MediaType type, const QString &apiKey)
{
    if (const qint64 known = knownTmdbId(imdbId, type); known > 0)
        return known;
    if (m_storage) {
        auto stored = m_storage->tmdbIdFor(imdbId, type);
        if (!stored)
            qCWarning(lcResolve) << "imdb mapping read failed:" << stored.error().message;
        else if (stored->has_value()) {
            remember(imdbId, type, **stored);
            return **stored;
        }
    }

    // A cold lookup is upstream work like a render, so it waits for a render slot.
    RenderSlots::Guard slot;
    if (m_slots) {
        auto acquired = m_slots->acquire();
        if (!acquired)
            return fail(acquired.error());
        slot = std::move(*acquired);
    }
    auto found = m_metadata->findTmdbId(imdbId, type, apiKey);
    if (!found) {
        Error error = found.error();
        if (error.kind == ErrorKind::NotFound)
            error.message = QCoreApplication::translate("Marquee::Pipeline::TitleResolver",
                                                        "No TMDB %1 found for imdb_id %2")
                                .arg(mediaTypeName(type), imdbId);
        return fail(error);
    }
    if (m_storage) {
        if (auto stored = m_storage->putTmdbId(imdbId, type, *found); !stored)
            qCWarning(lcResolve) << "imdb mapping write failed:" << stored.error().message;
    }
    remember(imdbId, type, *found);
    return *found;
}

qint64 TitleResolver::knownTmdbId(const QString &imdbId, MediaType type) const
{
    QReadLocker locker(&m_lock);
    return m_known.value(mapKey(imdbId, type), 0);
}

void TitleResolver::remember(const QString &imdbId, MediaType type, qint64 tmdbId)
{
    QWriteLocker locker(&m_lock);
    if (m_known.size() >= MemoryMapLimit)
        m_known.clear();  // a bounded hint, not a source of truth: storage still has every mapping
    m_known.insert(mapKey(imdbId, type), tmdbId);
}

void TitleResolver::forget(const QString &imdbId, MediaType type, qint64 tmdbId)
{
    QWriteLocker locker(&m_lock);
    const QString key = mapKey(imdbId, type);
    if (m_known.value(key) == tmdbId)
        m_known.remove(key);
}

} // namespace Marquee::Pipeline
