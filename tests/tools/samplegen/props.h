#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>

#include "tests/tools/samplegen/rng.h"

namespace Marquee::SampleGen {

enum class FigureStyle { Coat, Hat, Dress, Astronaut, Child };

// A standing human silhouette, feet at `feet`, `height` pixels tall.
QPainterPath figure(QPointF feet, double height, FigureStyle style, double lean = 0);
// An open umbrella held above a figure of the given height standing at `feet`.
QPainterPath umbrella(QPointF feet, double height);
// A rider on a standing horse, hooves on `ground`; `height` is the rider's hat above the ground.
QPainterPath horseAndRider(QPointF ground, double height, bool facingRight);

struct Lighthouse
{
    QPainterPath tower; // tower, gallery, lantern frame and the keeper's cottage
    QPainterPath bands; // painted bands on the tower, drawn a shade lighter
    QRectF lantern; // the glass room that glows
};
Lighthouse lighthouse(QPointF base, double height);

// A crooked leafless tree grown by recursive branching.
QPainterPath bareTree(Rng &rng, QPointF root, double height, double lean, int depth = 8);
QPainterPath saguaro(Rng &rng, QPointF base, double height);
QPainterPath gull(QPointF centre, double span, double flap);

struct Balloon
{
    QPainterPath envelope;
    QList<QPainterPath> gores; // alternate vertical panels, to be painted in a second colour
    QPainterPath basket; // basket and rigging
};
Balloon balloon(QPointF centre, double radius);

// A round-crowned broadleaf tree (a cluster of lobes on a short trunk).
QPainterPath roundTree(Rng &rng, QPointF base, double height);
// A toothed gear with a hub hole.
QPainterPath gear(QPointF centre, double radius, int teeth, double rotationDeg);

// A small dirigible: envelope, fins, gondola and propeller.
QPainterPath airship(QPointF centre, double length, bool facingRight);

} // namespace Marquee::SampleGen
