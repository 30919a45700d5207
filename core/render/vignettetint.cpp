#include "core/render/vignettetint.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/render/imagefilters.h"

namespace Marquee::Render {

namespace {

constexpr int Bins = 36;
constexpr int Window = 3;             // ±3-bin triangular window
constexpr int Sample = 64;            // the art region is read as a 64×64 thumbnail
constexpr qreal SupportLow = 0.006;   // below: no hue at all → black band
constexpr qreal SupportFull = 0.028;  // at or above: full confidence
constexpr qreal RivalDistance = 0.15; // hue distance (0–1) of a competing hue…
constexpr qreal RivalShare = 0.75;    // …with this share of the support rejects the pick
constexpr qreal SeamHalf = 0.08;      // the seam region, ± this ratio of H around the inner edge
constexpr qreal SeamWeight = 3.0;     // vignette_color_local weight of the seam rows

struct Pixel
{
    qreal r, g, b;
    qreal hue, sat, value, chroma;
    qreal weight;  // row weight × dark-pixel ramp
    int column;
};

qreal hueDistance(qreal a, qreal b)
{
    const qreal d = std::fabs(a - b);
    return std::min(d, 1.0 - d);
}

bool isSkin(qreal hue, qreal sat, qreal value)
{
    return hue <= 0.14 && sat >= 0.18 && sat <= 0.65 && value >= 0.35;
}

// Pixels darker than V .06 say nothing about the colour; from .16 up they count fully.
qreal darkRamp(qreal value)
{
    return std::clamp((value - 0.06) / (0.16 - 0.06), 0.0, 1.0);
}

Pixel toPixel(QRgb rgb, qreal weight, int column)
{
    Pixel px {qRed(rgb) / 255.0, qGreen(rgb) / 255.0, qBlue(rgb) / 255.0, 0, 0, 0, 0, weight, column};
    const qreal mx = std::max({px.r, px.g, px.b});
    const qreal mn = std::min({px.r, px.g, px.b});
    px.value = mx;
    px.chroma = mx - mn;
    px.sat = mx > 0 ? px.chroma / mx : 0;
    if (px.chroma > 0) {
        qreal h;
        if (mx == px.r)
            h = std::fmod((px.g - px.b) / px.chroma, 6.0);
        else if (mx == px.g)
            h = (px.b - px.r) / px.chroma + 2.0;
        else
            h = (px.r - px.g) / px.chroma + 4.0;
        px.hue = h / 6.0;
        if (px.hue < 0)
            px.hue += 1.0;
    }
    px.weight *= darkRamp(mx);
    return px;
}

// The region of the art the band blends with, as weighted thumbnail pixels: the band itself and,
// with `local`, the seam around its inner edge counted SeamWeight times.
std::vector<Pixel> samplePixels(const QImage &art, const VignetteTint::Band &band, bool local)
{
    const qreal inner = band.outerAtBottom ? band.top : band.bottom;
    qreal top = band.top;
    qreal bottom = band.bottom;
    if (local) {
        top = std::min(top, inner - SeamHalf);
        bottom = std::max(bottom, inner + SeamHalf);
    }
    top = std::clamp(top, 0.0, 1.0);
    bottom = std::clamp(bottom, 0.0, 1.0);
    std::vector<Pixel> pixels;
    if (art.isNull() || bottom - top <= 0)
        return pixels;
    const int y0 = int(std::floor(top * art.height()));
    const int y1 = std::max(y0 + 1, int(std::ceil(bottom * art.height())));
    const QImage thumb = ImageFilters::scaled(art.copy(0, y0, art.width(), std::min(art.height(), y1) - y0),
                                              QSize(Sample, Sample))
                             .convertToFormat(QImage::Format_RGB32);
    pixels.reserve(Sample * Sample);
    for (int y = 0; y < Sample; ++y) {
        const qreal ratio = top + (y + 0.5) / Sample * (bottom - top);
        const bool inSeam = local && std::fabs(ratio - inner) <= SeamHalf;
        const qreal rowWeight = inSeam ? SeamWeight : 1.0;
        const QRgb *line = reinterpret_cast<const QRgb *>(thumb.constScanLine(y));
        for (int x = 0; x < Sample; ++x)
            pixels.push_back(toPixel(line[x], rowWeight, x * VignetteTint::Columns / Sample));
    }
    return pixels;
}

VignetteTint::HuePick pickHue(const std::vector<Pixel> &pixels)
{
    VignetteTint::HuePick pick;
    std::array<qreal, Bins> hist {};
    qreal total = 0;
    for (const Pixel &px : pixels) {
        total += px.weight;
        const qreal skin = isSkin(px.hue, px.sat, px.value) ? 0.5 : 1.0;
        hist[size_t(std::min(Bins - 1, int(px.hue * Bins)))] += px.weight * px.chroma * skin;
    }
    if (total <= 0)
        return pick;
    std::array<qreal, Bins> smooth {};
    for (int i = 0; i < Bins; ++i) {
        for (int k = -Window; k <= Window; ++k)
            smooth[size_t(i)] += hist[size_t((i + k + Bins) % Bins)] * (Window + 1 - std::abs(k)) / 16.0;
        smooth[size_t(i)] /= total;
    }
    const int best = int(std::max_element(smooth.begin(), smooth.end()) - smooth.begin());
    pick.support = smooth[size_t(best)];
    if (pick.support < SupportLow)
        return pick;
    pick.found = true;
    const qreal bestHue = (best + 0.5) / Bins;
    for (int j = 0; j < Bins; ++j) {
        if (hueDistance((j + 0.5) / Bins, bestHue) >= RivalDistance && smooth[size_t(j)] >= RivalShare * pick.support)
            pick.rivalled = true;
    }
    // Refine: the circular mean hue and the mean saturation of the pixels inside the window.
    qreal cx = 0, cy = 0, mass = 0, sat = 0;
    for (const Pixel &px : pixels) {
        if (hueDistance(px.hue, bestHue) > (Window + 0.5) / Bins)
            continue;
        const qreal w = px.weight * px.chroma;
        cx += w * std::cos(2 * M_PI * px.hue);
        cy += w * std::sin(2 * M_PI * px.hue);
        sat += w * px.sat;
        mass += w;
    }
    pick.hue = bestHue;
    if (mass > 0) {
        pick.hue = std::atan2(cy, cx) / (2 * M_PI);
        if (pick.hue < 0)
            pick.hue += 1.0;
        pick.saturation = sat / mass;
    }
    return pick;
}

// sRGB → CIELAB chroma (D65), for the chroma ceiling.
qreal toLinear(qreal c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

qreal labF(qreal t)
{
    return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0;
}

qreal labChroma(qreal r, qreal g, qreal b)
{
    const qreal lr = toLinear(r), lg = toLinear(g), lb = toLinear(b);
    const qreal x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
    const qreal y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    const qreal z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
    return std::hypot(500 * (labF(x) - labF(y)), 200 * (labF(y) - labF(z)));
}

// Pulls the colour toward the grey of equal luma until its CIELAB chroma is under `ceiling`. Mixing
// in RGB keeps the HSV hue (shrinking a*b* directly would turn dark blues purple).
void limitChroma(qreal &r, qreal &g, qreal &b, qreal ceiling)
{
    if (labChroma(r, g, b) <= ceiling)
        return;
    const qreal grey = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    qreal lo = 0.0, hi = 1.0;  // share of the original colour kept
    for (int i = 0; i < 12; ++i) {
        const qreal mid = (lo + hi) / 2.0;
        if (labChroma(grey + (r - grey) * mid, grey + (g - grey) * mid, grey + (b - grey) * mid) <= ceiling)
            lo = mid;
        else
            hi = mid;
    }
    r = grey + (r - grey) * lo;
    g = grey + (g - grey) * lo;
    b = grey + (b - grey) * lo;
}

QColor mixColor(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

struct Swatch
{
    qreal r = 0, g = 0, b = 0, column = 0;
    qreal weight = 0;
    int count = 0;
};

// The secondary colour of the two-tone ramp: among the 12 heaviest colour cells of the region, the
// heaviest distinct-but-related hue (distance .08–.30), bright and chromatic enough, not skin.
// Returns its hue, saturation and mean column; found = false when none qualifies.
struct Secondary
{
    bool found = false;
    qreal hue = 0, sat = 0, column = 0;
};

Secondary pickSecondary(const std::vector<Pixel> &pixels, qreal primaryHue)
{
    std::array<Swatch, 512> cells {};
    for (const Pixel &px : pixels) {
        Swatch &cell = cells[size_t((std::min(7, int(px.r * 8)) << 6) | (std::min(7, int(px.g * 8)) << 3)
                                    | std::min(7, int(px.b * 8)))];
        cell.r += px.r;
        cell.g += px.g;
        cell.b += px.b;
        cell.column += px.column;
        ++cell.count;
    }
    std::vector<Swatch> used;
    for (Swatch &cell : cells) {
        if (cell.count == 0)
            continue;
        cell.weight = qreal(cell.count) / qreal(pixels.size());
        cell.r /= cell.count;
        cell.g /= cell.count;
        cell.b /= cell.count;
        cell.column /= cell.count;
        used.push_back(cell);
    }
    std::sort(used.begin(), used.end(), [](const Swatch &a, const Swatch &b) { return a.count > b.count; });
    if (used.size() > 12)
        used.resize(12);
    Secondary best;
    qreal bestWeight = 0;
    for (const Swatch &cell : used) {
        const Pixel px = toPixel(qRgb(int(cell.r * 255), int(cell.g * 255), int(cell.b * 255)), 1.0, 0);
        const qreal distance = hueDistance(px.hue, primaryHue);
        if (distance < 0.08 || distance > 0.30 || cell.weight < 0.06 || px.value < 0.40 || px.sat < 0.12
            || px.chroma < 0.10 || isSkin(px.hue, px.sat, px.value) || cell.weight <= bestWeight)
            continue;
        bestWeight = cell.weight;
        best = {true, px.hue, px.sat, cell.column};
    }
    return best;
}

// Mean column of the pixels carrying the primary hue: which side of the band the ramp starts on.
qreal primaryColumn(const std::vector<Pixel> &pixels, qreal hue)
{
    qreal sum = 0, mass = 0;
    for (const Pixel &px : pixels) {
        if (hueDistance(px.hue, hue) > 0.05)
            continue;
        sum += px.column * px.weight * px.chroma;
        mass += px.weight * px.chroma;
    }
    return mass > 0 ? sum / mass : VignetteTint::Columns / 2.0;
}

qreal lerpHue(qreal a, qreal b, qreal t)
{
    qreal d = b - a;
    if (d > 0.5)
        d -= 1.0;
    if (d < -0.5)
        d += 1.0;
    qreal h = a + d * t;
    return h < 0 ? h + 1.0 : (h >= 1.0 ? h - 1.0 : h);
}

} // namespace

VignetteTint::HuePick VignetteTint::dominantHue(const QImage &art, const Band &band, bool local)
{
    return pickHue(samplePixels(art, band, local));
}

QColor VignetteTint::bandColor(qreal hue, qreal saturation, const Params &params)
{
    const qreal s = std::clamp(saturation * params.saturation, 0.0, 1.0);
    const qreal v = std::clamp(0.38 * params.lightness, 0.0, 1.0);
    const QColor hsv = QColor::fromHsvF(float(std::clamp(hue, 0.0, 0.9999)), float(s), float(v));
    qreal r = hsv.redF(), g = hsv.greenF(), b = hsv.blueF();
    // Blue reads darker than yellow at the same value: move the luma 40 % of the way to a grey's.
    const qreal luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    if (luma > 0.001) {
        const qreal wanted = luma + 0.40 * (v - luma);
        const qreal k = wanted / luma;
        r *= k;
        g *= k;
        b *= k;
        const qreal over = std::max({r, g, b});
        if (over > 1.0) {
            // Out of gamut: scale into range, then lift toward white to keep the wanted luma.
            r /= over;
            g /= over;
            b /= over;
            const qreal kept = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            const qreal t = kept < 1.0 ? std::clamp((wanted - kept) / (1.0 - kept), 0.0, 1.0) : 0.0;
            r += (1.0 - r) * t;
            g += (1.0 - g) * t;
            b += (1.0 - b) * t;
        }
    }
    limitChroma(r, g, b, 27.0 * params.saturation / 2.5);
    return QColor::fromRgbF(float(std::clamp(r, 0.0, 1.0)), float(std::clamp(g, 0.0, 1.0)),
                            float(std::clamp(b, 0.0, 1.0)));
}

VignetteTint VignetteTint::pick(const QImage &art, const Band &band, const Params &params)
{
    VignetteTint tint;
    const std::vector<Pixel> pixels = samplePixels(art, band, params.local);
    const HuePick hue = pickHue(pixels);
    if (!hue.found || hue.rivalled)
        return tint;  // no colour, or a two-colour seam a single tint would paint wrongly: black
    tint.m_valid = true;
    tint.m_confidence = std::clamp((hue.support - SupportLow) / (SupportFull - SupportLow), 0.0, 1.0);
    tint.m_color = bandColor(hue.hue, hue.saturation, params);

    // Two-tone ramp: from the primary's side of the band to the secondary's, across ≥ 24 columns,
    // walking the hue arc.
    std::array<QColor, Columns> base;
    base.fill(tint.m_color);
    const Secondary second = params.ramp ? pickSecondary(pixels, hue.hue) : Secondary {};
    if (second.found) {
        tint.m_secondary = bandColor(second.hue, second.sat, params);
        qreal from = primaryColumn(pixels, hue.hue);
        qreal to = second.column;
        if (std::fabs(to - from) < 24) {
            const qreal mid = std::clamp((from + to) / 2.0, 12.0, Columns - 12.0);
            const bool rising = to >= from;
            from = rising ? mid - 12 : mid + 12;
            to = rising ? mid + 12 : mid - 12;
        }
        for (int x = 0; x < Columns; ++x) {
            const qreal t = std::clamp((x + 0.5 - from) / (to - from), 0.0, 1.0);
            base[size_t(x)] = bandColor(lerpHue(hue.hue, second.hue, t),
                                        hue.saturation + (second.sat - hue.saturation) * t, params);
        }
    }

    // Local colours: each column's own chroma-weighted hue, blended toward the uniform colour by `blur`.
    const qreal blur = std::clamp(params.blur, 0.0, 1.0);
    std::array<QColor, Columns> local = base;
    if (blur < 1.0) {
        std::array<qreal, Columns> cx {}, cy {}, sat {}, mass {};
        for (const Pixel &px : pixels) {
            const qreal w = px.weight * px.chroma;
            cx[size_t(px.column)] += w * std::cos(2 * M_PI * px.hue);
            cy[size_t(px.column)] += w * std::sin(2 * M_PI * px.hue);
            sat[size_t(px.column)] += w * px.sat;
            mass[size_t(px.column)] += w;
        }
        for (int x = 0; x < Columns; ++x) {
            const size_t i = size_t(x);
            if (mass[i] <= 1e-4)
                continue;  // a colourless column keeps the band colour
            qreal h = std::atan2(cy[i], cx[i]) / (2 * M_PI);
            if (h < 0)
                h += 1.0;
            local[i] = bandColor(h, sat[i] / mass[i], params);
        }
        // Soften column seams: three ±4-column box passes (σ ≈ 4.5 columns, ~35 px at 500 wide), so a
        // change of colour across the art becomes a gradient, not a hard edge in the band.
        for (int pass = 0; pass < 3; ++pass) {
            std::array<QColor, Columns> next = local;
            for (int x = 0; x < Columns; ++x) {
                qreal r = 0, g = 0, b = 0;
                for (int k = -4; k <= 4; ++k) {
                    const QColor &c = local[size_t(std::clamp(x + k, 0, Columns - 1))];
                    r += c.redF();
                    g += c.greenF();
                    b += c.blueF();
                }
                next[size_t(x)] = QColor::fromRgbF(float(r / 9), float(g / 9), float(b / 9));
            }
            local = next;
        }
    }
    for (int x = 0; x < Columns; ++x)
        tint.m_columns[size_t(x)] = mixColor(local[size_t(x)], base[size_t(x)], blur);
    return tint;
}

} // namespace Marquee::Render
