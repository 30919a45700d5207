#pragma once

#include "tests/tools/samplegen/canvas.h"
#include "tests/tools/samplegen/noise.h"

namespace Marquee::SampleGen {

// Each sample title's key art. A scene paints itself onto any canvas: 2:3 for the poster, 16:9 for
// the backdrop, recomposing (subject placement, horizon) for the shape it is given.
enum class Scene {
    StormLighthouse, // drama / mystery
    DesertPlanet, // science fiction
    BloodMoonOrchard, // horror
    BlueHourRooftops, // romance
    BalloonValley, // comedy
    CanyonSunset, // western
    NeonStreet, // crime
    StorybookMoon, // animation
};

void paintScene(Scene scene, Canvas &canvas);

// Grouped by file: coastscenes, desertscenes, nightscenes, storyscenes, dayscenes (.cpp).
void paintStormLighthouse(Canvas &canvas);
void paintBlueHourRooftops(Canvas &canvas);
void paintBalloonValley(Canvas &canvas);
void paintDesertPlanet(Canvas &canvas);
void paintCanyonSunset(Canvas &canvas);
void paintBloodMoonOrchard(Canvas &canvas);
void paintNeonStreet(Canvas &canvas);
void paintStorybookMoon(Canvas &canvas);

// Shared building blocks.
// Sky-wide clouds: fbm density above `coverage`, lit from `light` (canvas pixels) in `lit`, falling
// to `shade` away from it; `band(y)` in [0, 1] shapes where they sit vertically.
struct CloudStyle
{
    double scale = 0.3; // feature size as a fraction of the canvas height
    double stretch = 2.5; // horizontal elongation
    double coverage = 0.5; // higher = fewer clouds
    double softness = 0.18;
    double opacity = 0.95;
    QColor lit, shade;
    QPointF light;
    double lightReach = 0.6; // fraction of the height over which the lit colour fades
    int octaves = 6; // fewer = rounder, puffier shapes
    quint64 salt = 1;
};
void paintClouds(
    Canvas &canvas, const QRectF &area, const CloudStyle &style, const std::function<double(double)> &band);
// Low-lying fog banks: soft horizontal noise between yTop and yBottom.
void paintFog(
    Canvas &canvas, double yTop, double yBottom, const QColor &colour, double density, quint64 salt);
// A full moon with maria and craters from noise, tinted `colour`, with limb darkening and a halo.
// `texture` scales the contrast of the maria and craters (1 = a real moon, less for a storybook one).
void paintMoon(Canvas &canvas, const Noise &noise, QPointF centre, double radius, const QColor &colour,
    double glow, double texture = 1.0);
// Bloom, grade, vignette and grain in the standard order.
void finish(Canvas &canvas, const Grade &grade, double bloomStrength, double vignette, double grain);

} // namespace Marquee::SampleGen
