#pragma once

#include <optional>

#include <QSize>
#include <QString>

#include "core/config/renderconfig.h"
#include "core/render/artsnapshot.h"
#include "core/render/fontbook.h"
#include "core/render/frosttint.h"
#include "core/render/renderinputs.h"
#include "core/render/scorepalette.h"
#include "core/render/vignettetint.h"

namespace Marquee::Render {

// What every element of one render reads: the request, the inputs and the facts derived from them
// once by PosterRenderer (canvas size, display genre, effective sash, the art snapshot and its tint).
struct RenderContext
{
    const RenderInputs &inputs;
    const Config::RenderConfig &config;
    const FontBook &fonts;
    QSize size;
    QString genre;                  // display genre after hide_genre and "Documentary" → "Doc"; may be empty
    std::optional<SashInfo> sash;   // the sash to draw; nullopt when sash_mode=hidden or no label
    ArtSnapshot art;                // art after greyscale, before overlays (only when something frosts)
    FrostTint frost;                // dominant colour of `art` (reference §2.7)
    ScorePalette palette;
    // Poster-coloured vignette bands (reference §2.4); invalid = black band. Picked once from `art`.
    VignetteTint topTint;
    VignetteTint bottomTint;

    int width() const { return size.width(); }
    int height() const { return size.height(); }
    QString choice(Config::Param id) const { return config.text(id).toLower(); }
};

} // namespace Marquee::Render
