#pragma once

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include "tests/tools/samplegen/noise.h"
#include "tests/tools/samplegen/rng.h"

namespace Marquee::SampleGen {

// Shapes are built as polygons with one orientation and filled with the winding rule, so parts that
// overlap (a head on a neck, a branch on a trunk) merge instead of cancelling.
void addSolid(QPainterPath &path, QPolygonF polygon);
QPolygonF circlePolygon(QPointF centre, double rx, double ry, int segments = 40);

// A landform's silhouette across [left, right], filled down to `bottom`. `sharpness` 0 gives rolling
// fractal hills, 1 gives ridged peaks.
struct Ridge
{
    double left = 0, right = 0, baseY = 0, amplitude = 0, wavelength = 0, bottom = 0;
    int octaves = 5;
    double sharpness = 0;
    double phase = 0;
};
QPainterPath ridgeline(const Noise &noise, const Ridge &ridge);

// Flat-topped buttes and mesas with steep, slightly eroded walls.
QPainterPath mesas(Rng &rng, const Noise &noise, double left, double right, double baseY, double minH,
    double maxH, double bottom, int count);

// A band of buildings; the lit windows are returned separately so the scene can make them glow.
struct Buildings
{
    QPainterPath body;
    QList<QRectF> litWindows;
    QList<QPointF> beacons; // aircraft-warning lights on the tallest roofs
};
struct BuildingStyle
{
    double minHeight = 0, maxHeight = 0, minWidth = 0, maxWidth = 0;
    double window = 0; // window size in pixels; 0 = no windows
    double litFraction = 0.2;
    bool mansard = false; // Parisian zinc roofs and chimney pots instead of towers
};
Buildings buildings(
    Rng &rng, double left, double right, double baseY, double bottom, const BuildingStyle &style);

// A gabled farmhouse with a barn; `window` receives the one lit window.
QPainterPath farmhouse(QPointF groundCentre, double height, QRectF *window);

} // namespace Marquee::SampleGen
