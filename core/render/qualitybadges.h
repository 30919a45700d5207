#pragma once

#include <QImage>
#include <QPainterPath>
#include <QString>

#include "core/render/qualitytier.h"
#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Step 7, quality part (reference §2.9): badge_display_mode 4 draws the tier-coloured Quality Notch
// pill, 5 the combined "4K | HDR" text badge, 2 a row of clean rounded text badges (one per token;
// we ship no badge artwork), 6 the Quality Bookmark folded into the top-left corner. Modes 2, 4 and 5
// start at the badge anchors; all honour badge_min_score. (Modes 1 and 3 are AgeRatingBadge.)
class QualityBadges
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

    static QString tokenLabel(const QString &token);  // "WEBDL" → "Web", "DTSX" → "DTS:X"…

private:
    void paintNotchPill(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const;
    void paintRow(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const;
    void paintCombined(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const;
    void paintBookmark(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const;

public:
    // The bookmark's outline for a fold of depth `size` (badge_height): a right triangle in the
    // top-left corner, legs size×√2, its inner edge bowing outward by .04×size, tips rounded .18×size.
    static QPainterPath bookmarkShape(qreal size);
};

} // namespace Marquee::Render
