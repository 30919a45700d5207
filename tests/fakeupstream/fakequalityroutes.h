#pragma once

#include <QString>

#include "tests/fakeupstream/fakeroutes.h"

namespace Marquee::Tests {

// The three quality sources of reference §5.3, answering crafted per-IMDb-id data:
//   /aiostreams/api/v1/search?type=&id=     AIOStreams (Authorization: Basic fakeAioStreamsAuth())
//   /scraper/<config>/manifest.json           a Stremio addon's manifest
//   /scraper/<config>/stream/{type}/{id}.json its streams (<config> is any path, like Torrentio's)
//   /qualicache/v1/quality/{type}/{id}        QualiCache (X-API-Key: fakeQualiCacheKey())
// Titles (the first six are TMDB titles of the fake's table, so whole posters can be rendered):
//   tt0000001  4K REMUX DV ATMOS              tt0000002  1080P REMUX HDR10
//   tt0000004  1080P WEBDL (QualiCache: WEBRIP, folded)
//   tt0000005  authoritative empty
//   tt0000006  QualiCache "pending"; AIOStreams no results + scraper errors; scraper 404
//   tt0000003  series: 4K WEBDL HDR10+ DTSX (scraper: S1E1 only; other episodes 404 → show level)
//   tt9000001  AIOStreams success=false; QualiCache status "error"; scraper malformed JSON
//   tt9000002  top-five rule: five 720p WEB-DL results, a 4K REMUX DV sixth (QualiCache: 8K 1440P
//              720P SD HDTV BLURAY HDR10)
//   tt9000003  503 everywhere                 tt9000004  QualiCache unknown status "weird"
//   tt9000005  404 everywhere (an id the source does not index)
//   anything else: empty (no results / no streams / status "empty")
// Wrong or missing credentials answer 401.
bool isFakeQualityPath(const QString &path);
FakeResponse qualityRoute(const FakeRequest &request);

QString fakeAioStreamsAuth();   // base64 of "fake-uuid:fake-password"
QString fakeQualiCacheKey();

} // namespace Marquee::Tests
