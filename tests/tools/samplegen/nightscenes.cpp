#include "tests/tools/samplegen/scenes.h"

#include <cmath>

#include <QLinearGradient>
#include <QPainterPathStroker>
#include <QRadialGradient>
#include <QTransform>

#include "tests/tools/samplegen/noise.h"
#include "tests/tools/samplegen/props.h"
#include "tests/tools/samplegen/terrain.h"

namespace Marquee::SampleGen {

void paintBloodMoonOrchard(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double W = canvas.w();
    const double H = canvas.h();
    const double horizon = H * (tall ? 0.62 : 0.64);
    const Noise noise(canvas.seed());
    const QPointF vanish(W * 0.5, horizon);
    const QPointF moon(W * (tall ? 0.5 : 0.5), H * (tall ? 0.4 : 0.36));
    const double moonR = tall ? W * 0.19 : H * 0.17;
    const QColor fog(0x6a, 0x4a, 0x46);

    canvas.fillVertical({ { 0.0, QColor(0x03, 0x05, 0x06) }, { 0.35, QColor(0x0c, 0x10, 0x12) },
        { horizon / H - 0.08, QColor(0x3a, 0x1c, 0x1a) }, { horizon / H, QColor(0x58, 0x34, 0x2c) },
        { 1.0, QColor(0x06, 0x06, 0x06) } });
    canvas.stars(tall ? 260 : 320, QRectF(0, 0, W, horizon * 0.6), 1.0, QColor(0xff, 0xd0, 0xc0),
        [&](double, double y) { return 0.6 * (1.0 - y / (horizon * 0.6)); });
    paintMoon(canvas, noise, moon, moonR, QColor(0xd8, 0x4a, 0x30), 1.0);

    CloudStyle wisps;
    wisps.scale = 0.1;
    wisps.stretch = 5;
    wisps.coverage = 0.57;
    wisps.softness = 0.2;
    wisps.lit = QColor(0x8a, 0x3a, 0x2e);
    wisps.shade = QColor(0x08, 0x08, 0x0a);
    wisps.light = moon;
    wisps.lightReach = 0.25;
    wisps.salt = 31;
    paintClouds(canvas, QRectF(0, 0, W, horizon), wisps, [&](double fy) {
        return smoothstep(0.05, 0.25, fy) * (1.0 - smoothstep(horizon / H - 0.1, horizon / H, fy));
    });

    // The farm on the horizon, its one window still lit.
    QRectF window;
    const QPainterPath farm
        = farmhouse(QPointF(W * (tall ? 0.66 : 0.62), horizon + H * 0.004), H * 0.045, &window);
    canvas.fillPath(
        ridgeline(noise, { -10, W + 10, horizon + H * 0.008, H * 0.012, H * 0.3, H + 4, 4, 0.1, 2.2 }),
        mix(fog, QColor(0x10, 0x0c, 0x0c), 0.5));
    canvas.fillPath(farm, QColor(0x14, 0x0e, 0x0e));
    QPainterPath windowPath;
    windowPath.addRect(window);
    canvas.fillPath(windowPath, QColor(0xff, 0xc0, 0x60));
    canvas.glow(window.center(), H * 0.025, QColor(0xff, 0xa0, 0x40, 200), 2.0);

    // The path down the middle of the orchard.
    QPainterPath path;
    path.moveTo(vanish + QPointF(-W * 0.004, 0));
    path.lineTo(vanish + QPointF(W * 0.004, 0));
    path.lineTo(W * 0.5 + W * (tall ? 0.32 : 0.22), H + 4);
    path.lineTo(W * 0.5 - W * (tall ? 0.32 : 0.22), H + 4);
    path.closeSubpath();
    QPainterPath ground;
    ground.addRect(QRectF(0, horizon + H * 0.006, W, H));
    QLinearGradient earth(0, horizon, 0, H);
    earth.setColorAt(0, mix(fog, QColor(0x10, 0x0c, 0x0c), 0.35));
    earth.setColorAt(0.25, QColor(0x1c, 0x14, 0x13));
    earth.setColorAt(1, QColor(0x06, 0x05, 0x05));
    canvas.fillPath(ground, earth);
    QLinearGradient dirt(0, horizon, 0, H);
    dirt.setColorAt(0, QColor(0x6a, 0x40, 0x34));
    dirt.setColorAt(0.4, QColor(0x2c, 0x1e, 0x1a));
    dirt.setColorAt(1, QColor(0x0e, 0x0a, 0x09));
    canvas.fillPath(path, dirt);
    paintFog(canvas, horizon - H * 0.03, horizon + H * 0.05, fog, 0.6, 32);

    // Rows of crooked trees from the fog to the frame's edges; the nearest arch over the top.
    Rng grove = canvas.rng().fork(33);
    const double depths[] = { 0.05, 0.075, 0.11, 0.16, 0.24, 0.36, 0.55, 0.85 };
    const double spread = W * (tall ? 0.6 : 0.5);
    for (double t : depths) {
        const QColor ink = mix(fog.darker(135), QColor(0x04, 0x04, 0x05), std::pow(t / 0.85, 0.35));
        const double baseY = horizon + (H * 1.04 - horizon) * t;
        QPainterPath row;
        row.setFillRule(Qt::WindingFill);
        for (double side : { -1.0, 1.0 }) {
            const QPointF root(vanish.x() + side * (spread * t + W * 0.02), baseY);
            const double height = H * 0.95 * t;
            row.addPath(bareTree(grove, root, height, side * grove.range(0.05, 0.25), t > 0.3 ? 8 : 6));
        }
        canvas.fillPath(row, ink);
        if (t > 0.2 && t < 0.7)
            paintFog(canvas, baseY - H * 0.04, baseY + H * 0.03, fog, 0.25, quint64(40 + t * 100));
    }

    // The missing boy, standing in the road, facing us.
    const double boyT = 0.17;
    canvas.fillPath(figure(QPointF(vanish.x() + W * 0.005, horizon + (H * 1.04 - horizon) * boyT), H * 0.06,
                        FigureStyle::Child),
        QColor(0x06, 0x04, 0x04));
    Rng crows = canvas.rng().fork(34);
    for (int i = 0; i < 4; ++i)
        canvas.fillPath(gull(QPointF(W * crows.range(0.3, 0.7), H * crows.range(0.12, 0.3)),
                            H * crows.range(0.015, 0.03), crows.range(0.8, 1.8)),
            QColor(0x04, 0x04, 0x05));
    paintFog(canvas, H * 0.86, H * 1.02, QColor(0x30, 0x24, 0x24), 0.5, 35);

    Grade grade;
    grade.contrast = 1.2;
    grade.saturation = 0.85;
    grade.shadowTint = QColor(0x40, 0x70, 0x60);
    grade.highlightTint = QColor(0xff, 0x50, 0x40);
    grade.tintStrength = 0.16;
    finish(canvas, grade, 0.45, 0.7, 0.05);
}

namespace {

// One side of the street as a plane in perspective: (u, v) in the unit square maps to the facade,
// u = 0 at the near edge and 1 where it meets the far end, v = 0 at the roofline and 1 at the pavement.
struct Facade
{
    QTransform map;
    double nearX = 0;
};

Facade facade(QPointF vanish, double nearX, double farX, double top, double bottom)
{
    const double s = (farX - vanish.x()) / (nearX - vanish.x());
    const QPolygonF quad({ QPointF(nearX, top), QPointF(farX, vanish.y() + (top - vanish.y()) * s),
        QPointF(farX, vanish.y() + (bottom - vanish.y()) * s), QPointF(nearX, bottom) });
    Facade out;
    QTransform::quadToQuad(
        QPolygonF({ QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1) }), quad, out.map);
    out.nearX = nearX;
    return out;
}

// Windows, shopfronts and neon on one facade; lights go to `lights` so they can glow and reflect.
void dressFacade(const Facade &f, Rng &rng, QPainter &wall, QPainter &lights, const QColor neon[3], double H)
{
    wall.fillPath(
        [&] {
            QPainterPath p;
            p.addPolygon(f.map.map(QRectF(0, 0, 1, 1)));
            return p;
        }(),
        QColor(0x0a, 0x0c, 0x12));
    // Storeys: bands of windows, mostly dark, some warm, a few television blue.
    for (double v = 0.04; v < 0.78; v += 0.075) {
        for (double u = 0.0; u < 1.0; u += 0.035) {
            const QPolygonF win = f.map.map(QRectF(u + 0.006, v, 0.02, 0.045));
            const double roll = rng.uniform();
            const QColor c = roll < 0.16 ? QColor(0xff, 0xc0, 0x78)
                : roll < 0.2             ? QColor(0x70, 0xb0, 0xff)
                                         : QColor(0x14, 0x18, 0x22);
            (roll < 0.2 ? lights : wall).setBrush(c);
            (roll < 0.2 ? lights : wall).drawPolygon(win);
        }
    }
    // Shopfronts at street level.
    for (double u = 0.02; u < 1.0; u += 0.16) {
        if (rng.chance(0.35))
            continue;
        lights.setBrush(rng.chance(0.5) ? QColor(0xc0, 0x70, 0x40, 150) : QColor(0x50, 0x90, 0xc0, 130));
        lights.drawPolygon(f.map.map(QRectF(u, 0.84, 0.1, 0.13)));
    }
    // Neon: flat tubes and frames with no lettering, in the street's three colours.
    lights.setBrush(Qt::NoBrush);
    for (int i = 0; i < 5; ++i) {
        const double u = rng.range(0.02, 0.8);
        const double v = rng.range(0.45, 0.75);
        const double scale = 1.0 - 0.85 * u;
        QPen pen(
            neon[rng.below(3)], std::max(1.5, H * 0.005 * scale), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        lights.setPen(pen);
        QPainterPath tube;
        if (rng.chance(0.5)) {
            tube.addRoundedRect(QRectF(u, v, rng.range(0.06, 0.14), rng.range(0.05, 0.1)), 0.01, 0.01);
        } else {
            tube.moveTo(u, v);
            tube.lineTo(u, v + rng.range(0.08, 0.2));
        }
        lights.drawPath(f.map.map(tube));
    }
    lights.setPen(Qt::NoPen);
}

} // namespace

void paintNeonStreet(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double W = canvas.w();
    const double H = canvas.h();
    const QPointF vanish(W * 0.5, H * (tall ? 0.5 : 0.5));
    const double street = H * (tall ? 0.8 : 0.84); // pavement line at the near edge
    const Noise noise(canvas.seed());
    const QColor neon[3] = { QColor(0xff, 0x2d, 0x78), QColor(0x2a, 0xe0, 0xff), QColor(0xff, 0x9a, 0x2a) };

    canvas.fillVertical({ { 0.0, QColor(0x06, 0x08, 0x14) }, { 0.45, QColor(0x1a, 0x14, 0x30) },
        { 0.55, QColor(0x3a, 0x1c, 0x40) }, { 1.0, QColor(0x05, 0x06, 0x0a) } });
    canvas.glow(vanish, H * 0.35, QColor(0xff, 0x40, 0x90, 90), 1.5);

    const double gap = W * (tall ? 0.1 : 0.09);
    const Facade left = facade(vanish, -W * 0.05, vanish.x() - gap, -H * 0.15, street);
    const Facade right = facade(vanish, W * 1.05, vanish.x() + gap, -H * 0.1, street);
    const double farStreet = left.map.map(QPointF(1, 1)).y();

    QImage lights(canvas.image().size(), QImage::Format_ARGB32_Premultiplied);
    lights.fill(Qt::transparent);
    {
        // The far end of the street: towers in haze.
        Rng towers = canvas.rng().fork(71);
        BuildingStyle distant { H * 0.05, H * 0.2, W * 0.02, W * 0.05, std::max(2.0, H * 0.003), 0.25,
            false };
        const Buildings skyline = buildings(
            towers, vanish.x() - gap * 1.1, vanish.x() + gap * 1.1, farStreet, farStreet + 4, distant);
        canvas.fillPath(skyline.body, QColor(0x26, 0x1c, 0x3a));
        QPainter glowP(&lights);
        glowP.setPen(Qt::NoPen);
        glowP.setBrush(QColor(0xff, 0xc8, 0x90, 200));
        for (const QRectF &w : skyline.litWindows)
            glowP.drawRect(w);
        glowP.setBrush(QColor(0xff, 0x30, 0x30));
        for (const QPointF &b : skyline.beacons)
            glowP.drawEllipse(b, 2.5, 2.5);
    }
    canvas.fillPath(
        [&] {
            QPainterPath p;
            p.addRect(QRectF(0, farStreet, W, H));
            return p;
        }(),
        QColor(0x0a, 0x0a, 0x10));
    {
        QPainter wall(&canvas.image());
        wall.setRenderHint(QPainter::Antialiasing);
        wall.setPen(Qt::NoPen);
        QPainter lamp(&lights);
        lamp.setRenderHint(QPainter::Antialiasing);
        lamp.setPen(Qt::NoPen);
        Rng dress = canvas.rng().fork(72);
        dressFacade(left, dress, wall, lamp, neon, H);
        dressFacade(right, dress, wall, lamp, neon, H);
    }

    // Wet asphalt: the lights, mirrored about the pavement line and smeared into streaks.
    QImage reflection = lights.mirrored(false, true);
    QImage smeared = reflection.scaled(
        reflection.width() / 4, reflection.height() / 16, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    Canvas::boxBlur(smeared, 1);
    {
        QPainter p(&canvas.image());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setCompositionMode(QPainter::CompositionMode_Plus);
        p.setClipRect(QRectF(0, farStreet, W, H - farStreet));
        p.setOpacity(0.55);
        const double axis = (street + farStreet) / 2;
        p.drawImage(QRectF(0, 2 * axis - H, W, H), smeared);
    }
    canvas.paintField(QRectF(0, farStreet, W, H - farStreet), 2, [&](double x, double y) {
        const double depth = (y - farStreet) / (H - farStreet);
        const double puddle
            = smoothstep(0.5, 0.62, noise.fbm(x / (H * 0.12), y / (H * 0.025 * (0.3 + depth)), 4));
        return premul(0.0, 0.0, 0.0, (1.0 - puddle) * 0.45);
    });

    // Lights bloom: a blurred copy under the crisp one.
    QImage halo = lights.scaled(
        lights.width() / 4, lights.height() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    Canvas::boxBlur(halo, int(H * 0.006));
    {
        QPainter p(&canvas.image());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setCompositionMode(QPainter::CompositionMode_Plus);
        p.drawImage(canvas.image().rect(), halo);
        p.drawImage(canvas.image().rect(), halo);
        p.drawImage(0, 0, lights);
    }

    // A streetlamp and the detective under it, umbrella up.
    const QPointF lampBase = right.map.map(QPointF(0.28, 1.0)) + QPointF(-W * 0.06, H * 0.02);
    const double lampH = H * (tall ? 0.42 : 0.5);
    const QPointF lampHead = lampBase + QPointF(-lampH * 0.22, -lampH);
    QPainterPath post;
    post.addRect(QRectF(lampBase.x() - H * 0.004, lampBase.y() - lampH, H * 0.008, lampH));
    QPainterPath arm;
    arm.moveTo(lampBase + QPointF(0, -lampH * 0.96));
    arm.quadTo(lampBase + QPointF(0, -lampH * 1.02), lampHead + QPointF(0, -H * 0.004));
    QPainterPathStroker stroker;
    stroker.setWidth(H * 0.005);
    post = post.united(stroker.createStroke(arm));
    post.addRect(QRectF(lampHead.x() - H * 0.018, lampHead.y() - H * 0.004, H * 0.036, H * 0.01));
    canvas.fillPath(post, QColor(0x04, 0x04, 0x06));
    QLinearGradient cone(lampHead, QPointF(lampHead.x(), lampBase.y()));
    cone.setColorAt(0, QColor(0xff, 0xe0, 0xb0, 110));
    cone.setColorAt(1, QColor(0xff, 0xd0, 0x90, 10));
    QPainterPath conePath;
    conePath.moveTo(lampHead + QPointF(-H * 0.015, H * 0.006));
    conePath.lineTo(lampHead + QPointF(H * 0.015, H * 0.006));
    conePath.lineTo(QPointF(lampHead.x() + lampH * 0.3, lampBase.y() + H * 0.02));
    conePath.lineTo(QPointF(lampHead.x() - lampH * 0.3, lampBase.y() + H * 0.02));
    conePath.closeSubpath();
    QImage coneLayer(canvas.image().size(), QImage::Format_ARGB32_Premultiplied);
    coneLayer.fill(Qt::transparent);
    {
        QPainter p(&coneLayer);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillPath(conePath, cone);
    }
    Canvas::boxBlur(coneLayer, int(H * 0.008));
    {
        QPainter p(&canvas.image());
        p.setCompositionMode(QPainter::CompositionMode_Plus);
        p.drawImage(0, 0, coneLayer);
    }
    canvas.glow(lampHead + QPointF(0, H * 0.008), H * 0.08, QColor(0xff, 0xe0, 0xb0, 230), 2.2);
    const QPointF feet(lampHead.x() - H * 0.01, lampBase.y() + H * (tall ? 0.06 : 0.05));
    const double manH = H * (tall ? 0.16 : 0.2);
    QPainterPath detective = figure(feet, manH, FigureStyle::Coat, 0.0);
    detective.addPath(umbrella(feet, manH));
    canvas.rimLitFill(detective, QColor(0x03, 0x03, 0x05), QColor(0xff, 0xc8, 0x90), QPointF(0, -2));
    // Her reflection on the wet street.
    QTransform flip;
    flip.translate(0, 2 * feet.y());
    flip.scale(1, -1);
    canvas.fillPath(flip.map(detective), QColor(0x02, 0x02, 0x04, 120));

    paintFog(canvas, vanish.y() - H * 0.05, farStreet + H * 0.06, QColor(0x7a, 0x40, 0x80), 0.35, 73);
    canvas.rain(tall ? 1400 : 1800, 12, H * 0.015, H * 0.045, QColor(0xc0, 0xd0, 0xff), 0.35);

    Grade grade;
    grade.contrast = 1.1;
    grade.saturation = 1.1;
    grade.shadowTint = QColor(0x20, 0x70, 0x90);
    grade.highlightTint = QColor(0xff, 0x60, 0xa0);
    grade.tintStrength = 0.18;
    finish(canvas, grade, 0.4, 0.55, 0.04);
}

} // namespace Marquee::SampleGen
