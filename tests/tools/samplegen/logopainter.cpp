#include "tests/tools/samplegen/logopainter.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include "tests/tools/samplegen/canvas.h"

namespace Marquee::SampleGen {

namespace {

constexpr double kMaxWidth = 770;
constexpr double kMaxHeight = 280;
constexpr int kMargin = 10;

struct Line
{
    QPainterPath path;
    QRectF bounds;
};

QList<Line> layOut(const LogoStyle &style, const QFont &face)
{
    QList<Line> lines;
    double y = 0;
    for (qsizetype i = 0; i < style.lines.size(); ++i) {
        const double scale = i < style.lineScales.size() ? style.lineScales.at(i) : 1.0;
        QFont font(face);
        font.setPixelSize(int(200 * scale));
        font.setLetterSpacing(QFont::PercentageSpacing, 100 + style.tracking);
        font.setHintingPreference(QFont::PreferNoHinting);
        QPainterPath path;
        path.addText(0, 0, font, style.lines.at(i));
        const QRectF ink = path.boundingRect();
        path.translate(-ink.center().x(), y - ink.top());
        lines.append({ path, path.boundingRect() });
        y += ink.height() + 200 * scale * 0.14;
    }
    return lines;
}

QRect inkBounds(const QImage &image)
{
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) > 8) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

QImage paintLogo(const LogoStyle &style, const QFont &face)
{
    QList<Line> lines = layOut(style, face);
    QRectF all;
    for (const Line &line : lines)
        all = all.united(line.bounds);
    const double fit = std::min(kMaxWidth / all.width(), kMaxHeight / all.height());
    const int pad = 3 * kMargin;
    QImage image(int(std::ceil(all.width() * fit)) + 2 * pad, int(std::ceil(all.height() * fit)) + 2 * pad,
        QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);

    QTransform place;
    place.translate(pad, pad);
    place.scale(fit, fit);
    place.translate(-all.left(), -all.top());
    QPainterPath ink;
    for (Line &line : lines) {
        line.path = place.map(line.path);
        line.bounds = line.path.boundingRect();
        ink.addPath(line.path);
    }

    // A soft shadow keeps pale lettering legible on bright art.
    QImage shadow(image.size(), QImage::Format_ARGB32_Premultiplied);
    shadow.fill(Qt::transparent);
    {
        QPainter p(&shadow);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(0, 3);
        p.fillPath(ink, QColor(0, 0, 0, 150));
    }
    Canvas::boxBlur(shadow, 4);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.drawImage(0, 0, shadow);
    const double outlineWidth = std::max(2.0, 200 * fit * 0.022);
    p.strokePath(ink, QPen(style.outline, outlineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Line &line : lines) {
        QLinearGradient fill(0, line.bounds.top(), 0, line.bounds.bottom());
        fill.setColorAt(0.0, style.top);
        fill.setColorAt(0.48, mix(style.top, style.bottom, 0.35));
        fill.setColorAt(1.0, style.bottom);
        p.fillPath(line.path, fill);
    }
    p.end();

    const QRect used
        = inkBounds(image).adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(image.rect());
    return image.copy(used);
}

} // namespace Marquee::SampleGen
