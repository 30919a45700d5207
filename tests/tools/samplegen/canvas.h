#pragma once

#include <QColor>
#include <QGradient>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPointF>

#include <functional>

#include "tests/tools/samplegen/rng.h"

namespace Marquee::SampleGen {

// Colour grade applied once a scene is painted: a contrast curve, saturation, and split toning
// (tints pushed into the shadows and the highlights), the way a colourist finishes key art.
struct Grade
{
    double contrast = 1.0; // 1 = unchanged; >1 steepens the S-curve around mid grey
    double saturation = 1.0;
    QColor shadowTint = QColor(0, 0, 0); // added in proportion to darkness
    QColor highlightTint = QColor(0, 0, 0); // added in proportion to brightness
    double tintStrength = 0.0;
};

// One painting surface plus the finishing passes every scene shares (glow, bloom, grade, grain,
// vignette). Scenes place things in pixels derived from fractions of the canvas, so the same scene
// composes itself for a 2:3 poster and a 16:9 backdrop.
class Canvas
{
public:
    Canvas(int width, int height, quint64 seed);

    QImage &image() { return m_image; }
    const QImage &image() const { return m_image; }
    int width() const { return m_image.width(); }
    int height() const { return m_image.height(); }
    bool portrait() const { return m_image.height() > m_image.width(); }
    double w() const { return m_image.width(); }
    double h() const { return m_image.height(); }
    QPointF at(double fx, double fy) const { return { fx * w(), fy * h() }; }
    double len(double fractionOfHeight) const { return fractionOfHeight * h(); }
    Rng &rng() { return m_rng; }
    quint64 seed() const { return m_seed; }

    void fillVertical(const QGradientStops &stops);
    void fillPath(const QPainterPath &path, const QBrush &brush,
        QPainter::CompositionMode mode = QPainter::CompositionMode_SourceOver);
    // Additive radial light: alpha falls as (1 - r/radius)^falloff, so small falloff = wide halo.
    void glow(QPointF centre, double radius, const QColor &colour, double falloff = 2.0,
        QPainter::CompositionMode mode = QPainter::CompositionMode_Plus);
    // Evaluates shader(x, y) (canvas pixels → premultiplied ARGB) on a grid `downscale` times coarser
    // than the canvas and paints the smoothly enlarged result over `area`: clouds, fog, haze, water.
    void paintField(const QRectF &area, int downscale, const std::function<QRgb(double, double)> &shader,
        QPainter::CompositionMode mode = QPainter::CompositionMode_SourceOver,
        const QPainterPath &clip = QPainterPath());
    // A silhouette with a thin rim of light on the edges facing `towardLight` (a pixel offset): the
    // rim is the shape drawn shifted towards the light, then covered by the shape itself.
    void rimLitFill(const QPainterPath &path, const QBrush &fill, const QColor &rim, QPointF towardLight);
    void stars(int count, const QRectF &area, double maxRadius, const QColor &tint,
        const std::function<double(double, double)> &visibility = {});
    void rain(int count, double angleDeg, double minLen, double maxLen, const QColor &colour, double alpha);

    // Finishing passes, in the order scenes call them.
    void bloom(double threshold, double radius, double strength);
    void grade(const Grade &g);
    void vignette(double strength, double roundness = 1.0);
    void grain(double amount, double size = 1.5);

    static void boxBlur(QImage &image, int radius); // three passes ≈ a Gaussian; premultiplied ARGB

private:
    QImage m_image;
    quint64 m_seed;
    Rng m_rng;
};

// Small colour helpers the scenes lean on.
QColor mix(const QColor &a, const QColor &b, double t);
QColor withAlpha(const QColor &c, double alpha);
QRgb premul(double r, double g, double b, double a); // components in [0, 1], straight alpha in
double smoothstep(double edge0, double edge1, double x);

} // namespace Marquee::SampleGen
