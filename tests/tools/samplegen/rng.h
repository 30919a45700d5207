#pragma once

#include <QtGlobal>

#include <cmath>

namespace Marquee::SampleGen {

// splitmix64: tiny, fast, and the same sequence on every compiler and standard library, unlike the
// <random> distributions, whose output the standard leaves implementation-defined.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    // Roughly normal (Irwin–Hall of four uniforms): enough for grain and jitter, and branch-free.
    double gaussian() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508; }
    Rng fork(quint64 salt) { return Rng(next() ^ (salt * 0xD1B54A32D192ED03ULL)); }

private:
    quint64 m_state;
};

} // namespace Marquee::SampleGen
