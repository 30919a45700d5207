#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

#include "core/config/renderconfig.h"
#include "core/config/titleid.h"
#include "core/pipeline/artworkloader.h"
#include "core/pipeline/imagecache.h"
#include "core/pipeline/metadatacache.h"
#include "core/pipeline/ratingscache.h"
#include "core/pipeline/renderinputsbuilder.h"
#include "core/util/error.h"

namespace Marquee::Sources { class LocalLibrary; class MetadataSource; class RatingSource; }
namespace Marquee::Render { class PosterRenderer; }

namespace Marquee::Pipeline {

struct PreviewServices
{
    Sources::LocalLibrary *library = nullptr;     // searched first; may be null
    Sources::MetadataSource *metadata = nullptr;  // TMDB; null = local titles only
    Sources::RatingSource *ratings = nullptr;     // MDBList; null = TMDB titles render without a score
    const Render::PosterRenderer *renderer = nullptr;
    QString imageCacheDir;                        // TMDB art is downloaded once into it
};

// Per-preview credentials; never stored, never logged.
struct PreviewKeys
{
    QString tmdbKey;
    QString mdblistKey;
};

// "Render this title with this config" for an interactive configurator: the pipeline's own stages
// (local library / TMDB details / ratings / ArtworkLoader / RenderInputsBuilder / PosterRenderer) without
// encoding, composite caching or render slots, and with the fetched facts and decoded art kept in memory,
// so a changed slider costs one render. Blocking and thread-safe: call render() on worker threads.
//
//   PreviewRenderer preview({&library, nullptr, nullptr, &renderer, cacheDir});
//   Result<QImage> poster = preview.render(id, config, {});   // on a QtConcurrent thread
class PreviewRenderer
{
public:
    explicit PreviewRenderer(PreviewServices services,
                             RenderInputsBuilder::ScorePolicy policy = defaultPolicy());

    // NotFound "Title not in the local library" when there is no TMDB source or key for a non-local title;
    // TMDB errors pass through.
    Result<QImage> render(const TitleId &title, const Config::RenderConfig &config, const PreviewKeys &keys);

    void clearMemory();  // forget fetched facts and art (e.g. after a key change)

    static RenderInputsBuilder::ScorePolicy defaultPolicy();
    static constexpr int MemoryEntries = 48;

private:
    struct Facts
    {
        Sources::TitleMetadata metadata;
        RatingsOutcome ratings;
        std::optional<Sources::LocalTitle> local;
    };

    Result<Facts> facts(const TitleId &title, const QString &language, const PreviewKeys &keys);
    Result<Facts> fetchFacts(const TitleId &title, const QString &language, const PreviewKeys &keys);
    Result<Artwork> artwork(const Facts &facts, const Config::RenderConfig &config);
    static QString artKey(const Facts &facts, const Config::RenderConfig &config);

    PreviewServices m_services;
    RenderInputsBuilder::ScorePolicy m_policy;
    ImageCache m_images;
    ArtworkLoader m_loader;
    MetadataCache m_metadata;
    RatingsCache m_ratings;

    QMutex m_mutex;
    QHash<QString, Facts> m_facts;      // canonical id + language
    QHash<QString, Artwork> m_artwork;  // artKey()
};

} // namespace Marquee::Pipeline
