#pragma once

#include <QImage>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Step 7, age part (reference §2.9 modes 1 and 3, §2.10): the age-rating numeral at the badge anchors,
// lit like a small neon sign — ambient glow, warm core glow, drop shadow, face, up-left highlight —
// in the quality tier's colours (mode 1) or always silver (mode 3).
class AgeRatingBadge
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;
};

} // namespace Marquee::Render
