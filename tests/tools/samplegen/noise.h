#pragma once

#include <QtGlobal>

namespace Marquee::SampleGen {

// Seeded value noise and fractal sums of it: the raw material for clouds, fog, ridgelines and bark.
// Lattice values come from hashing the cell coordinates, so no tables and no state beyond the seed.
class Noise
{
public:
    explicit Noise(quint64 seed)
        : m_seed(seed)
    {
    }

    double value(double x, double y) const; // smooth, in [0, 1]
    double fbm(double x, double y, int octaves, double gain = 0.5) const; // in [0, 1]
    double ridged(double x, double y, int octaves) const; // sharp crests, in [0, 1]
    double fbm1(double x, int octaves) const { return fbm(x, 0.37, octaves); }

private:
    double lattice(qint64 ix, qint64 iy) const;
    quint64 m_seed;
};

} // namespace Marquee::SampleGen
