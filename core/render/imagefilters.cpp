#include "core/render/imagefilters.h"

#include "core/render/pixeltranspose.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Marquee::Render {

namespace {

// Box widths whose three passes approximate a Gaussian of `sigma` (Kovesi's construction).
std::array<int, 3> boxRadiiForGauss(qreal sigma)
{
    const qreal ideal = std::sqrt(12.0 * sigma * sigma / 3.0 + 1.0);
    int lower = int(std::floor(ideal));
    if (lower % 2 == 0)
        --lower;
    const int upper = lower + 2;
    const qreal m = (12.0 * sigma * sigma - 3.0 * lower * lower - 12.0 * lower - 9.0) / (-4.0 * lower - 4.0);
    const int useLower = int(std::lround(m));
    std::array<int, 3> radii {};
    for (int i = 0; i < 3; ++i)
        radii[i] = ((i < useLower ? lower : upper) - 1) / 2;
    return radii;
}

// Resampling weights along one axis, in 1/256 units: output i reads `count[i]` source pixels from
// `first[i]`, with the weights stored at `weights[i * width]`. 8-bit weights keep every weighted sum
// of bytes within 16 bits (255 × 256), so the resampler works on 8 lanes per 16-byte vector.
struct Taps
{
    static constexpr int Shift = 8;
    std::vector<int> first;
    std::vector<int> count;
    std::vector<int> weights;
    int width = 0;
};

// Area averaging for shrinking (what a smooth downscale does), bilinear with centred pixels for
// growing. Each output's weights sum to exactly 1 << Shift.
Taps axisTaps(int from, int to)
{
    Taps taps;
    taps.first.resize(size_t(to));
    taps.count.resize(size_t(to));
    const qreal scale = qreal(from) / to;
    const int one = 1 << Taps::Shift;
    taps.width = to < from ? int(std::ceil(scale)) + 1 : 2;
    taps.weights.assign(size_t(to) * size_t(taps.width), 0);
    for (int i = 0; i < to; ++i) {
        int *w = &taps.weights[size_t(i) * size_t(taps.width)];
        if (to < from) {
            const qreal a = i * scale;
            const qreal b = std::min(qreal(from), (i + 1) * scale);
            const int first = int(std::floor(a));
            const int last = std::min(from - 1, int(std::ceil(b)) - 1);
            int total = 0, widest = 0;
            for (int j = first; j <= last; ++j) {
                const qreal overlap = std::min(b, qreal(j + 1)) - std::max(a, qreal(j));
                w[j - first] = int(std::lround(overlap / scale * one));
                total += w[j - first];
                if (w[j - first] > w[widest])
                    widest = j - first;
            }
            w[widest] += one - total;
            taps.first[size_t(i)] = first;
            taps.count[size_t(i)] = last - first + 1;
        } else {
            const qreal pos = std::clamp((i + 0.5) * scale - 0.5, 0.0, qreal(from - 1));
            const int first = std::min(int(pos), from - 1);
            const int t = int(std::lround((pos - first) * one));
            w[0] = one - t;
            w[1] = t;
            taps.first[size_t(i)] = first;
            taps.count[size_t(i)] = first + 1 < from ? 2 : 1;
            if (first + 1 >= from)
                w[0] = one;
        }
    }
    return taps;
}

// The working format of every filter here: rows of bytes (a pixel is C consecutive bytes, C = 1
// for masks, 4 for 32-bit images). Every step works down columns, a whole row at a time, so the
// inner loops are plain byte arithmetic the compiler vectorises whatever C is; the horizontal steps
// run on a transposed copy. Planes are reused per thread: renders run concurrently on a pool, and
// a fresh buffer per step costs more than the step itself on small masks.
struct Plane
{
    std::vector<uchar> px;
    int rows = 0;
    int cols = 0;  // bytes per row

    void reset(int r, int c)
    {
        rows = r;
        cols = c;
        px.resize(size_t(r) * size_t(c));
    }
    uchar *row(int y) { return px.data() + size_t(y) * size_t(cols); }
    const uchar *row(int y) const { return px.data() + size_t(y) * size_t(cols); }
};

struct Scratch
{
    std::array<Plane, 3> planes;
    std::vector<quint16> sums;
    std::vector<quint16> boxSums;
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

using PixelTranspose::transpose;

template<int C>
void transpose(const Plane &src, Plane &dst)
{
    dst.reset(src.cols / C, src.rows * C);
    transpose<C>(src.px.data(), src.rows, src.cols / C, src.cols, dst.px.data(), dst.cols);
}

// Resamples the rows of `src` (`taps.first.size()` rows in → `taps.count.size()` out); each row is
// `cols` bytes, `stride` apart.
void resampleRows(const uchar *src, qsizetype stride, int cols, Plane &dst, const Taps &taps)
{
    dst.reset(int(taps.count.size()), cols);
    constexpr quint16 Round = 1 << (Taps::Shift - 1);
    // Locals, not members: the compiler cannot prove the stores leave `dst.cols` alone, and would
    // refuse to vectorise.
    const int rows = dst.rows;
    std::vector<quint16> &acc = scratch().sums;
    acc.resize(size_t(cols));
    quint16 *a = acc.data();
    for (int y = 0; y < rows; ++y) {
        const int *w = &taps.weights[size_t(y) * size_t(taps.width)];
        const int first = taps.first[size_t(y)];
        const int count = taps.count[size_t(y)];
        uchar *out = dst.row(y);
        // Bilinear growing and most area shrinking read two or three rows: one fused pass each,
        // with no accumulator round trips through memory.
        if (count == 1 && w[0] == 1 << Taps::Shift) {
            memcpy(out, src + qsizetype(first) * stride, size_t(cols));
            continue;
        }
        if (count == 2) {
            const uchar *in0 = src + qsizetype(first) * stride, *in1 = in0 + stride;
            const quint16 w0 = quint16(w[0]), w1 = quint16(w[1]);
            for (int x = 0; x < cols; ++x)
                out[x] = uchar(quint16(in0[x] * w0 + in1[x] * w1 + Round) >> Taps::Shift);
            continue;
        }
        if (count == 3) {
            const uchar *in0 = src + qsizetype(first) * stride, *in1 = in0 + stride, *in2 = in1 + stride;
            const quint16 w0 = quint16(w[0]), w1 = quint16(w[1]), w2 = quint16(w[2]);
            for (int x = 0; x < cols; ++x)
                out[x] = uchar(quint16(in0[x] * w0 + in1[x] * w1 + in2[x] * w2 + Round) >> Taps::Shift);
            continue;
        }
        std::fill(a, a + cols, Round);
        for (int k = 0; k < count; ++k) {
            const uchar *in = src + qsizetype(first + k) * stride;
            // The weights of one output sum to 256, so the sum stays below 255 × 256 + Round.
            const quint16 weight = quint16(w[k]);
            for (int x = 0; x < cols; ++x)
                a[x] = quint16(a[x] + in[x] * weight);
        }
        for (int x = 0; x < cols; ++x)
            out[x] = uchar(a[x] >> Taps::Shift);
    }
}

void resampleRows(const Plane &src, Plane &dst, const Taps &taps)
{
    resampleRows(src.px.data(), src.cols, src.cols, dst, taps);
}

// One box pass down the columns of `plane`, edges extended; `copy` holds the original values. The
// blur only runs at small working sigmas (wider ones are downscaled first), so windows stay tiny and
// the running sums fit 16 bits: the division becomes one high-half multiply per 8 bytes.
void boxRows(Plane &plane, int radius, Plane &copy)
{
    const int length = plane.rows;
    if (radius <= 0 || length <= 1)
        return;
    const int window = 2 * radius + 1;
    Q_ASSERT(255 * window <= 0xffff);
    copy.reset(plane.rows, plane.cols);
    memcpy(copy.px.data(), plane.px.data(), plane.px.size());
    const int cols = plane.cols;
    std::vector<quint16> &sums = scratch().boxSums;
    sums.assign(size_t(cols), 0);
    quint16 *sum = sums.data();
    const quint32 inverse = (1u << 16) / quint32(window) + 1;
    const int last = length - 1;
    for (int k = -radius; k <= radius; ++k) {
        const uchar *in = copy.row(std::clamp(k, 0, last));
        for (int x = 0; x < cols; ++x)
            sum[x] = quint16(sum[x] + in[x]);
    }
    for (int y = 0; y < length; ++y) {
        uchar *out = plane.row(y);
        // sum × inverse < 256 × 2^16 for any window, so the result needs no clamp.
        for (int x = 0; x < cols; ++x)
            out[x] = uchar((quint32(sum[x]) * inverse) >> 16);
        const uchar *enter = copy.row(std::min(y + radius + 1, last));
        const uchar *leave = copy.row(std::max(y - radius, 0));
        for (int x = 0; x < cols; ++x)
            sum[x] = quint16(sum[x] + enter[x] - leave[x]);
    }
}

// Copies a plane of `height` rows into an image's scanlines (strides differ).
void copyOut(const Plane &plane, uchar *out, qsizetype outStride)
{
    for (int y = 0; y < plane.rows; ++y)
        memcpy(out + qsizetype(y) * outStride, plane.row(y), size_t(plane.cols));
}

// The blur of `width` × `height` C-byte pixels at its working size: an area downscale when sigma
// exceeds `maxWorkingSigma` (a wide blur leaves no detail that the smaller copy could not carry),
// then three horizontal and three vertical box passes. The result, rows of C-byte pixels, is left
// in scratch().planes[0]; returns its size.
template<int C>
QSize blurReduced(const uchar *bits, qsizetype stride, int width, int height, qreal sigma, qreal maxWorkingSigma)
{
    std::array<Plane, 3> &planes = scratch().planes;
    Plane &a = planes[0], &b = planes[1], &tmp = planes[2];
    const qreal factor = sigma > maxWorkingSigma ? sigma / maxWorkingSigma : 1.0;
    const int w = factor > 1.0 ? qMax(1, qRound(width / factor)) : width;
    const int h = factor > 1.0 ? qMax(1, qRound(height / factor)) : height;
    if (factor > 1.0) {
        resampleRows(bits, stride, width * C, a, axisTaps(height, h));  // h × W, read straight from the image
        transpose<C>(a, b);                                             // W × h
        resampleRows(b, a, axisTaps(width, w));                         // w × h
        std::swap(a, b);
    } else {
        b.reset(width, height * C);
        transpose<C>(bits, height, width, stride, b.px.data(), b.cols);  // W × H
    }
    const std::array<int, 3> radii = boxRadiiForGauss(sigma / factor);
    for (int radius : radii)
        boxRows(b, radius, tmp);  // horizontal passes, on the transposed plane
    transpose<C>(b, a);           // h × w
    for (int radius : radii)
        boxRows(a, radius, tmp);
    return QSize(w, h);
}

// The blur at full size: blurReduced, then a bilinear upscale back. Writes to `out`.
template<int C>
void blurPixels(const uchar *bits, qsizetype stride, int width, int height, qreal sigma, qreal maxWorkingSigma,
                uchar *out, qsizetype outStride)
{
    const QSize reduced = blurReduced<C>(bits, stride, width, height, sigma, maxWorkingSigma);
    std::array<Plane, 3> &planes = scratch().planes;
    Plane &a = planes[0], &b = planes[1];
    if (reduced == QSize(width, height)) {
        copyOut(a, out, outStride);
        return;
    }
    resampleRows(a, b, axisTaps(reduced.height(), height));  // H × w
    transpose<C>(b, a);                                       // w × H
    resampleRows(a, b, axisTaps(reduced.width(), width));    // W × H
    transpose<C>(b.px.data(), b.rows, b.cols / C, b.cols, out, outStride);
}

// Exact halving of 32-bit pixels: each output is the rounded mean of a 2×2 block, which is what
// area averaging computes at this ratio. The art snapshot takes this path on every portrait render.
void halvePixels(const uchar *bits, qsizetype stride, int w, int h, uchar *out, qsizetype outStride)
{
    for (int y = 0; y < h; ++y) {
        const quint32 *r0 = reinterpret_cast<const quint32 *>(bits + qsizetype(2 * y) * stride);
        const quint32 *r1 = reinterpret_cast<const quint32 *>(bits + qsizetype(2 * y + 1) * stride);
        quint32 *o = reinterpret_cast<quint32 *>(out + qsizetype(y) * outStride);
        int x = 0;
#ifdef __SSE2__
        // Four outputs per step: channels widened to 16 bits, column pairs summed, then each pixel
        // pair (the two 64-bit halves of a register) summed, rounded and packed back.
        const __m128i zero = _mm_setzero_si128();
        const __m128i two = _mm_set1_epi16(2);
        const auto pairSums = [&](const quint32 *a, const quint32 *b, __m128i *first, __m128i *second) {
            const __m128i top = _mm_loadu_si128(reinterpret_cast<const __m128i *>(a));
            const __m128i bottom = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b));
            const __m128i lo = _mm_add_epi16(_mm_unpacklo_epi8(top, zero), _mm_unpacklo_epi8(bottom, zero));
            const __m128i hi = _mm_add_epi16(_mm_unpackhi_epi8(top, zero), _mm_unpackhi_epi8(bottom, zero));
            *first = _mm_add_epi16(lo, _mm_srli_si128(lo, 8));
            *second = _mm_add_epi16(hi, _mm_srli_si128(hi, 8));
        };
        for (; x + 4 <= w; x += 4) {
            __m128i s0, s1, s2, s3;
            pairSums(r0 + 2 * x, r1 + 2 * x, &s0, &s1);
            pairSums(r0 + 2 * x + 4, r1 + 2 * x + 4, &s2, &s3);
            const __m128i lo = _mm_srli_epi16(_mm_add_epi16(_mm_unpacklo_epi64(s0, s1), two), 2);
            const __m128i hi = _mm_srli_epi16(_mm_add_epi16(_mm_unpacklo_epi64(s2, s3), two), 2);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o + x), _mm_packus_epi16(lo, hi));
        }
#endif
        for (; x < w; ++x) {
            const quint32 a = r0[2 * x], b = r0[2 * x + 1], c = r1[2 * x], d = r1[2 * x + 1];
            quint32 result = 0;
            for (int shift = 0; shift < 32; shift += 8) {
                const quint32 sum = ((a >> shift) & 0xff) + ((b >> shift) & 0xff) + ((c >> shift) & 0xff)
                    + ((d >> shift) & 0xff);
                result |= ((sum + 2) >> 2) << shift;
            }
            o[x] = result;
        }
    }
}

// Smooth resampling of C-byte pixels (area averaging down, bilinear up), one axis at a time.
template<int C>
void scalePixels(const uchar *bits, qsizetype stride, int width, int height, int w, int h, uchar *out,
                 qsizetype outStride)
{
    std::array<Plane, 3> &planes = scratch().planes;
    Plane &a = planes[0], &b = planes[1];
    if (h != height) {
        resampleRows(bits, stride, width * C, a, axisTaps(height, h));  // h × W
    } else {
        a.reset(height, width * C);
        for (int y = 0; y < height; ++y)
            memcpy(a.row(y), bits + qsizetype(y) * stride, size_t(a.cols));
    }
    if (w == width) {
        copyOut(a, out, outStride);
        return;
    }
    transpose<C>(a, b);                      // W × h
    resampleRows(b, a, axisTaps(width, w));  // w × h
    transpose<C>(a.px.data(), a.rows, a.cols / C, a.cols, out, outStride);
}

// 32-bit premultiplied (or opaque) pixels, which average correctly channel by channel.
QImage premultipliedOrOpaque(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return image;
    default:
        return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                             : QImage::Format_RGB32);
    }
}

} // namespace

QImage ImageFilters::blurred(const QImage &source, qreal sigma)
{
    // Opaque RGB32 is valid premultiplied data (alpha 0xff), so it needs no conversion either way.
    const QImage work = premultipliedOrOpaque(source);
    if (work.isNull() || sigma < 0.4)
        return work.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage result(work.size(), QImage::Format_ARGB32_Premultiplied);
    blurPixels<4>(work.constBits(), work.bytesPerLine(), work.width(), work.height(), sigma, 3.0, result.bits(),
                  result.bytesPerLine());
    return result;
}

QImage ImageFilters::blurredReduced(const QImage &source, qreal sigma)
{
    const QImage work = premultipliedOrOpaque(source);
    if (work.isNull() || sigma < 0.4)
        return work.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QSize size = blurReduced<4>(work.constBits(), work.bytesPerLine(), work.width(), work.height(), sigma, 3.0);
    QImage result(size, QImage::Format_ARGB32_Premultiplied);
    copyOut(scratch().planes[0], result.bits(), result.bytesPerLine());
    return result;
}

QImage ImageFilters::blurredAlpha(const QImage &mask, qreal sigma)
{
    const QImage work = mask.convertToFormat(QImage::Format_Alpha8);
    if (work.isNull() || sigma < 0.4)
        return work;
    QImage result(work.size(), QImage::Format_Alpha8);
    blurPixels<1>(work.constBits(), work.bytesPerLine(), work.width(), work.height(), sigma, 2.0, result.bits(),
                  result.bytesPerLine());
    return result;
}

QImage ImageFilters::scaled(const QImage &source, const QSize &size)
{
    if (source.isNull() || size.isEmpty())
        return QImage();
    const QImage work = premultipliedOrOpaque(source);
    if (work.size() == size)
        return work;
    QImage result(size, work.format());
    if (size.width() * 2 == work.width() && size.height() * 2 == work.height()) {
        halvePixels(work.constBits(), work.bytesPerLine(), size.width(), size.height(), result.bits(),
                    result.bytesPerLine());
        return result;
    }
    scalePixels<4>(work.constBits(), work.bytesPerLine(), work.width(), work.height(), size.width(), size.height(),
                   result.bits(), result.bytesPerLine());
    return result;
}

void ImageFilters::desaturate(QImage &image)
{
    if (image.depth() != 32)
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            // Rec. 709 weights in fixed point; premultiplied values stay premultiplied.
            const int luma = (qRed(p) * 54 + qGreen(p) * 183 + qBlue(p) * 19 + 128) >> 8;
            line[x] = qRgba(luma, luma, luma, qAlpha(p));
        }
    }
}

QColor ImageFilters::meanColor(const QImage &image)
{
    if (image.isNull())
        return Qt::black;
    const QImage work = premultipliedOrOpaque(image);
    quint64 sums[4] = {0, 0, 0, 0};
    for (int y = 0; y < work.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(work.constScanLine(y));
        for (int x = 0; x < work.width(); ++x) {
            sums[0] += qRed(line[x]);
            sums[1] += qGreen(line[x]);
            sums[2] += qBlue(line[x]);
            sums[3] += qAlpha(line[x]);
        }
    }
    const quint64 count = quint64(work.width()) * quint64(work.height());
    const auto mean = [&](int i) { return int((sums[i] + count / 2) / count); };
    // Premultiplied sums: the mean colour is the summed colour over the summed alpha.
    const int alpha = mean(3);
    if (alpha == 0)
        return QColor(0, 0, 0, 0);
    const auto unpremultiplied = [&](int i) { return int(std::min<quint64>(255, (sums[i] * 255 + sums[3] / 2) / sums[3])); };
    return QColor(unpremultiplied(0), unpremultiplied(1), unpremultiplied(2), alpha);
}

qreal ImageFilters::meanLuminance(const QImage &image, const QRect &rect)
{
    const QRect area = rect.intersected(image.rect());
    if (area.isEmpty())
        return 0.0;
    const QImage rgb = image.depth() == 32 ? image : image.convertToFormat(QImage::Format_RGB32);
    // Sampling a grid keeps this cheap on big areas; the mean barely moves.
    const int step = qMax(1, int(std::sqrt(qreal(area.width()) * area.height() / 4096.0)));
    qint64 total = 0;
    qint64 count = 0;
    for (int y = area.top(); y <= area.bottom(); y += step) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = area.left(); x <= area.right(); x += step) {
            const QRgb p = line[x];
            total += qRed(p) * 54 + qGreen(p) * 183 + qBlue(p) * 19;
            ++count;
        }
    }
    return qreal(total) / (qreal(count) * 256.0 * 255.0);
}

qreal ImageFilters::luminance(const QColor &color)
{
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF();
}

} // namespace Marquee::Render
