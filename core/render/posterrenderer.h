#pragma once

#include <memory>

#include <QImage>

#include "core/config/renderconfig.h"
#include "core/render/fontbook.h"
#include "core/render/renderinputs.h"

namespace Marquee::Render {

class FallbackCanvas;
struct RenderContext;

// Draws one poster: values in, QImage out (Format_RGB32, 500×750 or 1000×563 for shape=landscape).
// Pure and thread-safe: no network, database, clock or file I/O. Elements are painted in the fixed
// order of reference §2.3 by one small class each.
//
//   Render::FontBook fonts;                       // once, after QGuiApplication exists
//   Render::PosterRenderer renderer(fonts);
//   QImage poster = renderer.render(inputs, config);
class PosterRenderer
{
public:
    explicit PosterRenderer(const FontBook &fonts);

    QImage render(const RenderInputs &inputs, const Config::RenderConfig &config) const;

    static QSize canvasSize(const Config::RenderConfig &config);

private:
    void paintPortrait(QImage &canvas, const RenderContext &ctx) const;
    void paintLandscape(QImage &canvas, const RenderContext &ctx) const;
    void paintRating(QImage &canvas, const RenderContext &ctx) const;
    static bool needsFrost(const Config::RenderConfig &config);

    const FontBook &m_fonts;
    // Finished genre canvases, shared by copies of this renderer (the cache locks internally).
    std::shared_ptr<const FallbackCanvas> m_fallback;
};

} // namespace Marquee::Render
