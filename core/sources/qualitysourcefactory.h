#pragma once

#include <memory>

#include "core/config/serversettings.h"
#include "core/net/httpclient.h"
#include "core/sources/qualitysource.h"

namespace Marquee::Sources {

// The quality source QUALITY_SOURCE names, or null when it lacks what it needs (AIOStreams: URL and
// auth; scraper: SCRAPER_URL; QualiCache: QUALICACHE_URL) — then posters carry no quality badges and
// are never provisional on their account. `http` must outlive the source.
std::unique_ptr<QualitySource> openQualitySource(const Config::ServerSettings &settings, const Net::HttpClient &http);

} // namespace Marquee::Sources
