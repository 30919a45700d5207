#include "tests/tools/samplegen/scenes.h"

#include <cmath>

#include <QLinearGradient>
#include <QRadialGradient>

#include "tests/tools/samplegen/noise.h"
#include "tests/tools/samplegen/props.h"
#include "tests/tools/samplegen/terrain.h"

namespace Marquee::SampleGen {

namespace {

// A banded gas giant lit from `light` (a unit direction in screen space, z towards the viewer).
void paintGiant(
    Canvas &canvas, const Noise &noise, QPointF centre, double radius, double tiltDeg, QPointF light)
{
    QPainterPath disc;
    disc.addEllipse(centre, radius, radius);
    const double tilt = tiltDeg * M_PI / 180.0;
    const double lz = 0.35;
    const double ln = std::sqrt(light.x() * light.x() + light.y() * light.y() + lz * lz);
    const QColor bands[4] = { QColor(0xe8, 0xc0, 0x9a), QColor(0xb0, 0x6a, 0x52), QColor(0x6a, 0x8a, 0x9a),
        QColor(0xd8, 0x9a, 0x6a) };
    canvas.paintField(disc.boundingRect(), 1, [&](double x, double y) {
        const double nx = (x - centre.x()) / radius;
        const double ny = (y - centre.y()) / radius;
        const double rr = nx * nx + ny * ny;
        if (rr >= 1.0)
            return QRgb(0);
        const double nz = std::sqrt(1.0 - rr);
        // Latitude in the planet's tilted frame, wobbled by turbulence for storm bands.
        const double lat = -nx * std::sin(tilt) + ny * std::cos(tilt);
        const double lon = nx * std::cos(tilt) + ny * std::sin(tilt);
        const double swirl = noise.fbm(lon * 3.0 / (nz + 0.3), lat * 14.0, 6) - 0.5;
        const double fine = noise.fbm(lon * 12.0 / (nz + 0.3), lat * 60.0, 4) - 0.5;
        const double b = lat * 5.5 + swirl * 0.9 + fine * 0.25 + noise.fbm1(lat * 9.0, 3) * 1.2;
        const double f = b - std::floor(b);
        const int i = int(std::floor(b)) & 3;
        const QColor c = mix(bands[i], bands[(i + 1) & 3], smoothstep(0.55, 1.0, f));
        const double lambert = (nx * light.x() + ny * light.y() + nz * lz) / ln;
        const double lit = std::clamp(lambert * 1.15, 0.0, 1.0);
        const double limb = 0.55 + 0.45 * nz;
        const double k = (0.02 + 0.98 * std::pow(lit, 0.8)) * limb;
        return premul(c.redF() * k, c.greenF() * k, c.blueF() * k, smoothstep(1.0, 0.995, rr));
    });
}

// Rings as an annulus of noisy concentric bands on a tilted ellipse; `front` draws the half nearer us.
void paintRings(Canvas &canvas, const Noise &noise, QPointF centre, double inner, double outer, double squash,
    double tiltDeg, bool front, double planetRadius)
{
    const double tilt = tiltDeg * M_PI / 180.0;
    const QRectF area(centre.x() - outer * 1.05, centre.y() - outer * 1.05, outer * 2.1, outer * 2.1);
    canvas.paintField(area, 1, [&](double x, double y) {
        const double dx = x - centre.x();
        const double dy = y - centre.y();
        const double u = dx * std::cos(tilt) + dy * std::sin(tilt);
        const double v = (-dx * std::sin(tilt) + dy * std::cos(tilt)) / squash;
        const double r = std::hypot(u, v);
        if (r < inner || r > outer)
            return QRgb(0);
        if ((v > 0) != front)
            return QRgb(0);
        // Behind the planet the disc hides the ring.
        if (!front && dx * dx + dy * dy < planetRadius * planetRadius)
            return QRgb(0);
        const double t = (r - inner) / (outer - inner);
        const double density = noise.fbm1(t * 40.0, 4) * (0.6 + 0.4 * std::sin(t * M_PI));
        const double gap = smoothstep(0.58, 0.6, t) * (1 - smoothstep(0.62, 0.64, t));
        const double a = std::clamp(density * 1.3 - 0.2, 0.0, 0.9) * (1 - gap) * smoothstep(0, 0.04, t)
            * smoothstep(1, 0.96, t);
        // Sunlit on the left, in the planet's shadow far to the right.
        const double shade
            = (front ? 1.0 : 0.8) * (0.35 + 0.65 * smoothstep(planetRadius * 1.8, -planetRadius * 0.5, dx));
        return premul(0.95 * shade, 0.8 * shade, 0.66 * shade, a);
    });
}

void paintMeteor(Canvas &canvas, QPointF head, double length, double angleDeg, const QColor &colour)
{
    const double a = angleDeg * M_PI / 180.0;
    const QPointF tail = head - QPointF(std::cos(a), std::sin(a)) * length;
    QLinearGradient trail(tail, head);
    trail.setColorAt(0, withAlpha(colour, 0));
    trail.setColorAt(0.85, withAlpha(colour, 0.55));
    trail.setColorAt(1, withAlpha(QColor(255, 255, 255), 0.95));
    QPainter p(&canvas.image());
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(QPainter::CompositionMode_Plus);
    p.setPen(QPen(QBrush(trail), std::max(1.5, length * 0.012), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(tail, head);
    p.end();
    canvas.glow(head, length * 0.12, withAlpha(colour, 0.8), 2.2);
}

} // namespace

void paintDesertPlanet(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double W = canvas.w();
    const double H = canvas.h();
    const double horizon = H * (tall ? 0.66 : 0.68);
    const Noise noise(canvas.seed());
    const QPointF sun(W * (tall ? 0.2 : 0.18), horizon - H * 0.01);

    canvas.fillVertical({ { 0.0, QColor(0x07, 0x05, 0x16) }, { 0.3, QColor(0x1e, 0x10, 0x3c) },
        { horizon / H - 0.16, QColor(0x6a, 0x2a, 0x5e) }, { horizon / H - 0.05, QColor(0xd0, 0x5e, 0x62) },
        { horizon / H, QColor(0xff, 0xb8, 0x7a) }, { 1.0, QColor(0x2a, 0x10, 0x22) } });
    canvas.stars(tall ? 900 : 1100, QRectF(0, 0, W, horizon), 1.6, QColor(0xb0, 0xc8, 0xff),
        [&](double, double y) { return 1.0 - smoothstep(0.3, 0.85, y / horizon); });

    const QPointF planet(W * (tall ? 0.66 : 0.66), H * (tall ? 0.27 : 0.32));
    const double radius = tall ? W * 0.34 : H * 0.3;
    const QPointF toSun(-0.8, 0.55);
    canvas.glow(planet, radius * 1.45, QColor(0xff, 0x90, 0x80, 70), 1.4);
    paintRings(canvas, noise, planet, radius * 1.3, radius * 2.05, 0.2, -16, false, radius);
    paintGiant(canvas, noise, planet, radius, -16, toSun);
    // Atmosphere: a thin bright crescent on the sunward limb, fading round to the night side.
    canvas.paintField(
        QRectF(planet.x() - radius * 1.15, planet.y() - radius * 1.15, radius * 2.3, radius * 2.3), 1,
        [&](double x, double y) {
            const double dx = (x - planet.x()) / radius;
            const double dy = (y - planet.y()) / radius;
            const double r = std::hypot(dx, dy);
            const double facing
                = std::max(0.0, (dx * toSun.x() + dy * toSun.y()) / (r * std::hypot(toSun.x(), toSun.y())));
            const double ring = r < 1.0 ? std::exp(-std::pow((1.0 - r) / 0.025, 2))
                                        : std::exp(-std::pow((r - 1.0) / 0.045, 2));
            return premul(1.0, 0.72, 0.62, ring * std::pow(facing, 1.5) * 0.85);
        },
        QPainter::CompositionMode_Plus);
    paintRings(canvas, noise, planet, radius * 1.3, radius * 2.05, 0.2, -16, true, radius);

    // A small moon and the falling stars of the title.
    const QPointF moon(W * (tall ? 0.18 : 0.3), H * (tall ? 0.14 : 0.16));
    QPainterPath moonDisc;
    moonDisc.addEllipse(moon, H * 0.022, H * 0.022);
    QPainterPath bite;
    bite.addEllipse(moon + QPointF(H * 0.01, -H * 0.005), H * 0.021, H * 0.021);
    canvas.fillPath(moonDisc.subtracted(bite), QColor(0xff, 0xe8, 0xd8));
    canvas.glow(moon, H * 0.06, QColor(0xff, 0xd0, 0xc0, 60), 2);
    Rng falling = canvas.rng().fork(41);
    for (int i = 0; i < 6; ++i) {
        const QPointF head(W * falling.range(0.05, 0.9), H * falling.range(0.08, horizon / H - 0.2));
        paintMeteor(
            canvas, head, H * falling.range(0.05, 0.16), falling.range(115, 130), QColor(0xff, 0xc8, 0x90));
    }

    // Sun on the horizon, then dune ranges from the hazy distance to the black foreground.
    canvas.glow(sun, H * 0.45, QColor(0xff, 0x90, 0x50, 150), 1.6);
    canvas.glow(sun, H * 0.08, QColor(0xff, 0xe0, 0xb0, 255), 1.8);
    const QColor duneColours[4] = { QColor(0xb8, 0x5a, 0x60), QColor(0x7a, 0x32, 0x48),
        QColor(0x3e, 0x18, 0x30), QColor(0x12, 0x07, 0x12) };
    const double duneBase[4]
        = { horizon + H * 0.01, horizon + H * 0.07, horizon + H * 0.16, H * (tall ? 0.9 : 0.92) };
    const double duneAmp[4] = { H * 0.03, H * 0.06, H * 0.08, H * 0.16 };
    for (int i = 0; i < 4; ++i) {
        Ridge dune { -10, W + 10, duneBase[i], duneAmp[i], H * (0.35 + 0.2 * i), H + 4, 3, 0.75,
            1.3 + i * 2.7 };
        const QPainterPath shape = ridgeline(noise, dune);
        QLinearGradient body(0, duneBase[i] - duneAmp[i], 0, duneBase[i] + H * 0.1);
        body.setColorAt(0, duneColours[i].lighter(125));
        body.setColorAt(1, duneColours[i].darker(140));
        canvas.rimLitFill(
            shape, body, mix(duneColours[i], QColor(0xff, 0xb0, 0x80), 0.55), QPointF(-1.5, -2));
        if (i == 3) {
            canvas.paintField(
                shape.boundingRect(), 2,
                [&](double x, double y) {
                    const double wave = std::sin(
                        (y + (noise.fbm(x / (H * 0.08), y / (H * 0.05), 3) - 0.5) * H * 0.06) / (H * 0.006));
                    const double near = 1.0 - smoothstep(0.0, W * 0.9, std::abs(x - sun.x()));
                    return premul(1.0, 0.62, 0.5, smoothstep(0.6, 1.0, wave) * 0.07 * near);
                },
                QPainter::CompositionMode_Plus, shape);
        }
        if (i < 3)
            paintFog(canvas, duneBase[i] - duneAmp[i] * 0.5, duneBase[i] + H * 0.05, QColor(0xe8, 0x80, 0x78),
                0.35, 30 + i);
    }

    // The pilot on the near crest, looking up at the falling sky.
    const double crestX = W * (tall ? 0.38 : 0.36);
    double crestY = H;
    const QPainterPath nearDune
        = ridgeline(noise, { -10, W + 10, duneBase[3], duneAmp[3], H * 0.95, H + 4, 3, 0.75, 1.3 + 3 * 2.7 });
    for (double y = duneBase[3] - duneAmp[3] * 1.3; y < H; y += 1) {
        if (nearDune.contains(QPointF(crestX, y))) {
            crestY = y;
            break;
        }
    }
    canvas.rimLitFill(figure(QPointF(crestX, crestY + 2), H * 0.085, FigureStyle::Astronaut, -0.15),
        QColor(0x10, 0x06, 0x10), QColor(0xff, 0xb8, 0x90), QPointF(-1.5, -1));

    Grade grade;
    grade.contrast = 1.12;
    grade.saturation = 1.05;
    grade.shadowTint = QColor(0x40, 0x30, 0x90);
    grade.highlightTint = QColor(0xff, 0xb0, 0x70);
    grade.tintStrength = 0.2;
    finish(canvas, grade, 0.6, 0.5, 0.03);
}

void paintCanyonSunset(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double W = canvas.w();
    const double H = canvas.h();
    const double horizon = H * (tall ? 0.63 : 0.66);
    const Noise noise(canvas.seed());
    const QPointF sun(W * (tall ? 0.52 : 0.6), horizon - H * 0.035);
    const double sunR = H * (tall ? 0.1 : 0.13);

    canvas.fillVertical({ { 0.0, QColor(0x24, 0x08, 0x12) }, { 0.25, QColor(0x62, 0x14, 0x1c) },
        { horizon / H - 0.2, QColor(0xb8, 0x3c, 0x22) }, { horizon / H - 0.06, QColor(0xf0, 0x8a, 0x38) },
        { horizon / H, QColor(0xff, 0xd4, 0x80) }, { 1.0, QColor(0x30, 0x10, 0x0a) } });
    canvas.glow(sun, H * 0.7, QColor(0xff, 0x80, 0x30, 120), 1.5);

    CloudStyle streaks;
    streaks.scale = 0.07;
    streaks.stretch = 7;
    streaks.coverage = 0.5;
    streaks.softness = 0.14;
    streaks.lit = QColor(0xff, 0xc0, 0x80);
    streaks.shade = QColor(0x5a, 0x16, 0x22);
    streaks.light = sun + QPointF(0, H * 0.08);
    streaks.lightReach = 0.4;
    streaks.salt = 61;
    paintClouds(canvas, QRectF(0, 0, W, horizon), streaks, [&](double fy) {
        return smoothstep(0.05, 0.2, fy) * (1.0 - smoothstep(horizon / H - 0.22, horizon / H - 0.1, fy));
    });

    // The sun: a hot disc with limb darkening, swollen by the haze.
    QRadialGradient disc(sun, sunR);
    disc.setColorAt(0, QColor(0xff, 0xf6, 0xd8));
    disc.setColorAt(0.8, QColor(0xff, 0xd8, 0x90));
    disc.setColorAt(1, QColor(0xff, 0xb8, 0x60));
    QPainterPath sunPath;
    sunPath.addEllipse(sun, sunR, sunR);
    canvas.fillPath(sunPath, disc);
    canvas.glow(sun, sunR * 2.2, QColor(0xff, 0xc8, 0x80, 170), 2.0);

    // Buttes: a far rose-grey range and a nearer rust one, each sunk in rising dust.
    Rng rock = canvas.rng().fork(62);
    canvas.fillPath(
        mesas(rock, noise, -W * 0.1, W * 1.1, horizon + H * 0.005, H * 0.03, H * 0.07, H, tall ? 4 : 6),
        QColor(0xa8, 0x4a, 0x3a));
    paintFog(canvas, horizon - H * 0.04, horizon + H * 0.04, QColor(0xff, 0xa0, 0x60), 0.5, 63);
    // Nearer buttes frame the sun from both sides, never in front of it.
    const double clearance = W * (tall ? 0.3 : 0.2);
    QPainterPath nearButtes = mesas(
        rock, noise, -W * 0.3, sun.x() - clearance - H * 0.1, horizon + H * 0.04, H * 0.07, H * 0.13, H, 1);
    nearButtes.addPath(mesas(
        rock, noise, sun.x() + clearance + H * 0.1, W * 1.3, horizon + H * 0.04, H * 0.09, H * 0.16, H, 1));
    QLinearGradient butteShade(0, horizon - H * 0.16, 0, horizon + H * 0.05);
    butteShade.setColorAt(0, QColor(0x6a, 0x1e, 0x16));
    butteShade.setColorAt(1, QColor(0x34, 0x0e, 0x0e));
    canvas.rimLitFill(nearButtes, butteShade, QColor(0xff, 0x9a, 0x50), QPointF(0, -2));
    // Horizontal strata catch the light faintly.
    canvas.paintField(
        nearButtes.boundingRect(), 2,
        [&](double x, double y) {
            const double band = noise.fbm(x / (H * 0.2), y / (H * 0.004), 3);
            return premul(1.0, 0.55, 0.35, smoothstep(0.55, 0.75, band) * 0.12);
        },
        QPainter::CompositionMode_Plus, nearButtes);
    paintFog(canvas, horizon, horizon + H * 0.08, QColor(0xe0, 0x70, 0x40), 0.45, 64);

    // The desert floor and the rise the rider stands on, against the sun.
    const double rise = horizon + H * (tall ? 0.075 : 0.08);
    QPainterPath ground
        = ridgeline(noise, { -10, W + 10, rise + H * 0.03, H * 0.03, H * 0.4, H + 4, 4, 0.2, 4.4 });
    QPainterPath hill;
    addSolid(hill,
        circlePolygon(QPointF(sun.x() + W * 0.02, rise + H * 0.05), W * (tall ? 0.35 : 0.22), H * 0.055, 72));
    ground = ground.united(hill);
    QLinearGradient floor(0, rise, 0, H);
    floor.setColorAt(0, QColor(0x2a, 0x0c, 0x0a));
    floor.setColorAt(1, QColor(0x0c, 0x04, 0x04));
    canvas.rimLitFill(ground, floor, QColor(0xff, 0xa8, 0x60), QPointF(0, -2));
    // A dusty trail winding up to the rider, lit from the sun ahead.
    QPainterPath trail;
    trail.moveTo(sun.x() - W * 0.28, H + 4);
    trail.cubicTo(QPointF(sun.x() - W * 0.4, H * 0.86), QPointF(sun.x() - W * 0.02, rise + H * 0.06),
        QPointF(sun.x() - W * 0.012, rise + H * 0.012));
    trail.lineTo(sun.x() + W * 0.012, rise + H * 0.012);
    trail.cubicTo(QPointF(sun.x() + W * 0.04, rise + H * 0.07), QPointF(sun.x() - W * 0.1, H * 0.86),
        QPointF(sun.x() + W * 0.16, H + 4));
    trail.closeSubpath();
    QLinearGradient dust(0, rise, 0, H);
    dust.setColorAt(0, QColor(0xd8, 0x78, 0x48, 150));
    dust.setColorAt(0.5, QColor(0x7a, 0x30, 0x1c, 70));
    dust.setColorAt(1, QColor(0x30, 0x10, 0x08, 30));
    canvas.fillPath(trail.intersected(ground), dust);
    // Scrub along the rise.
    Rng scrub = canvas.rng().fork(66);
    QPainterPath brush;
    for (int i = 0; i < 45; ++i) {
        const double x = scrub.range(0, W);
        if (std::abs(x - sun.x()) < W * 0.1)
            continue;
        double y = rise - H * 0.02;
        while (y < H && !ground.contains(QPointF(x, y)))
            y += 2;
        y += std::pow(scrub.uniform(), 2.0) * (H - y);
        if (trail.contains(QPointF(x, y)))
            continue;
        const double size = H * scrub.range(0.002, 0.006) * (1 + 3 * (y - rise) / (H - rise));
        // A tuft: a few thin blades fanning out from one root.
        for (int k = 0; k < 7; ++k) {
            const double a = scrub.range(-1.1, 1.1);
            const QPointF tip(x + std::sin(a) * size * 2.2, y - std::cos(a) * size * scrub.range(1.2, 2.4));
            addSolid(brush, QPolygonF({ QPointF(x - size * 0.25, y), tip, QPointF(x + size * 0.25, y) }));
        }
    }
    canvas.fillPath(brush, QColor(0x14, 0x05, 0x04));

    // Telegraph line running off towards the horizon: leading lines and scale.
    QPainter p(&canvas.image());
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF vanish(sun.x() - W * (tall ? 0.2 : 0.25), rise + H * 0.01);
    const QPointF nearBase(W * (tall ? 0.07 : 0.1), H * 1.02);
    QPointF lastArm[2];
    for (int i = 0; i < 8; ++i) {
        const double t = std::pow(0.6, i);
        const QPointF base = vanish + (nearBase - vanish) * t;
        const double poleH = H * 0.36 * t;
        const QPointF top = base - QPointF(0, poleH);
        const QPointF arm[2]
            = { top + QPointF(-poleH * 0.13, poleH * 0.07), top + QPointF(poleH * 0.13, poleH * 0.07) };
        const QColor ink(0x0a, 0x03, 0x03);
        p.setPen(QPen(ink, std::max(1.0, H * 0.008 * t), Qt::SolidLine, Qt::FlatCap));
        p.drawLine(base, top);
        p.drawLine(arm[0], arm[1]);
        p.setPen(QPen(withAlpha(ink, 0.8), std::max(0.7, H * 0.0016 * t)));
        p.setBrush(Qt::NoBrush);
        for (int k = 0; k < 2 && i > 0; ++k) {
            QPainterPath wire;
            wire.moveTo(lastArm[k]);
            wire.quadTo(
                (lastArm[k] + arm[k]) / 2 + QPointF(0, (lastArm[k].y() - arm[k].y()) * 0.1 + H * 0.02 * t),
                arm[k]);
            p.drawPath(wire);
        }
        lastArm[0] = arm[0];
        lastArm[1] = arm[1];
    }
    p.end();

    canvas.fillPath(horseAndRider(QPointF(sun.x(), rise + H * 0.004), H * (tall ? 0.12 : 0.15), false),
        QColor(0x10, 0x04, 0x04));
    Rng plants = canvas.rng().fork(65);
    canvas.fillPath(saguaro(plants, QPointF(W * (tall ? 0.9 : 0.92), H + H * 0.02), H * (tall ? 0.42 : 0.55)),
        QColor(0x08, 0x02, 0x02));
    canvas.fillPath(saguaro(plants, QPointF(W * (tall ? 0.16 : 0.1), rise + H * 0.12), H * 0.12),
        QColor(0x12, 0x05, 0x04));
    for (int i = 0; i < 3; ++i)
        canvas.fillPath(
            gull(QPointF(W * plants.range(0.2, 0.8), H * plants.range(0.15, 0.35)), H * 0.03, 1.6),
            QColor(0x30, 0x0a, 0x0c, 220));

    Grade grade;
    grade.contrast = 1.12;
    grade.saturation = 1.0;
    grade.shadowTint = QColor(0x60, 0x20, 0x40);
    grade.highlightTint = QColor(0xff, 0xc0, 0x60);
    grade.tintStrength = 0.18;
    finish(canvas, grade, 0.55, 0.55, 0.035);
}

} // namespace Marquee::SampleGen
