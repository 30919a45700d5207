#pragma once

#include <QImage>
#include <QString>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Rating mode 1 (reference §2.5): a "Genre · Year" label over a rounded score bar whose fill length is
// the score and whose colour is the score band's, with an optional glow for high scores.
class ScoreBar
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

    // The label for accent_bar_append_mode 0 (year), 1 (sash text) or 2 (year + sash text).
    static QString label(const RenderContext &ctx);
    QRectF trackRect(const RenderContext &ctx) const;

private:
    void paintLabel(QPainter &p, const RenderContext &ctx) const;
    void paintBar(QPainter &p, const RenderContext &ctx) const;
};

} // namespace Marquee::Render
