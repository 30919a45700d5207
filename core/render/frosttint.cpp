#include "core/render/frosttint.h"

#include <algorithm>
#include <array>
#include <vector>

#include "core/render/imagefilters.h"

namespace Marquee::Render {

namespace {

struct Cluster
{
    double r = 0, g = 0, b = 0;
    int count = 0;
    double weight = 0;  // share of all sampled pixels
    QColor color;
};

bool isSkin(const QColor &c)
{
    const float h = c.hsvHueF();
    return h >= 0.0f && h <= 0.14f && c.hsvSaturationF() >= 0.18f && c.hsvSaturationF() <= 0.65f
        && c.valueF() >= 0.35f;
}

// Coarse 3-bit-per-channel quantisation of a 48×48 thumbnail, keeping the 12 heaviest cells
// (a cheap stand-in for the reference's 12-colour octree).
std::vector<Cluster> quantise(const QImage &art)
{
    const QImage thumb = ImageFilters::scaled(art, QSize(48, 48)).convertToFormat(QImage::Format_RGB32);
    std::array<Cluster, 512> cells {};
    int total = 0;
    for (int y = 0; y < thumb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(thumb.constScanLine(y));
        for (int x = 0; x < thumb.width(); ++x) {
            const QRgb p = line[x];
            Cluster &cell = cells[size_t(((qRed(p) >> 5) << 6) | ((qGreen(p) >> 5) << 3) | (qBlue(p) >> 5))];
            cell.r += qRed(p);
            cell.g += qGreen(p);
            cell.b += qBlue(p);
            ++cell.count;
            ++total;
        }
    }
    std::vector<Cluster> used;
    for (Cluster &cell : cells) {
        if (cell.count == 0)
            continue;
        cell.weight = double(cell.count) / total;
        cell.color = QColor(int(cell.r / cell.count), int(cell.g / cell.count), int(cell.b / cell.count));
        used.push_back(cell);
    }
    std::sort(used.begin(), used.end(), [](const Cluster &a, const Cluster &b) { return a.count > b.count; });
    if (used.size() > 12)
        used.resize(12);
    return used;
}

} // namespace

FrostTint FrostTint::sample(const QImage &art)
{
    FrostTint tint;
    if (art.isNull())
        return tint;
    const std::vector<Cluster> clusters = quantise(art);
    // Preference order: chromatic non-skin > skin > any bright-enough colour > the brightest.
    const Cluster *best[3] = {nullptr, nullptr, nullptr};
    double bestScore[3] = {-1, -1, -1};
    const Cluster *brightest = nullptr;
    for (const Cluster &c : clusters) {
        if (!brightest || c.color.valueF() > brightest->color.valueF())
            brightest = &c;
        const double s = c.color.hsvSaturationF();
        const double v = c.color.valueF();
        if (v < 0.16)
            continue;
        const double score = c.weight * (0.3 + s * v);
        int tier = 2;
        if (isSkin(c.color))
            tier = 1;
        else if (s >= 0.20 && c.weight >= 0.08)
            tier = 0;
        if (score > bestScore[tier]) {
            bestScore[tier] = score;
            best[tier] = &c;
        }
    }
    const Cluster *chosen = best[0] ? best[0] : best[1] ? best[1] : best[2] ? best[2] : brightest;
    if (chosen)
        tint.m_dominant = chosen->color;
    return tint;
}

QColor FrostTint::tint(qreal saturation, bool reference) const
{
    const float h = m_dominant.hsvHueF();
    const qreal s = m_dominant.hsvSaturationF();
    const qreal v = m_dominant.valueF();
    // Washed-out samples carry little hue information, so they pull the tint towards neutral.
    const qreal confidence = std::clamp((v * s - 0.05) / 0.13, 0.0, 1.0);
    const float hue = h < 0 ? 0.0f : h;
    if (reference) {
        QColor c = QColor::fromHsvF(hue, float(std::min(1.0, s * confidence)), float(std::max(0.85, v)));
        // Whiten just enough to reach luminance .60.
        for (int i = 0; i < 10 && ImageFilters::luminance(c) < 0.60; ++i) {
            c = QColor::fromRgbF(c.redF() + (1.0f - c.redF()) * 0.15f, c.greenF() + (1.0f - c.greenF()) * 0.15f,
                                 c.blueF() + (1.0f - c.blueF()) * 0.15f);
        }
        return c;
    }
    const QColor c = QColor::fromHsvF(hue, float(std::min(1.0, s * saturation) * confidence),
                                      float(0.4 * v + 0.6));
    return QColor::fromRgbF(c.redF() * 0.6f + 0.4f, c.greenF() * 0.6f + 0.4f, c.blueF() * 0.6f + 0.4f);
}

QColor FrostTint::inkFor(const QColor &surface)
{
    return ImageFilters::luminance(surface) >= 0.45 ? QColor(16, 16, 18) : QColor(238, 238, 240);
}

} // namespace Marquee::Render
