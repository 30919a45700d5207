#pragma once

#include <array>

#include <QColor>
#include <QImage>

namespace Marquee::Render {

// The colour of a tinted ("poster-coloured") vignette band (reference §2.4): instead of black, a band
// takes a dark, moderately saturated colour picked from the art around it. Pure value type; `pick`
// reads only the art snapshot, so the same art always gives the same band.
class VignetteTint
{
public:
    static constexpr int Columns = 64;  // per-column ("local") colours across the width

    struct Params
    {
        qreal saturation = 2.5;  // vignette_color_saturation (0–3): sampled saturation × this
        qreal lightness = 1.3;   // vignette_color_lightness (.4–2.5): multiplies the target value .38
        qreal blur = 1.0;        // vignette_color_blur: 0 = per-column colours, 1 = one uniform colour
        bool ramp = true;        // vignette_color_ramp: two-tone ramp toward a secondary hue
        bool local = true;       // vignette_color_local: weight the seam at the band's inner edge more
    };

    // Band geometry as ratios of the art height: [top, bottom]; `outerAtBottom` says which edge is
    // the canvas edge (the inner edge is the seam that blends into the art).
    struct Band
    {
        qreal top = 0;
        qreal bottom = 0;
        bool outerAtBottom = true;
    };

    VignetteTint() = default;  // invalid: paint a black band
    static VignetteTint pick(const QImage &art, const Band &band, const Params &params);

    bool isValid() const { return m_valid; }
    // 0–1: how clearly one hue dominates (support between the .006 and .028 thresholds).
    qreal confidence() const { return m_confidence; }
    // Whether a frosted notch may take this colour (notch_vignette_color): valid and confident ≥ .35.
    bool matchesNotch() const { return m_valid && m_confidence >= 0.35; }

    QColor color() const { return m_color; }          // the primary band colour
    QColor secondary() const { return m_secondary; }  // invalid when no ramp applies
    // The painted colour of each column (ramp, then local colours blended by `blur`).
    const std::array<QColor, Columns> &columns() const { return m_columns; }

    // The dominant hue of the band's region (0–1) with its support; exposed for tests.
    struct HuePick
    {
        bool found = false;
        bool rivalled = false;  // a second hue ≥ .15 away with ≥ .75 of the support: a two-colour seam
        qreal hue = 0;
        qreal support = 0;
        qreal saturation = 0;   // chroma-weighted mean saturation of the picked hue's pixels
    };
    static HuePick dominantHue(const QImage &art, const Band &band, bool local);

    // The band colour for a sampled hue and saturation under `params` (target value, luma
    // correction and CIELAB chroma ceiling).
    static QColor bandColor(qreal hue, qreal saturation, const Params &params);

private:
    bool m_valid = false;
    qreal m_confidence = 0;
    QColor m_color = Qt::black;
    QColor m_secondary;
    std::array<QColor, Columns> m_columns {};
};

} // namespace Marquee::Render
