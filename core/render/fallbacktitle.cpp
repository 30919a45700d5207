#include "core/render/fallbacktitle.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QRegularExpression>

#include "core/render/softshadow.h"

namespace Marquee::Render {

namespace {

constexpr qreal ReferenceSize = 100.0;
constexpr qreal LineGapRatio = 0.92;  // display titles read better with leading tighter than the font's

} // namespace

QStringList FallbackTitle::wrap(const QStringList &words, const QList<qreal> &wordWidths, qreal space,
                                qreal maxWidth, int maxLines, bool *fits)
{
    QStringList lines;
    QString line;
    qreal lineWidth = 0;
    *fits = true;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const qreal ww = wordWidths[i];
        if (ww > maxWidth)
            *fits = false;
        if (!line.isEmpty() && lineWidth + space + ww <= maxWidth) {
            line += QLatin1Char(' ') + words[i];
            lineWidth += space + ww;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line = words[i];
        lineWidth = ww;
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.size() > maxLines)
        *fits = false;
    return lines;
}

FallbackTitle::Layout FallbackTitle::layout(const QString &title, const QFont &family, const QSizeF &envelope,
                                            const Fit &fit)
{
    Layout result;
    const QStringList words = title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || envelope.width() < 4 || envelope.height() < 4 || fit.maxLines < 1)
        return result;

    QFont reference = family;
    reference.setPixelSize(int(ReferenceSize));
    const QFontMetricsF rm(reference);
    QList<qreal> widths;
    for (const QString &word : words)
        widths << rm.horizontalAdvance(word);
    const qreal space = rm.horizontalAdvance(QLatin1Char(' '));
    const qreal cap = rm.capHeight();
    const qreal gap = (rm.ascent() + rm.descent()) * LineGapRatio;
    const qreal descent = rm.descent();

    const qreal step = qMax<qreal>(1.0, fit.step);
    qreal size = qMax(fit.minSize, fit.startSize);
    QStringList lines;
    for (;; size -= step) {
        if (size < fit.minSize)
            size = fit.minSize;
        const qreal k = size / ReferenceSize;
        bool fits = false;
        lines = wrap(words, widths, space, envelope.width() / k, fit.maxLines, &fits);
        const qreal height = (cap + (lines.size() - 1) * gap + descent) * k;
        if ((fits && height <= envelope.height()) || size <= fit.minSize)
            break;
    }

    result.font = family;
    result.font.setPixelSize(qMax(1, qRound(size)));
    const QFontMetricsF m(result.font);
    // At the smallest size the text may still overflow: keep maxLines lines, eliding word-wise.
    if (lines.size() > fit.maxLines) {
        lines = lines.mid(0, fit.maxLines);
        QString last = lines.last();
        // Drop trailing words until "words…" fits, then mark the cut.
        QStringList lastWords = last.split(QLatin1Char(' '));
        while (lastWords.size() > 1
               && m.horizontalAdvance(lastWords.join(QLatin1Char(' ')) + QChar(0x2026)) > envelope.width())
            lastWords.removeLast();
        lines.last() = lastWords.join(QLatin1Char(' ')) + QChar(0x2026);
    }
    qreal widest = 0;
    for (QString &line : lines) {
        if (m.horizontalAdvance(line) > envelope.width())
            line = m.elidedText(line, Qt::ElideRight, envelope.width());
        const qreal w = m.horizontalAdvance(line);
        result.widths << w;
        widest = qMax(widest, w);
    }
    result.lines = lines;
    result.capHeight = m.capHeight();
    result.lineGap = (m.ascent() + m.descent()) * LineGapRatio;
    result.size = QSizeF(widest, result.capHeight + (lines.size() - 1) * result.lineGap + m.descent());
    return result;
}

void FallbackTitle::paint(QPainter &painter, const Layout &layout, const QPointF &topLeft, bool leftAligned)
{
    if (layout.isEmpty())
        return;
    QPainterPath text;
    for (qsizetype i = 0; i < layout.lines.size(); ++i) {
        const qreal x = topLeft.x() + (leftAligned ? 0.0 : (layout.size.width() - layout.widths[i]) / 2.0);
        const qreal baseline = topLeft.y() + layout.capHeight + i * layout.lineGap;
        text.addText(QPointF(x, baseline), layout.font, layout.lines[i]);
    }
    const qreal size = layout.font.pixelSize();
    const qreal offset = qMax(2.0, 0.04 * size);
    // Large glyph outlines are the costliest thing on the poster, so they are filled once into a
    // sprite that serves both as the face and as the shadow's coverage.
    const QRect area = painter.worldTransform().mapRect(text.boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1);
    if (area.isEmpty())
        return;
    QImage sprite(area.size(), QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    {
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setWorldTransform(painter.worldTransform() * QTransform::fromTranslate(-area.x(), -area.y()));
        sp.fillPath(text, Qt::white);
    }
    // Reference: black shadow offset max(2, .04×size) at alpha 180; softened a little for polish.
    SoftShadow::paintForSprite(painter, sprite, area.topLeft(),
                               ShadowStyle {QColor(0, 0, 0, 180), qMax(1.0, size * 0.035), QPointF(offset * 0.5, offset)});
    painter.save();
    painter.resetTransform();
    painter.drawImage(area.topLeft(), sprite);
    painter.restore();
}

} // namespace Marquee::Render
