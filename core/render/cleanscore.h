#pragma once

#include <QImage>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Rating mode 2 "Clean" (reference §2.5): one centred line "Genre ★ 87", the star and score in the
// score band's colour. A missing score drops the star part; a hidden genre leaves "★ 87".
class CleanScore
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;
};

} // namespace Marquee::Render
