#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include "core/render/renderinputs.h"

namespace Marquee::Render {

class FallbackCanvas;

// Step 1 of the drawing order: fills the canvas with the art, cover-fitted (scaled to cover and
// centre-cropped, smooth filtering), or with the genre fallback canvas when there is no art; then
// greyscales it when the inputs ask for it (reference §2.12, before any colour is sampled).
class ArtLayer
{
public:
    explicit ArtLayer(const FallbackCanvas &fallback);

    // `fallbackStyle` is fallback_bg_style (minimal | photoreal), used only when there is no art.
    void paint(QImage &canvas, const RenderInputs &inputs, const QString &fallbackStyle = QStringLiteral("minimal")) const;

    // Scaled to cover `size`, centred; exposed for the logo's background check and for tests.
    static QImage coverFitted(const QImage &art, const QSize &size);

private:
    const FallbackCanvas &m_fallback;
};

} // namespace Marquee::Render
