#include "core/render/imagefilters.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

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

// Scratch buffers reused by every blur on this thread: renders run concurrently on a pool, and a
// fresh allocation per pass costs more than the pass itself on small shadow masks.
struct BlurScratch
{
    std::vector<uchar> bytes;
    std::vector<int> sums;
};

BlurScratch &blurScratch()
{
    thread_local BlurScratch scratch;
    return scratch;
}

// One horizontal box pass over each row of `C`-channel byte pixels, edges extended. Each row is
// copied first so the window reads original values; division by the window is a multiply and a shift.
template<int C>
void blurRows(QImage &image, int radius)
{
    const int length = image.width();
    if (radius <= 0 || length <= 1)
        return;
    std::vector<uchar> &copy = blurScratch().bytes;
    copy.resize(size_t(length) * C);
    const int window = 2 * radius + 1;
    const int inverse = (1 << 16) / window + 1;
    const int last = length - 1;
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        memcpy(copy.data(), line, copy.size());
        const uchar *src = copy.data();
        int sum[C] = {};
        for (int k = -radius; k <= radius; ++k) {
            const uchar *px = src + size_t(std::clamp(k, 0, last)) * C;
            for (int c = 0; c < C; ++c)
                sum[c] += px[c];
        }
        for (int i = 0; i < length; ++i) {
            uchar *out = line + size_t(i) * C;
            for (int c = 0; c < C; ++c)
                out[c] = uchar(std::min(255, (sum[c] * inverse) >> 16));
            const uchar *enter = src + size_t(std::min(i + radius + 1, last)) * C;
            const uchar *leave = src + size_t(std::max(i - radius, 0)) * C;
            for (int c = 0; c < C; ++c)
                sum[c] += enter[c] - leave[c];
        }
    }
}

// The vertical pass, a whole row at a time: one running sum per byte of the row, so memory is read
// in order and the inner loops vectorise. Gives exactly the same values as a per-column pass.
void blurColumns(QImage &image, int radius, int bytesPerRow)
{
    const int length = image.height();
    if (radius <= 0 || length <= 1)
        return;
    BlurScratch &scratch = blurScratch();
    const qsizetype bpl = image.bytesPerLine();
    scratch.bytes.resize(size_t(bpl) * size_t(length));
    memcpy(scratch.bytes.data(), image.constBits(), scratch.bytes.size());
    const uchar *src = scratch.bytes.data();
    std::vector<int> &sums = scratch.sums;
    sums.assign(size_t(bytesPerRow), 0);
    int *sum = sums.data();
    const int window = 2 * radius + 1;
    const int inverse = (1 << 16) / window + 1;
    const int last = length - 1;
    for (int k = -radius; k <= radius; ++k) {
        const uchar *row = src + qsizetype(std::clamp(k, 0, last)) * bpl;
        for (int x = 0; x < bytesPerRow; ++x)
            sum[x] += row[x];
    }
    for (int y = 0; y < length; ++y) {
        uchar *out = image.scanLine(y);
        for (int x = 0; x < bytesPerRow; ++x)
            out[x] = uchar(std::min(255, (sum[x] * inverse) >> 16));
        const uchar *enter = src + qsizetype(std::min(y + radius + 1, last)) * bpl;
        const uchar *leave = src + qsizetype(std::max(y - radius, 0)) * bpl;
        for (int x = 0; x < bytesPerRow; ++x)
            sum[x] += enter[x] - leave[x];
    }
}

template<int C>
void boxBlur(QImage &image, int radius)
{
    blurRows<C>(image, radius);
    blurColumns(image, radius, image.width() * C);
}

// Resampling weights along one axis, in 1/2^14 units: output i reads `count[i]` source pixels from
// `first[i]`, with the weights stored at `weights[i * width]`.
struct Taps
{
    static constexpr int Shift = 14;
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

// Single-channel planes for the mask blur. Every step works down columns, a whole row at a time, so
// the inner loops are plain array arithmetic the compiler vectorises; the horizontal steps run on a
// transposed copy. Planes are reused per thread.
struct Plane
{
    std::vector<uchar> px;
    int rows = 0;
    int cols = 0;

    void reset(int r, int c)
    {
        rows = r;
        cols = c;
        px.resize(size_t(r) * size_t(c));
    }
    uchar *row(int y) { return px.data() + size_t(y) * size_t(cols); }
    const uchar *row(int y) const { return px.data() + size_t(y) * size_t(cols); }
};

void transpose(const uchar *src, int rows, int cols, qsizetype srcStride, uchar *dst, qsizetype dstStride)
{
    constexpr int Block = 32;  // keeps both sides of a tile in cache
    for (int y0 = 0; y0 < rows; y0 += Block) {
        const int y1 = std::min(rows, y0 + Block);
        for (int x0 = 0; x0 < cols; x0 += Block) {
            const int x1 = std::min(cols, x0 + Block);
            for (int y = y0; y < y1; ++y) {
                const uchar *in = src + qsizetype(y) * srcStride;
                for (int x = x0; x < x1; ++x)
                    dst[qsizetype(x) * dstStride + y] = in[x];
            }
        }
    }
}

void transpose(const Plane &src, Plane &dst)
{
    dst.reset(src.cols, src.rows);
    transpose(src.px.data(), src.rows, src.cols, src.cols, dst.px.data(), dst.cols);
}

// Resamples the rows of `src` (rows → taps.count.size()), columns unchanged.
void resampleRows(const Plane &src, Plane &dst, const Taps &taps)
{
    dst.reset(int(taps.count.size()), src.cols);
    constexpr int Round = 1 << (Taps::Shift - 1);
    // Locals, not members: the compiler cannot prove the int stores leave `src.cols` alone, and
    // would refuse to vectorise.
    const int cols = src.cols;
    const int rows = dst.rows;
    std::vector<int> &acc = blurScratch().sums;
    acc.resize(size_t(cols));
    int *a = acc.data();
    for (int y = 0; y < rows; ++y) {
        const int *w = &taps.weights[size_t(y) * size_t(taps.width)];
        const int first = taps.first[size_t(y)];
        const int count = taps.count[size_t(y)];
        std::fill(a, a + cols, Round);
        for (int k = 0; k < count; ++k) {
            const uchar *in = src.row(first + k);
            // 16-bit operands (weights ≤ 1 << 14) let the multiply widen in one vector instruction.
            const short weight = short(w[k]);
            for (int x = 0; x < cols; ++x)
                a[x] += short(in[x]) * weight;
        }
        uchar *out = dst.row(y);
        for (int x = 0; x < cols; ++x)
            out[x] = uchar(std::min(255, a[x] >> Taps::Shift));
    }
}

// One box pass down the columns of `plane`, edges extended; `copy` holds the original values. The
// mask blur only runs at sigma ≤ 2 (wider ones are downscaled first), so windows stay tiny and the
// running sums fit 16 bits: the division becomes one high-half multiply per 8 pixels.
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
    thread_local std::vector<quint16> sums;
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

// The mask blur: optional area downscale, three horizontal then three vertical box passes, bilinear
// upscale back to the mask's size.
QImage blurredMask(const QImage &mask, qreal sigma, qreal maxWorkingSigma)
{
    thread_local std::array<Plane, 3> planes;
    Plane &a = planes[0], &b = planes[1], &tmp = planes[2];
    const int width = mask.width(), height = mask.height();
    const qreal factor = sigma > maxWorkingSigma ? sigma / maxWorkingSigma : 1.0;
    const int w = factor > 1.0 ? qMax(1, qRound(width / factor)) : width;
    const int h = factor > 1.0 ? qMax(1, qRound(height / factor)) : height;
    a.reset(height, width);
    for (int y = 0; y < height; ++y)
        memcpy(a.row(y), mask.constScanLine(y), size_t(width));
    if (factor > 1.0) {
        resampleRows(a, b, axisTaps(height, h));  // h × W
        transpose(b, a);                           // W × h
        resampleRows(a, b, axisTaps(width, w));   // w × h
    } else {
        transpose(a, b);                           // W × H
    }
    const std::array<int, 3> radii = boxRadiiForGauss(sigma / factor);
    for (int radius : radii)
        boxRows(b, radius, tmp);                   // horizontal passes, on the transposed plane
    transpose(b, a);                               // h × w
    for (int radius : radii)
        boxRows(a, radius, tmp);
    QImage result(width, height, QImage::Format_Alpha8);
    if (factor > 1.0) {
        resampleRows(a, b, axisTaps(h, height));  // H × w
        transpose(b, a);                           // w × H
        resampleRows(a, b, axisTaps(w, width));   // W × H
        transpose(b.px.data(), b.rows, b.cols, b.cols, result.bits(), result.bytesPerLine());
    } else {
        for (int y = 0; y < height; ++y)
            memcpy(result.scanLine(y), a.row(y), size_t(width));
    }
    return result;
}

// Blurs a 32-bit premultiplied image, on a downscaled copy when sigma exceeds
// `maxWorkingSigma`: a wide blur leaves no detail that the smaller copy could not carry.
template<int C>
QImage blurredImpl(QImage work, const QSize &outputSize, qreal sigma, qreal maxWorkingSigma, QImage::Format format)
{
    qreal factor = 1.0;
    if (sigma > maxWorkingSigma) {
        factor = sigma / maxWorkingSigma;
        const QSize small(qMax(1, qRound(work.width() / factor)), qMax(1, qRound(work.height() / factor)));
        work = work.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(format);
    }
    for (int radius : boxRadiiForGauss(sigma / factor))
        boxBlur<C>(work, radius);
    if (factor > 1.0)
        work = work.scaled(outputSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(format);
    return work;
}

} // namespace

QImage ImageFilters::blurred(const QImage &source, qreal sigma)
{
    QImage work = source.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (work.isNull() || sigma < 0.4)
        return work;
    return blurredImpl<4>(work, source.size(), sigma, 3.0, QImage::Format_ARGB32_Premultiplied);
}

QImage ImageFilters::blurredAlpha(const QImage &mask, qreal sigma)
{
    QImage work = mask.convertToFormat(QImage::Format_Alpha8);
    if (work.isNull() || sigma < 0.4)
        return work;
    return blurredMask(work, sigma, 2.0);
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
