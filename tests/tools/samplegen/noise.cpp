#include "tests/tools/samplegen/noise.h"

#include <cmath>

namespace Marquee::SampleGen {

namespace {

double quintic(double t)
{
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0);
}

} // namespace

double Noise::lattice(qint64 ix, qint64 iy) const
{
    quint64 h = m_seed ^ (quint64(ix) * 0x9E3779B97F4A7C15ULL) ^ (quint64(iy) * 0xC2B2AE3D27D4EB4FULL);
    h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 29)) * 0x94D049BB133111EBULL;
    h ^= h >> 32;
    return double(h & 0xFFFFFF) / double(0xFFFFFF);
}

double Noise::value(double x, double y) const
{
    const double fx = std::floor(x);
    const double fy = std::floor(y);
    const auto ix = qint64(fx);
    const auto iy = qint64(fy);
    const double tx = quintic(x - fx);
    const double ty = quintic(y - fy);
    const double a = lattice(ix, iy);
    const double b = lattice(ix + 1, iy);
    const double c = lattice(ix, iy + 1);
    const double d = lattice(ix + 1, iy + 1);
    const double top = a + (b - a) * tx;
    const double bottom = c + (d - c) * tx;
    return top + (bottom - top) * ty;
}

double Noise::fbm(double x, double y, int octaves, double gain) const
{
    double sum = 0;
    double amplitude = 1;
    double norm = 0;
    for (int i = 0; i < octaves; ++i) {
        sum += amplitude * value(x, y);
        norm += amplitude;
        // Rotating each octave hides the lattice's axis-aligned grain.
        const double nx = 1.6 * x + 1.2 * y + 17.3;
        const double ny = -1.2 * x + 1.6 * y + 5.1;
        x = nx;
        y = ny;
        amplitude *= gain;
    }
    return sum / norm;
}

double Noise::ridged(double x, double y, int octaves) const
{
    double sum = 0;
    double amplitude = 1;
    double norm = 0;
    for (int i = 0; i < octaves; ++i) {
        const double n = 1.0 - std::abs(value(x, y) * 2.0 - 1.0);
        sum += amplitude * n * n;
        norm += amplitude;
        const double nx = 2.0 * x + 1.1 * y + 3.7;
        const double ny = -1.1 * x + 2.0 * y + 9.2;
        x = nx;
        y = ny;
        amplitude *= 0.5;
    }
    return sum / norm;
}

} // namespace Marquee::SampleGen
