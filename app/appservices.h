#pragma once

#include <memory>

#include <QString>
#include <QStringList>

namespace Marquee::Net { class HttpClient; }
namespace Marquee::Render { class FontBook; class PosterRenderer; }
namespace Marquee::Sources { class LocalLibrary; class TmdbSource; class MdbListSource; }
namespace Marquee::Pipeline { class PreviewRenderer; }

namespace Marquee::App {

// Where the app's core services look for things; the defaults match the daemon's.
struct ServiceOptions
{
    QStringList libraryDirs{QStringLiteral(":/marquee/samples")};
    QString tmdbApiBase = QStringLiteral("https://api.themoviedb.org/3");
    QString tmdbImageBase = QStringLiteral("https://image.tmdb.org/t/p");
    QString mdblistApiBase = QStringLiteral("https://api.mdblist.com");
    QString cacheDir;  // TMDB art; empty = the app's cache location
};

// The app's composition of core services (rule 1: built once by main or a test, passed down).
class AppServices
{
public:
    explicit AppServices(const ServiceOptions &options = {});  // after QApplication exists
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    const ServiceOptions &options() const { return m_options; }
    Sources::LocalLibrary &library() const { return *m_library; }
    Pipeline::PreviewRenderer &preview() const { return *m_preview; }

private:
    ServiceOptions m_options;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Render::FontBook> m_fonts;
    std::unique_ptr<Render::PosterRenderer> m_renderer;
    std::unique_ptr<Sources::LocalLibrary> m_library;
    std::unique_ptr<Sources::TmdbSource> m_tmdb;
    std::unique_ptr<Sources::MdbListSource> m_mdblist;
    std::unique_ptr<Pipeline::PreviewRenderer> m_preview;
};

} // namespace Marquee::App
