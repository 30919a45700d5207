#include "tests/core/render/syntheticart.h"

#include <cstdint>

#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace Marquee::Test {

namespace {

struct Random
{
    uint32_t state;
    uint32_t next()
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
    double unit() { return (next() & 0xFFFFFF) / double(0x1000000); }
};

} // namespace

QImage SyntheticArt::discs(int seed, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(28, 30, 70));
    sky.setColorAt(0.6, QColor(70, 40, 90));
    sky.setColorAt(1, QColor(20, 20, 30));
    p.fillRect(image.rect(), sky);
    Random rnd {uint32_t(seed) * 2654435761u + 1u};
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 14; ++i) {
        const QPointF c(size.width() * rnd.unit(), size.height() * rnd.unit());
        const qreal r = size.width() * (0.08 + 0.22 * rnd.unit());
        const QColor color = QColor::fromHsvF(float(rnd.unit()), 0.45f + 0.4f * float(rnd.unit()),
                                              0.45f + 0.5f * float(rnd.unit()));
        QRadialGradient g(c, r);
        g.setColorAt(0, color);
        g.setColorAt(0.9, color.darker(130));
        g.setColorAt(1, QColor(color.red(), color.green(), color.blue(), 0));
        p.setBrush(g);
        p.drawEllipse(c, r, r);
    }
    return image;
}

QImage SyntheticArt::sunset(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(40, 30, 90));
    sky.setColorAt(0.45, QColor(230, 110, 60));
    sky.setColorAt(0.62, QColor(255, 190, 90));
    sky.setColorAt(1, QColor(60, 20, 30));
    p.fillRect(image.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 230, 160));
    p.drawEllipse(QPointF(size.width() * 0.62, size.height() * 0.55), size.width() * 0.12, size.width() * 0.12);
    for (int layer = 0; layer < 3; ++layer) {
        QPainterPath ridge;
        const qreal base = size.height() * (0.60 + 0.12 * layer);
        ridge.moveTo(0, size.height());
        for (int i = 0; i <= 8; ++i)
            ridge.lineTo(size.width() * i / 8.0, base - ((i * 37 + layer * 53) % 90) * size.height() / 900.0);
        ridge.lineTo(size.width(), size.height());
        ridge.closeSubpath();
        p.setBrush(QColor(40 - layer * 12, 20 - layer * 5, 40 - layer * 10));
        p.drawPath(ridge);
    }
    return image;
}

QImage SyntheticArt::bright(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor(235, 240, 230));
    g.setColorAt(1, QColor(180, 215, 225));
    p.fillRect(image.rect(), g);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(250, 210, 170));
    p.drawRect(QRectF(size.width() * 0.1, size.height() * 0.2, size.width() * 0.5, size.height() * 0.35));
    p.setBrush(QColor(120, 190, 200));
    p.drawEllipse(QPointF(size.width() * 0.7, size.height() * 0.7), size.width() * 0.25, size.width() * 0.25);
    return image;
}

QImage SyntheticArt::landscape(const QSize &size)
{
    QImage image = sunset(QSize(size.width(), size.height()));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(20, 60, 80, 200));
    p.drawRect(QRectF(0, size.height() * 0.8, size.width(), size.height() * 0.2));
    return image;
}

QImage SyntheticArt::logo(const QString &text, const QFont &font, bool dark)
{
    const QFontMetricsF metrics(font);
    const QSize size(int(metrics.horizontalAdvance(text)) + 80, int(metrics.height()) + 60);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    QPainterPath path;
    path.addText(QPointF(40, 30 + metrics.ascent()), font, text);
    if (dark) {
        p.fillPath(path, QColor(18, 18, 20));
    } else {
        QLinearGradient face(0, 30, 0, 30 + metrics.height());
        face.setColorAt(0, QColor(255, 236, 170));
        face.setColorAt(1, QColor(214, 150, 60));
        p.fillPath(path, face);
        p.setPen(QPen(QColor(60, 30, 10), 3));
        p.drawPath(path);
    }
    return image;
}

} // namespace Marquee::Test
