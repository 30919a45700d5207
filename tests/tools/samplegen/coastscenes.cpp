#include "tests/tools/samplegen/scenes.h"

#include <cmath>

#include <QLinearGradient>

#include "tests/tools/samplegen/noise.h"
#include "tests/tools/samplegen/props.h"
#include "tests/tools/samplegen/terrain.h"

namespace Marquee::SampleGen {

namespace {

// A lighthouse beam: a long soft wedge from the lantern, brightest at the source, drawn on its own
// layer and blurred so its edges read as light in haze rather than a cut-out.
void paintBeam(
    Canvas &canvas, QPointF source, double angleDeg, double length, double spreadDeg, const QColor &colour)
{
    QImage layer(canvas.width(), canvas.height(), QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    const double a = angleDeg * M_PI / 180.0;
    const double s = spreadDeg * M_PI / 180.0;
    const QPointF farL = source + QPointF(std::cos(a - s), std::sin(a - s)) * length;
    const QPointF farR = source + QPointF(std::cos(a + s), std::sin(a + s)) * length;
    QLinearGradient fade(source, source + QPointF(std::cos(a), std::sin(a)) * length);
    fade.setColorAt(0, withAlpha(colour, 0.75));
    fade.setColorAt(0.15, withAlpha(colour, 0.35));
    fade.setColorAt(0.55, withAlpha(colour, 0.1));
    fade.setColorAt(1, withAlpha(colour, 0));
    {
        QPainter p(&layer);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(fade);
        p.drawPolygon(QPolygonF({ source + QPointF(0, -2), farL, farR, source + QPointF(0, 2) }));
    }
    Canvas::boxBlur(layer, int(canvas.h() * 0.006));
    QPainter p(&canvas.image());
    p.setCompositionMode(QPainter::CompositionMode_Plus);
    p.drawImage(0, 0, layer);
}

// Rock faces: layered strata lit from one side, clipped to the silhouette, dark overall.
void paintRockFace(Canvas &canvas, const QPainterPath &shape, const Noise &noise, QPointF light,
    const QColor &dark, const QColor &lit, double strataScale)
{
    const double H = canvas.h();
    canvas.paintField(
        shape.boundingRect(), 2,
        [&](double x, double y) {
            const double u = x / (H * strataScale * 2.5);
            const double v = y / (H * strataScale * 0.6);
            const double warp = noise.fbm(u * 0.5, v * 0.5, 3);
            const double n = noise.fbm(u + warp, v, 5);
            const double m = noise.fbm(u + warp + 0.05, v - 0.05, 5);
            const double facing = std::clamp(0.5 + (n - m) * 5.0, 0.0, 1.0);
            const double near = std::exp(-std::hypot(x - light.x(), y - light.y()) / (H * 0.5));
            const QColor c = mix(dark, lit, std::pow(facing, 3.0) * (0.08 + 0.5 * near));
            return premul(c.redF(), c.greenF(), c.blueF(), 1.0);
        },
        QPainter::CompositionMode_SourceOver, shape);
}

} // namespace

void paintStormLighthouse(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double H = canvas.h();
    const double W = canvas.w();
    const double horizon = H * (tall ? 0.56 : 0.6);
    const Noise noise(canvas.seed());
    const QPointF sun(W * (tall ? 0.27 : 0.26), horizon - H * 0.015);

    canvas.fillVertical({ { 0.0, QColor(0x07, 0x11, 0x19) }, { 0.3, QColor(0x15, 0x27, 0x33) },
        { horizon / H - 0.12, QColor(0x4a, 0x50, 0x52) }, { horizon / H - 0.025, QColor(0xb8, 0x82, 0x58) },
        { horizon / H, QColor(0xf0, 0xbe, 0x84) }, { horizon / H + 0.004, QColor(0x6a, 0x5c, 0x50) },
        { horizon / H + 0.1, QColor(0x16, 0x22, 0x28) }, { 1.0, QColor(0x05, 0x0b, 0x0f) } });
    canvas.glow(sun, H * 0.6, QColor(0xd0, 0x80, 0x48, 140), 1.7);
    canvas.glow(sun, H * 0.14, QColor(0xff, 0xd4, 0x9c, 210), 2.0);

    // A low broken deck lit from beneath, under a heavy storm shelf.
    CloudStyle low;
    low.scale = 0.12;
    low.stretch = 3.5;
    low.coverage = 0.46;
    low.softness = 0.16;
    low.lit = QColor(0xf2, 0xae, 0x78);
    low.shade = QColor(0x2a, 0x2c, 0x34);
    low.light = sun + QPointF(0, H * 0.05);
    low.lightReach = 0.3;
    low.salt = 12;
    paintClouds(canvas, QRectF(0, 0, W, horizon), low, [&](double fy) {
        return smoothstep(horizon / H - 0.32, horizon / H - 0.2, fy)
            * (1.0 - smoothstep(horizon / H - 0.09, horizon / H - 0.035, fy));
    });
    CloudStyle storm;
    storm.scale = 0.2;
    storm.stretch = 2.4;
    storm.coverage = 0.38;
    storm.softness = 0.2;
    storm.lit = QColor(0xc0, 0x86, 0x62);
    storm.shade = QColor(0x0c, 0x15, 0x1c);
    storm.light = sun;
    storm.lightReach = 0.28;
    storm.salt = 11;
    paintClouds(canvas, QRectF(0, 0, W, horizon), storm,
        [&](double fy) { return 1.0 - smoothstep(horizon / H - 0.36, horizon / H - 0.16, fy); });

    // The sea: a glitter path under the sun, long swells elsewhere.
    canvas.paintField(
        QRectF(0, horizon, W, H - horizon), 2,
        [&](double x, double y) {
            const double depth = (y - horizon) / (H - horizon);
            const double column = std::exp(-std::pow((x - sun.x()) / (W * (0.06 + depth * 0.28)), 2.0));
            const double n
                = noise.fbm(x / (H * 0.01 * (1 + depth * 5)), y / (H * 0.0018 * (1 + depth * 7)), 3);
            const double glint = smoothstep(0.56, 0.78, n) * column * (1.0 - 0.75 * depth);
            const double swell = noise.fbm(x / (H * 0.06), y / (H * 0.008 * (1 + depth * 6)), 4);
            return premul(0.98, 0.74, 0.5, glint + smoothstep(0.5, 0.8, swell) * 0.12 * (1 - depth));
        },
        QPainter::CompositionMode_Plus);

    // Far headland in haze.
    QPainterPath far
        = ridgeline(noise, { -10, W * 0.5, horizon + 2, H * 0.04, H * 0.2, horizon + H * 0.02, 4, 0.4, 3.1 });
    QPainterPath taper;
    addSolid(taper,
        QPolygonF({ QPointF(-10, horizon + 3), QPointF(-10, horizon - H * 0.2),
            QPointF(W * 0.32, horizon - H * 0.2), QPointF(W * 0.5, horizon + 3) }));
    canvas.fillPath(far.intersected(taper), QColor(0x44, 0x46, 0x48));

    // The headland: a sheer seaward wall, a grassy crown, strata catching the last light.
    const double cliffX = W * (tall ? 0.47 : 0.55);
    const double cliffTop = horizon - H * (tall ? 0.1 : 0.11);
    const double foot = horizon + H * 0.07;
    QPolygonF cliff;
    cliff << QPointF(W + 4, foot + H * 0.01);
    for (double y = foot; y >= cliffTop; y -= 3) {
        const double t = (foot - y) / (foot - cliffTop);
        cliff << QPointF(
            cliffX + W * 0.05 * t * t + (noise.fbm(y / (H * 0.02), 8.1, 5) - 0.5) * H * 0.035, y);
    }
    for (double x = cliffX + W * 0.05; x <= W + 4; x += 3) {
        const double crown = std::clamp((x - cliffX - W * 0.05) / (W * 0.1), 0.0, 1.0);
        cliff << QPointF(x,
            cliffTop - H * 0.012 * std::sin(crown * M_PI / 2)
                - (noise.fbm(x / (H * 0.02), 2.2, 4) - 0.5) * H * 0.008);
    }
    QPainterPath cliffPath;
    addSolid(cliffPath, cliff);
    // Its reflection darkens the water beneath, broken up by the swell.
    QTransform mirror;
    mirror.translate(0, 2 * foot);
    mirror.scale(1, -1);
    const QPainterPath reflection = mirror.map(cliffPath);
    canvas.paintField(
        reflection.boundingRect(), 2,
        [&](double x, double y) {
            const double ripple = noise.fbm(x / (H * 0.04), y / (H * 0.004), 3);
            const double fade = 1.0 - (y - foot) / (H * 0.25);
            return premul(0.02, 0.04, 0.05, std::clamp(fade, 0.0, 1.0) * (0.55 + 0.35 * ripple));
        },
        QPainter::CompositionMode_SourceOver, reflection);
    canvas.rimLitFill(
        cliffPath, QColor(0x0c, 0x10, 0x12), QColor(0xb0, 0x78, 0x50, 200), QPointF(-2.5, -1.5));
    paintRockFace(canvas, cliffPath, noise, sun, QColor(0x0a, 0x0e, 0x11), QColor(0x8a, 0x62, 0x48), 0.03);

    const double towerX = W * (tall ? 0.72 : 0.75);
    const double towerH = H * (tall ? 0.29 : 0.36);
    const Lighthouse house = lighthouse(QPointF(towerX, cliffTop + H * 0.004), towerH);
    canvas.rimLitFill(house.tower, QColor(0x0c, 0x10, 0x13), QColor(0x9a, 0x74, 0x58), QPointF(-2, 0));
    canvas.fillPath(house.bands, QColor(0x22, 0x24, 0x26));
    QPainterPath cottageWindow;
    cottageWindow.addRect(
        QRectF(towerX + towerH * 0.13, cliffTop - towerH * 0.07, towerH * 0.025, towerH * 0.03));
    canvas.fillPath(cottageWindow, QColor(0xff, 0xc8, 0x78));
    canvas.glow(cottageWindow.boundingRect().center(), towerH * 0.06, QColor(0xff, 0xb0, 0x60, 120), 2.0);
    QPainterPath glass;
    glass.addRect(house.lantern.adjusted(2, 2, -2, 0));
    canvas.fillPath(glass, QColor(0xff, 0xf1, 0xc8));
    const QPointF lamp = house.lantern.center();
    paintBeam(canvas, lamp, 190, W * 1.3, 4.0, QColor(0xff, 0xe6, 0xb8));
    paintBeam(canvas, lamp, -10, W * 0.9, 3.2, QColor(0xff, 0xe6, 0xb8, 150));
    canvas.glow(lamp, H * 0.18, QColor(0xff, 0xd8, 0xa0, 160), 2.6);
    canvas.glow(lamp, H * 0.035, QColor(0xff, 0xf8, 0xe8, 255), 1.4);

    // Spray and sea mist where the swell breaks on the wall.
    canvas.paintField(
        QRectF(cliffX - W * 0.12, foot - H * 0.09, W * 0.3, H * 0.12), 2, [&](double x, double y) {
            const double n = noise.fbm(x / (H * 0.03), y / (H * 0.012), 5);
            const double dx = (x - cliffX) / (W * 0.09);
            const double dy = (y - foot) / (H * 0.05);
            const double a = smoothstep(0.3, 0.8, n) * std::exp(-(dx * dx + dy * dy)) * 0.45;
            return premul(0.8, 0.78, 0.76, a);
        });
    paintFog(canvas, horizon - H * 0.03, horizon + H * 0.1, QColor(0x9a, 0x88, 0x7c), 0.35, 5);

    // The watcher on a near ledge, backlit by the glitter path.
    const double ledgeTop = H * (tall ? 0.82 : 0.8);
    const double watcherX = sun.x() + W * (tall ? 0.06 : 0.05);
    QPainterPath rocks
        = ridgeline(noise, { -10, W + 10, ledgeTop + H * 0.05, H * 0.09, H * 0.35, H + 4, 5, 0.35, 7.7 });
    QPainterPath ledge;
    addSolid(ledge, circlePolygon(QPointF(watcherX - W * 0.03, ledgeTop + H * 0.07), W * 0.22, H * 0.07, 64));
    rocks = rocks.united(ledge);
    canvas.rimLitFill(rocks, QColor(0x06, 0x08, 0x0a), QColor(0x5a, 0x44, 0x34), QPointF(-1, -1.5));
    paintRockFace(canvas, rocks, noise, sun, QColor(0x05, 0x07, 0x09), QColor(0x50, 0x3c, 0x30), 0.05);
    canvas.rimLitFill(
        figure(QPointF(watcherX, ledgeTop + H * 0.003), H * (tall ? 0.1 : 0.12), FigureStyle::Coat, 0.1),
        QColor(0x06, 0x08, 0x0a), QColor(0xc8, 0x90, 0x60), QPointF(-1.5, -1));

    Rng birds = canvas.rng().fork(3);
    for (int i = 0; i < 6; ++i)
        canvas.fillPath(gull(QPointF(W * birds.range(0.12, 0.62), H * birds.range(0.22, 0.42)),
                            H * birds.range(0.01, 0.022), birds.range(0.5, 1.5)),
            QColor(0x0a, 0x10, 0x14, 220));

    Grade grade;
    grade.contrast = 1.15;
    grade.saturation = 0.95;
    grade.shadowTint = QColor(0x20, 0x60, 0x70);
    grade.highlightTint = QColor(0xff, 0xb0, 0x70);
    grade.tintStrength = 0.2;
    finish(canvas, grade, 0.5, 0.55, 0.035);
}

} // namespace Marquee::SampleGen
