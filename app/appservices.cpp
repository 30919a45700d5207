#include "app/appservices.h"

#include <QStandardPaths>

#include "core/net/httpclient.h"
#include "core/pipeline/previewrenderer.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "core/sources/locallibrary.h"
#include "core/sources/mdblistsource.h"
#include "core/sources/tmdbsource.h"

namespace Marquee::App {

AppServices::AppServices(const ServiceOptions &options)
    : m_options(options)
    , m_http(std::make_unique<Net::HttpClient>())
    , m_fonts(std::make_unique<Render::FontBook>())
    , m_renderer(std::make_unique<Render::PosterRenderer>(*m_fonts))
    , m_library(std::make_unique<Sources::LocalLibrary>(options.libraryDirs))
    , m_tmdb(std::make_unique<Sources::TmdbSource>(*m_http, options.tmdbApiBase, options.tmdbImageBase))
    , m_mdblist(std::make_unique<Sources::MdbListSource>(*m_http, options.mdblistApiBase))
{
    QString cacheDir = options.cacheDir;
    if (cacheDir.isEmpty())
        cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    Pipeline::PreviewServices services;
    services.library = m_library.get();
    services.metadata = m_tmdb.get();
    services.ratings = m_mdblist.get();
    services.renderer = m_renderer.get();
    services.imageCacheDir = cacheDir + QStringLiteral("/images");
    m_preview = std::make_unique<Pipeline::PreviewRenderer>(services);
}

AppServices::~AppServices() = default;

} // namespace Marquee::App
