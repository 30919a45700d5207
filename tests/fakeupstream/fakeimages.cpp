#include "tests/fakeupstream/fakeimages.h"

#include <algorithm>
#include <random>

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRegularExpression>

namespace Marquee::Tests {

namespace {

// FNV-1a: qHash is seeded per process, and the pictures must not change between runs.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= static_cast<quint8>(byte);
        hash *= 16777619u;
    }
    return hash;
}

QSize targetSize(const FakeImage &image, const QString &size)
{
    if (size == QLatin1String("original"))
        return {image.width, image.height};
    static const QRegularExpression pattern(QStringLiteral("^([wh])(\\d{2,4})$"));
    const QRegularExpressionMatch match = pattern.match(size);
    if (!match.hasMatch())
        return {};
    const int n = std::clamp(match.captured(2).toInt(), 16, 2000);
    if (match.captured(1) == QLatin1String("w"))
        return {n, std::max(1, qRound(n * double(image.height) / image.width))};
    return {std::max(1, qRound(n * double(image.width) / image.height)), n};
}

bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

class Painter
{
public:
    Painter(QImage &image, quint32 seed)
        : m_painter(&image)
        , m_size(image.size())
        , m_rng(seed)
        , m_hue(static_cast<int>(seed % 360))
    {
        m_painter.setRenderHint(QPainter::Antialiasing);
    }

    double uniform(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_rng); }
    QColor hsv(int hueShift, int saturation, int value, int alpha = 255) const
    {
        return QColor::fromHsv((m_hue + hueShift + 360) % 360, saturation, value, alpha);
    }

    // Sky, a glowing sun, stars and three mountain ridges, then a soft vignette.
    void scene()
    {
        const double w = m_size.width();
        const double h = m_size.height();
        QLinearGradient sky(0, 0, 0, h);
        sky.setColorAt(0, hsv(0, 170, 45));
        sky.setColorAt(0.55, hsv(25, 190, 150));
        sky.setColorAt(1, hsv(45, 200, 230));
        m_painter.fillRect(QRectF(0, 0, w, h), sky);

        for (int i = 0; i < 70; ++i) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(QColor(255, 255, 255, static_cast<int>(uniform(40, 200))));
            const double r = uniform(0.5, 1.8) * w / 500.0;
            m_painter.drawEllipse(QPointF(uniform(0, w), uniform(0, h * 0.45)), r, r);
        }

        const QPointF sun(w * uniform(0.25, 0.75), h * uniform(0.25, 0.4));
        const double radius = std::min(w, h) * uniform(0.14, 0.22);
        QRadialGradient glow(sun, radius * 2.2);
        glow.setColorAt(0, hsv(180, 60, 255, 255));
        glow.setColorAt(0.45, hsv(190, 90, 255, 160));
        glow.setColorAt(1, hsv(200, 120, 255, 0));
        m_painter.setBrush(glow);
        m_painter.drawEllipse(sun, radius * 2.2, radius * 2.2);

        for (int layer = 0; layer < 3; ++layer)
            ridge(0.55 + layer * 0.12, hsv(-20 + layer * 10, 150, 110 - layer * 35));

        QRadialGradient vignette(QPointF(w / 2, h / 2), std::max(w, h) * 0.75);
        vignette.setColorAt(0.55, QColor(0, 0, 0, 0));
        vignette.setColorAt(1, QColor(0, 0, 0, 150));
        m_painter.fillRect(QRectF(0, 0, w, h), vignette);
    }

    // Title lettering scaled to fit the box, gradient-filled with a dark outline.
    void lettering(const QRectF &box, const QString &text)
    {
        if (!canDrawText() || text.isEmpty())
            return;
        QFont font;
        font.setFamilies({QStringLiteral("Bebas Neue"), QStringLiteral("Inter"), QStringLiteral("DejaVu Sans")});
        font.setPixelSize(100);
        font.setBold(true);
        QPainterPath path;
        path.addText(0, 0, font, text);
        const QRectF bounds = path.boundingRect();
        if (bounds.isEmpty())
            return;
        const double scale = std::min(box.width() / bounds.width(), box.height() / bounds.height());
        QTransform transform;
        transform.translate(box.center().x(), box.center().y());
        transform.scale(scale, scale);
        transform.translate(-bounds.center().x(), -bounds.center().y());
        const QPainterPath placed = transform.map(path);

        QLinearGradient fill(box.topLeft(), box.bottomLeft());
        fill.setColorAt(0, QColor(255, 250, 235));
        fill.setColorAt(1, hsv(30, 120, 255));
        m_painter.setPen(QPen(QColor(10, 10, 20, 220), std::max(1.5, box.height() * 0.03)));
        m_painter.setBrush(fill);
        m_painter.drawPath(placed);
    }

    // Without fonts a logo is still a recognisable shape: a bordered gradient pill.
    void emblem(const QRectF &box)
    {
        QLinearGradient fill(box.topLeft(), box.bottomRight());
        fill.setColorAt(0, hsv(0, 160, 255));
        fill.setColorAt(1, hsv(60, 200, 200));
        m_painter.setPen(QPen(QColor(20, 20, 30), std::max(2.0, box.height() * 0.05)));
        m_painter.setBrush(fill);
        m_painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    }

private:
    void ridge(double baseline, const QColor &color)
    {
        const double w = m_size.width();
        const double h = m_size.height();
        QPainterPath path(QPointF(0, h));
        const int peaks = 6;
        for (int i = 0; i <= peaks; ++i) {
            const double x = w * i / peaks;
            path.lineTo(x, h * (baseline + uniform(-0.08, 0.05)));
        }
        path.lineTo(w, h);
        path.closeSubpath();
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(color);
        m_painter.drawPath(path);
    }

    QPainter m_painter;
    QSize m_size;
    std::mt19937 m_rng;
    int m_hue;
};

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // PNG's "quality" is its compression level in Qt; only JPEG gets an explicit quality.
    image.save(&buffer, format, qstrcmp(format, "JPG") == 0 ? 90 : -1);
    return bytes;
}

constexpr qsizetype MaxDrawnImages = 512;  // a few MB; the test titles have far fewer pictures

} // namespace

QByteArray fakeImageBytes(const FakeImageRef &ref, const QString &size)
{
    if (!ref.title || !ref.image)
        return {};
    // Painting and encoding a picture takes the fake longer than a CDN takes to answer, and would
    // count against the daemon in every measurement: each picture is drawn once per process.
    static QMutex mutex;
    static QHash<QString, QByteArray> drawn;
    const QString key = QString::number(int(ref.kind)) + QLatin1Char('|') + ref.image->file + QLatin1Char('|') + size;
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = drawn.constFind(key); found != drawn.cend())
            return *found;
    }
    QByteArray bytes = drawImageBytes(ref, size);
    const QMutexLocker lock(&mutex);
    if (drawn.size() >= MaxDrawnImages)
        drawn.clear();
    drawn.insert(key, bytes);
    return bytes;
}

QByteArray drawImageBytes(const FakeImageRef &ref, const QString &size)
{
    const QSize pixels = targetSize(*ref.image, size);
    if (pixels.isEmpty())
        return {};
    const quint32 seed = stableHash(ref.image->file);
    const QString title = ref.title->title;

    if (ref.kind == FakeImageKind::Logo) {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            Painter painter(image, seed);
            const QRectF box = QRectF(image.rect()).adjusted(pixels.width() * 0.04, pixels.height() * 0.08,
                                                             -pixels.width() * 0.04, -pixels.height() * 0.08);
            if (canDrawText())
                painter.lettering(box, title);
            else
                painter.emblem(box);
        }
        return encode(image, "PNG");
    }

    QImage image(pixels, QImage::Format_RGB32);
    {
        Painter painter(image, seed);
        painter.scene();
        if (!ref.image->language.isEmpty()) {  // text-bearing art carries the title
            const double w = pixels.width();
            const double h = pixels.height();
            const QRectF box = ref.kind == FakeImageKind::Poster
                ? QRectF(w * 0.08, h * 0.72, w * 0.84, h * 0.12)
                : QRectF(w * 0.08, h * 0.38, w * 0.5, h * 0.18);
            painter.lettering(box, title.toUpper());
        }
    }
    const bool png = ref.image->file.endsWith(QLatin1String(".png"));
    return encode(image, png ? "PNG" : "JPG");
}

} // namespace Marquee::Tests
