#include "core/render/imagefilters.h"

#include <algorithm>
#include <array>
#include <cmath>
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

// One box pass over a line of `C`-channel byte pixels, edges extended. `stride` is the distance
// between pixels in bytes. The line is copied into a padded buffer first so the inner loop needs no
// bounds checks; division by the window is a multiply and a shift.
template<int C>
void blurLine(uchar *line, int length, qsizetype stride, int radius, std::vector<int> &pad)
{
    if (radius <= 0 || length <= 1)
        return;
    const int total = length + 2 * radius;
    pad.resize(size_t(total) * C);
    for (int i = 0; i < total; ++i) {
        const uchar *px = line + qsizetype(std::clamp(i - radius, 0, length - 1)) * stride;
        for (int c = 0; c < C; ++c)
            pad[size_t(i) * C + c] = px[c];
    }
    const int window = 2 * radius + 1;
    const int inverse = (1 << 16) / window + 1;
    int sum[C] = {};
    for (int i = 0; i < window - 1; ++i) {
        for (int c = 0; c < C; ++c)
            sum[c] += pad[size_t(i) * C + c];
    }
    for (int i = 0; i < length; ++i) {
        uchar *px = line + qsizetype(i) * stride;
        const int *enter = &pad[size_t(i + window - 1) * C];
        const int *leave = &pad[size_t(i) * C];
        for (int c = 0; c < C; ++c) {
            sum[c] += enter[c];
            px[c] = uchar(std::min(255, (sum[c] * inverse) >> 16));
            sum[c] -= leave[c];
        }
    }
}

template<int C>
void boxBlur(QImage &image, int radius)
{
    std::vector<int> pad;
    for (int y = 0; y < image.height(); ++y)
        blurLine<C>(image.scanLine(y), image.width(), C, radius, pad);
    const qsizetype bpl = image.bytesPerLine();
    uchar *bits = image.bits();
    for (int x = 0; x < image.width(); ++x)
        blurLine<C>(bits + qsizetype(x) * C, image.height(), bpl, radius, pad);
}

// Blurs a 32-bit premultiplied or 8-bit alpha image, on a downscaled copy when sigma exceeds
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
    return blurredImpl<1>(work, mask.size(), sigma, 2.0, QImage::Format_Alpha8);
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
