#include "tests/tools/samplegen/canvas.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include <QLinearGradient>
#include <QRadialGradient>

namespace Marquee::SampleGen {

namespace {

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

// One box-blur pass along a line of `count` pixels `stride` apart; edges repeat the end pixel.
void blurLine(QRgb *line, int count, int stride, int radius, std::vector<QRgb> &scratch)
{
    scratch.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        scratch[size_t(i)] = line[qsizetype(i) * stride];
    const int window = 2 * radius + 1;
    int sum[4] = { 0, 0, 0, 0 };
    auto add = [&](QRgb p, int sign) {
        sum[0] += sign * qAlpha(p);
        sum[1] += sign * qRed(p);
        sum[2] += sign * qGreen(p);
        sum[3] += sign * qBlue(p);
    };
    auto pixel = [&](int i) { return scratch[size_t(std::clamp(i, 0, count - 1))]; };
    for (int i = -radius; i <= radius; ++i)
        add(pixel(i), 1);
    for (int i = 0; i < count; ++i) {
        line[qsizetype(i) * stride]
            = qRgba(sum[1] / window, sum[2] / window, sum[3] / window, sum[0] / window);
        add(pixel(i - radius), -1);
        add(pixel(i + radius + 1), 1);
    }
}

} // namespace

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = clamp01(t);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t),
        float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor withAlpha(const QColor &c, double alpha)
{
    QColor out = c;
    out.setAlphaF(float(clamp01(alpha)));
    return out;
}

QRgb premul(double r, double g, double b, double a)
{
    a = clamp01(a);
    return qRgba(int(clamp01(r) * a * 255.0 + 0.5), int(clamp01(g) * a * 255.0 + 0.5),
        int(clamp01(b) * a * 255.0 + 0.5), int(a * 255.0 + 0.5));
}

double smoothstep(double edge0, double edge1, double x)
{
    const double t = clamp01((x - edge0) / (edge1 - edge0));
    return t * t * (3.0 - 2.0 * t);
}

Canvas::Canvas(int width, int height, quint64 seed)
    : m_image(width, height, QImage::Format_ARGB32_Premultiplied)
    , m_seed(seed)
    , m_rng(seed)
{
    m_image.fill(Qt::black);
}

void Canvas::fillVertical(const QGradientStops &stops)
{
    QLinearGradient gradient(0, 0, 0, h());
    gradient.setStops(stops);
    QPainter p(&m_image);
    p.fillRect(m_image.rect(), gradient);
}

void Canvas::fillPath(const QPainterPath &path, const QBrush &brush, QPainter::CompositionMode mode)
{
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(mode);
    p.fillPath(path, brush);
}

void Canvas::glow(
    QPointF centre, double radius, const QColor &colour, double falloff, QPainter::CompositionMode mode)
{
    QRadialGradient gradient(centre, radius);
    constexpr int steps = 16;
    for (int i = 0; i <= steps; ++i) {
        const double r = double(i) / steps;
        gradient.setColorAt(r, withAlpha(colour, colour.alphaF() * std::pow(1.0 - r, falloff)));
    }
    QPainter p(&m_image);
    p.setCompositionMode(mode);
    p.fillRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), gradient);
}

void Canvas::paintField(const QRectF &area, int downscale, const std::function<QRgb(double, double)> &shader,
    QPainter::CompositionMode mode, const QPainterPath &clip)
{
    const int gw = std::max(2, int(std::ceil(area.width() / downscale)));
    const int gh = std::max(2, int(std::ceil(area.height() / downscale)));
    QImage field(gw, gh, QImage::Format_ARGB32_Premultiplied);
    const double sx = area.width() / gw;
    const double sy = area.height() / gh;
    for (int j = 0; j < gh; ++j) {
        auto *line = reinterpret_cast<QRgb *>(field.scanLine(j));
        const double y = area.top() + (j + 0.5) * sy;
        for (int i = 0; i < gw; ++i)
            line[i] = shader(area.left() + (i + 0.5) * sx, y);
    }
    QPainter p(&m_image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(mode);
    if (!clip.isEmpty())
        p.setClipPath(clip);
    p.drawImage(area, field);
}

void Canvas::rimLitFill(const QPainterPath &path, const QBrush &fill, const QColor &rim, QPointF towardLight)
{
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillPath(path.translated(towardLight), rim);
    p.fillPath(path, fill);
}

void Canvas::stars(int count, const QRectF &area, double maxRadius, const QColor &tint,
    const std::function<double(double, double)> &visibility)
{
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(QPainter::CompositionMode_Plus);
    p.setPen(Qt::NoPen);
    Rng rng = m_rng.fork(0x57A125);
    for (int i = 0; i < count; ++i) {
        const QPointF c(rng.range(area.left(), area.right()), rng.range(area.top(), area.bottom()));
        const double brightness = std::pow(rng.uniform(), 3.0);
        const double seen = visibility ? visibility(c.x(), c.y()) : 1.0;
        if (seen <= 0.01)
            continue;
        const double r = 0.35 + brightness * maxRadius;
        const QColor colour = mix(QColor(255, 255, 255), tint, rng.uniform() * 0.6);
        p.setBrush(withAlpha(colour, (0.25 + 0.75 * brightness) * seen));
        p.drawEllipse(c, r, r);
        if (brightness > 0.55) {
            QRadialGradient halo(c, r * 6);
            halo.setColorAt(0, withAlpha(colour, 0.35 * seen * brightness));
            halo.setColorAt(1, withAlpha(colour, 0));
            p.setBrush(halo);
            p.drawEllipse(c, r * 6, r * 6);
        }
    }
}

void Canvas::rain(
    int count, double angleDeg, double minLen, double maxLen, const QColor &colour, double alpha)
{
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(QPainter::CompositionMode_Screen);
    Rng rng = m_rng.fork(0x4A1);
    const double a = angleDeg * M_PI / 180.0;
    for (int i = 0; i < count; ++i) {
        const QPointF start(rng.range(-0.1 * w(), 1.1 * w()), rng.range(-0.1 * h(), h()));
        const double length = rng.range(minLen, maxLen);
        const QPointF end = start + QPointF(std::sin(a) * length, std::cos(a) * length);
        p.setPen(QPen(withAlpha(colour, alpha * rng.range(0.3, 1.0)), rng.range(0.6, 1.6), Qt::SolidLine,
            Qt::RoundCap));
        p.drawLine(start, end);
    }
}

void Canvas::bloom(double threshold, double radius, double strength)
{
    constexpr int factor = 4;
    QImage bright
        = m_image.scaled(width() / factor, height() / factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
              .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < bright.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(bright.scanLine(y));
        for (int x = 0; x < bright.width(); ++x) {
            const QRgb c = line[x];
            const double peak = std::max({ qRed(c), qGreen(c), qBlue(c) }) / 255.0;
            const double k = clamp01((peak - threshold) / (1.0 - threshold));
            line[x] = qRgba(int(qRed(c) * k), int(qGreen(c) * k), int(qBlue(c) * k), 255);
        }
    }
    boxBlur(bright, std::max(1, int(radius / factor)));
    QPainter p(&m_image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setCompositionMode(QPainter::CompositionMode_Plus);
    p.setOpacity(strength);
    p.drawImage(m_image.rect(), bright);
}

void Canvas::grade(const Grade &g)
{
    auto zeroMean = [](const QColor &c) {
        const double mean = (c.redF() + c.greenF() + c.blueF()) / 3.0;
        return std::array<double, 3> { c.redF() - mean, c.greenF() - mean, c.blueF() - mean };
    };
    const auto shadow = zeroMean(g.shadowTint);
    const auto highlight = zeroMean(g.highlightTint);
    for (int y = 0; y < height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        for (int x = 0; x < width(); ++x) {
            double c[3] = { qRed(line[x]) / 255.0, qGreen(line[x]) / 255.0, qBlue(line[x]) / 255.0 };
            const double l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
            for (int k = 0; k < 3; ++k) {
                double v = l + (c[k] - l) * g.saturation;
                v += g.tintStrength * (shadow[size_t(k)] * (1 - l) * (1 - l) + highlight[size_t(k)] * l * l);
                v = clamp01(v);
                v += (g.contrast - 1.0) * 2.0 * (smoothstep(0, 1, v) - v);
                c[k] = clamp01(v);
            }
            line[x] = qRgba(int(c[0] * 255 + 0.5), int(c[1] * 255 + 0.5), int(c[2] * 255 + 0.5), 255);
        }
    }
}

void Canvas::vignette(double strength, double roundness)
{
    const double cx = w() / 2;
    const double cy = h() / 2;
    // Normalise by the long side so the darkening hugs the corners, not a stretched ellipse.
    const double rx = std::max(w(), h()) / 2 * roundness + w() / 2 * (1 - roundness);
    const double ry = std::max(w(), h()) / 2 * roundness + h() / 2 * (1 - roundness);
    for (int y = 0; y < height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        const double dy = (y - cy) / ry;
        for (int x = 0; x < width(); ++x) {
            const double dx = (x - cx) / rx;
            const double d = std::sqrt(dx * dx + dy * dy);
            const double f = 1.0 - strength * smoothstep(0.35, 1.25, d);
            const QRgb c = line[x];
            line[x] = qRgba(int(qRed(c) * f), int(qGreen(c) * f), int(qBlue(c) * f), 255);
        }
    }
}

void Canvas::grain(double amount, double size)
{
    Rng rng = m_rng.fork(0x6A41);
    const int gw = std::max(2, int(width() / size));
    const int gh = std::max(2, int(height() / size));
    QImage noise(gw, gh, QImage::Format_Grayscale8);
    for (int y = 0; y < gh; ++y) {
        uchar *line = noise.scanLine(y);
        for (int x = 0; x < gw; ++x)
            line[x] = uchar(std::clamp(128.0 + rng.gaussian() * 42.0, 0.0, 255.0));
    }
    noise = noise.scaled(width(), height(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        const uchar *n = noise.constScanLine(y);
        for (int x = 0; x < width(); ++x) {
            const QRgb c = line[x];
            const double l = (0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c)) / 255.0;
            // Film grain is most visible in the mid-tones and nearly absent in crushed blacks.
            const double weight = 0.25 + 3.0 * l * (1.0 - l);
            const double delta = (n[x] - 128) / 128.0 * amount * weight * 255.0;
            line[x] = qRgba(std::clamp(int(qRed(c) + delta), 0, 255),
                std::clamp(int(qGreen(c) + delta), 0, 255), std::clamp(int(qBlue(c) + delta), 0, 255), 255);
        }
    }
}

void Canvas::boxBlur(QImage &image, int radius)
{
    if (radius < 1)
        return;
    if (image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    std::vector<QRgb> scratch;
    const int stride = int(image.bytesPerLine() / 4);
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    for (int pass = 0; pass < 3; ++pass) {
        for (int y = 0; y < image.height(); ++y)
            blurLine(bits + qsizetype(y) * stride, image.width(), 1, radius, scratch);
        for (int x = 0; x < image.width(); ++x)
            blurLine(bits + x, image.height(), stride, radius, scratch);
    }
}

} // namespace Marquee::SampleGen
