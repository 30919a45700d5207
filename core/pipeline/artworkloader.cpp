#include "core/pipeline/artworkloader.h"

#include <QLoggingCategory>

#include "core/pipeline/artselector.h"
#include "core/pipeline/imagecache.h"

namespace Marquee::Pipeline {

using Config::Param;

namespace {

Q_LOGGING_CATEGORY(lcArtwork, "marquee.pipeline.artwork")

} // namespace

ArtworkLoader::ArtworkLoader(ImageCache &images)
    : m_images(images)
{
}

bool ArtworkLoader::isLandscape(const Config::RenderConfig &config)
{
    return config.text(Param::Shape) == QLatin1String("landscape");
}

bool ArtworkLoader::wantsLogo(const Config::RenderConfig &config)
{
    return !config.flag(Param::Textless) && !config.flag(Param::UseOriginalArt);
}

Result<Artwork> ArtworkLoader::tmdb(const Sources::TitleMetadata &metadata, const Config::RenderConfig &config)
{
    Artwork artwork;
    const ArtChoice choice = isLandscape(config)
                                 ? ArtSelector::landscape(metadata, config.text(Param::LandscapeArt) == QLatin1String("original"))
                                 : ArtSelector::portrait(metadata, config);
    if (choice.kind != ArtChoice::Kind::None) {
        auto image = m_images.tmdbImage(choice.filePath, choice.size);
        if (!image) {
            if (image.error().kind != ErrorKind::Internal)
                return fail(image.error());
            qCWarning(lcArtwork) << "art unusable, drawing the fallback canvas:" << image.error().message;
            artwork.complete = false;
        } else {
            artwork.art = choice.cropToPortrait ? ArtSelector::cropToPortrait(*image) : *image;
            artwork.bakedTitle = choice.bakedTitle;
        }
    }
    if (artwork.bakedTitle || !wantsLogo(config))
        return artwork;
    if (const auto logo = ArtSelector::logo(metadata, LanguagePreference::from(config, metadata))) {
        auto image = m_images.tmdbImage(logo->filePath, QStringLiteral("w500"));
        if (image) {
            artwork.logo = *image;
        } else {
            qCInfo(lcArtwork) << "logo unavailable, using title text:" << image.error().message;
            artwork.complete = false;
        }
    }
    return artwork;
}

Artwork ArtworkLoader::local(const Sources::LocalTitle &title, const Config::RenderConfig &config)
{
    // Local posters are treated as textless: a library that ships a clearlogo wants it drawn.
    Artwork artwork;
    const bool landscape = isLandscape(config);
    const QString primary = landscape ? title.fanartFile : title.posterFile;
    const QString secondary = landscape ? title.posterFile : title.fanartFile;
    for (const QString &file : {primary, secondary}) {
        if (file.isEmpty())
            continue;
        auto image = ImageCache::localImage(file);
        if (!image) {
            qCWarning(lcArtwork) << "local art unreadable:" << image.error().message;
            continue;
        }
        const bool backdropAsPoster = !landscape && file == title.fanartFile;
        artwork.art = backdropAsPoster ? ArtSelector::cropToPortrait(*image) : *image;
        break;
    }
    if (wantsLogo(config) && !title.logoFile.isEmpty()) {
        if (auto logo = ImageCache::localImage(title.logoFile))
            artwork.logo = *logo;
        else
            qCWarning(lcArtwork) << "local logo unreadable:" << logo.error().message;
    }
    return artwork;
}

} // namespace Marquee::Pipeline
