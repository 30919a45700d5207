#include "core/render/tintedband.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define MARQUEE_TINTED_BAND_AVX2 1
#endif

namespace Marquee::Render {

namespace {

// 7-bit weights keep every product of a channel difference (±255) and a weight within int16.
constexpr int Shift = 7;
constexpr int One = 1 << Shift;
constexpr int Half = One / 2;

int weightOf(uint alpha)
{
    return int((alpha * One + 127) / 255);
}

// Bilinear positions along one axis with centred pixels: output i blends source `first[i]` and
// `next[i]` by `weight[i]` (0…One toward `next`).
struct Axis
{
    std::vector<int> first, next, weight;
};

Axis stretchAxis(int from, int to)
{
    Axis axis;
    axis.first.resize(size_t(to));
    axis.next.resize(size_t(to));
    axis.weight.resize(size_t(to));
    const qreal scale = qreal(from) / to;
    for (int i = 0; i < to; ++i) {
        const qreal pos = std::clamp((i + 0.5) * scale - 0.5, 0.0, qreal(from - 1));
        const int first = int(pos);
        axis.first[size_t(i)] = first;
        axis.next[size_t(i)] = std::min(first + 1, from - 1);
        axis.weight[size_t(i)] = int(std::lround((pos - first) * One));
    }
    return axis;
}

inline int lerp(int a, int b, int w)
{
    return a + (((b - a) * w + Half) >> Shift);
}

// The three layers on one channel: frost over, tint over, then Darken toward the tint at `k`
// (darken opacity × tint alpha, in 1/One). With a premultiplied tint s = t·α over an opaque
// canvas, Qt's Darken min(s, d·α) + d·(1 − α) reduces to d − α·max(d − t, 0).
inline int blendChannel(int d, int frost, int frostWeight, int tint, int tintWeight, int k)
{
    d = lerp(d, frost, frostWeight);
    d = lerp(d, tint, tintWeight);
    return d - ((std::max(d - tint, 0) * k + Half) >> Shift);
}

#ifdef __SSE2__
inline __m128i lerpLanes(__m128i a, __m128i b, __m128i w)
{
    const __m128i product = _mm_mullo_epi16(_mm_sub_epi16(b, a), w);
    return _mm_add_epi16(a, _mm_srai_epi16(_mm_add_epi16(product, _mm_set1_epi16(Half)), Shift));
}

inline __m128i loadLanes(const quint16 *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}
#endif

// Per-pixel state of the band, widened once: 16-bit channels, four per pixel.
struct Lanes
{
    std::vector<quint16> tint; // width × 4
    std::vector<quint16> stretched; // frost rows widened to the band's width: frost height × width × 4
    std::vector<quint16> weights; // the horizontal frost weights, repeated over each pixel's 4 lanes
};

void widenTint(const std::vector<QRgb> &tint, int width, std::vector<quint16> &out)
{
    out.resize(size_t(width) * 4);
    for (int x = 0; x < width; ++x) {
        const QRgb c = x < int(tint.size()) ? tint[size_t(x)] : tint.back();
        // Channel order of an RGB32 pixel in memory (little-endian: B, G, R, A); alpha counts as opaque.
        out[size_t(x) * 4 + 0] = quint16(qBlue(c));
        out[size_t(x) * 4 + 1] = quint16(qGreen(c));
        out[size_t(x) * 4 + 2] = quint16(qRed(c));
        out[size_t(x) * 4 + 3] = 255;
    }
}

// Widens every row of the reduced frost to `width` pixels (the horizontal half of the stretch); the
// vertical half runs per canvas row in the main pass.
void stretchRows(const QImage &frost, const Axis &across, int width, Lanes &lanes)
{
    lanes.weights.resize(size_t(width) * 4);
    for (int x = 0; x < width; ++x)
        std::fill_n(lanes.weights.begin() + qsizetype(x) * 4, 4, quint16(across.weight[size_t(x)]));
    lanes.stretched.resize(size_t(frost.height()) * size_t(width) * 4);
    for (int j = 0; j < frost.height(); ++j) {
        const quint32 *src = reinterpret_cast<const quint32 *>(frost.constScanLine(j));
        quint16 *out = lanes.stretched.data() + qsizetype(j) * width * 4;
        int x = 0;
#ifdef __SSE2__
        const __m128i zero = _mm_setzero_si128();
        const auto pair = [&](const std::vector<int> &index, int at) {
            const __m128i a = _mm_cvtsi32_si128(int(src[index[size_t(at)]]));
            const __m128i b = _mm_cvtsi32_si128(int(src[index[size_t(at + 1)]]));
            return _mm_unpacklo_epi8(_mm_unpacklo_epi32(a, b), zero);
        };
        for (; x + 2 <= width; x += 2) {
            const __m128i mixed = lerpLanes(
                pair(across.first, x), pair(across.next, x), loadLanes(&lanes.weights[size_t(x) * 4]));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + qsizetype(x) * 4), mixed);
        }
#endif
        for (; x < width; ++x) {
            const quint32 a = src[across.first[size_t(x)]], b = src[across.next[size_t(x)]];
            for (int c = 0; c < 4; ++c)
                out[x * 4 + c] = quint16(
                    lerp(int((a >> (8 * c)) & 0xff), int((b >> (8 * c)) & 0xff), across.weight[size_t(x)]));
        }
    }
}

struct RowWeights
{
    int frost = 0; // 0…One
    int tint = 0; // 0…One
    int darken = 0; // 0…One
    int frostRowWeight = 0;
    const quint16 *frostTop = nullptr; // the two stretched frost rows around this canvas row, or null
    const quint16 *frostBottom = nullptr;
};

// The tail (and the whole row without SIMD): the same arithmetic one channel at a time.
void blendPixels(quint32 *dst, int from, int width, const quint16 *tint, const RowWeights &w)
{
    for (int x = from; x < width; ++x) {
        quint32 out = 0xff000000u;
        for (int c = 0; c < 3; ++c) {
            const int at = x * 4 + c;
            const int frost = w.frostTop ? lerp(w.frostTop[at], w.frostBottom[at], w.frostRowWeight) : 0;
            const int d = int((dst[x] >> (8 * c)) & 0xff);
            out |= quint32(std::clamp(
                       blendChannel(d, frost, w.frostTop ? w.frost : 0, tint[at], w.tint, w.darken), 0, 255))
                << (8 * c);
        }
        dst[x] = out;
    }
}

#ifdef MARQUEE_TINTED_BAND_AVX2
// Four pixels (16 lanes) per step; the canvas pixels are widened with vpmovzxbw so every lane array
// stays in plain pixel order. This band is the largest single cost of a tinted poster, and the
// JPEG codec it is measured against uses AVX2 too.
__attribute__((target("avx2"))) inline __m256i lerpLanes256(__m256i a, __m256i b, __m256i w)
{
    const __m256i product = _mm256_mullo_epi16(_mm256_sub_epi16(b, a), w);
    return _mm256_add_epi16(a, _mm256_srai_epi16(_mm256_add_epi16(product, _mm256_set1_epi16(Half)), Shift));
}

struct WideWeights
{
    __m256i frost, tint, row, darken;
};

__attribute__((target("avx2"))) inline __m256i loadWide(const quint16 *p)
{
    return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
}

__attribute__((target("avx2"))) inline __m256i blendWide(
    __m256i d, int at, const quint16 *tint, const RowWeights &w, const WideWeights &wide)
{
    if (w.frostTop)
        d = lerpLanes256(
            d, lerpLanes256(loadWide(w.frostTop + at), loadWide(w.frostBottom + at), wide.row), wide.frost);
    const __m256i t = loadWide(tint + at);
    d = lerpLanes256(d, t, wide.tint);
    const __m256i excess = _mm256_mullo_epi16(_mm256_subs_epu16(d, t), wide.darken);
    return _mm256_sub_epi16(d, _mm256_srli_epi16(_mm256_add_epi16(excess, _mm256_set1_epi16(Half)), Shift));
}

__attribute__((target("avx2"))) int blendRowAvx2(
    quint32 *dst, int width, const quint16 *tint, const RowWeights &w)
{
    const WideWeights wide { _mm256_set1_epi16(short(w.frost)), _mm256_set1_epi16(short(w.tint)),
        _mm256_set1_epi16(short(w.frostRowWeight)), _mm256_set1_epi16(short(w.darken)) };
    int x = 0;
    for (; x + 8 <= width; x += 8) {
        const __m128i *in = reinterpret_cast<const __m128i *>(dst + x);
        const __m256i lo = blendWide(_mm256_cvtepu8_epi16(_mm_loadu_si128(in)), x * 4, tint, w, wide);
        const __m256i hi
            = blendWide(_mm256_cvtepu8_epi16(_mm_loadu_si128(in + 1)), x * 4 + 16, tint, w, wide);
        // packus works per 128-bit half: put the four 64-bit quarters back in pixel order.
        const __m256i packed = _mm256_permute4x64_epi64(_mm256_packus_epi16(lo, hi), 0xD8);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(dst + x), packed);
    }
    return x;
}

std::atomic<bool> &avx2Allowed()
{
    static std::atomic<bool> allowed(__builtin_cpu_supports("avx2"));
    return allowed;
}

bool hasAvx2()
{
    return avx2Allowed().load(std::memory_order_relaxed);
}
#endif

void blendRow(quint32 *dst, int width, const quint16 *tint, const RowWeights &w)
{
    int x = 0;
#ifdef MARQUEE_TINTED_BAND_AVX2
    if (hasAvx2()) {
        blendPixels(dst, blendRowAvx2(dst, width, tint, w), width, tint, w);
        return;
    }
#endif
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    const __m128i frostW = _mm_set1_epi16(short(w.frost)), tintW = _mm_set1_epi16(short(w.tint));
    const __m128i rowW = _mm_set1_epi16(short(w.frostRowWeight)), darkenW = _mm_set1_epi16(short(w.darken));
    const __m128i half = _mm_set1_epi16(Half);
    const auto channels = [&](__m128i d, int at) {
        if (w.frostTop) {
            const __m128i frost = lerpLanes(loadLanes(w.frostTop + at), loadLanes(w.frostBottom + at), rowW);
            d = lerpLanes(d, frost, frostW);
        }
        const __m128i t = loadLanes(tint + at);
        d = lerpLanes(d, t, tintW);
        const __m128i excess = _mm_mullo_epi16(_mm_subs_epu16(d, t), darkenW);
        return _mm_sub_epi16(d, _mm_srli_epi16(_mm_add_epi16(excess, half), Shift));
    };
    for (; x + 4 <= width; x += 4) {
        const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i *>(dst + x));
        const __m128i lo = channels(_mm_unpacklo_epi8(d, zero), x * 4);
        const __m128i hi = channels(_mm_unpackhi_epi8(d, zero), x * 4 + 8);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + x), _mm_packus_epi16(lo, hi));
    }
#endif
    blendPixels(dst, x, width, tint, w);
}

Lanes &scratchLanes()
{
    thread_local Lanes
        lanes; // renders run on a pool; reusing buffers per thread avoids a fresh band each time
    return lanes;
}

} // namespace

void TintedBand::paint(QImage &canvas) const
{
    if (canvas.format() != QImage::Format_RGB32)
        canvas = std::move(canvas).convertToFormat(QImage::Format_RGB32);
    const QRect clipped = area.intersected(canvas.rect());
    if (clipped.isEmpty() || tint.empty() || int(tintAlpha.size()) < area.height())
        return;
    const bool frosting = !frost.isNull() && int(frostAlpha.size()) >= area.height();
    Lanes &lanes = scratchLanes();
    widenTint(tint, area.width(), lanes.tint);
    Axis down;
    if (frosting) {
        const QImage source
            = frost.format() == QImage::Format_RGB32 || frost.format() == QImage::Format_ARGB32_Premultiplied
            ? frost
            : frost.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        stretchRows(source, stretchAxis(source.width(), area.width()), area.width(), lanes);
        down = stretchAxis(source.height(), area.height());
    }
    // QPainter keeps opacity in 1/256 steps and blends with (255 × that) >> 8: the same here.
    const uint darkenAlpha = uint(255 * qRound(std::clamp(darkenOpacity, 0.0, 1.0) * 256)) >> 8;
    const int skip = clipped.left() - area.left();
    const qsizetype rowLanes = qsizetype(area.width()) * 4;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        const size_t row = size_t(y - area.top());
        RowWeights w;
        w.tint = weightOf(tintAlpha[row]);
        w.darken = int((darkenAlpha * tintAlpha[row] * One + 32512) / 65025);
        if (frosting && frostAlpha[row] > 0) {
            w.frost = weightOf(frostAlpha[row]);
            w.frostRowWeight = down.weight[row];
            w.frostTop = lanes.stretched.data() + down.first[row] * rowLanes + skip * 4;
            w.frostBottom = lanes.stretched.data() + down.next[row] * rowLanes + skip * 4;
        }
        if (!w.frostTop && w.tint == 0 && w.darken == 0)
            continue;
        quint32 *dst = reinterpret_cast<quint32 *>(canvas.scanLine(y)) + clipped.left();
        blendRow(dst, clipped.width(), lanes.tint.data() + skip * 4, w);
    }
}

bool TintedBand::useWideVectors(bool wanted)
{
#ifdef MARQUEE_TINTED_BAND_AVX2
    const bool possible = __builtin_cpu_supports("avx2");
    avx2Allowed().store(wanted && possible);
    return wanted && possible;
#else
    Q_UNUSED(wanted);
    return false;
#endif
}

} // namespace Marquee::Render
