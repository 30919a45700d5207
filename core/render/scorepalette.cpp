#include "core/render/scorepalette.h"

#include <algorithm>

namespace Marquee::Render {

namespace {

struct Band
{
    int below;  // the band applies to scores < below
    QColor bright;
    QColor dark;
};

ScoreShades pick(std::initializer_list<Band> bands, int score)
{
    const Band *chosen = nullptr;
    for (const Band &band : bands) {
        chosen = &band;
        if (score < band.below)
            break;
    }
    return {chosen->bright, chosen->dark};
}

ScoreShades classic(int s)
{
    return pick({{50, QColor(255, 80, 80), QColor(160, 40, 40)},
                 {70, QColor(255, 210, 90), QColor(200, 150, 40)},
                 {85, QColor(120, 255, 160), QColor(40, 170, 90)},
                 {101, QColor(190, 140, 255), QColor(186, 85, 211)}},
                s);
}

ScoreShades sixBand(int s)
{
    return pick({{17, QColor(180, 30, 30), QColor(120, 15, 15)},
                 {34, QColor(255, 70, 70), QColor(200, 45, 45)},
                 {50, QColor(200, 130, 20), QColor(150, 90, 10)},
                 {67, QColor(255, 215, 60), QColor(210, 165, 30)},
                 {84, QColor(50, 160, 80), QColor(25, 110, 50)},
                 {101, QColor(110, 245, 150), QColor(60, 190, 100)}},
                s);
}

ScoreShades metal(int s)
{
    return pick({{50, QColor(140, 140, 148), QColor(90, 90, 98)},
                 {70, QColor(210, 120, 50), QColor(150, 80, 25)},
                 {85, QColor(218, 224, 240), QColor(155, 165, 195)},
                 {101, QColor(255, 210, 60), QColor(200, 150, 25)}},
                s);
}

} // namespace

ScorePalette::ScorePalette(int mode, const QList<Config::PaletteStop> &custom)
    : m_mode(std::clamp(mode, 0, 3))
{
    for (const Config::PaletteStop &stop : custom) {
        if (stop.color.isValid())
            m_custom << stop;
    }
    std::stable_sort(m_custom.begin(), m_custom.end(),
                     [](const Config::PaletteStop &a, const Config::PaletteStop &b) { return a.score < b.score; });
}

ScorePalette ScorePalette::fromConfig(const Config::RenderConfig &config)
{
    const int mode = config.integer(Config::Param::ScoreColorMode);
    return ScorePalette(mode, mode == 3 ? config.customPalette() : QList<Config::PaletteStop>());
}

ScoreShades ScorePalette::shades(int score) const
{
    const int s = std::clamp(score, 0, 100);
    switch (m_mode) {
    case 0:
        return classic(s);
    case 1:
        return sixBand(s);
    case 3: {
        if (m_custom.isEmpty())
            return classic(s);
        // The highest threshold at or below the score; below every threshold → the first entry.
        QColor color = m_custom.constFirst().color;
        for (const Config::PaletteStop &stop : m_custom) {
            if (stop.score <= s)
                color = stop.color;
        }
        color.setAlpha(255);
        const QColor dark = QColor::fromRgbF(color.redF() * 0.72f, color.greenF() * 0.72f, color.blueF() * 0.72f);
        return {color, dark};
    }
    default:
        return metal(s);
    }
}

} // namespace Marquee::Render
