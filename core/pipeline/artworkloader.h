#pragma once

#include <QImage>

#include "core/config/renderconfig.h"
#include "core/sources/locallibrary.h"
#include "core/sources/titlemetadata.h"
#include "core/util/error.h"

namespace Marquee::Pipeline {

class ImageCache;

// The decoded art and logo of one poster.
struct Artwork
{
    QImage art;                // null → the renderer's fallback canvas
    bool bakedTitle = false;
    QImage logo;               // null → fallback title text (unless bakedTitle)
    bool complete = true;      // false: something optional failed; serve provisional, retry later
};

// Fetches what ArtSelector chose. A missing, timed-out or failing art image is an error (the pipeline
// maps it); an undecodable art image or any logo problem only makes the poster provisional.
class ArtworkLoader
{
public:
    explicit ArtworkLoader(ImageCache &images);

    Result<Artwork> tmdb(const Sources::TitleMetadata &metadata, const Config::RenderConfig &config);
    static Artwork local(const Sources::LocalTitle &title, const Config::RenderConfig &config);

    static bool isLandscape(const Config::RenderConfig &config);
    static bool wantsLogo(const Config::RenderConfig &config);

private:
    ImageCache &m_images;
};

} // namespace Marquee::Pipeline
