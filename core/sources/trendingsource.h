#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include "core/config/titleid.h"
#include "core/net/httpclient.h"
#include "core/util/error.h"

namespace Marquee::Sources {

class TmdbSource;

// Where trending ranks come from (reference §5.1 "Trending (sash)", §5.6 "Custom trending sources"):
// TMDB's daily trending pages, or an operator's list URL (TRENDING_SOURCE_MOVIE / _TV) answering either
// TMDB-shaped {"results":[{"id":…}]} (array order is the rank) or MDBList list JSON ([{id|tmdb_id|tmdbid,
// rank, mediatype}], sorted by rank, filtered to the media type). Blocking; call it on a worker thread.
class TrendingSource
{
public:
    TrendingSource(const Net::HttpClient &http, TmdbSource *tmdb);

    // TMDB ids in rank order (rank = index + 1), at most `count`. customUrl empty → TMDB
    // /trending/{type}/day pages 1…⌈count/20⌉ with apiKey.
    Result<QList<qint64>> fetch(MediaType type, const QString &customUrl, int count, const QString &apiKey) const;

    // A list body in either shape; InvalidInput "Trending list is neither TMDB nor MDBList JSON" otherwise.
    static Result<QList<qint64>> parseList(const QByteArray &body, MediaType type, int maxItems);
    // mdblist.com/lists/<user>/<slug> → …/json (the list page itself is HTML); anything else unchanged.
    static QUrl listUrl(const QString &customUrl);

    static constexpr int TmdbPageSize = 20;

private:
    Result<QList<qint64>> fetchTmdb(MediaType type, int count, const QString &apiKey) const;
    Result<QList<qint64>> fetchList(MediaType type, const QString &customUrl, int count) const;

    const Net::HttpClient &m_http;
    TmdbSource *m_tmdb;
};

} // namespace Marquee::Sources
