#pragma once

#include <QColor>
#include <QList>

#include "core/config/renderconfig.h"

namespace Marquee::Render {

struct ScoreShades
{
    QColor bright;
    QColor dark;
};

// Maps a 0–100 score to its band's (bright, dark) colour pair for one `score_color_mode`
// (reference §2.6): classic, six-band, metal, or the request's custom palette.
class ScorePalette
{
public:
    ScorePalette(int mode, const QList<Config::PaletteStop> &custom);
    static ScorePalette fromConfig(const Config::RenderConfig &config);

    ScoreShades shades(int score) const;
    int mode() const { return m_mode; }

private:
    int m_mode = 2;
    QList<Config::PaletteStop> m_custom;  // sorted by threshold, valid colours only
};

} // namespace Marquee::Render
