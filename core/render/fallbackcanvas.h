#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

namespace Marquee::Render {

// The genre-tinted canvas drawn when a title has no art at all (reference §2.13): the reference's
// per-row tinted gradient, dressed with deterministic soft light, bokeh, vignette and grain so it looks
// designed rather than flat. Seeds derive from the genre name (never from qHash, which is randomised
// per process), so the same genre always draws the same canvas. Finished canvases are cached.
class FallbackCanvas
{
public:
    // Thread-safe; returns a shared copy of the cached canvas.
    QImage canvas(const QString &genre, const QSize &size) const;

    // Per-channel multipliers of the reference gradient; unknown genres get the neutral blue-grey.
    static void tintFor(const QString &genre, double rgb[3]);

private:
    static QImage paintCanvas(const QString &genre, const QSize &size);

    mutable QMutex m_mutex;
    mutable QHash<QString, QImage> m_cache;
};

} // namespace Marquee::Render
