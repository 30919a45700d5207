#pragma once

#include <QColor>
#include <QImage>

namespace Marquee::Render {

// The poster-coloured tint of reference §2.7, shared by the frosted bar, the frosted notch and the
// landscape pill: one dominant colour sampled from the whole art, turned into a light tint and an ink.
class FrostTint
{
public:
    FrostTint() = default;
    static FrostTint sample(const QImage &art);

    QColor dominant() const { return m_dominant; }
    // The frost body colour. `saturation` is bar_frost_saturation / sash_badge_frost_saturation;
    // `reference` is frost_reference (true hue, brighter, whitened only to a luminance floor).
    QColor tint(qreal saturation, bool reference) const;

    // Dark text on light surfaces, light text on dark ones (luminance threshold .45).
    static QColor inkFor(const QColor &surface);

private:
    QColor m_dominant = QColor(128, 128, 128);
};

} // namespace Marquee::Render
