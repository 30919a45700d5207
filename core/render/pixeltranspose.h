#pragma once

// Pixel-block transposes for the separable filters of ImageFilters: every pass there works down
// columns a whole row at a time, and the horizontal passes run on a transposed copy. Internal to
// core/render.

#include <algorithm>
#include <type_traits>

#include <QtGlobal>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Marquee::Render::PixelTranspose {

#ifdef __SSE2__
// Transposes a 4×4 tile of 32-bit pixels with register shuffles: four loads, eight unpacks and four
// stores instead of sixteen scattered scalar copies.
inline void transposeTile4(const uchar *src, qsizetype srcStride, uchar *dst, qsizetype dstStride)
{
    const auto load = [&](int row) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + row * srcStride)); };
    const __m128i r0 = load(0), r1 = load(1), r2 = load(2), r3 = load(3);
    const __m128i t0 = _mm_unpacklo_epi32(r0, r1);  // a0 b0 a1 b1
    const __m128i t1 = _mm_unpacklo_epi32(r2, r3);  // c0 d0 c1 d1
    const __m128i t2 = _mm_unpackhi_epi32(r0, r1);  // a2 b2 a3 b3
    const __m128i t3 = _mm_unpackhi_epi32(r2, r3);  // c2 d2 c3 d3
    const auto store = [&](int row, __m128i v) { _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + row * dstStride), v); };
    store(0, _mm_unpacklo_epi64(t0, t1));
    store(1, _mm_unpackhi_epi64(t0, t1));
    store(2, _mm_unpacklo_epi64(t2, t3));
    store(3, _mm_unpackhi_epi64(t2, t3));
}

// Transposes a 16×16 tile of bytes: each round interleaves row i with row i + 8, which rotates the
// 8-bit (row, column) index by one bit; four rounds swap row and column.
inline void transposeTile16(const uchar *src, qsizetype srcStride, uchar *dst, qsizetype dstStride)
{
    __m128i r[16];
    for (int i = 0; i < 16; ++i)
        r[i] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i * srcStride));
    for (int round = 0; round < 4; ++round) {
        __m128i t[16];
        for (int i = 0; i < 8; ++i) {
            t[2 * i] = _mm_unpacklo_epi8(r[i], r[i + 8]);
            t[2 * i + 1] = _mm_unpackhi_epi8(r[i], r[i + 8]);
        }
        for (int i = 0; i < 16; ++i)
            r[i] = t[i];
    }
    for (int i = 0; i < 16; ++i)
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i * dstStride), r[i]);
}
#endif

// Transposes `rows` × `cols` pixels of C bytes each.
template<int C>
void transpose(const uchar *src, int rows, int cols, qsizetype srcStride, uchar *dst, qsizetype dstStride)
{
    using Pixel = std::conditional_t<C == 4, quint32, uchar>;
    static_assert(sizeof(Pixel) == C);
    constexpr int Block = 32;  // keeps both sides of a tile in cache
    for (int y0 = 0; y0 < rows; y0 += Block) {
        const int y1 = std::min(rows, y0 + Block);
        for (int x0 = 0; x0 < cols; x0 += Block) {
            const int x1 = std::min(cols, x0 + Block);
            int y = y0;
#ifdef __SSE2__
            if constexpr (C == 1) {
                const int x16 = x0 + (x1 - x0) / 16 * 16;
                for (; y + 16 <= y1; y += 16) {
                    for (int x = x0; x < x16; x += 16)
                        transposeTile16(src + qsizetype(y) * srcStride + x, srcStride, dst + qsizetype(x) * dstStride + y,
                                        dstStride);
                    for (int x = x16; x < x1; ++x) {
                        for (int k = 0; k < 16; ++k)
                            dst[qsizetype(x) * dstStride + y + k] = src[qsizetype(y + k) * srcStride + x];
                    }
                }
            }
            if constexpr (C == 4) {
                const int x4 = x0 + (x1 - x0) / 4 * 4;
                for (; y + 4 <= y1; y += 4) {
                    for (int x = x0; x < x4; x += 4)
                        transposeTile4(src + qsizetype(y) * srcStride + qsizetype(x) * C, srcStride,
                                       dst + qsizetype(x) * dstStride + qsizetype(y) * C, dstStride);
                    for (int x = x4; x < x1; ++x) {
                        for (int k = 0; k < 4; ++k)
                            *reinterpret_cast<Pixel *>(dst + qsizetype(x) * dstStride + qsizetype(y + k) * C)
                                = reinterpret_cast<const Pixel *>(src + qsizetype(y + k) * srcStride)[x];
                    }
                }
            }
#endif
            for (; y < y1; ++y) {
                const Pixel *in = reinterpret_cast<const Pixel *>(src + qsizetype(y) * srcStride);
                for (int x = x0; x < x1; ++x)
                    *reinterpret_cast<Pixel *>(dst + qsizetype(x) * dstStride + qsizetype(y) * C) = in[x];
            }
        }
    }
}

} // namespace Marquee::Render::PixelTranspose
