#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Marquee::Render {

// Title text drawn in place of a missing logo (reference §2.11): the largest size that fits an
// envelope, greedy word wrap over at most `maxLines` lines, white with a black shadow. Sizes are
// searched on widths measured once and scaled, which is exact for unhinted outlines and avoids
// loading a font engine per candidate size.
class FallbackTitle
{
public:
    struct Fit
    {
        qreal startSize = 0;   // first (largest) pixel size tried
        qreal minSize = 0;     // smallest size; below it the last line is elided word-wise
        qreal step = 2;
        int maxLines = 2;
    };

    struct Layout
    {
        QFont font;
        QStringList lines;
        QList<qreal> widths;  // advance width per line
        qreal capHeight = 0;
        qreal lineGap = 0;    // baseline to baseline
        QSizeF size;          // cap top of the first line to the descender of the last
        bool isEmpty() const { return lines.isEmpty(); }
    };

    static Layout layout(const QString &title, const QFont &family, const QSizeF &envelope, const Fit &fit);

    // Draws with the block's top-left at `topLeft`; lines are centred in the block unless `leftAligned`.
    static void paint(QPainter &painter, const Layout &layout, const QPointF &topLeft, bool leftAligned);

private:
    static QStringList wrap(const QStringList &words, const QList<qreal> &wordWidths, qreal space,
                            qreal maxWidth, int maxLines, bool *fits);
};

} // namespace Marquee::Render
