#include "tests/tools/samplegen/scenes.h"

#include <cmath>

#include <QLinearGradient>
#include <QRadialGradient>

#include "tests/tools/samplegen/noise.h"
#include "tests/tools/samplegen/props.h"
#include "tests/tools/samplegen/terrain.h"

namespace Marquee::SampleGen {

namespace {

void fillWindows(Canvas &canvas, const QList<QRectF> &windows, const QColor &colour, double glowRadius)
{
    QPainterPath lit;
    for (const QRectF &w : windows)
        lit.addRect(w);
    canvas.fillPath(lit, colour);
    if (glowRadius > 0) {
        for (const QRectF &w : windows)
            canvas.glow(w.center(), glowRadius, withAlpha(colour, 0.25), 2.0);
    }
}

// Out-of-focus lights: soft discs with a brighter rim, as a long lens renders them.
void bokeh(Canvas &canvas, QPointF centre, double radius, const QColor &colour)
{
    QRadialGradient disc(centre, radius);
    disc.setColorAt(0, withAlpha(colour, 0.22));
    disc.setColorAt(0.85, withAlpha(colour, 0.3));
    disc.setColorAt(0.97, withAlpha(colour, 0.42));
    disc.setColorAt(1, withAlpha(colour, 0));
    QPainterPath p;
    p.addEllipse(centre, radius, radius);
    canvas.fillPath(p, disc, QPainter::CompositionMode_Plus);
}

// Domes on a hill: the far skyline's landmark, generic enough to be nowhere in particular.
QPainterPath domes(QPointF base, double size)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    auto dome = [&](QPointF foot, double r, double drum) {
        addSolid(path, QPolygonF(QRectF(foot.x() - r * 0.8, foot.y() - drum, r * 1.6, drum + 1)));
        QPolygonF cap;
        for (int i = 0; i <= 24; ++i) {
            const double a = M_PI + M_PI * i / 24;
            cap << QPointF(foot.x() + std::cos(a) * r * 0.85, foot.y() - drum + std::sin(a) * r * 1.25);
        }
        addSolid(path, cap);
        addSolid(path, QPolygonF(QRectF(foot.x() - r * 0.08, foot.y() - drum - r * 1.6, r * 0.16, r * 0.45)));
    };
    addSolid(path, QPolygonF(QRectF(base.x() - size * 1.1, base.y() - size * 0.6, size * 2.2, size * 0.62)));
    dome(base + QPointF(0, -size * 0.6), size * 0.5, size * 0.45);
    dome(base + QPointF(-size * 0.75, -size * 0.6), size * 0.25, size * 0.2);
    dome(base + QPointF(size * 0.75, -size * 0.6), size * 0.25, size * 0.2);
    addSolid(
        path, QPolygonF(QRectF(base.x() + size * 1.05, base.y() - size * 1.4, size * 0.22, size * 1.42)));
    return path;
}

// A storybook house: leaning walls, a steep roof, sometimes a turret; returns its lit windows.
QPainterPath crookedHouse(Rng &rng, QPointF base, double width, double height, QList<QRectF> &windows)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const double lean = rng.range(-0.08, 0.08) * width;
    const double roofH = height * rng.range(0.45, 0.8);
    addSolid(path,
        QPolygonF({ base + QPointF(-width / 2, 0), base + QPointF(-width / 2 + lean, -height),
            base + QPointF(width / 2 + lean, -height), base + QPointF(width / 2, 0) }));
    addSolid(path,
        QPolygonF({ base + QPointF(-width * 0.62 + lean, -height),
            base + QPointF(lean * 1.6 + width * 0.05, -height - roofH),
            base + QPointF(width * 0.62 + lean, -height) }));
    if (rng.chance(0.5))
        addSolid(path,
            QPolygonF(QRectF(
                base.x() + width * 0.2 + lean, base.y() - height - roofH * 0.7, width * 0.12, roofH * 0.5)));
    const int floors = std::max(1, int(height / (width * 0.45)));
    for (int f = 0; f < floors; ++f) {
        for (double k : { -0.25, 0.15 }) {
            if (rng.chance(0.6)) {
                const double y = base.y() - height * (f + 0.6) / floors;
                windows << QRectF(
                    base.x() + k * width + lean * (f + 0.5) / floors, y, width * 0.13, width * 0.17);
            }
        }
    }
    return path;
}

} // namespace

void paintBlueHourRooftops(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double W = canvas.w();
    const double H = canvas.h();
    const double horizon = H * (tall ? 0.6 : 0.62);
    const Noise noise(canvas.seed());

    canvas.fillVertical({ { 0.0, QColor(0x0a, 0x14, 0x34) }, { 0.3, QColor(0x1e, 0x36, 0x6e) },
        { horizon / H - 0.12, QColor(0x5a, 0x62, 0xa0) }, { horizon / H - 0.03, QColor(0xd8, 0x98, 0xa8) },
        { horizon / H, QColor(0xf6, 0xc0, 0x9c) }, { 1.0, QColor(0x10, 0x12, 0x24) } });
    canvas.stars(tall ? 120 : 160, QRectF(0, 0, W, horizon * 0.5), 1.0, QColor(0xd0, 0xe0, 0xff),
        [&](double, double y) { return 0.7 * (1.0 - y / (horizon * 0.5)); });
    const QPointF venus(W * (tall ? 0.7 : 0.72), H * 0.2);
    canvas.glow(venus, H * 0.04, QColor(0xff, 0xf4, 0xe0, 230), 3.0);
    canvas.glow(venus, H * 0.006, QColor(0xff, 0xff, 0xff, 255), 1.0);
    QPainterPath crescent;
    crescent.addEllipse(QPointF(W * (tall ? 0.28 : 0.22), H * 0.16), H * 0.028, H * 0.028);
    QPainterPath shadowSide;
    shadowSide.addEllipse(
        QPointF(W * (tall ? 0.28 : 0.22) + H * 0.011, H * 0.16 - H * 0.006), H * 0.026, H * 0.026);
    canvas.fillPath(crescent.subtracted(shadowSide), QColor(0xff, 0xf0, 0xdc));

    CloudStyle blush;
    blush.scale = 0.08;
    blush.stretch = 5;
    blush.coverage = 0.55;
    blush.softness = 0.2;
    blush.lit = QColor(0xff, 0xb8, 0xb0);
    blush.shade = QColor(0x4a, 0x4a, 0x84);
    blush.light = QPointF(W * 0.5, horizon + H * 0.1);
    blush.lightReach = 0.35;
    blush.salt = 81;
    paintClouds(canvas, QRectF(0, 0, W, horizon), blush, [&](double fy) {
        return smoothstep(horizon / H - 0.3, horizon / H - 0.2, fy)
            * (1.0 - smoothstep(horizon / H - 0.08, horizon / H - 0.02, fy));
    });

    // Far roofs and the domed hill in haze, then nearer zinc roofs, then our terrace.
    Rng city = canvas.rng().fork(82);
    const QPainterPath hill = domes(QPointF(W * (tall ? 0.62 : 0.66), horizon - H * 0.02), H * 0.06);
    canvas.fillPath(ridgeline(noise, { -10, W + 10, horizon - H * 0.01, H * 0.03, H * 0.5, H, 3, 0, 1.7 }),
        QColor(0x7a, 0x6e, 0xa4));
    canvas.fillPath(hill, QColor(0x7a, 0x6e, 0xa4));
    const Buildings far = buildings(city, -10, W + 10, horizon + H * 0.02, H,
        { H * 0.02, H * 0.05, W * 0.04, W * 0.09, std::max(2.0, H * 0.004), 0.3, true });
    canvas.fillPath(far.body, QColor(0x4a, 0x48, 0x80));
    fillWindows(canvas, far.litWindows, QColor(0xff, 0xd0, 0x90), 0);
    paintFog(canvas, horizon - H * 0.02, horizon + H * 0.06, QColor(0xc8, 0x9c, 0xb8), 0.35, 83);
    const Buildings mid = buildings(city, -10, W + 10, horizon + H * 0.1, H,
        { H * 0.04, H * 0.09, W * 0.1, W * 0.2, std::max(3.0, H * 0.008), 0.22, true });
    canvas.rimLitFill(mid.body, QColor(0x1c, 0x20, 0x40), QColor(0xc0, 0x9c, 0xc0), QPointF(0, -1.5));
    fillWindows(canvas, mid.litWindows, QColor(0xff, 0xc0, 0x70), H * 0.02);

    // The terrace: a parapet with iron railings, string lights, and the two of them.
    const double deck = H * (tall ? 0.82 : 0.83);
    QPainterPath parapet;
    parapet.addRect(QRectF(-10, deck, W + 20, H - deck + 10));
    QLinearGradient stone(0, deck, 0, H);
    stone.setColorAt(0, QColor(0x1a, 0x1a, 0x30));
    stone.setColorAt(1, QColor(0x06, 0x06, 0x0e));
    canvas.fillPath(parapet, stone);
    QPainterPath rail;
    rail.setFillRule(Qt::WindingFill);
    const double railH = H * 0.07;
    addSolid(rail, QPolygonF(QRectF(-10, deck - railH, W + 20, H * 0.006)));
    addSolid(rail, QPolygonF(QRectF(-10, deck - railH * 0.15, W + 20, H * 0.004)));
    for (double x = 0; x < W; x += H * 0.018)
        addSolid(rail, QPolygonF(QRectF(x, deck - railH, H * 0.003, railH)));
    for (double x = H * 0.009; x < W; x += H * 0.036)
        addSolid(rail, circlePolygon(QPointF(x, deck - railH * 0.55), H * 0.006, H * 0.012, 16));
    canvas.fillPath(rail, QColor(0x08, 0x08, 0x12));

    const double coupleX = W * (tall ? 0.42 : 0.4);
    const double tallOne = H * (tall ? 0.2 : 0.26);
    QPainterPath couple
        = figure(QPointF(coupleX - tallOne * 0.1, deck + H * 0.004), tallOne, FigureStyle::Coat, 0.35);
    couple = couple.united(figure(
        QPointF(coupleX + tallOne * 0.12, deck + H * 0.004), tallOne * 0.92, FigureStyle::Dress, -0.45));
    canvas.rimLitFill(couple, QColor(0x06, 0x06, 0x10), QColor(0xff, 0xc8, 0xb0), QPointF(0, -2));

    // String lights sag across the top of the frame, and nearer bulbs blur into bokeh.
    Rng bulbs = canvas.rng().fork(84);
    QPainter wire(&canvas.image());
    wire.setRenderHint(QPainter::Antialiasing);
    wire.setPen(QPen(QColor(0x04, 0x04, 0x0a), std::max(1.0, H * 0.0015)));
    const QPointF a(-10, H * (tall ? 0.08 : 0.1));
    const QPointF b(W + 10, H * (tall ? 0.04 : 0.05));
    const QPointF sag = (a + b) / 2 + QPointF(0, H * 0.12);
    QPainterPath strand;
    strand.moveTo(a);
    strand.quadTo(sag, b);
    wire.drawPath(strand);
    wire.end();
    for (double t = 0.03; t < 1.0; t += 0.06) {
        const QPointF p = strand.pointAtPercent(t) + QPointF(0, H * 0.008);
        canvas.glow(p, H * 0.03, QColor(0xff, 0xc0, 0x70, 200), 2.2);
        canvas.glow(p, H * 0.006, QColor(0xff, 0xf0, 0xd0, 255), 1.2);
    }
    for (int i = 0; i < 9; ++i) {
        const bool top = i % 3 == 0;
        const double x = bulbs.range(-0.05, 1.05) * W;
        const double y = top ? bulbs.range(0.0, 0.06) * H : bulbs.range(0.9, 1.0) * H;
        bokeh(canvas, QPointF(x, y), H * bulbs.range(0.025, 0.05),
            bulbs.chance(0.7) ? QColor(0xff, 0xa8, 0x50, 150) : QColor(0xff, 0x70, 0xa0, 150));
    }

    Grade grade;
    grade.contrast = 1.08;
    grade.saturation = 1.0;
    grade.shadowTint = QColor(0x30, 0x50, 0xb0);
    grade.highlightTint = QColor(0xff, 0xa0, 0x90);
    grade.tintStrength = 0.16;
    finish(canvas, grade, 0.5, 0.5, 0.03);
}

void paintStorybookMoon(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double W = canvas.w();
    const double H = canvas.h();
    const double horizon = H * (tall ? 0.7 : 0.72);
    const Noise noise(canvas.seed());
    const QPointF moon(W * (tall ? 0.5 : 0.58), H * (tall ? 0.34 : 0.38));
    const double moonR = tall ? W * 0.3 : H * 0.27;

    canvas.fillVertical({ { 0.0, QColor(0x08, 0x0a, 0x2c) }, { 0.4, QColor(0x22, 0x24, 0x6a) },
        { horizon / H - 0.05, QColor(0x5a, 0x3e, 0x90) }, { horizon / H + 0.05, QColor(0x8a, 0x5a, 0xa0) },
        { 1.0, QColor(0x14, 0x0c, 0x2a) } });
    canvas.stars(tall ? 500 : 650, QRectF(0, 0, W, horizon), 1.4, QColor(0xff, 0xe8, 0xb0),
        [&](double x, double y) { return std::hypot(x - moon.x(), y - moon.y()) < moonR * 1.3 ? 0.0 : 1.0; });
    // Four-point glints for the storybook sparkle.
    Rng glints = canvas.rng().fork(91);
    for (int i = 0; i < 14; ++i) {
        const QPointF c(W * glints.range(0.04, 0.96), H * glints.range(0.03, horizon / H - 0.15));
        if (std::hypot(c.x() - moon.x(), c.y() - moon.y()) < moonR * 1.4)
            continue;
        const double r = H * glints.range(0.006, 0.014);
        QPainterPath star;
        star.moveTo(c + QPointF(0, -r));
        star.quadTo(c, c + QPointF(r, 0));
        star.quadTo(c, c + QPointF(0, r));
        star.quadTo(c, c + QPointF(-r, 0));
        star.quadTo(c, c + QPointF(0, -r));
        canvas.fillPath(star, QColor(0xff, 0xf4, 0xd0));
        canvas.glow(c, r * 2.5, QColor(0xff, 0xe8, 0xb0, 120), 2.0);
    }

    // The clockwork behind the moon: big gears peeking out from its edge.
    canvas.glow(moon, moonR * 2.6, QColor(0xff, 0xd8, 0x90, 80), 1.6);
    canvas.fillPath(
        gear(moon + QPointF(moonR * 0.78, moonR * 0.5), moonR * 0.62, 18, 7), QColor(0x1c, 0x1a, 0x4c));
    canvas.fillPath(
        gear(moon + QPointF(-moonR * 0.85, -moonR * 0.55), moonR * 0.42, 14, 3), QColor(0x1c, 0x1a, 0x4c));
    paintMoon(canvas, noise, moon, moonR, QColor(0xff, 0xf0, 0xc8), 0.8, 0.35);
    // A few crisp, round craters, drawn the way an illustrator would.
    Rng pocks = canvas.rng().fork(94);
    for (int i = 0; i < 7; ++i) {
        const double a = pocks.range(0, 2 * M_PI);
        const double d = std::sqrt(pocks.uniform()) * moonR * 0.75;
        const QPointF c = moon + QPointF(std::cos(a) * d, std::sin(a) * d);
        const double r = moonR * pocks.range(0.04, 0.11);
        QPainterPath pit;
        pit.addEllipse(c, r, r);
        QPainterPath lip;
        lip.addEllipse(c + QPointF(r * 0.12, r * 0.12), r, r);
        canvas.fillPath(pit, QColor(0xe0, 0xc8, 0x98, 150));
        canvas.fillPath(lip.subtracted(pit), QColor(0xff, 0xfa, 0xe8, 160));
    }

    CloudStyle curls;
    curls.scale = 0.09;
    curls.stretch = 2.6;
    curls.coverage = 0.56;
    curls.softness = 0.05;
    curls.lit = QColor(0xe8, 0xc8, 0xf0);
    curls.shade = QColor(0x4a, 0x3e, 0x90);
    curls.light = moon;
    curls.lightReach = 0.4;
    curls.opacity = 0.92;
    curls.salt = 92;
    paintClouds(canvas, QRectF(0, 0, W, horizon), curls, [&](double fy) {
        return smoothstep(horizon / H - 0.3, horizon / H - 0.18, fy)
            * (1.0 - smoothstep(horizon / H - 0.06, horizon / H, fy));
    });

    // The voyagers' airship crossing the moon.
    const QPointF ship = moon + QPointF(-moonR * 0.25, moonR * 0.1);
    canvas.fillPath(airship(ship, moonR * 0.7, true), QColor(0x1a, 0x12, 0x3a));
    QPainterPath porthole;
    porthole.addEllipse(ship + QPointF(moonR * 0.0, moonR * 0.7 * 0.2 * 1.24), moonR * 0.012, moonR * 0.012);
    canvas.fillPath(porthole, QColor(0xff, 0xd0, 0x80));

    // A crooked town on the hill, every other window lit.
    Rng town = canvas.rng().fork(93);
    QPainterPath hill
        = ridgeline(noise, { -10, W + 10, horizon + H * 0.05, H * 0.1, H * 0.45, H + 4, 3, 0, 5.5 });
    QList<QRectF> windows;
    QPainterPath houses;
    houses.setFillRule(Qt::WindingFill);
    double x = -W * 0.02;
    while (x < W * 1.02) {
        const double width = H * town.range(0.035, 0.06);
        const double height = H * town.range(0.05, 0.11) * (town.chance(0.15) ? 1.8 : 1.0);
        double y = horizon - H * 0.05;
        while (y < H && !hill.contains(QPointF(x, y)))
            y += 2;
        houses.addPath(crookedHouse(town, QPointF(x, y + H * 0.01), width, height, windows));
        x += width * town.range(0.9, 1.3);
    }
    canvas.rimLitFill(
        houses.united(hill), QColor(0x14, 0x0e, 0x30), QColor(0xd8, 0xc0, 0xff), QPointF(0, -2));
    fillWindows(canvas, windows, QColor(0xff, 0xc8, 0x6a), H * 0.02);
    // Lamps along the lane winding down from the town.
    QPainterPath lane;
    lane.moveTo(W * 0.55, horizon + H * 0.06);
    lane.cubicTo(QPointF(W * 0.95, horizon + H * 0.1), QPointF(W * 0.05, horizon + H * 0.12),
        QPointF(W * 0.4, H * 0.9));
    for (int i = 1; i <= 9; ++i) {
        const QPointF lamp = lane.pointAtPercent(i / 10.0);
        const double size = H * (0.002 + 0.0025 * i / 10.0);
        QPainterPath post;
        post.addRect(QRectF(lamp.x() - size * 0.3, lamp.y(), size * 0.6, size * 5));
        canvas.fillPath(post, QColor(0x06, 0x04, 0x14));
        canvas.glow(lamp, size * 7, QColor(0xff, 0xc8, 0x70, 160), 2.0);
        canvas.glow(lamp, size * 1.4, QColor(0xff, 0xf0, 0xc0, 255), 1.0);
    }
    // A near slope with a few round trees and a lamplit path, darkest at the bottom for the title.
    const QPainterPath ground
        = ridgeline(noise, { -10, W + 10, H * 0.92, H * 0.07, H * 0.4, H + 4, 3, 0, 9.1 });
    QPainterPath slope = ground;
    Rng grove = canvas.rng().fork(95);
    for (int i = 0; i < 7; ++i) {
        const double tx = grove.range(0, W);
        double ty = H * 0.8;
        while (ty < H && !ground.contains(QPointF(tx, ty)))
            ty += 2;
        slope = slope.united(roundTree(grove, QPointF(tx, ty + H * 0.01), H * grove.range(0.06, 0.1)));
    }
    canvas.rimLitFill(slope, QColor(0x0a, 0x06, 0x1c), QColor(0x9a, 0x80, 0xd0), QPointF(0, -1.5));

    Grade grade;
    grade.contrast = 1.06;
    grade.saturation = 1.1;
    grade.shadowTint = QColor(0x50, 0x40, 0xc0);
    grade.highlightTint = QColor(0xff, 0xd0, 0x80);
    grade.tintStrength = 0.12;
    finish(canvas, grade, 0.5, 0.4, 0.025);
}

} // namespace Marquee::SampleGen
