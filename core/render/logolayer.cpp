#include "core/render/logolayer.h"

#include <algorithm>
#include <cmath>

#include <QPainter>

#include "core/render/fallbacktitle.h"
#include "core/render/imagefilters.h"
#include "core/render/softshadow.h"

namespace Marquee::Render {

using Config::Param;

namespace {

constexpr qreal LogoAbsMaxHeight = 170.0;  // LOGO_ABS_MAX_H at 500×750

// Mean luma and saturation of the visible logo pixels (alpha-weighted), on a small thumbnail.
void logoTone(const QImage &logo, qreal *luma, qreal *saturation)
{
    const QImage thumb = logo.scaled(32, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_ARGB32);
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

QImage whitened(const QImage &logo)
{
    QImage white = logo.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter p(&white);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(white.rect(), Qt::white);
    return white;
}

} // namespace

bool LogoLayer::wanted(const RenderContext &ctx)
{
    if (ctx.config.flag(Param::Textless))
        return false;
    // With no art at all nothing carries the title, so it is drawn whatever the art flags say.
    if (ctx.inputs.art.isNull())
        return true;
    return !ctx.inputs.artHasBakedTitle && !ctx.config.flag(Param::UseOriginalArt);
}

QImage LogoLayer::croppedLogo(const QImage &logo)
{
    if (logo.isNull())
        return QImage();
    if (!logo.hasAlphaChannel())
        return logo;
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
        return QImage();
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
    const QImage cropped = argb.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
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

void LogoLayer::drawLogo(QImage &canvas, const QImage &logo, const QRectF &rect, bool landscape)
{
    const QRect aligned = rect.toAlignedRect();
    QImage scaled = logo.scaled(qMax(1, qRound(rect.width())), qMax(1, qRound(rect.height())),
                                Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qreal luma = 1, saturation = 1;
    logoTone(scaled, &luma, &saturation);
    if (luma < 0.30 && saturation < 0.18 && ImageFilters::meanLuminance(canvas, aligned) < 0.40)
        scaled = whitened(scaled);

    QPainter p(&canvas);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const QPointF at(std::round(rect.left()), std::round(rect.top()));
    const ShadowStyle shadow = landscape ? ShadowStyle {QColor(0, 0, 0, 200), 9.0 / 2.0, QPointF(2, 5)}
                                         : ShadowStyle {QColor(0, 0, 0, 120), 4.0, QPointF(0, 2)};
    // The logo is an unrotated sprite at whole pixels: its own alpha is the shadow's coverage.
    SoftShadow::paintForSprite(p, scaled, at.toPoint(), shadow);
    p.drawImage(at, scaled);
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
    const QImage logo = croppedLogo(ctx.inputs.logo);
    if (!logo.isNull()) {
        const QRectF rect = portraitPlacement(ctx, equalAreaSize(logo.size(), caps));
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
    const QImage logo = croppedLogo(ctx.inputs.logo);
    if (!logo.isNull()) {
        const QSizeF size = equalAreaSize(logo.size(), box);
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
