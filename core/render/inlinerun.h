#pragma once

#include <optional>

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPointF>
#include <QString>

#include "core/render/softshadow.h"

namespace Marquee::Render {

// One line of mixed pieces — text in different colours, drawn separator pips, fixed gaps — laid
// out left to right in one font. The rating lines (modes 2–4, landscape info) are built from it so
// that measuring and drawing can never disagree.
class InlineRun
{
public:
    explicit InlineRun(const QFont &font = QFont());

    void addText(const QString &text, const QColor &color);
    // A vertical pill separator (reference §2.5 mode 3): gap .55×size each side, width max(4, .18×size).
    void addPip(const QColor &color);
    void addGap(qreal width);

    bool isEmpty() const { return m_pieces.isEmpty(); }
    QFont font() const { return m_font; }
    void setFont(const QFont &font)
    {
        m_font = font;
        ++m_fontGeneration;
    }

    qreal width() const;
    qreal capHeight() const;
    // Shrinks the font (down to minPixelSize) until the run fits maxWidth.
    void fitWidth(qreal maxWidth, int minPixelSize = 8);

    // Draws with the left end of the baseline at `origin`; `shadow` adds a soft shadow under it.
    void paint(QPainter &painter, const QPointF &origin, const std::optional<ShadowStyle> &shadow = {}) const;
    // Baseline that puts the cap-height centre of the run at `centreY`.
    qreal baselineForCentre(qreal centreY) const { return centreY + capHeight() / 2.0; }

private:
    enum class Kind { Text, Pip, Gap };
    struct Piece
    {
        Kind kind;
        QString text;
        QColor color;
        qreal width = 0;  // for gaps only; text and pips are measured from the font
        // Text advance measured with font generation `measuredFor`: shaping is the costly part of a
        // run, and width() is asked for many times while fitting and painting.
        mutable qreal measured = 0;
        mutable int measuredFor = -1;
    };

    qreal pieceWidth(const Piece &piece) const;
    // Names the run's silhouette at `origin`, so SoftShadow can reuse its blurred mask.
    QByteArray shadowKey(const QPointF &origin) const;
    void paintPieces(QPainter &painter, const QPointF &origin, const std::optional<QColor> &override) const;

    QFont m_font;
    int m_fontGeneration = 0;  // bumped on every font change; invalidates Piece::measured
    QList<Piece> m_pieces;
};

} // namespace Marquee::Render
