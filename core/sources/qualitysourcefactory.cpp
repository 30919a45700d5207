#include "core/sources/qualitysourcefactory.h"

#include "core/sources/aiostreamsqualitysource.h"
#include "core/sources/qualicachequalitysource.h"
#include "core/sources/scraperqualitysource.h"

namespace Marquee::Sources {

std::unique_ptr<QualitySource> openQualitySource(const Config::ServerSettings &settings, const Net::HttpClient &http)
{
    if (settings.qualitySource == QLatin1String("scraper")) {
        if (ScraperQualitySource::normalizedBase(settings.scraperUrl).isEmpty())
            return nullptr;
        return std::make_unique<ScraperQualitySource>(http, settings.scraperUrl);
    }
    if (settings.qualitySource == QLatin1String("qualicache")) {
        if (QualiCacheQualitySource::normalizedBase(settings.qualicacheUrl).isEmpty())
            return nullptr;
        return std::make_unique<QualiCacheQualitySource>(http, settings.qualicacheUrl, settings.qualicacheApiKey,
                                                         settings.qualicacheMinTrust);
    }
    if (settings.aiostreamsUrl.isEmpty() || settings.aiostreamsAuth.isEmpty())
        return nullptr;
    return std::make_unique<AioStreamsQualitySource>(http, settings.aiostreamsUrl, settings.aiostreamsAuth);
}

} // namespace Marquee::Sources
