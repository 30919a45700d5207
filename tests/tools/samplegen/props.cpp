#include "tests/tools/samplegen/props.h"

#include <cmath>

#include <QPainterPathStroker>
#include <QTransform>

#include "tests/tools/samplegen/terrain.h"

namespace Marquee::SampleGen {

namespace {

// A tapered limb from a to b as a quad: width wa at a, wb at b.
QPolygonF limb(QPointF a, QPointF b, double wa, double wb)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    const QPointF n(-d.y() / len, d.x() / len);
    return QPolygonF({ a + n * (wa / 2), b + n * (wb / 2), b - n * (wb / 2), a - n * (wa / 2) });
}

// Corner cutting: each pass replaces every edge by its quarter points, rounding the outline.
QPolygonF chaikin(QPolygonF polygon, int passes)
{
    for (int pass = 0; pass < passes; ++pass) {
        QPolygonF out;
        for (qsizetype i = 0; i < polygon.size(); ++i) {
            const QPointF a = polygon.at(i);
            const QPointF b = polygon.at((i + 1) % polygon.size());
            out << a * 0.75 + b * 0.25 << a * 0.25 + b * 0.75;
        }
        polygon = out;
    }
    return polygon;
}

QPainterPath stroked(const QPainterPath &centreLine, double width)
{
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    QPainterPath out;
    addSolid(out, stroker.createStroke(centreLine).simplified().toFillPolygon());
    return out;
}

void branch(QPainterPath &path, Rng &rng, QPointF start, double angle, double length, double width, int depth)
{
    // Each limb is drawn in a few kinked segments so nothing looks ruled.
    QPointF p = start;
    double a = angle;
    const int segments = 3;
    double wNow = width;
    for (int s = 0; s < segments; ++s) {
        a += rng.range(-0.22, 0.22);
        const QPointF q = p + QPointF(std::sin(a), -std::cos(a)) * (length / segments);
        const double wNext = width * (1.0 - 0.28 * (s + 1) / segments);
        addSolid(path, limb(p, q, wNow, wNext));
        addSolid(path, circlePolygon(q, wNext / 2, wNext / 2, 12));
        p = q;
        wNow = wNext;
    }
    if (depth <= 0 || width < 0.6)
        return;
    const int children = rng.chance(0.3) ? 3 : 2;
    for (int c = 0; c < children; ++c) {
        const double spread = rng.range(0.25, 0.7) * (c % 2 == 0 ? -1 : 1);
        branch(
            path, rng, p, a + spread, length * rng.range(0.62, 0.82), wNow * rng.range(0.6, 0.78), depth - 1);
    }
}

} // namespace

QPainterPath figure(QPointF feet, double h, FigureStyle style, double lean)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const bool suit = style == FigureStyle::Astronaut;
    const double bulk = suit ? 1.3 : (style == FigureStyle::Child ? 1.1 : 1.0);
    const double headR = h * (suit ? 0.082 : 0.066);
    const double cx = feet.x() + lean * h * 0.05;
    const QPointF head(cx + lean * h * 0.04, feet.y() - h + headR);
    const double shoulderY = feet.y() - h * (suit ? 0.78 : 0.83);
    const double shoulder = h * 0.118 * bulk;
    const bool longCoat
        = style == FigureStyle::Coat || style == FigureStyle::Hat || style == FigureStyle::Dress;
    const double hemY = feet.y() - h * (longCoat ? 0.26 : 0.44);
    const double hem = h * (style == FigureStyle::Dress ? 0.17 : 0.13) * bulk;

    addSolid(path, circlePolygon(head, suit ? headR : headR * 0.86, headR, 28));
    addSolid(path,
        QPolygonF(QRectF(cx - h * (suit ? 0.06 : 0.028), head.y(), h * (suit ? 0.12 : 0.056),
            shoulderY - head.y() + h * 0.03)));
    // Rounded shoulders over a coat that flares slightly to its hem.
    addSolid(path,
        circlePolygon(QPointF(cx - shoulder + h * 0.035, shoulderY + h * 0.035), h * 0.04, h * 0.04, 16));
    addSolid(path,
        circlePolygon(QPointF(cx + shoulder - h * 0.035, shoulderY + h * 0.035), h * 0.04, h * 0.04, 16));
    const double waistY = feet.y() - h * 0.55;
    const double waist = shoulder * (suit ? 0.95 : 0.86);
    addSolid(path,
        QPolygonF({ QPointF(cx - shoulder * 0.5, shoulderY - h * 0.012),
            QPointF(cx + shoulder * 0.5, shoulderY - h * 0.012), QPointF(cx + shoulder, shoulderY + h * 0.05),
            QPointF(cx + waist, waistY), QPointF(cx + hem, hemY), QPointF(cx - hem, hemY),
            QPointF(cx - waist, waistY), QPointF(cx - shoulder, shoulderY + h * 0.05) }));
    // Arms hang a little away from the body so the outline reads at thumbnail size.
    const double armW = h * 0.05 * bulk;
    for (double side : { -1.0, 1.0 }) {
        const QPointF top(cx + side * (shoulder - armW * 0.45), shoulderY + h * 0.04);
        const QPointF elbow(cx + side * (shoulder + h * 0.012), feet.y() - h * 0.6);
        const QPointF hand(cx + side * (shoulder + h * 0.004), feet.y() - h * 0.44);
        addSolid(path, limb(top, elbow, armW, armW * 0.9));
        addSolid(path, limb(elbow, hand, armW * 0.9, armW * 0.75));
        addSolid(path, circlePolygon(elbow, armW * 0.45, armW * 0.45, 12));
        addSolid(path, circlePolygon(hand + QPointF(0, h * 0.01), armW * 0.42, armW * 0.55, 12));
    }
    const double legW = h * (suit ? 0.085 : 0.058);
    addSolid(path,
        limb(QPointF(cx - h * 0.045, hemY - h * 0.04), feet + QPointF(-h * 0.045, -h * 0.015), legW,
            legW * 0.8));
    addSolid(path,
        limb(QPointF(cx + h * 0.045, hemY - h * 0.04), feet + QPointF(h * 0.042, -h * 0.015), legW,
            legW * 0.8));
    addSolid(path, circlePolygon(feet + QPointF(-h * 0.06, -h * 0.012), h * 0.04, h * 0.014, 14));
    addSolid(path, circlePolygon(feet + QPointF(h * 0.06, -h * 0.012), h * 0.04, h * 0.014, 14));

    if (style == FigureStyle::Hat) {
        addSolid(path, circlePolygon(head + QPointF(0, -headR * 0.5), headR * 1.8, headR * 0.2, 32));
        addSolid(path,
            QPolygonF({ head + QPointF(-headR * 0.9, -headR * 0.45),
                head + QPointF(-headR * 0.8, -headR * 1.35), head + QPointF(headR * 0.8, -headR * 1.35),
                head + QPointF(headR * 0.9, -headR * 0.45) }));
    } else if (suit) {
        // Seen from behind: the life-support pack rises above the shoulders around the helmet.
        QPainterPath pack;
        pack.addRoundedRect(
            QRectF(cx - shoulder * 0.85, shoulderY - h * 0.07, shoulder * 1.7, h * 0.3), h * 0.04, h * 0.04);
        addSolid(path, pack.toFillPolygon());
        addSolid(path, QPolygonF(QRectF(cx + shoulder * 0.6, shoulderY - h * 0.2, h * 0.008, h * 0.14)));
    } else if (style == FigureStyle::Dress) {
        addSolid(path,
            circlePolygon(
                head + QPointF(-headR * 0.45, headR * 0.45), headR * 0.8, headR * 1.15, 20)); // hair
    } else if (style == FigureStyle::Coat) {
        addSolid(path,
            QPolygonF({ QPointF(cx - h * 0.06, shoulderY + h * 0.01),
                QPointF(cx - h * 0.045, shoulderY - h * 0.045),
                QPointF(cx + h * 0.045, shoulderY - h * 0.045),
                QPointF(cx + h * 0.06, shoulderY + h * 0.01) })); // collar
    }
    return path;
}

QPainterPath umbrella(QPointF feet, double h)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const QPointF top = feet + QPointF(h * 0.04, -h * 1.1);
    const double r = h * 0.4;
    QPolygonF canopy;
    for (int i = 0; i <= 24; ++i) {
        const double a = M_PI + M_PI * i / 24;
        canopy << top + QPointF(std::cos(a) * r, std::sin(a) * r * 0.55 + r * 0.35);
    }
    // Scalloped rim between the ribs.
    for (int i = 6; i >= 0; --i) {
        const double x = -r + 2 * r * i / 6;
        canopy << top + QPointF(x, r * 0.35) << top + QPointF(x - r / 6, r * 0.28);
    }
    addSolid(path, canopy);
    addSolid(
        path, limb(top + QPointF(0, -h * 0.12), feet + QPointF(h * 0.1, -h * 0.55), h * 0.014, h * 0.014));
    return path;
}

QPainterPath horseAndRider(QPointF ground, double h, bool facingRight)
{
    // Drawn facing right in a unit box (y up, hooves at 0, the rider's hat at 1), smoothed, then placed.
    const QList<QPointF> horse = { { -0.45, 0.56 }, { -0.40, 0.60 }, { -0.2, 0.575 }, { -0.05, 0.565 },
        { 0.1, 0.61 }, { 0.2, 0.7 }, { 0.33, 0.8 }, { 0.335, 0.87 }, { 0.355, 0.815 }, { 0.38, 0.79 },
        { 0.49, 0.66 }, { 0.505, 0.63 }, { 0.48, 0.605 }, { 0.41, 0.64 }, { 0.35, 0.64 }, { 0.31, 0.52 },
        { 0.315, 0.46 }, { 0.30, 0.38 }, { 0.312, 0.22 }, { 0.30, 0.08 }, { 0.315, 0.03 }, { 0.335, 0.0 },
        { 0.28, 0.0 }, { 0.275, 0.06 }, { 0.28, 0.2 }, { 0.27, 0.24 }, { 0.255, 0.36 }, { 0.235, 0.36 },
        { 0.232, 0.22 }, { 0.215, 0.06 }, { 0.228, 0.0 }, { 0.178, 0.0 }, { 0.185, 0.07 }, { 0.195, 0.22 },
        { 0.185, 0.34 }, { 0.1, 0.325 }, { -0.1, 0.325 }, { -0.22, 0.35 }, { -0.24, 0.3 }, { -0.27, 0.17 },
        { -0.25, 0.06 }, { -0.238, 0.0 }, { -0.29, 0.0 }, { -0.295, 0.07 }, { -0.31, 0.18 }, { -0.3, 0.27 },
        { -0.36, 0.16 }, { -0.34, 0.06 }, { -0.328, 0.0 }, { -0.385, 0.0 }, { -0.39, 0.07 }, { -0.41, 0.17 },
        { -0.425, 0.21 }, { -0.45, 0.38 }, { -0.465, 0.5 } };
    const QList<QPointF> tail = { { -0.43, 0.58 }, { -0.5, 0.52 }, { -0.535, 0.36 }, { -0.525, 0.24 },
        { -0.49, 0.23 }, { -0.485, 0.38 }, { -0.45, 0.5 } };
    const QList<QPointF> rider = { { -0.08, 0.6 }, { -0.075, 0.72 }, { -0.055, 0.8 }, { 0.035, 0.805 },
        { 0.06, 0.72 }, { 0.055, 0.63 }, { 0.095, 0.5 }, { 0.07, 0.39 }, { 0.1, 0.37 }, { 0.035, 0.355 },
        { 0.04, 0.48 }, { 0.0, 0.57 } };
    const QList<QPointF> arm = { { 0.01, 0.79 }, { 0.045, 0.79 }, { 0.085, 0.7 }, { 0.14, 0.655 },
        { 0.13, 0.635 }, { 0.065, 0.675 }, { 0.015, 0.74 } };
    QTransform place;
    place.translate(ground.x(), ground.y());
    place.scale(facingRight ? h : -h, -h);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    addSolid(path, place.map(chaikin(QPolygonF(horse), 2)));
    addSolid(path, place.map(chaikin(QPolygonF(tail), 2)));
    addSolid(path, place.map(chaikin(QPolygonF(rider), 1)));
    addSolid(path, place.map(chaikin(QPolygonF(arm), 1)));
    addSolid(path, place.map(QPolygonF(QRectF(-0.015, 0.78, 0.03, 0.06)))); // neck
    addSolid(path, place.map(circlePolygon({ 0.0, 0.855 }, 0.036, 0.042, 20))); // head
    addSolid(path, place.map(circlePolygon({ 0.0, 0.895 }, 0.09, 0.012, 28))); // hat brim
    addSolid(path,
        place.map(chaikin(QPolygonF({ QPointF(-0.045, 0.895), QPointF(-0.035, 0.95), QPointF(0.0, 0.94),
                              QPointF(0.035, 0.95), QPointF(0.045, 0.895) }),
            1)));
    return path;
}

Lighthouse lighthouse(QPointF base, double h)
{
    Lighthouse out;
    out.tower.setFillRule(Qt::WindingFill);
    const double bw = h * 0.2;
    const double tw = h * 0.125;
    const double galleryY = base.y() - h * 0.78;
    addSolid(out.tower,
        QPolygonF({ base + QPointF(-bw / 2, 0), QPointF(base.x() - tw / 2, galleryY),
            QPointF(base.x() + tw / 2, galleryY), base + QPointF(bw / 2, 0) }));
    // Gallery deck and railing, lantern frame, domed roof, finial.
    addSolid(out.tower, QPolygonF(QRectF(base.x() - tw * 0.72, galleryY - h * 0.018, tw * 1.44, h * 0.03)));
    for (int i = 0; i <= 8; ++i)
        addSolid(out.tower,
            QPolygonF(
                QRectF(base.x() - tw * 0.7 + tw * 1.4 * i / 8 - 0.8, galleryY - h * 0.055, 1.6, h * 0.04)));
    addSolid(out.tower, QPolygonF(QRectF(base.x() - tw * 0.72, galleryY - h * 0.058, tw * 1.44, h * 0.006)));
    const double lanternW = tw * 0.78;
    const double lanternH = h * 0.085;
    out.lantern = QRectF(base.x() - lanternW / 2, galleryY - h * 0.018 - lanternH, lanternW, lanternH);
    for (int i = 0; i <= 3; ++i)
        addSolid(out.tower,
            QPolygonF(QRectF(out.lantern.left() + (lanternW - 2) * i / 3, out.lantern.top(), 2.2, lanternH)));
    QPolygonF dome;
    for (int i = 0; i <= 16; ++i) {
        const double a = M_PI + M_PI * i / 16;
        dome << QPointF(base.x() + std::cos(a) * lanternW * 0.62, out.lantern.top() + std::sin(a) * h * 0.05);
    }
    addSolid(out.tower, dome);
    addSolid(out.tower, QPolygonF(QRectF(base.x() - 1.2, out.lantern.top() - h * 0.085, 2.4, h * 0.04)));
    // Keeper's cottage at the foot.
    addSolid(out.tower,
        QPolygonF({ base + QPointF(bw * 0.3, 0), base + QPointF(bw * 0.3, -h * 0.11),
            base + QPointF(bw * 0.75, -h * 0.17), base + QPointF(bw * 1.25, -h * 0.11),
            base + QPointF(bw * 1.25, 0) }));
    out.bands.setFillRule(Qt::WindingFill);
    for (double f : { 0.22, 0.52 }) {
        const double y0 = base.y() - h * f;
        const double y1 = y0 - h * 0.12;
        auto halfAt = [&](double y) { return bw / 2 + (tw / 2 - bw / 2) * (base.y() - y) / (h * 0.78); };
        addSolid(out.bands,
            QPolygonF({ QPointF(base.x() - halfAt(y0), y0), QPointF(base.x() - halfAt(y1), y1),
                QPointF(base.x() + halfAt(y1), y1), QPointF(base.x() + halfAt(y0), y0) }));
    }
    return out;
}

QPainterPath bareTree(Rng &rng, QPointF root, double height, double lean, int depth)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    // Flared roots, then the trunk as the first limb of the recursion.
    const double trunkW = height * 0.075;
    for (int i = 0; i < 4; ++i) {
        const double side = (i % 2 == 0 ? -1 : 1) * rng.range(0.6, 1.6);
        addSolid(path,
            limb(root + QPointF(0, -height * 0.08), root + QPointF(side * trunkW * 1.4, height * 0.01),
                trunkW * 0.8, trunkW * 0.2));
    }
    branch(path, rng, root, lean, height * 0.36, trunkW, depth);
    return path;
}

QPainterPath saguaro(Rng &rng, QPointF base, double h)
{
    const double w = h * 0.12;
    QPainterPath line;
    line.moveTo(base);
    line.lineTo(base + QPointF(0, -h + w / 2));
    QPainterPath body = stroked(line, w);
    const int arms = 1 + rng.below(2);
    for (int i = 0; i < arms; ++i) {
        const double side = (i == 0) == rng.chance(0.5) ? -1 : 1;
        const double y0 = base.y() - h * rng.range(0.45, 0.62);
        const double reach = w * rng.range(0.9, 1.2);
        QPainterPath arm;
        arm.moveTo(base.x(), y0);
        arm.lineTo(base.x() + side * reach, y0 + w * 0.1);
        arm.lineTo(base.x() + side * reach, y0 - h * rng.range(0.16, 0.26));
        addSolid(body, stroked(arm, w * 0.72).toFillPolygon());
    }
    return body;
}

QPainterPath gull(QPointF c, double span, double flap)
{
    QPainterPath line;
    line.moveTo(c + QPointF(-span / 2, -span * 0.12 * flap));
    line.quadTo(c + QPointF(-span / 4, -span * 0.22 * flap), c);
    line.quadTo(c + QPointF(span / 4, -span * 0.22 * flap), c + QPointF(span / 2, -span * 0.12 * flap));
    return stroked(line, std::max(1.2, span * 0.06));
}

Balloon balloon(QPointF c, double r)
{
    Balloon out;
    const QPointF mouthL = c + QPointF(-r * 0.2, r * 1.22);
    const QPointF mouthR = c + QPointF(r * 0.2, r * 1.22);
    out.envelope.moveTo(mouthL);
    out.envelope.cubicTo(
        c + QPointF(-r * 0.55, r * 0.85), c + QPointF(-r * 1.02, r * 0.45), c + QPointF(-r, 0));
    out.envelope.cubicTo(c + QPointF(-r, -r * 0.56), c + QPointF(-r * 0.56, -r), c + QPointF(0, -r));
    out.envelope.cubicTo(c + QPointF(r * 0.56, -r), c + QPointF(r, -r * 0.56), c + QPointF(r, 0));
    out.envelope.cubicTo(c + QPointF(r * 1.02, r * 0.45), c + QPointF(r * 0.55, r * 0.85), mouthR);
    out.envelope.closeSubpath();
    // Gores: lens-shaped panels between meridians that bulge with the envelope.
    constexpr int panels = 8;
    auto meridian = [&](QPainterPath &p, double k, bool forward) {
        const QPointF top = c + QPointF(0, -r);
        const QPointF bottom = c + QPointF(k * r * 0.2, r * 1.22);
        const QPointF c1 = c + QPointF(k * r * 1.25, -r * 0.85);
        const QPointF c2 = c + QPointF(k * r * 1.1, r * 0.75);
        if (forward) {
            p.lineTo(top);
            p.cubicTo(c1, c2, bottom);
        } else {
            p.lineTo(bottom);
            p.cubicTo(c2, c1, top);
        }
    };
    for (int i = 0; i < panels; i += 2) {
        const double k0 = -1.0 + 2.0 * i / panels;
        const double k1 = -1.0 + 2.0 * (i + 1) / panels;
        QPainterPath gore;
        gore.moveTo(c + QPointF(0, -r));
        meridian(gore, k0, true);
        meridian(gore, k1, false);
        gore.closeSubpath();
        out.gores << gore.intersected(out.envelope);
    }
    out.basket.setFillRule(Qt::WindingFill);
    addSolid(out.basket, QPolygonF(QRectF(c.x() - r * 0.13, c.y() + r * 1.5, r * 0.26, r * 0.2)));
    for (double k : { -1.0, 1.0 })
        addSolid(out.basket,
            limb(c + QPointF(k * r * 0.19, r * 1.22), c + QPointF(k * r * 0.12, r * 1.5), 1.4, 1.4));
    return out;
}

QPainterPath roundTree(Rng &rng, QPointF base, double height)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    addSolid(path, limb(base, base + QPointF(0, -height * 0.5), height * 0.08, height * 0.05));
    const QPointF crown = base + QPointF(0, -height * 0.62);
    const double r = height * 0.3;
    for (int i = 0; i < 9; ++i) {
        const double a = rng.range(0, 2 * M_PI);
        const double d = rng.range(0, 0.6) * r;
        const double lobe = r * rng.range(0.45, 0.7);
        addSolid(path,
            circlePolygon(crown + QPointF(std::cos(a) * d, std::sin(a) * d * 0.8), lobe, lobe * 0.92, 20));
    }
    return path;
}

QPainterPath gear(QPointF c, double radius, int teeth, double rotationDeg)
{
    QPolygonF outline;
    const double rot = rotationDeg * M_PI / 180.0;
    const double inner = radius * 0.86;
    for (int i = 0; i < teeth; ++i) {
        const double a0 = rot + 2 * M_PI * i / teeth;
        const double step = 2 * M_PI / teeth;
        auto at = [&](double a, double r) { return c + QPointF(std::cos(a) * r, std::sin(a) * r); };
        outline << at(a0, inner) << at(a0 + step * 0.12, radius) << at(a0 + step * 0.38, radius)
                << at(a0 + step * 0.5, inner) << at(a0 + step * 0.75, inner);
    }
    QPainterPath body;
    addSolid(body, outline);
    QPainterPath hub;
    addSolid(hub, circlePolygon(c, radius * 0.62, radius * 0.62, 48));
    QPainterPath axle;
    addSolid(axle, circlePolygon(c, radius * 0.16, radius * 0.16, 24));
    // Spokes hold the hub to the rim; boolean operations keep the overlaps solid.
    QPainterPath spokes;
    for (int i = 0; i < 5; ++i) {
        const double a = rot + 2 * M_PI * i / 5;
        addSolid(spokes,
            limb(c, c + QPointF(std::cos(a), std::sin(a)) * radius * 0.66, radius * 0.1, radius * 0.08));
    }
    addSolid(spokes, circlePolygon(c, radius * 0.26, radius * 0.26, 32));
    return body.subtracted(hub).united(spokes.simplified()).subtracted(axle);
}

QPainterPath airship(QPointF c, double length, bool facingRight)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const double s = facingRight ? 1 : -1;
    const double r = length * 0.2;
    QPolygonF hull;
    for (int i = 0; i < 48; ++i) {
        const double a = 2 * M_PI * i / 48;
        // Blunt nose, tapering tail.
        const double x = std::cos(a);
        const double taper = x < 0 ? 1.0 - 0.25 * x * x : 1.0;
        hull << c + QPointF(s * x * length / 2, std::sin(a) * r * taper);
    }
    addSolid(path, hull);
    const QPointF tail = c + QPointF(-s * length * 0.42, 0);
    addSolid(path,
        QPolygonF({ tail + QPointF(s * length * 0.1, -r * 0.5), tail + QPointF(-s * length * 0.1, -r * 1.3),
            tail + QPointF(-s * length * 0.12, -r * 0.1), tail }));
    addSolid(path,
        QPolygonF({ tail + QPointF(s * length * 0.1, r * 0.5), tail + QPointF(-s * length * 0.1, r * 1.3),
            tail + QPointF(-s * length * 0.12, r * 0.1), tail }));
    addSolid(path, QPolygonF(QRectF(c.x() - length * 0.12, c.y() + r * 1.05, length * 0.24, r * 0.38)));
    addSolid(
        path, limb(c + QPointF(-length * 0.08, r * 0.9), c + QPointF(-length * 0.06, r * 1.1), 1.5, 1.5));
    addSolid(path, limb(c + QPointF(length * 0.08, r * 0.9), c + QPointF(length * 0.06, r * 1.1), 1.5, 1.5));
    const QPointF prop = c + QPointF(-s * length * 0.2, r * 1.25);
    addSolid(path, circlePolygon(prop, r * 0.06, r * 0.35, 14));
    return path;
}

} // namespace Marquee::SampleGen
