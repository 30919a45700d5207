#pragma once

#include <QImage>
#include <QString>

#include "core/render/qualitytier.h"
#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Step 7, quality part (reference §2.9): badge_display_mode 4 draws the tier-coloured Quality Notch
// pill, 5 the combined "4K | HDR" text badge, 2 a row of clean rounded text badges (one per token;
// we ship no badge artwork). All start at the badge anchors and honour badge_min_score.
class QualityBadges
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

    static QString tokenLabel(const QString &token);  // "WEBDL" → "Web", "DTSX" → "DTS:X"…

private:
    void paintNotchPill(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const;
    void paintRow(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const;
    void paintCombined(QPainter &p, const RenderContext &ctx, const QualityTier &tier) const;
};

} // namespace Marquee::Render
