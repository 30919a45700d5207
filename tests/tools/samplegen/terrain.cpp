#include "tests/tools/samplegen/terrain.h"

#include <algorithm>
#include <cmath>

#include "tests/tools/samplegen/canvas.h"

namespace Marquee::SampleGen {

namespace {

double signedArea(const QPolygonF &polygon)
{
    double area = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        area += a.x() * b.y() - b.x() * a.y();
    }
    return area / 2;
}

} // namespace

void addSolid(QPainterPath &path, QPolygonF polygon)
{
    path.setFillRule(Qt::WindingFill);
    if (signedArea(polygon) < 0)
        std::reverse(polygon.begin(), polygon.end());
    path.addPolygon(polygon);
    path.closeSubpath();
}

QPolygonF circlePolygon(QPointF centre, double rx, double ry, int segments)
{
    QPolygonF polygon;
    for (int i = 0; i < segments; ++i) {
        const double a = 2 * M_PI * i / segments;
        polygon << centre + QPointF(std::cos(a) * rx, std::sin(a) * ry);
    }
    return polygon;
}

QPainterPath ridgeline(const Noise &noise, const Ridge &ridge)
{
    QPolygonF polygon;
    polygon << QPointF(ridge.left, ridge.bottom);
    const double step = std::max(2.0, ridge.wavelength / 160.0);
    for (double x = ridge.left; x <= ridge.right + step; x += step) {
        const double u = x / ridge.wavelength + ridge.phase;
        const double soft = noise.fbm1(u, ridge.octaves);
        const double sharp = noise.ridged(u, 0.71, ridge.octaves);
        const double n = soft * (1 - ridge.sharpness) + sharp * ridge.sharpness;
        polygon << QPointF(x, ridge.baseY - ridge.amplitude * std::clamp((n - 0.25) / 0.5, -0.4, 1.3));
    }
    polygon << QPointF(ridge.right + step, ridge.bottom);
    QPainterPath path;
    addSolid(path, polygon);
    return path;
}

QPainterPath mesas(Rng &rng, const Noise &noise, double left, double right, double baseY, double minH,
    double maxH, double bottom, int count)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    // A low eroded shelf joins the buttes so the horizon never shows a gap; its ends sink into the
    // ground instead of stopping in a cliff.
    QPolygonF shelf;
    shelf << QPointF(left, bottom);
    const double fade = (right - left) * 0.15;
    const double phase = rng.uniform() * 9;
    for (double x = left; x <= right; x += 3) {
        const double window = smoothstep(left, left + fade, x) * smoothstep(right, right - fade, x);
        const double n = noise.fbm1(x / ((right - left) / 5) + phase, 4);
        shelf << QPointF(x, baseY - minH * 0.25 * n * window + (1 - window) * minH * 0.6);
    }
    shelf << QPointF(right, bottom);
    addSolid(path, shelf);
    for (int i = 0; i < count; ++i) {
        const double cx = rng.range(left, right);
        const double top = baseY - rng.range(minH, maxH);
        const double halfTop = rng.range(0.4, 1.6) * (maxH);
        const double flare = rng.range(0.12, 0.3) * (baseY - top);
        QPolygonF p;
        p << QPointF(cx - halfTop - flare * 2.2, baseY + 2);
        // Talus slope, then a sheer wall, a jagged cap, the other wall and talus.
        p << QPointF(cx - halfTop - flare, baseY - (baseY - top) * 0.35);
        p << QPointF(cx - halfTop - flare * 0.2, top + (baseY - top) * 0.08);
        const int teeth = 14;
        for (int t = 0; t <= teeth; ++t) {
            const double x = cx - halfTop + 2 * halfTop * t / teeth;
            p << QPointF(x, top + (noise.value(x * 0.05, top) - 0.5) * (baseY - top) * 0.06);
        }
        p << QPointF(cx + halfTop + flare * 0.3, top + (baseY - top) * 0.1);
        p << QPointF(cx + halfTop + flare, baseY - (baseY - top) * 0.3);
        p << QPointF(cx + halfTop + flare * 2.4, baseY + 2);
        p << QPointF(cx + halfTop + flare * 2.4, bottom);
        p << QPointF(cx - halfTop - flare * 2.2, bottom);
        addSolid(path, p);
    }
    return path;
}

Buildings buildings(
    Rng &rng, double left, double right, double baseY, double bottom, const BuildingStyle &style)
{
    Buildings out;
    out.body.setFillRule(Qt::WindingFill);
    double x = left - rng.range(0, style.maxWidth);
    while (x < right) {
        const double bw = rng.range(style.minWidth, style.maxWidth);
        const double bh = rng.range(style.minHeight, style.maxHeight) * (rng.chance(0.15) ? 1.35 : 1.0);
        const double top = baseY - bh;
        QPolygonF shape;
        if (style.mansard) {
            const double roof = bw * rng.range(0.12, 0.2);
            shape << QPointF(x, bottom) << QPointF(x, top + roof) << QPointF(x + roof * 0.5, top)
                  << QPointF(x + bw - roof * 0.5, top) << QPointF(x + bw, top + roof)
                  << QPointF(x + bw, bottom);
            const int chimneys = 1 + rng.below(3);
            for (int c = 0; c < chimneys; ++c) {
                const double cx = x + rng.range(0.15, 0.8) * bw;
                const double ch = roof * rng.range(0.8, 1.6);
                const double cw = bw * rng.range(0.05, 0.1);
                addSolid(out.body, QPolygonF(QRectF(cx, top - ch, cw, ch + roof)));
                for (int pot = 0; pot < 3; ++pot)
                    addSolid(out.body,
                        QPolygonF(
                            QRectF(cx + cw * (0.1 + 0.3 * pot), top - ch - cw * 0.35, cw * 0.22, cw * 0.4)));
            }
        } else {
            shape << QPointF(x, bottom) << QPointF(x, top) << QPointF(x + bw, top) << QPointF(x + bw, bottom);
            if (rng.chance(0.4)) { // a setback crown
                const double sw = bw * rng.range(0.4, 0.7);
                const double sx = x + (bw - sw) / 2;
                const double sh = bh * rng.range(0.06, 0.15);
                addSolid(out.body, QPolygonF(QRectF(sx, top - sh, sw, sh + 1)));
                if (rng.chance(0.6)) {
                    const double mast = bh * rng.range(0.08, 0.2);
                    addSolid(out.body, QPolygonF(QRectF(sx + sw / 2 - 1.2, top - sh - mast, 2.4, mast + 1)));
                    out.beacons << QPointF(sx + sw / 2, top - sh - mast);
                }
            }
        }
        addSolid(out.body, shape);
        if (style.window > 0) {
            const double wx0 = x + style.window * 1.2;
            const double wy0 = top + (style.mansard ? bw * 0.2 : style.window * 1.5);
            for (double wy = wy0; wy < baseY + (bottom - baseY) * 0.3; wy += style.window * 2.2) {
                for (double wx = wx0; wx + style.window < x + bw - style.window; wx += style.window * 1.9) {
                    if (rng.chance(style.litFraction))
                        out.litWindows << QRectF(wx, wy, style.window, style.window * 1.35);
                }
            }
        }
        x += bw + (style.mansard ? 0 : rng.range(-0.2, 0.25) * bw);
    }
    return out;
}

QPainterPath farmhouse(QPointF g, double h, QRectF *window)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const double w = h * 1.3;
    // House: walls, steep gable, chimney; barn to its right with a gambrel roof.
    addSolid(path,
        QPolygonF({ g + QPointF(-w / 2, 0), g + QPointF(-w / 2, -h * 0.55), g + QPointF(-w * 0.05, -h),
            g + QPointF(w * 0.4, -h * 0.55), g + QPointF(w * 0.4, 0) }));
    addSolid(path, QPolygonF(QRectF(g.x() + w * 0.18, g.y() - h * 1.02, w * 0.08, h * 0.35)));
    addSolid(path,
        QPolygonF({ g + QPointF(w * 0.38, 0), g + QPointF(w * 0.38, -h * 0.45),
            g + QPointF(w * 0.5, -h * 0.72), g + QPointF(w * 0.75, -h * 0.82),
            g + QPointF(w * 1.0, -h * 0.72), g + QPointF(w * 1.12, -h * 0.45), g + QPointF(w * 1.12, 0) }));
    if (window)
        *window = QRectF(g.x() - w * 0.22, g.y() - h * 0.42, w * 0.1, h * 0.16);
    return path;
}

} // namespace Marquee::SampleGen
