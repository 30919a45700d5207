#pragma once

#include <QImage>
#include <QRectF>

#include "core/render/rendercontext.h"

namespace Marquee::Render {

// The landscape (16:9) text elements of reference §2.15: the right-aligned "Genre • Year • Score"
// info line on the shared baseline, which sheds genre then year rather than collide with the logo,
// and the info sash as a frosted glass pill at badge_pos (top_left, top_right, or above the logo).
class LandscapeInfo
{
public:
    // `logoRect` is what the logo stage covered (may be empty).
    void paint(QImage &canvas, const RenderContext &ctx, const QRectF &logoRect) const;

private:
    void paintInfoLine(QPainter &p, const RenderContext &ctx, const QRectF &logoRect) const;
    void paintSashPill(QPainter &p, const RenderContext &ctx, const QRectF &logoRect) const;
};

} // namespace Marquee::Render
