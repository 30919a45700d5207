#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/config/posterquery.h"
#include "core/config/serversettings.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Blob { class BlobStore; }
namespace Marquee::Sources { class MetadataSource; class RatingSource; class LocalLibrary; }
namespace Marquee::Render { class PosterRenderer; }
namespace Marquee::Sources { class TmdbSource; }
namespace Marquee::Sources { class QualitySource; }
namespace Marquee::Sources { class ImdbDataset; }
namespace Marquee::Coordination { class Coordinator; }

namespace Marquee::Pipeline {

enum class ImageFormat { Jpeg, WebP };

// Picks the output format from IMAGE_FORMAT (jpeg | webp | auto) and the request's Accept header.
ImageFormat negotiateFormat(const QString &setting, const QByteArray &acceptHeader);
QByteArray mimeType(ImageFormat format);

struct PosterRequest
{
    Config::PosterQuery query;
    ImageFormat format = ImageFormat::Jpeg;
    bool presetRoute = false;   // /p: cached data only in the foreground (reference §1.3 "moat")
    // HTTP routes: with OBJECT_STORE_PUBLIC_URL a stored composite may be answered by redirectUrl instead
    // of its bytes. Off for callers that need the bytes (marqueed render, contact sheets).
    bool allowRedirect = false;
};

struct PosterResult
{
    QByteArray bytes;
    QByteArray mimeType;
    QByteArray etag;            // quoted content hash; empty for provisional / one-off renders
    bool provisional = false;   // served but not cached (no-store)
    bool stale = false;         // an expired composite served because an upstream failed (also provisional)
    bool oneOff = false;        // quality= override or nocache: no ETag, not stored
    bool persisted = false;     // stored as a composite
    bool cacheHit = false;
    qint64 expiresAt = 0;       // Unix seconds; 0 = no deadline
    QString compositeKey;
    QString sashLabel;          // fresh renders: the sash drawn ("" = none), for diagnostics
    QStringList qualityTokens;  // fresh renders: the quality tokens drawn, for diagnostics
    QString redirectUrl;        // non-empty: a store hit whose CDN copy is here (302); bytes are empty
    QJsonObject diagnostics;    // ?debug=1 (query.debug): every decision of the render; no bytes then
};

struct PipelineServices
{
    Storage::Storage *storage = nullptr;
    Blob::BlobStore *blobs = nullptr;
    Sources::LocalLibrary *library = nullptr;        // may be null
    Sources::MetadataSource *metadata = nullptr;     // TMDB; used only when a key is available
    Sources::RatingSource *ratings = nullptr;        // MDBList; used only when a key is available
    const Render::PosterRenderer *renderer = nullptr;
    Sources::TmdbSource *releaseDates = nullptr;     // movie release dates (release-status sashes); may be null
    std::function<void()> trendingWarmUp;            // called before a render reads trending ranks; may be empty
    Sources::QualitySource *quality = nullptr;       // quality badge data; null = none configured
    Coordination::Coordinator *qualityCoordinator = nullptr;  // quality fetch claims + backoff; null = in-process
    Sources::ImdbDataset *imdbDataset = nullptr;     // imdb_rating_source=dataset|fallback; null = disabled
};

// resolve → fetch → render → encode → cache, with a RAM L1, coalescing of identical in-flight renders
// and a render concurrency cap. produce() blocks: call it on a worker thread. memoryHit() only
// touches the L1 and is cheap enough for the HTTP server thread.
class PosterPipeline
{
public:
    PosterPipeline(const Config::ServerSettings &settings, PipelineServices services);
    ~PosterPipeline();

    std::optional<PosterResult> memoryHit(const PosterRequest &request) const;
    Result<PosterResult> produce(const PosterRequest &request);

    QString compositeKey(const PosterRequest &request) const;  // empty when not computable without I/O

    // The title's best logo as PNG bytes (GET /logo): a local title's clearlogo, else TMDB's logo in
    // `language` (ArtSelector::logo order), fetched with `tmdbKey` or the server key. Blocks: call it on
    // a worker thread. NotFound "No logo available" when there is none; NotConfigured "Server TMDB key
    // not configured" for a TMDB title without any key; upstream errors pass through.
    Result<QByteArray> logoPng(const TitleId &id, const QString &language, const QString &tmdbKey);
    QJsonObject stats() const;   // renders in flight, slots, L1 entries/bytes, cache counters

    // Called on the rendering thread after each fresh render (slot held → encoded) with its wall time in
    // seconds; the daemon feeds its render-duration histogram from it. Set once, before the first
    // produce(); the observer must be thread-safe.
    using RenderObserver = std::function<void(double seconds)>;
    void setRenderObserver(RenderObserver observer);

    // Waits for queued background work (rating and metadata fetches that outlived a request's
    // UPSTREAM_DEADLINE_MS, /p rating warm-ups, stale-while-revalidate refreshes, quality fetches);
    // false on timeout. For tests and shutdown.
    bool waitForBackgroundWork(int msecs = -1);

    // Composite prune (reference §6.2; run by the prune job): removes up to `limit` expired rows, queues
    // their blobs for deletion after DELETE_GRACE_SECONDS and deletes every queued blob that is due.
    // Returns how many rows went. Blocks on storage and blob store I/O.
    Result<qint64> pruneComposites(qint64 now, int limit = 1000);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Marquee::Pipeline
