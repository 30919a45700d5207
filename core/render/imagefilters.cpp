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

// One box pass over a line of premultiplied pixels with clamped edges; `stride` is in pixels.
void blurLine(QRgb *line, int length, int stride, int radius, std::vector<QRgb> &scratch)
{
    if (radius <= 0 || length <= 1)
        return;
    scratch.resize(size_t(length));
    for (int i = 0; i < length; ++i)
        scratch[size_t(i)] = line[i * stride];
    const int window = 2 * radius + 1;
    int sum[4] = {0, 0, 0, 0};
    auto add = [&sum](QRgb p, int sign) {
        sum[0] += sign * int(qAlpha(p));
        sum[1] += sign * int(qRed(p));
        sum[2] += sign * int(qGreen(p));
        sum[3] += sign * int(qBlue(p));
    };
    auto at = [&](int i) { return scratch[size_t(std::clamp(i, 0, length - 1))]; };
    for (int i = -radius; i <= radius; ++i)
        add(at(i), 1);
    for (int i = 0; i < length; ++i) {
        const int half = window / 2;
        line[i * stride] = qRgba((sum[1] + half) / window, (sum[2] + half) / window,
                                 (sum[3] + half) / window, (sum[0] + half) / window);
        add(at(i + radius + 1), 1);
        add(at(i - radius), -1);
    }
}

} // namespace

void ImageFilters::boxBlurHorizontal(QImage &image, int radius)
{
    std::vector<QRgb> scratch;
    for (int y = 0; y < image.height(); ++y)
        blurLine(reinterpret_cast<QRgb *>(image.scanLine(y)), image.width(), 1, radius, scratch);
}

void ImageFilters::boxBlurVertical(QImage &image, int radius)
{
    std::vector<QRgb> scratch;
    const int stride = int(image.bytesPerLine() / 4);
    QRgb *bits = reinterpret_cast<QRgb *>(image.bits());
    for (int x = 0; x < image.width(); ++x)
        blurLine(bits + x, image.height(), stride, radius, scratch);
}

QImage ImageFilters::blurred(const QImage &source, qreal sigma)
{
    QImage work = source.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (work.isNull() || sigma < 0.4)
        return work;
    // Beyond sigma 3 the picture carries no detail finer than the kernel, so blur a smaller copy.
    constexpr qreal MaxWorkingSigma = 3.0;
    qreal factor = 1.0;
    if (sigma > MaxWorkingSigma) {
        factor = sigma / MaxWorkingSigma;
        const QSize small(qMax(1, qRound(work.width() / factor)), qMax(1, qRound(work.height() / factor)));
        work = work.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                   .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    for (int radius : boxRadiiForGauss(sigma / factor)) {
        boxBlurHorizontal(work, radius);
        boxBlurVertical(work, radius);
    }
    if (factor > 1.0) {
        work = work.scaled(source.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                   .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    return work;
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
