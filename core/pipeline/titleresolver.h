#pragma once

#include <optional>

#include <QHash>
#include <QReadWriteLock>
#include <QString>

#include "core/config/serversettings.h"
#include "core/config/titleid.h"
#include "core/pipeline/posterpipeline.h"
#include "core/sources/locallibrary.h"
#include "core/util/error.h"

namespace Marquee::Pipeline {

class RenderSlots;

// A request's title after resolution: where its data comes from and with which key.
struct ResolvedTitle
{
    TitleId id;                               // tmdbId filled in for TMDB titles
    std::optional<Sources::LocalTitle> local; // set when the local library has the title
    QString tmdbKey;                          // request key, else the server key; empty for local titles
    bool mappedFromImdb = false;              // tmdbId came from the IMDb→TMDB mapping, not the request
};

// Turns request ids into a source (reference §1.2 steps 5–6, §1.3): the local library first (by IMDb
// id, or TMDB id + type), else TMDB. IMDb-only TMDB requests go through the imdb_to_tmdb_cache and,
// when cold, TMDB /find — which costs a render slot like a render does. Also keeps a small in-memory
// IMDb→TMDB map so the cache-hit path can build composite keys without touching storage.
class TitleResolver
{
public:
    TitleResolver(const Config::ServerSettings &settings, Storage::Storage *storage,
                  Sources::LocalLibrary *library, Sources::MetadataSource *metadata, RenderSlots *renderSlots);

    Result<ResolvedTitle> resolve(const PosterRequest &request);

    // Cheap, no I/O: the local title for the request's ids, if any.
    std::optional<Sources::LocalTitle> localTitle(const TitleId &id) const;
    // Cheap, no I/O: a TMDB id already seen for this IMDb id (0 when unknown).
    qint64 knownTmdbId(const QString &imdbId, MediaType type) const;
    // Drops a retired mapping (after compare-and-delete in storage).
    void forget(const QString &imdbId, MediaType type, qint64 tmdbId);

    QString effectiveTmdbKey(const PosterRequest &request) const;

    static constexpr int MemoryMapLimit = 50000;

private:
    Result<qint64> mapImdb(const QString &imdbId, MediaType type, const QString &apiKey);
    void remember(const QString &imdbId, MediaType type, qint64 tmdbId);

    const Config::ServerSettings &m_settings;
    Storage::Storage *m_storage;
    Sources::LocalLibrary *m_library;
    Sources::MetadataSource *m_metadata;
    RenderSlots *m_slots;

    mutable QReadWriteLock m_lock;
    QHash<QString, qint64> m_known;  // "{imdb}|{movie|tv}" → tmdb id
};

} // namespace Marquee::Pipeline
