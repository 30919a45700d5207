#include "core/render/blend.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include <QTransform>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Marquee::Render {

namespace {

// Qt's exact x / 255 for x ≤ 255 × 255 (qt_div_255).
inline uint div255(uint x)
{
    return (x + (x >> 8) + 0x80) >> 8;
}

// Qt's Darken for premultiplied pixels, then the partial-opacity interpolation of QPartialCoverage.
inline quint32 darkenPixel(quint32 d, quint32 s, uint ca)
{
    const uint da = d >> 24, sa = s >> 24;
    quint32 out = 0;
    for (int shift = 0; shift < 24; shift += 8) {
        const uint dc = (d >> shift) & 0xff, sc = (s >> shift) & 0xff;
        const uint r = div255(std::min(sc * da, dc * sa) + sc * (255 - da) + dc * (255 - sa));
        out |= div255(r * ca + dc * (255 - ca)) << shift;
    }
    const uint a = 255 - (((255 - sa) * (255 - da)) >> 8);
    return out | (div255(a * ca + da * (255 - ca)) << 24);
}

#ifdef __SSE2__
// Two pixels (8 lanes of 16 bits) at a time; every intermediate stays below 2^16, as in the scalar.
inline __m128i darkenLanes(__m128i d, __m128i s, __m128i ca, __m128i ica)
{
    const __m128i c255 = _mm_set1_epi16(255);
    const __m128i c80 = _mm_set1_epi16(0x80);
    const auto broadcastAlpha = [](__m128i v) {
        return _mm_shufflehi_epi16(_mm_shufflelo_epi16(v, _MM_SHUFFLE(3, 3, 3, 3)), _MM_SHUFFLE(3, 3, 3, 3));
    };
    const auto div = [&](__m128i x) { return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(x, _mm_srli_epi16(x, 8)), c80), 8); };
    const __m128i da = broadcastAlpha(d), sa = broadcastAlpha(s);
    const __m128i a = _mm_mullo_epi16(s, da), b = _mm_mullo_epi16(d, sa);
    const __m128i lesser = _mm_sub_epi16(a, _mm_subs_epu16(a, b));
    const __m128i sum = _mm_add_epi16(_mm_add_epi16(lesser, _mm_mullo_epi16(s, _mm_sub_epi16(c255, da))),
                                      _mm_mullo_epi16(d, _mm_sub_epi16(c255, sa)));
    __m128i r = div(sum);
    // The alpha lanes take Qt's mix_alpha instead.
    const __m128i mixed = _mm_sub_epi16(
        c255, _mm_srli_epi16(_mm_mullo_epi16(_mm_sub_epi16(c255, sa), _mm_sub_epi16(c255, da)), 8));
    const __m128i alphaLanes = _mm_set_epi16(-1, 0, 0, 0, -1, 0, 0, 0);
    r = _mm_or_si128(_mm_and_si128(alphaLanes, mixed), _mm_andnot_si128(alphaLanes, r));
    return div(_mm_add_epi16(_mm_mullo_epi16(r, ca), _mm_mullo_epi16(d, ica)));
}
#endif

#ifdef __SSE2__
// The same over an opaque destination (da = 255, the RGB32 canvas), where the formula loses two
// terms and the alpha lanes stay 255: about half the work.
inline __m128i darkenOpaqueLanes(__m128i d, __m128i s, __m128i ca, __m128i ica)
{
    const __m128i c255 = _mm_set1_epi16(255);
    const __m128i c80 = _mm_set1_epi16(0x80);
    const auto div = [&](__m128i x) { return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(x, _mm_srli_epi16(x, 8)), c80), 8); };
    const __m128i sa = _mm_shufflehi_epi16(_mm_shufflelo_epi16(s, _MM_SHUFFLE(3, 3, 3, 3)), _MM_SHUFFLE(3, 3, 3, 3));
    const __m128i a = _mm_sub_epi16(_mm_slli_epi16(s, 8), s);  // s × 255
    const __m128i b = _mm_mullo_epi16(d, sa);
    const __m128i lesser = _mm_sub_epi16(a, _mm_subs_epu16(a, b));
    const __m128i r = div(_mm_add_epi16(lesser, _mm_mullo_epi16(d, _mm_sub_epi16(c255, sa))));
    const __m128i alphaLanes = _mm_set_epi16(255, 0, 0, 0, 255, 0, 0, 0);
    return _mm_or_si128(div(_mm_add_epi16(_mm_mullo_epi16(r, ca), _mm_mullo_epi16(d, ica))), alphaLanes);
}
#endif

#ifdef __SSE2__
// Qt's BYTE_MUL per 16-bit lane: v × a / 255, rounded.
inline __m128i mulLanes(__m128i v, __m128i a)
{
    const __m128i t = _mm_mullo_epi16(v, a);
    return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(t, _mm_srli_epi16(t, 8)), _mm_set1_epi16(0x80)), 8);
}

// Qt's SourceOver per two pixels in 16-bit lanes: s + d × (255 − sa) / 255.
inline __m128i overLanes(__m128i d, __m128i s)
{
    const __m128i sa = _mm_shufflehi_epi16(_mm_shufflelo_epi16(s, _MM_SHUFFLE(3, 3, 3, 3)), _MM_SHUFFLE(3, 3, 3, 3));
    return _mm_add_epi16(s, mulLanes(d, _mm_sub_epi16(_mm_set1_epi16(255), sa)));
}
#endif

void darkenRow(quint32 *dst, const quint32 *src, int length, uint ca, bool opaque)
{
    int x = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    const __m128i vca = _mm_set1_epi16(short(ca)), vica = _mm_set1_epi16(short(255 - ca));
    const auto lanes = opaque ? darkenOpaqueLanes : darkenLanes;
    for (; x + 4 <= length; x += 4) {
        const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i *>(dst + x));
        const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + x));
        const __m128i lo = lanes(_mm_unpacklo_epi8(d, zero), _mm_unpacklo_epi8(s, zero), vca, vica);
        const __m128i hi = lanes(_mm_unpackhi_epi8(d, zero), _mm_unpackhi_epi8(s, zero), vca, vica);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + x), _mm_packus_epi16(lo, hi));
    }
#else
    Q_UNUSED(opaque);
#endif
    for (; x < length; ++x)
        dst[x] = darkenPixel(dst[x], src[x], ca);
}

// The device pixel `topLeft` maps to when the painter only translates by whole pixels; false when
// its state needs QPainter (rotation, scaling, clipping, sub-pixel offsets, other devices).
bool plainImageTarget(QPainter &painter, const QPoint &topLeft, QImage **image, QPoint *device)
{
    QPaintDevice *target = painter.device();
    if (!target || target->devType() != QInternal::Image || painter.hasClipping())
        return false;
    const QTransform world = painter.worldTransform();
    if (world.type() > QTransform::TxTranslate || world.dx() != std::round(world.dx())
        || world.dy() != std::round(world.dy()))
        return false;
    *image = static_cast<QImage *>(target);
    const QImage::Format format = (*image)->format();
    if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32_Premultiplied)
        return false;
    // Writing to a shared image would detach it from the buffer the painter draws into.
    if (!(*image)->isDetached())
        return false;
    *device = topLeft + QPoint(int(world.dx()), int(world.dy()));
    return true;
}

// Qt's BYTE_MUL on one pixel: every channel × a / 255, rounded.
inline quint32 byteMul(quint32 p, uint a)
{
    quint32 t = (p & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    quint32 u = ((p >> 8) & 0xff00ff) * a;
    u = (u + ((u >> 8) & 0xff00ff) + 0x800080);
    return (t & 0xff00ff) | (u & 0xff00ff00);
}

// Qt's SourceOver of one premultiplied pixel.
inline quint32 sourceOver(quint32 d, quint32 s)
{
    return s + byteMul(d, 255 - (s >> 24));
}

uint columnAlpha(const QImage &column, int y)
{
    return qAlpha(reinterpret_cast<const QRgb *>(column.constScanLine(y))[0]);
}

// The expanded layer for the QPainter fallbacks: `row` repeated and masked row by row.
QImage bandLayer(const QImage &row, const QImage &column)
{
    QImage layer(row.width(), column.height(), QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < layer.height(); ++y)
        memcpy(layer.scanLine(y), row.constScanLine(0), size_t(row.width()) * sizeof(quint32));
    Blend::maskRows(layer, column);
    return layer;
}

} // namespace

void Blend::drawMaskedRows(QPainter &painter, const QPoint &topLeft, const QImage &image, const QImage &column)
{
    if (image.isNull())
        return;
    QImage *canvas = nullptr;
    QPoint at;
    if (!plainImageTarget(painter, topLeft, &canvas, &at) || painter.opacity() < 1.0
        || painter.compositionMode() != QPainter::CompositionMode_SourceOver
        || (image.format() != QImage::Format_ARGB32_Premultiplied && image.format() != QImage::Format_RGB32)) {
        QImage masked = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        maskRows(masked, column);
        painter.drawImage(topLeft, masked);
        return;
    }
    const QRect area = QRect(at, image.size()).intersected(canvas->rect());
    const QPoint from = area.topLeft() - at;
    for (int y = 0; y < area.height(); ++y) {
        const int row = from.y() + y;
        const uint alpha = row < column.height() ? columnAlpha(column, row) : 0;
        if (alpha == 0)
            continue;
        quint32 *dst = reinterpret_cast<quint32 *>(canvas->scanLine(area.y() + y)) + area.x();
        const quint32 *src = reinterpret_cast<const quint32 *>(image.constScanLine(row)) + from.x();
        int x = 0;
#ifdef __SSE2__
        const __m128i zero = _mm_setzero_si128(), a = _mm_set1_epi16(short(alpha));
        for (; x + 4 <= area.width(); x += 4) {
            const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i *>(dst + x));
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + x));
            const __m128i lo = overLanes(_mm_unpacklo_epi8(d, zero), mulLanes(_mm_unpacklo_epi8(v, zero), a));
            const __m128i hi = overLanes(_mm_unpackhi_epi8(d, zero), mulLanes(_mm_unpackhi_epi8(v, zero), a));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + x), _mm_packus_epi16(lo, hi));
        }
#endif
        for (; x < area.width(); ++x)
            dst[x] = sourceOver(dst[x], byteMul(src[x], alpha));
    }
}

void Blend::tintBand(QPainter &painter, const QPoint &topLeft, const QImage &row, const QImage &column,
                     qreal darkenOpacity)
{
    if (row.isNull() || column.isNull())
        return;
    QImage *canvas = nullptr;
    QPoint at;
    if (!plainImageTarget(painter, topLeft, &canvas, &at) || painter.opacity() < 1.0
        || painter.compositionMode() != QPainter::CompositionMode_SourceOver
        || row.format() != QImage::Format_ARGB32_Premultiplied) {
        const QImage layer = bandLayer(row, column);
        painter.drawImage(topLeft, layer);
        darken(painter, topLeft, layer, darkenOpacity);
        return;
    }
    const uint ca = uint(255 * qRound(std::clamp(darkenOpacity, 0.0, 1.0) * 256)) >> 8;
    const bool opaque = canvas->format() == QImage::Format_RGB32;
    const QRect area = QRect(at, QSize(row.width(), column.height())).intersected(canvas->rect());
    const QPoint from = area.topLeft() - at;
    const quint32 *colours = reinterpret_cast<const quint32 *>(row.constScanLine(0)) + from.x();
    std::vector<quint32> layer(size_t(area.width()));
    for (int y = 0; y < area.height(); ++y) {
        const uint alpha = columnAlpha(column, from.y() + y);
        if (alpha == 0)
            continue;
        quint32 *dst = reinterpret_cast<quint32 *>(canvas->scanLine(area.y() + y)) + area.x();
        int x = 0;
#ifdef __SSE2__
        // This row of the layer, SourceOver, then Darken with the same layer pixels, all in registers.
        if (opaque) {
            const __m128i zero = _mm_setzero_si128(), a = _mm_set1_epi16(short(alpha));
            const __m128i vca = _mm_set1_epi16(short(ca)), vica = _mm_set1_epi16(short(255 - ca));
            for (; x + 4 <= area.width(); x += 4) {
                const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(colours + x));
                const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i *>(dst + x));
                const __m128i sLo = mulLanes(_mm_unpacklo_epi8(c, zero), a);
                const __m128i sHi = mulLanes(_mm_unpackhi_epi8(c, zero), a);
                __m128i lo = overLanes(_mm_unpacklo_epi8(d, zero), sLo);
                __m128i hi = overLanes(_mm_unpackhi_epi8(d, zero), sHi);
                if (ca > 0) {
                    lo = darkenOpaqueLanes(lo, sLo, vca, vica);
                    hi = darkenOpaqueLanes(hi, sHi, vca, vica);
                }
                _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + x), _mm_packus_epi16(lo, hi));
            }
        }
#endif
        const int done = x;
        for (; x < area.width(); ++x) {
            layer[size_t(x)] = byteMul(colours[x], alpha);
            dst[x] = sourceOver(dst[x], layer[size_t(x)]);
        }
        if (ca > 0 && done < area.width())
            darkenRow(dst + done, layer.data() + done, area.width() - done, ca, opaque);
    }
}

void Blend::darken(QPainter &painter, const QPoint &topLeft, const QImage &layer, qreal opacity)
{
    if (layer.isNull())
        return;
    QImage *canvas = nullptr;
    QPoint at;
    if (!plainImageTarget(painter, topLeft, &canvas, &at) || layer.format() != QImage::Format_ARGB32_Premultiplied) {
        painter.save();
        painter.setCompositionMode(QPainter::CompositionMode_Darken);
        painter.setOpacity(painter.opacity() * opacity);
        painter.drawImage(topLeft, layer);
        painter.restore();
        return;
    }
    // QPainter keeps opacity as 1/256 steps and blends with (255 × that) >> 8.
    const int intOpacity = qRound(std::clamp(painter.opacity() * opacity, 0.0, 1.0) * 256);
    const uint ca = uint(255 * intOpacity) >> 8;
    if (ca == 0)
        return;
    const QRect area = QRect(at, layer.size()).intersected(canvas->rect());
    const QPoint from = area.topLeft() - at;
    // An RGB32 canvas is opaque (its unused byte reads as 0xff, and the blend keeps it there).
    const bool opaque = canvas->format() == QImage::Format_RGB32;
    for (int y = 0; y < area.height(); ++y) {
        quint32 *dst = reinterpret_cast<quint32 *>(canvas->scanLine(area.y() + y)) + area.x();
        const quint32 *src = reinterpret_cast<const quint32 *>(layer.constScanLine(from.y() + y)) + from.x();
        darkenRow(dst, src, area.width(), ca, opaque);
    }
}

void Blend::maskRows(QImage &layer, const QImage &column)
{
    Q_ASSERT(layer.format() == QImage::Format_ARGB32_Premultiplied);
    const int rows = std::min(layer.height(), column.height());
    const int width = layer.width();
    for (int y = 0; y < rows; ++y) {
        const uint alpha = qAlpha(reinterpret_cast<const QRgb *>(column.constScanLine(y))[0]);
        quint32 *line = reinterpret_cast<quint32 *>(layer.scanLine(y));
        if (alpha == 255)
            continue;
        if (alpha == 0) {
            memset(line, 0, size_t(width) * sizeof(quint32));
            continue;
        }
        int x = 0;
#ifdef __SSE2__
        // Four pixels per step in 16-bit lanes: (p × alpha) / 255 rounded as Qt's BYTE_MUL does.
        const __m128i zero = _mm_setzero_si128(), c80 = _mm_set1_epi16(0x80);
        const __m128i a = _mm_set1_epi16(short(alpha));
        const auto mul = [&](__m128i v) {
            const __m128i t = _mm_mullo_epi16(v, a);
            return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(t, _mm_srli_epi16(t, 8)), c80), 8);
        };
        for (; x + 4 <= width; x += 4) {
            const __m128i p = _mm_loadu_si128(reinterpret_cast<const __m128i *>(line + x));
            const __m128i r = _mm_packus_epi16(mul(_mm_unpacklo_epi8(p, zero)), mul(_mm_unpackhi_epi8(p, zero)));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(line + x), r);
        }
#endif
        // Qt's BYTE_MUL: two channels per multiply, rounded division by 255.
        for (; x < width; ++x) {
            const quint32 p = line[x];
            quint32 t = (p & 0xff00ff) * alpha;
            t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
            quint32 u = ((p >> 8) & 0xff00ff) * alpha;
            u = (u + ((u >> 8) & 0xff00ff) + 0x800080);
            line[x] = (t & 0xff00ff) | (u & 0xff00ff00);
        }
    }
}

void Blend::repeatFirstRow(QImage &image)
{
    if (image.height() < 2)
        return;
    const qsizetype bytes = image.bytesPerLine();
    uchar *bits = image.bits();  // detaches once, before any pointer is taken
    for (int y = 1; y < image.height(); ++y)
        memcpy(bits + y * bytes, bits, size_t(bytes));
}

} // namespace Marquee::Render
