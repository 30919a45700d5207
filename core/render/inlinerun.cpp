#include "core/render/inlinerun.h"

#include <QFontMetricsF>
#include <QPainterPath>

namespace Marquee::Render {

namespace {

qreal pixelSize(const QFont &font)
{
    return font.pixelSize() > 0 ? font.pixelSize() : QFontMetricsF(font).height();
}

qreal pipWidth(const QFont &font)
{
    return qMax(4.0, 0.18 * pixelSize(font));
}

qreal pipGap(const QFont &font)
{
    return 0.55 * pixelSize(font);
}

} // namespace

InlineRun::InlineRun(const QFont &font)
    : m_font(font)
{
}

void InlineRun::addText(const QString &text, const QColor &color)
{
    if (!text.isEmpty())
        m_pieces.append({Kind::Text, text, color, 0, 0, -1});
}

void InlineRun::addPip(const QColor &color)
{
    m_pieces.append({Kind::Pip, QString(), color, 0, 0, -1});
}

void InlineRun::addGap(qreal width)
{
    m_pieces.append({Kind::Gap, QString(), QColor(), width, 0, -1});
}

qreal InlineRun::pieceWidth(const Piece &piece) const
{
    switch (piece.kind) {
    case Kind::Text:
        if (piece.measuredFor != m_fontGeneration) {
            piece.measured = QFontMetricsF(m_font).horizontalAdvance(piece.text);
            piece.measuredFor = m_fontGeneration;
        }
        return piece.measured;
    case Kind::Pip:
        return pipWidth(m_font) + 2 * pipGap(m_font);
    case Kind::Gap:
        break;
    }
    return piece.width;
}

qreal InlineRun::width() const
{
    qreal total = 0;
    for (const Piece &piece : m_pieces)
        total += pieceWidth(piece);
    return total;
}

qreal InlineRun::capHeight() const
{
    return QFontMetricsF(m_font).capHeight();
}

void InlineRun::fitWidth(qreal maxWidth, int minPixelSize)
{
    while (width() > maxWidth && m_font.pixelSize() > minPixelSize) {
        // Scale straight to the estimate, then step down by one pixel for rounding.
        const int estimate = int(m_font.pixelSize() * maxWidth / width());
        m_font.setPixelSize(qMax(minPixelSize, qMin(m_font.pixelSize() - 1, estimate)));
        ++m_fontGeneration;
    }
}

void InlineRun::paintPieces(QPainter &painter, const QPointF &origin, const std::optional<QColor> &override) const
{
    const QFontMetricsF metrics(m_font);
    const qreal cap = metrics.capHeight();
    painter.setFont(m_font);
    qreal x = origin.x();
    for (const Piece &piece : m_pieces) {
        const QColor color = override ? *override : piece.color;
        switch (piece.kind) {
        case Kind::Text:
            painter.setPen(color);
            painter.drawText(QPointF(x, origin.y()), piece.text);
            break;
        case Kind::Pip: {
            // Slightly taller than the capitals so it reads as a bar, centred on them.
            const qreal w = pipWidth(m_font);
            const qreal h = cap * 1.25;
            const QRectF pip(x + pipGap(m_font), origin.y() - cap / 2.0 - h / 2.0, w, h);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(pip, w / 2.0, w / 2.0);
            painter.setBrush(Qt::NoBrush);
            break;
        }
        case Kind::Gap:
            break;
        }
        x += pieceWidth(piece);
    }
}

QByteArray InlineRun::shadowKey(const QPointF &origin) const
{
    // Everything the black silhouette depends on (colours do not matter); SoftShadow adds the
    // transform, device area and blur.
    QByteArray key = m_font.key().toUtf8();
    for (const qreal v : {origin.x(), origin.y()})
        key.append(reinterpret_cast<const char *>(&v), sizeof(v));
    for (const Piece &piece : m_pieces) {
        key.append(char(piece.kind));
        key.append(piece.text.toUtf8());
        key.append(reinterpret_cast<const char *>(&piece.width), sizeof(piece.width));
        key.append('\0');
    }
    return key;
}

void InlineRun::paint(QPainter &painter, const QPointF &origin, const std::optional<ShadowStyle> &shadow) const
{
    if (m_pieces.isEmpty())
        return;
    if (shadow) {
        const QFontMetricsF metrics(m_font);
        const QRectF bounds(origin.x() - 2, origin.y() - metrics.ascent() - 2, width() + 4,
                            metrics.ascent() + metrics.descent() + 4);
        SoftShadow::paint(painter, bounds, *shadow,
                          [this, origin](QPainter &p) { paintPieces(p, origin, QColor(Qt::black)); },
                          shadowKey(origin));
    }
    paintPieces(painter, origin, std::nullopt);
}

} // namespace Marquee::Render
