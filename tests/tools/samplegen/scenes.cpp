#include "tests/tools/samplegen/scenes.h"

#include <cmath>

#include "tests/tools/samplegen/noise.h"

namespace Marquee::SampleGen {

void paintScene(Scene scene, Canvas &canvas)
{
    switch (scene) {
    case Scene::StormLighthouse:
        paintStormLighthouse(canvas);
        break;
    case Scene::DesertPlanet:
        paintDesertPlanet(canvas);
        break;
    case Scene::BloodMoonOrchard:
        paintBloodMoonOrchard(canvas);
        break;
    case Scene::BlueHourRooftops:
        paintBlueHourRooftops(canvas);
        break;
    case Scene::BalloonValley:
        paintBalloonValley(canvas);
        break;
    case Scene::CanyonSunset:
        paintCanyonSunset(canvas);
        break;
    case Scene::NeonStreet:
        paintNeonStreet(canvas);
        break;
    case Scene::StorybookMoon:
        paintStorybookMoon(canvas);
        break;
    }
}

void paintClouds(
    Canvas &canvas, const QRectF &area, const CloudStyle &style, const std::function<double(double)> &band)
{
    const Noise noise(canvas.seed() ^ (style.salt * 0x2545F4914F6CDD1DULL));
    const double unit = canvas.h() * style.scale;
    const QPointF light = style.light;
    const double reach = canvas.h() * style.lightReach;
    canvas.paintField(area, 2, [&](double x, double y) {
        const double b = band(y / canvas.h());
        if (b <= 0.001)
            return QRgb(0);
        const double u = x / (unit * style.stretch);
        const double v = y / unit;
        const double n = noise.fbm(u, v, style.octaves);
        const double density = smoothstep(
            style.coverage, style.coverage + style.softness, n * (0.55 + 0.45 * b) + (b - 1) * 0.15);
        if (density <= 0.001)
            return QRgb(0);
        // Shade by the density gradient towards the light: the side facing it is lit.
        const double dx = light.x() - x;
        const double dy = light.y() - y;
        const double dist = std::hypot(dx, dy);
        const double step = 0.06;
        const double toward
            = noise.fbm(u + dx / dist * step / style.stretch, v + dy / dist * step, style.octaves);
        const double facing = std::clamp(0.5 + (n - toward) * 9.0, 0.0, 1.0);
        const double nearLight = std::exp(-dist / reach);
        const double t = std::clamp(facing * (0.25 + 0.75 * nearLight) + nearLight * 0.35, 0.0, 1.0);
        const QColor c = mix(style.shade, style.lit, t);
        return premul(c.redF(), c.greenF(), c.blueF(), density * style.opacity);
    });
}

void paintFog(Canvas &canvas, double yTop, double yBottom, const QColor &colour, double density, quint64 salt)
{
    const Noise noise(canvas.seed() ^ (salt * 0x9E3779B97F4A7C15ULL));
    const double unit = canvas.h() * 0.12;
    canvas.paintField(QRectF(0, yTop, canvas.w(), yBottom - yTop), 3, [&](double x, double y) {
        const double t = (y - yTop) / (yBottom - yTop);
        const double envelope = std::sin(M_PI * std::clamp(t, 0.0, 1.0));
        const double n = noise.fbm(x / (unit * 4), y / unit, 5);
        const double a = density * envelope * smoothstep(0.3, 0.75, n);
        return premul(colour.redF(), colour.greenF(), colour.blueF(), a);
    });
}

// A full moon with maria and craters from noise, tinted `colour`, with limb darkening.
void paintMoon(Canvas &canvas, const Noise &noise, QPointF centre, double radius, const QColor &colour,
    double glow, double texture)
{
    canvas.glow(centre, radius * 4.0, withAlpha(colour, 0.35 * glow), 1.8);
    canvas.glow(centre, radius * 1.6, withAlpha(colour.lighter(130), 0.5 * glow), 2.0);
    canvas.paintField(
        QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2), 1, [&](double x, double y) {
            const double nx = (x - centre.x()) / radius;
            const double ny = (y - centre.y()) / radius;
            const double rr = nx * nx + ny * ny;
            if (rr >= 1.0)
                return QRgb(0);
            const double maria = smoothstep(0.45, 0.62, noise.fbm(nx * 1.6 + 3.0, ny * 1.6 + 7.0, 5));
            const double craters = noise.ridged(nx * 6.0, ny * 6.0, 3);
            const double k
                = (1.0 - texture * (0.32 * maria + 0.12 * craters)) * (0.78 + 0.22 * std::sqrt(1.0 - rr));
            return premul(
                colour.redF() * k, colour.greenF() * k, colour.blueF() * k, smoothstep(1.0, 0.99, rr));
        });
}

void finish(Canvas &canvas, const Grade &grade, double bloomStrength, double vignette, double grain)
{
    if (bloomStrength > 0)
        canvas.bloom(0.55, canvas.h() * 0.05, bloomStrength);
    canvas.grade(grade);
    canvas.vignette(vignette);
    canvas.grain(grain);
}

} // namespace Marquee::SampleGen
