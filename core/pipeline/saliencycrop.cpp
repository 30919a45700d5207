#include "core/pipeline/saliencycrop.h"

#include <algorithm>
#include <cmath>

namespace Marquee::Pipeline {

namespace {

using Plane = std::vector<double>;

// One box pass along rows then columns with radius r; three passes approximate a Gaussian.
void boxBlur(Plane &plane, int w, int h, int r)
{
    if (r <= 0)
        return;
    Plane tmp(plane.size());
    const double norm = 1.0 / (2 * r + 1);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            double sum = 0;
            for (int k = -r; k <= r; ++k)
                sum += plane[size_t(y * w + std::clamp(x + k, 0, w - 1))];
            tmp[size_t(y * w + x)] = sum * norm;
        }
    }
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            double sum = 0;
            for (int k = -r; k <= r; ++k)
                sum += tmp[size_t(std::clamp(y + k, 0, h - 1) * w + x)];
            plane[size_t(y * w + x)] = sum * norm;
        }
    }
}

Plane gaussian(const Plane &source, int w, int h, double sigma)
{
    // Three box passes of radius r have variance 3·r(r+1)/3 = r(r+1) ≈ σ².
    const int r = std::max(1, int(std::lround((std::sqrt(1.0 + 4.0 * sigma * sigma) - 1.0) / 2.0)));
    Plane plane = source;
    for (int pass = 0; pass < 3; ++pass)
        boxBlur(plane, w, h, r);
    return plane;
}

bool isSkin(int r, int g, int b)
{
    // A classic RGB skin rule (bright, red-dominant, moderately saturated).
    return r > 95 && g > 40 && b > 20 && r > g && r > b && (r - std::min(g, b)) > 15 && std::abs(r - g) > 15
           && (std::max({r, g, b}) - std::min({r, g, b})) > 15;
}

void normalise(Plane &plane)
{
    const double top = plane.empty() ? 0.0 : *std::max_element(plane.begin(), plane.end());
    if (top <= 0)
        return;
    for (double &v : plane)
        v /= top;
}

} // namespace

std::vector<double> SaliencyCrop::columnSaliency(const QImage &image)
{
    if (image.isNull())
        return {};
    const int w = std::min(ThumbWidth, image.width());
    const int h = std::max(1, int(std::lround(double(image.height()) * w / image.width())));
    const QImage thumb = image.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    Plane luma(size_t(w) * h), skin(size_t(w) * h), saturation(size_t(w) * h);
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(thumb.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            const size_t i = size_t(y * w + x);
            luma[i] = (0.299 * r + 0.587 * g + 0.114 * b) / 255.0;
            const int mx = std::max({r, g, b});
            saturation[i] = mx > 0 ? double(mx - std::min({r, g, b})) / mx : 0.0;
            skin[i] = isSkin(r, g, b) ? 1.0 : 0.0;
        }
    }
    // Difference of Gaussians: detail and edges stand out of flat sky and soft bokeh.
    const double scale = w / 320.0;
    const Plane fine = gaussian(luma, w, h, 1.5 * scale);
    const Plane coarse = gaussian(luma, w, h, 6.0 * scale);
    Plane dog(luma.size());
    for (size_t i = 0; i < dog.size(); ++i)
        dog[i] = std::fabs(fine[i] - coarse[i]);
    normalise(dog);
    skin = gaussian(skin, w, h, 2.0 * scale);  // isolated skin-coloured pixels are noise

    std::vector<double> columns(size_t(w), 0.0);
    const double upper = 0.65 * h;
    for (int y = 0; y < h; ++y) {
        const double rowWeight = y < upper ? 2.0 : 1.0;  // subjects and faces sit high in the frame
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y * w + x);
            columns[size_t(x)] += rowWeight * (4.0 * skin[i] + 2.0 * dog[i] + 0.5 * saturation[i]);
        }
    }
    // A gentle centre bias: of two equally busy windows, the middle one wins.
    for (int x = 0; x < w; ++x) {
        const double d = (x + 0.5 - w / 2.0) / (0.5 * w);
        columns[size_t(x)] *= 0.75 + 0.25 * std::exp(-d * d * 2.0);
    }
    return columns;
}

int SaliencyCrop::bestLeft(const QImage &image, int windowWidth)
{
    if (image.isNull() || windowWidth <= 0 || windowWidth >= image.width())
        return 0;
    const std::vector<double> columns = columnSaliency(image);
    const int w = int(columns.size());
    const double scale = double(w) / image.width();
    const int window = std::clamp(int(std::lround(windowWidth * scale)), 1, w);
    std::vector<double> prefix(size_t(w) + 1, 0.0);
    for (int x = 0; x < w; ++x)
        prefix[size_t(x) + 1] = prefix[size_t(x)] + columns[size_t(x)];
    const int centred = (w - window) / 2;
    int best = centred;
    double bestSum = prefix[size_t(centred + window)] - prefix[size_t(centred)];
    for (int left = 0; left + window <= w; ++left) {
        const double sum = prefix[size_t(left + window)] - prefix[size_t(left)];
        // Strictly better by a hair, or equal and nearer the centre: ties resolve toward the middle.
        if (sum > bestSum * (1.0 + 1e-9)
            || (std::fabs(sum - bestSum) <= bestSum * 1e-9 && std::abs(left - centred) < std::abs(best - centred))) {
            best = left;
            bestSum = sum;
        }
    }
    const int left = int(std::lround(best / scale));
    return std::clamp(left, 0, image.width() - windowWidth);
}

} // namespace Marquee::Pipeline
