#include "tests/tools/samplegen/scenes.h"

#include <cmath>

#include <QLinearGradient>
#include <QRadialGradient>

#include "tests/tools/samplegen/noise.h"
#include "tests/tools/samplegen/props.h"
#include "tests/tools/samplegen/terrain.h"

namespace Marquee::SampleGen {

namespace {

// A balloon in two colours, shaded as a sphere lit from `light` (a unit screen direction).
void paintBalloon(
    Canvas &canvas, QPointF centre, double radius, const QColor &a, const QColor &b, QPointF light)
{
    const Balloon shape = balloon(centre, radius);
    canvas.fillPath(shape.envelope, a);
    for (const QPainterPath &gore : shape.gores)
        canvas.fillPath(gore, b);
    QRadialGradient shade(centre + light * radius * 0.55, radius * 1.6);
    shade.setColorAt(0, QColor(255, 250, 230, 90));
    shade.setColorAt(0.35, QColor(255, 240, 220, 0));
    shade.setColorAt(0.75, QColor(40, 20, 60, 70));
    shade.setColorAt(1, QColor(30, 10, 50, 150));
    canvas.fillPath(shape.envelope, shade);
    canvas.fillPath(shape.basket, QColor(0x3a, 0x22, 0x1a));
}

} // namespace

void paintBalloonValley(Canvas &canvas)
{
    const bool tall = canvas.portrait();
    const double W = canvas.w();
    const double H = canvas.h();
    const double horizon = H * (tall ? 0.66 : 0.68);
    const Noise noise(canvas.seed());
    const QPointF sun(W * (tall ? 0.82 : 0.86), horizon - H * 0.1);

    canvas.fillVertical({ { 0.0, QColor(0x2c, 0x5c, 0x9a) }, { 0.35, QColor(0x6a, 0xa4, 0xc8) },
        { horizon / H - 0.1, QColor(0xf4, 0xd0, 0xa8) }, { horizon / H, QColor(0xff, 0xc0, 0x80) },
        { 1.0, QColor(0x30, 0x40, 0x20) } });
    canvas.glow(sun, H * 0.6, QColor(0xff, 0xc0, 0x70, 140), 1.6);
    canvas.glow(sun, H * 0.05, QColor(0xff, 0xfa, 0xe8, 255), 1.2);

    CloudStyle puffs;
    puffs.scale = 0.16;
    puffs.stretch = 1.5;
    puffs.coverage = 0.52;
    puffs.softness = 0.06;
    puffs.octaves = 4;
    puffs.lit = QColor(0xff, 0xf2, 0xdc);
    puffs.shade = QColor(0xb8, 0xb4, 0xd0);
    puffs.light = sun;
    puffs.lightReach = 1.2;
    puffs.salt = 51;
    paintClouds(canvas, QRectF(0, 0, W, horizon), puffs, [&](double fy) {
        return smoothstep(0.05, 0.2, fy) * (1.0 - smoothstep(horizon / H - 0.25, horizon / H - 0.08, fy));
    });

    // Distant balloons first, so the hero sits in front of the sky and the far hills.
    const QPointF toSun(0.7, -0.5);
    paintBalloon(canvas, QPointF(W * 0.78, H * 0.44), H * 0.028, QColor(0x2a, 0x9c, 0x9a),
        QColor(0xff, 0xd2, 0x4a), toSun);
    paintBalloon(canvas, QPointF(W * 0.18, H * 0.5), H * 0.02, QColor(0x8a, 0x4a, 0xb0),
        QColor(0xff, 0x9a, 0x3a), toSun);
    paintBalloon(canvas, QPointF(W * 0.62, H * 0.56), H * 0.014, QColor(0xe8, 0x4a, 0x4a),
        QColor(0xf8, 0xf0, 0xe0), toSun);

    // Rolling hills: each nearer one warmer and darker, with a sunlit rim.
    const QColor hills[4] = { QColor(0x8c, 0xa8, 0xa8), QColor(0x6a, 0x94, 0x6a), QColor(0x4e, 0x7a, 0x3a),
        QColor(0x2c, 0x4a, 0x22) };
    const double base[4] = { horizon + H * 0.01, horizon + H * 0.08, horizon + H * 0.17, H * 0.93 };
    const double amp[4] = { H * 0.07, H * 0.11, H * 0.13, H * 0.16 };
    Rng trees = canvas.rng().fork(52);
    for (int i = 0; i < 4; ++i) {
        const QPainterPath hill = ridgeline(
            noise, { -10, W + 10, base[i], amp[i], H * (0.5 + 0.3 * i), H + 4, 3, 0, 0.7 + i * 3.1 });
        QLinearGradient body(0, base[i] - amp[i], 0, base[i] + H * 0.15);
        body.setColorAt(0, hills[i].lighter(120));
        body.setColorAt(1, hills[i].darker(i == 3 ? 190 : 130));
        canvas.rimLitFill(hill, body, QColor(0xff, 0xe0, 0x90), QPointF(1, -2));
        // Patchwork fields: wheat, pasture and fallow, squashed by perspective.
        const double cell = H * (0.05 + 0.05 * i);
        canvas.paintField(
            hill.boundingRect(), 2,
            [&](double x, double y) {
                const double n = noise.value(x / cell + i * 17.0, y / (cell * 0.3));
                const QColor wheat(0xe8, 0xc0, 0x60), pasture(0x9a, 0xc8, 0x5a), fallow(0x6a, 0x5a, 0x3a);
                const QColor c = n < 0.33 ? wheat : n < 0.66 ? pasture : fallow;
                const double edge = std::min({ std::abs(n - 0.33), std::abs(n - 0.66) });
                return premul(
                    c.redF(), c.greenF(), c.blueF(), smoothstep(0.0, 0.02, edge) * (0.22 - 0.04 * i));
            },
            QPainter::CompositionMode_SourceOver, hill);
        if (i >= 1) {
            QPainterPath grove;
            grove.setFillRule(Qt::WindingFill);
            for (int k = 0; k < 8 + 3 * i; ++k) {
                const double x = trees.range(0, W);
                double y = base[i] - amp[i] * 1.3;
                while (y < H && !hill.contains(QPointF(x, y)))
                    y += 2;
                y += trees.range(0, H * 0.03);
                grove.addPath(roundTree(trees, QPointF(x, y), H * (0.012 + 0.007 * i * i)));
            }
            canvas.rimLitFill(grove, hills[i].darker(170), QColor(0xff, 0xd8, 0x80), QPointF(1.5, -1.5));
        }
        if (i == 1) {
            // The village: a steeple and a huddle of roofs, each house standing on the slope beneath it.
            const double vx = W * (tall ? 0.3 : 0.28);
            auto groundAt = [&](double gx) {
                double gy = base[1] - amp[1] * 1.4;
                while (gy < H && !hill.contains(QPointF(gx, gy)))
                    gy += 1;
                return gy + H * 0.006;
            };
            QPainterPath village;
            village.setFillRule(Qt::WindingFill);
            const double houseW = H * 0.02;
            for (int k = -3; k <= 3; ++k) {
                const double hx = vx + k * houseW * 1.05;
                const double gy = groundAt(hx + houseW / 2);
                const double wall = H * (0.01 + 0.004 * ((k + 5) % 3));
                addSolid(village,
                    QPolygonF({ QPointF(hx, gy), QPointF(hx, gy - wall),
                        QPointF(hx + houseW / 2, gy - wall - houseW * 0.55), QPointF(hx + houseW, gy - wall),
                        QPointF(hx + houseW, gy) }));
            }
            const double spireX = vx + houseW * 0.5;
            const double spireY = groundAt(spireX);
            addSolid(village, QPolygonF(QRectF(spireX - H * 0.005, spireY - H * 0.045, H * 0.01, H * 0.045)));
            addSolid(village,
                QPolygonF({ QPointF(spireX - H * 0.007, spireY - H * 0.045),
                    QPointF(spireX, spireY - H * 0.075), QPointF(spireX + H * 0.007, spireY - H * 0.045) }));
            canvas.rimLitFill(village, QColor(0x6a, 0x78, 0x80), QColor(0xff, 0xe8, 0xb0), QPointF(1.5, -1));
        }
        if (i == 0)
            paintFog(canvas, base[0] - H * 0.02, base[0] + H * 0.04, QColor(0xff, 0xe0, 0xc0), 0.35, 53);
    }

    // The hero balloon, high and close, tilted towards the light.
    paintBalloon(canvas, QPointF(W * (tall ? 0.42 : 0.38), H * (tall ? 0.28 : 0.3)), H * (tall ? 0.12 : 0.15),
        QColor(0xe8, 0x3c, 0x3a), QColor(0xff, 0xe6, 0xb0), toSun);
    Rng flock = canvas.rng().fork(54);
    for (int i = 0; i < 5; ++i)
        canvas.fillPath(gull(QPointF(W * flock.range(0.55, 0.8), H * flock.range(0.18, 0.3)),
                            H * flock.range(0.01, 0.018), flock.range(0.6, 1.4)),
            QColor(0x3a, 0x30, 0x40, 200));

    Grade grade;
    grade.contrast = 1.06;
    grade.saturation = 1.08;
    grade.shadowTint = QColor(0x50, 0x60, 0xa0);
    grade.highlightTint = QColor(0xff, 0xc0, 0x70);
    grade.tintStrength = 0.14;
    finish(canvas, grade, 0.35, 0.35, 0.025);
}

} // namespace Marquee::SampleGen
