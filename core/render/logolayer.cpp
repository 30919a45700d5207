#include "core/render/logolayer.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QPainter>

#include "core/render/fallbacktitle.h"
#include "core/render/imagefilters.h"
#include "core/render/lrucache.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

constexpr qreal LogoAbsMaxHeight = 170.0;  // LOGO_ABS_MAX_H at 500×750

// Mean luma and saturation of the visible logo pixels (alpha-weighted), on a small thumbnail.
void logoTone(const QImage &logo, qreal *luma, qreal *saturation)
{
    const QImage thumb = ImageFilters::scaled(logo, QSize(32, 32)).convertToFormat(QImage::Format_ARGB32);
    qreal weight = 0, l = 0, s = 0;
    for (int y = 0; y < thumb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(thumb.constScanLine(y));
        for (int x = 0; x < thumb.width(); ++x) {
            const qreal a = qAlpha(line[x]) / 255.0;
            const QColor c = QColor::fromRgb(line[x]);
            weight += a;
            l += a * ImageFilters::luminance(c);
            s += a * c.hsvSaturationF();
        }
    }
    *luma = weight > 0 ? l / weight : 1.0;
    *saturation = weight > 0 ? s / weight : 1.0;
}

// A logo scaled for one placement with everything each render of it needs, so the smooth scale, the
// tone and the shadow blur run once per logo and size rather than once per poster: the same title
// is rendered for many presets and clients, each time from a freshly decoded logo.
struct ScaledLogo
{
    QImage sprite;      // premultiplied, at the placement size
    qreal luma = 1;
    qreal saturation = 1;
    ShadowMask shadow;  // relative to the sprite's top-left
};

// Scaled logos are ~100 kB with their shadow: 8 MB keeps the logos of the titles in rotation.
constexpr qsizetype ScaledLogoBytes = 8 * 1024 * 1024;

LruCache<ScaledLogo> &scaledLogos()
{
    static LruCache<ScaledLogo> cache(ScaledLogoBytes);
    return cache;
}

// Visible-area rects by logo content: tiny entries, so a count-like budget suffices.
LruCache<QRect> &visibleRects()
{
    static LruCache<QRect> cache(4096);
    return cache;
}

// Names a logo by its pixels, not by QImage::cacheKey(): every request decodes the logo afresh.
QByteArray contentKey(const QImage &logo)
{
    const qsizetype rowBytes = (qsizetype(logo.width()) * logo.depth() + 7) / 8;
    size_t hash = qHash(int(logo.format()));
    if (rowBytes == logo.bytesPerLine()) {
        hash = qHashBits(logo.constBits(), size_t(logo.sizeInBytes()), hash);
    } else {
        for (int y = 0; y < logo.height(); ++y)  // skip the padding at the end of each line
            hash = qHashBits(logo.constScanLine(y), size_t(rowBytes), hash);
    }
    QByteArray key;
    for (const qint64 v : {qint64(hash), qint64(logo.width()), qint64(logo.height()), qint64(logo.format())})
        key.append(reinterpret_cast<const char *>(&v), sizeof(v));
    return key;
}

QImage whitened(const QImage &logo)
{
    QImage white = logo.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter p(&white);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(white.rect(), Qt::white);
    return white;
}

} // namespace

void LogoLayer::clearCaches()
{
    scaledLogos().clear();
    visibleRects().clear();
}

bool LogoLayer::wanted(const RenderContext &ctx)
{
    if (ctx.config.flag(Param::Textless))
        return false;
    // With no art at all nothing carries the title, so it is drawn whatever the art flags say.
    if (ctx.inputs.art.isNull())
        return true;
    return !ctx.inputs.artHasBakedTitle && !ctx.config.flag(Param::UseOriginalArt);
}

QRect LogoLayer::visibleRect(const QImage &logo)
{
    if (logo.isNull())
        return QRect();
    if (!logo.hasAlphaChannel())
        return logo.rect();
    // Alpha is the same whether or not the colour is premultiplied, so both scan without converting.
    const bool direct = logo.format() == QImage::Format_ARGB32 || logo.format() == QImage::Format_ARGB32_Premultiplied;
    const QImage argb = direct ? logo : logo.convertToFormat(QImage::Format_ARGB32);
    const int width = argb.width();
    const int height = argb.height();
    const auto opaque = [](QRgb p) { return qAlpha(p) > 32; };
    const auto line = [&](int y) { return reinterpret_cast<const QRgb *>(argb.constScanLine(y)); };
    const auto rowHit = [&](int y) { return std::any_of(line(y), line(y) + width, opaque); };
    int top = 0;
    while (top < height && !rowHit(top))
        ++top;
    if (top == height)
        return QRect();
    int bottom = height - 1;
    while (!rowHit(bottom))
        --bottom;
    // Left and right edges: only the columns outside the span found so far need looking at.
    int left = width, right = -1;
    for (int y = top; y <= bottom; ++y) {
        const QRgb *px = line(y);
        for (int x = 0; x < left; ++x) {
            if (opaque(px[x])) {
                left = x;
                break;
            }
        }
        for (int x = width - 1; x > right; --x) {
            if (opaque(px[x])) {
                right = x;
                break;
            }
        }
    }
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

QImage LogoLayer::croppedLogo(const QImage &logo)
{
    const QRect visible = visibleRect(logo);
    if (visible.isEmpty())
        return QImage();
    if (visible == logo.rect() && !logo.hasAlphaChannel())
        return logo;
    const QImage cropped = logo.copy(visible);
    return cropped.format() == QImage::Format_ARGB32 ? cropped : cropped.convertToFormat(QImage::Format_ARGB32);
}

QSizeF LogoLayer::equalAreaSize(const QSizeF &logo, const QSizeF &caps)
{
    if (logo.isEmpty() || caps.isEmpty())
        return QSizeF();
    const qreal aspect = logo.width() / logo.height();
    const qreal target = std::sqrt(caps.width() * caps.height());
    QSizeF size(target * std::sqrt(aspect), target / std::sqrt(aspect));
    if (size.width() > caps.width())
        size *= caps.width() / size.width();
    if (size.height() > caps.height())
        size *= caps.height() / size.height();
    return size;
}

QRectF LogoLayer::portraitPlacement(const RenderContext &ctx, const QSizeF &size)
{
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    const qreal bottomRatio = ctx.config.real(Param::LogoBottomRatio);
    qreal top = 0;
    if (ctx.config.flag(Param::LogoBottomAnchor))
        top = h - h * bottomRatio - size.height();
    else
        top = h - h * bottomRatio - qMin(h * 0.25, LogoAbsMaxHeight) / 2.0 - size.height() / 2.0;
    // Extreme ratios would push it off the canvas; keep it whole.
    top = qBound(2.0, top, qMax(2.0, h - size.height() - 2.0));
    return QRectF((w - size.width()) / 2.0, top, size.width(), size.height());
}

void LogoLayer::drawLogo(QImage &canvas, const VisibleLogo &logo, const QRectF &rect, bool landscape)
{
    const ShadowStyle shadow = landscape ? ShadowStyle {QColor(0, 0, 0, 200), 9.0 / 2.0, QPointF(2, 5)}
                                         : ShadowStyle {QColor(0, 0, 0, 120), 4.0, QPointF(0, 2)};
    const QSize size(qMax(1, qRound(rect.width())), qMax(1, qRound(rect.height())));
    QByteArray key = logo.key;
    for (const qint64 v : {qint64(logo.visible.x()), qint64(logo.visible.y()), qint64(logo.visible.width()),
                           qint64(logo.visible.height()), qint64(size.width()), qint64(size.height())})
        key.append(reinterpret_cast<const char *>(&v), sizeof(v));
    key.append(reinterpret_cast<const char *>(&shadow.blur), sizeof(shadow.blur));

    std::optional<ScaledLogo> scaled = scaledLogos().find(key);
    if (!scaled) {
        scaled = ScaledLogo();
        // Scaled straight from the visible area of the decoded logo: no cropped copy in between.
        const QImage &image = *logo.image;
        const bool view = image.depth() == 32;
        const QImage visible = view ? QImage(image.constScanLine(logo.visible.y()) + logo.visible.x() * 4,
                                             logo.visible.width(), logo.visible.height(), image.bytesPerLine(),
                                             image.format())
                                    : croppedLogo(image);
        scaled->sprite = ImageFilters::scaled(visible, size);
        if (scaled->sprite.constBits() == visible.constBits())  // same size: detach from the borrowed pixels
            scaled->sprite = visible.convertToFormat(QImage::Format_ARGB32_Premultiplied).copy();
        logoTone(scaled->sprite, &scaled->luma, &scaled->saturation);
        scaled->shadow = SoftShadow::spriteMask(scaled->sprite, QPoint(0, 0), shadow.blur);
        scaledLogos().insert(key, *scaled, scaled->sprite.sizeInBytes() + scaled->shadow.alpha.sizeInBytes());
    }
    QImage sprite = scaled->sprite;
    if (scaled->luma < 0.30 && scaled->saturation < 0.18
        && ImageFilters::meanLuminance(canvas, rect.toAlignedRect()) < 0.40)
        sprite = whitened(sprite);

    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const QPoint at(qRound(rect.left()), qRound(rect.top()));
    // The logo is an unrotated sprite at whole pixels: its own alpha is the shadow's coverage.
    SoftShadow::drawMask(p, ShadowMask {scaled->shadow.alpha, scaled->shadow.topLeft + at}, shadow);
    p.drawImage(at, sprite);
}

LogoLayer::VisibleLogo LogoLayer::visibleLogo(const QImage &logo)
{
    VisibleLogo result;
    if (logo.isNull())
        return result;
    result.image = &logo;
    result.key = contentKey(logo);
    if (const std::optional<QRect> cached = visibleRects().find(result.key)) {
        result.visible = *cached;
    } else {
        result.visible = visibleRect(logo);
        visibleRects().insert(result.key, result.visible, 1);
    }
    return result;
}

QRectF LogoLayer::paintPortrait(QImage &canvas, const RenderContext &ctx) const
{
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    // A logo wider than the canvas would be clipped; 94 % keeps a margin at the largest ratios.
    const QSizeF caps(qMin(w * ctx.config.real(Param::LogoMaxWRatio), w * 0.94),
                      qMin(h * ctx.config.real(Param::LogoMaxHRatio), LogoAbsMaxHeight));
    if (caps.width() < 2 || caps.height() < 2)
        return QRectF();
    const VisibleLogo logo = visibleLogo(ctx.inputs.logo);
    if (!logo.visible.isEmpty()) {
        const QRectF rect = portraitPlacement(ctx, equalAreaSize(logo.visible.size(), caps));
        if (rect.width() >= 1 && rect.height() >= 1)
            drawLogo(canvas, logo, rect, false);
        return rect;
    }
    const FallbackTitle::Fit fit {h * 0.26, qMin(12.0, h * 0.26), 2, 2};
    const FallbackTitle::Layout title = FallbackTitle::layout(ctx.inputs.title,
                                                              ctx.fonts.titleFont(ctx.inputs.genre, 100), caps, fit);
    if (title.isEmpty())
        return QRectF();
    const QRectF rect = portraitPlacement(ctx, title.size);
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    FallbackTitle::paint(p, title, rect.topLeft(), false);
    return rect;
}

QRectF LogoLayer::paintLandscape(QImage &canvas, const RenderContext &ctx) const
{
    const qreal w = ctx.width();
    const qreal h = ctx.height();
    const qreal baseline = h * 0.925;
    const qreal left = w * 0.055;
    const QSizeF box(w * 0.42, h * 0.30);
    const VisibleLogo logo = visibleLogo(ctx.inputs.logo);
    if (!logo.visible.isEmpty()) {
        const QSizeF size = equalAreaSize(logo.visible.size(), box);
        const QRectF rect(left, baseline - size.height(), size.width(), size.height());
        if (rect.width() >= 1 && rect.height() >= 1)
            drawLogo(canvas, logo, rect, true);
        return rect;
    }
    const FallbackTitle::Fit fit {h * 0.085, h * 0.050, 2, 2};
    const FallbackTitle::Layout title = FallbackTitle::layout(ctx.inputs.title,
                                                              ctx.fonts.titleFont(ctx.inputs.genre, 100), box, fit);
    if (title.isEmpty())
        return QRectF();
    // The last line's baseline sits on the shared baseline; descenders may hang below it.
    const qreal aboveBaseline = title.capHeight + (title.lines.size() - 1) * title.lineGap;
    const QRectF rect(left, baseline - aboveBaseline, title.size.width(), title.size.height());
    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    FallbackTitle::paint(p, title, rect.topLeft(), true);
    return rect;
}

QRectF LogoLayer::paint(QImage &canvas, const RenderContext &ctx) const
{
    if (!wanted(ctx))
        return QRectF();
    return ctx.size.width() > ctx.size.height() ? paintLandscape(canvas, ctx) : paintPortrait(canvas, ctx);
}

} // namespace Marquee::Render
