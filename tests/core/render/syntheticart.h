#pragma once

#include <QFont>
#include <QImage>
#include <QString>

namespace Marquee::Test {

// Deterministic artwork painted with QPainter (no files): the inputs of the golden and robustness
// tests. Every function draws the same pixels on every run.
class SyntheticArt
{
public:
    static QImage discs(int seed, const QSize &size = QSize(600, 900));  // dusky gradient + soft discs
    static QImage sunset(const QSize &size = QSize(600, 900));           // warm sky over dark ridges
    static QImage bright(const QSize &size = QSize(600, 900));           // pale, low-contrast art
    static QImage landscape(const QSize &size = QSize(1280, 720));       // a 16:9 backdrop
    // A clear logo: `text` in a display font with a gradient face on a transparent, padded canvas.
    static QImage logo(const QString &text, const QFont &font, bool dark = false);
};

} // namespace Marquee::Test
