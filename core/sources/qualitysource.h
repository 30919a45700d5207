#pragma once

#include <QString>
#include <QStringList>

#include "core/config/titleid.h"
#include "core/util/error.h"

namespace Marquee::Sources {

// What a quality source is asked about (reference §5.3). `id` is an IMDb id ("tt…") or, for anime,
// the `ns:id` form ("kitsu:7442"). Series are looked up per episode (season/episode, default 1/1).
struct QualityLookup
{
    QString id;
    MediaType type = MediaType::Movie;
    int season = 1;
    int episode = 1;
    QString releaseDate;  // "YYYY-MM-DD" when known (QualiCache picks its refresh policy from it)

    // The id the cache, the claims and the backoff flags use: "tt1" for movies, "tt1:S:E" for series.
    QString cacheId() const;
};

// A source's answer other than a failure.
struct QualityAnswer
{
    enum class State {
        Ready,        // `tokens` is the answer; an empty list is authoritative ("no release") and cached
        Pending,      // the source is healthy but has no answer yet (QualiCache collecting): ask again later
        TitleFailed,  // the source is up but failed this title (a 4xx about the id, scraper errors):
                      // back off the title, not the source
    };
    State state = State::Ready;
    QStringList tokens;  // canonical order, one per group (see canonicalTokens)
};

// One quality backend: AIOStreams, a Stremio scraper addon or QualiCache. Blocking; called on worker
// threads. A failure (Error) means the source itself is unreachable, refused our credentials or
// answered nonsense — the caller backs off the whole source. Messages and logs never carry the
// credentials or a scraper URL's path (which holds the addon's configuration, debrid key included).
class QualitySource
{
public:
    virtual ~QualitySource();

    virtual Result<QualityAnswer> fetch(const QualityLookup &lookup) = 0;
    // What the answers depend on besides the title (reference §3.4 `cache_context`): a cached row
    // written under another context is not used.
    virtual QString cacheContext() const = 0;

    // The badge vocabulary reduced to one token per group in badge order: resolution {4K, 1080P},
    // source {REMUX, WEBDL}, visual {DV, HDR10+, HDR10}, audio {ATMOS, DTSX}; anything else dropped.
    static QStringList canonicalTokens(const QStringList &seen);
};

} // namespace Marquee::Sources
