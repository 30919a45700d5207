#include "core/render/fallbackcanvas.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <QDir>
#include <QMutexLocker>
#include <QPainter>
#include <QRadialGradient>

// The backgrounds live in marquee_render's static resources: register them before the first lookup.
static void initGenreBackgrounds()
{
    Q_INIT_RESOURCE(marquee_genre_bg);
}

namespace Marquee::Render {

namespace {

constexpr int MaxCachedCanvases = 32;

struct GenreTint
{
    const char *genre;
    double r, g, b;
};

constexpr GenreTint Tints[] = {
    {"horror", 3.2, .3, .3},    {"thriller", .4, 2.2, .5},   {"mystery", 1, .3, 3},
    {"sci-fi", .3, 1.2, 3.2},   {"fantasy", 1.6, .3, 3},     {"action", 3, .8, .3},
    {"adventure", 2.6, 1.5, .3}, {"animation", .4, .8, 3.2}, {"comedy", 2.6, 2.4, .3},
    {"crime", 2.4, .2, .2},     {"documentary", .3, 2.2, 2.4}, {"drama", .3, .3, 2.6},
    {"family", 2.6, 1.2, .3},   {"history", 2.2, 1.1, .3},   {"music", 2.8, .3, 2.2},
    {"romance", 3, .3, .9},     {"war", .9, 1.6, .3},        {"western", 2.8, 1.1, .2},
    {"kids", .3, 1.1, 3},       {"reality", 2.4, .8, .3},    {"soap", 2.6, .3, .9},
    {"talk", .3, 1.6, 2.4},     {"news", .3, .5, 2.6},
};

// FNV-1a over the UTF-16 of the lower-cased genre: stable across runs and machines.
uint32_t stableSeed(const QString &text)
{
    uint32_t hash = 2166136261u;
    for (QChar c : text.toLower()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash ? hash : 1u;
}

// xorshift32: tiny, fast and the same everywhere.
struct Random
{
    uint32_t state;
    uint32_t next()
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
    double unit() { return (next() & 0xFFFFFF) / double(0x1000000); }
    double range(double lo, double hi) { return lo + (hi - lo) * unit(); }
};

QColor glowColor(const double tint[3], double level, int alpha)
{
    const double peak = std::max({tint[0], tint[1], tint[2]});
    auto channel = [&](double t) { return std::clamp(int(level * (0.25 + 0.75 * t / peak)), 0, 255); };
    return QColor(channel(tint[0]), channel(tint[1]), channel(tint[2]), alpha);
}

void paintGradient(QImage &image, const double tint[3])
{
    const int h = image.height();
    for (int y = 0; y < h; ++y) {
        const double base = 10.0 + 8.0 * std::sin(M_PI * y / h);
        const QRgb row = qRgb(std::min(255, int(base * tint[0])), std::min(255, int(base * tint[1])),
                              std::min(255, int(base * tint[2])));
        std::fill_n(reinterpret_cast<QRgb *>(image.scanLine(y)), image.width(), row);
    }
}

void paintLight(QPainter &p, const QSize &size, const double tint[3], Random &rnd)
{
    const double w = size.width();
    const double h = size.height();
    // A broad key light high in the frame and a weaker fill light low on the opposite side.
    const QPointF key(w * rnd.range(0.30, 0.70), h * rnd.range(0.22, 0.38));
    QRadialGradient keyGradient(key, std::max(w, h) * 0.62);
    keyGradient.setColorAt(0.0, glowColor(tint, 150, 150));
    keyGradient.setColorAt(0.45, glowColor(tint, 110, 60));
    keyGradient.setColorAt(1.0, glowColor(tint, 80, 0));
    p.fillRect(QRectF(0, 0, w, h), keyGradient);

    const QPointF fill(key.x() < w / 2 ? w * 0.85 : w * 0.15, h * rnd.range(0.70, 0.85));
    QRadialGradient fillGradient(fill, std::max(w, h) * 0.45);
    fillGradient.setColorAt(0.0, glowColor(tint, 120, 70));
    fillGradient.setColorAt(1.0, glowColor(tint, 80, 0));
    p.fillRect(QRectF(0, 0, w, h), fillGradient);
}

void paintBokeh(QPainter &p, const QSize &size, const double tint[3], Random &rnd)
{
    const double scale = std::min(size.width(), size.height()) / 500.0;
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 9; ++i) {
        const QPointF centre(size.width() * rnd.unit(), size.height() * rnd.range(0.05, 0.75));
        const double radius = scale * rnd.range(18, 70);
        QRadialGradient disc(centre, radius);
        const int alpha = int(rnd.range(14, 34));
        disc.setColorAt(0.0, glowColor(tint, 230, alpha));
        disc.setColorAt(0.82, glowColor(tint, 230, int(alpha * 0.8)));
        disc.setColorAt(1.0, glowColor(tint, 230, 0));
        p.setBrush(disc);
        p.drawEllipse(centre, radius, radius);
    }
}

void paintVignette(QPainter &p, const QSize &size)
{
    const QPointF centre(size.width() / 2.0, size.height() * 0.45);
    QRadialGradient vignette(centre, std::hypot(size.width(), size.height()) * 0.58);
    vignette.setColorAt(0.0, QColor(0, 0, 0, 0));
    vignette.setColorAt(0.6, QColor(0, 0, 0, 40));
    vignette.setColorAt(1.0, QColor(0, 0, 0, 170));
    p.fillRect(QRect(QPoint(0, 0), size), vignette);
}

// Fine monochrome film grain from a fixed seed, so the canvas never bands and never changes.
void addGrain(QImage &image)
{
    Random rnd {0x9E3779B9u};
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(rnd.next() % 9) - 4;
            const QRgb px = line[x];
            line[x] = qRgb(std::clamp(qRed(px) + n, 0, 255), std::clamp(qGreen(px) + n, 0, 255),
                           std::clamp(qBlue(px) + n, 0, 255));
        }
    }
}

} // namespace

void FallbackCanvas::tintFor(const QString &genre, double rgb[3])
{
    const QString key = genre.trimmed().toLower();
    for (const GenreTint &t : Tints) {
        if (key == QLatin1String(t.genre) || (key == QLatin1String("doc") && qstrcmp(t.genre, "documentary") == 0)) {
            rgb[0] = t.r;
            rgb[1] = t.g;
            rgb[2] = t.b;
            return;
        }
    }
    rgb[0] = 1.0;
    rgb[1] = 1.0;
    rgb[2] = 1.4;
}

QImage FallbackCanvas::paintCanvas(const QString &genre, const QSize &size)
{
    double tint[3];
    tintFor(genre, tint);
    QImage image(size, QImage::Format_RGB32);
    paintGradient(image, tint);
    Random rnd {stableSeed(genre)};
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        paintLight(p, size, tint, rnd);
        paintBokeh(p, size, tint, rnd);
        paintVignette(p, size);
    }
    addGrain(image);
    return image;
}

QStringList FallbackCanvas::photorealGenres()
{
    static const QStringList genres = [] {
        initGenreBackgrounds();
        QStringList stems;
        const QStringList files = QDir(QStringLiteral(":/marquee/genre_bg/photoreal")).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString stem = file.chopped(4);
            if (stem != QLatin1String("default"))
                stems << stem;
        }
        return stems;
    }();
    return genres;
}

QImage FallbackCanvas::photorealBackground(const QString &genre)
{
    QString key = genre.trimmed().toLower();
    if (key == QLatin1String("doc"))
        key = QStringLiteral("documentary");
    QString stem = QStringLiteral("default");
    for (const QString &candidate : photorealGenres()) {
        if (candidate.toLower() == key)
            stem = candidate;
    }
    return QImage(QStringLiteral(":/marquee/genre_bg/photoreal/") + stem + QStringLiteral(".jpg"));
}

QImage FallbackCanvas::photorealCanvas(const QString &genre, const QSize &size)
{
    const QImage background = photorealBackground(genre);
    if (background.isNull())
        return QImage();
    // Fit-cover, centred.
    const qreal scale = qMax(qreal(size.width()) / background.width(), qreal(size.height()) / background.height());
    const QSizeF source(size.width() / scale, size.height() / scale);
    const QRectF crop(QPointF((background.width() - source.width()) / 2.0, (background.height() - source.height()) / 2.0),
                      source);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(image.rect()), background, crop);
    return image;
}

QImage FallbackCanvas::canvas(const QString &genre, const QSize &size, const QString &style) const
{
    const bool photoreal = style.trimmed().toLower() == QLatin1String("photoreal");
    const QString key = (photoreal ? QStringLiteral("photoreal/") : QStringLiteral("minimal/")) + genre.trimmed().toLower()
        + QLatin1Char('@') + QString::number(size.width()) + QLatin1Char('x') + QString::number(size.height());
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
    }
    // Painted outside the lock: two threads may both paint a first canvas, which is harmless.
    QImage image = photoreal ? photorealCanvas(genre, size) : QImage();
    if (image.isNull())
        image = paintCanvas(genre, size);  // minimal, or photoreal without a usable background
    QMutexLocker lock(&m_mutex);
    if (m_cache.size() >= MaxCachedCanvases)
        m_cache.clear();
    m_cache.insert(key, image);
    return image;
}

} // namespace Marquee::Render
