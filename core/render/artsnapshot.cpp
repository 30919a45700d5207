#include "core/render/artsnapshot.h"

#include <cmath>
#include <cstring>

#include "core/render/imagefilters.h"
#include "core/render/lrucache.h"

namespace Marquee::Render {

namespace {

// Frosted areas are a few KB each (the blur works reduced); tints are a few hundred bytes.
constexpr qsizetype FrostCacheBytes = 4 * 1024 * 1024;
constexpr qsizetype TintCacheBytes = 1024 * 1024;

LruCache<QImage> &frostCache()
{
    static LruCache<QImage> cache(FrostCacheBytes);
    return cache;
}

LruCache<FrostTint> &frostTintCache()
{
    static LruCache<FrostTint> cache(TintCacheBytes);
    return cache;
}

LruCache<VignetteTint> &vignetteTintCache()
{
    static LruCache<VignetteTint> cache(TintCacheBytes);
    return cache;
}

// A 64-bit hash of every pixel: four independent multiply-xor lanes over 8-byte words, folded.
// Fast enough to run on every render (well under 1 % of one), and collisions are not a practical
// concern at the few thousand arts a cache holds.
quint64 hashPixels(const QImage &image)
{
    constexpr quint64 Mul = 0x9E3779B97F4A7C15ull;
    quint64 lanes[4]
        = { 0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull, 0x082EFA98EC4E6C89ull };
    const size_t rowBytes = size_t(image.width()) * 4;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        size_t i = 0;
        for (; i + 32 <= rowBytes; i += 32) {
            for (int k = 0; k < 4; ++k) {
                quint64 word;
                memcpy(&word, row + i + size_t(k) * 8, 8);
                lanes[k] = (lanes[k] ^ word) * Mul;
                lanes[k] ^= lanes[k] >> 31;
            }
        }
        for (; i + 4 <= rowBytes; i += 4) {
            quint32 word;
            memcpy(&word, row + i, 4);
            lanes[0] = ((lanes[0] ^ word) * Mul) ^ (lanes[0] >> 29);
        }
    }
    quint64 h = (quint64(image.width()) << 32) | quint64(image.height());
    for (quint64 lane : lanes)
        h = ((h ^ lane) * Mul) ^ (h >> 27);
    return h;
}

// The memo key: the art's hash followed by the raw bytes of whatever else the result depends on.
template <typename... Parts> QByteArray keyOf(quint64 art, const Parts &...parts)
{
    QByteArray key(reinterpret_cast<const char *>(&art), sizeof art);
    (key.append(reinterpret_cast<const char *>(&parts), sizeof parts), ...);
    return key;
}

} // namespace

ArtSnapshot::ArtSnapshot(const QImage &canvas)
    : m_canvasSize(canvas.size())
{
    if (canvas.isNull())
        return;
    m_image = ImageFilters::scaled(
        canvas, QSize(qMax(1, qRound(canvas.width() * m_scale)), qMax(1, qRound(canvas.height() * m_scale))))
                  .convertToFormat(QImage::Format_RGB32);
    m_key = hashPixels(m_image);
}

QImage ArtSnapshot::frosted(const QRect &canvasRect, qreal sigma, QRect *placed) const
{
    const QRect area = canvasRect.intersected(QRect(QPoint(0, 0), m_canvasSize));
    if (placed)
        *placed = area;
    if (m_image.isNull() || area.isEmpty())
        return QImage();
    // The matching area of the reduced copy, widened to whole pixels.
    const QRect source(int(std::floor(area.x() * m_scale)), int(std::floor(area.y() * m_scale)),
        qMax(1, int(std::ceil((area.right() + 1) * m_scale)) - int(std::floor(area.x() * m_scale))),
        qMax(1, int(std::ceil((area.bottom() + 1) * m_scale)) - int(std::floor(area.y() * m_scale))));
    const QRect clipped = source.intersected(m_image.rect());
    const QByteArray key = keyOf(m_key, clipped, sigma);
    if (std::optional<QImage> hit = frostCache().find(key))
        return *hit;
    QImage result = ImageFilters::blurredReduced(m_image.copy(clipped), sigma * m_scale);
    frostCache().insert(key, result, result.sizeInBytes() + key.size());
    return result;
}

QImage ArtSnapshot::blurred(const QRect &canvasRect, qreal sigma, QRect *placed, QColor *mean) const
{
    QRect area;
    const QImage reduced = frosted(canvasRect, sigma, &area);
    if (placed)
        *placed = area;
    if (mean)
        *mean = ImageFilters::meanColor(reduced);
    if (reduced.isNull())
        return QImage();
    return ImageFilters::scaled(reduced, area.size()).convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

FrostTint ArtSnapshot::frostTint() const
{
    if (m_image.isNull())
        return FrostTint();
    const QByteArray key = keyOf(m_key);
    if (std::optional<FrostTint> hit = frostTintCache().find(key))
        return *hit;
    const FrostTint tint = FrostTint::sample(m_image);
    frostTintCache().insert(key, tint, qsizetype(sizeof tint) + key.size());
    return tint;
}

VignetteTint ArtSnapshot::vignetteTint(
    const VignetteTint::Band &band, const VignetteTint::Params &params) const
{
    if (m_image.isNull())
        return VignetteTint();
    const QByteArray key = keyOf(m_key, band.top, band.bottom, band.outerAtBottom, params.saturation,
        params.lightness, params.blur, params.ramp, params.local);
    if (std::optional<VignetteTint> hit = vignetteTintCache().find(key))
        return *hit;
    const VignetteTint tint = VignetteTint::pick(m_image, band, params);
    vignetteTintCache().insert(key, tint, qsizetype(sizeof tint) + key.size());
    return tint;
}

void ArtSnapshot::clearCaches()
{
    frostCache().clear();
    frostTintCache().clear();
    vignetteTintCache().clear();
}

} // namespace Marquee::Render
