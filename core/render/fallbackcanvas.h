#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Marquee::Render {

// The genre canvas drawn when a title has no art at all (reference §2.13). Style `minimal`: the
// reference's per-row tinted gradient, dressed with deterministic soft light, bokeh, vignette and grain
// so it looks designed rather than flat; seeds derive from the genre name (never from qHash, which is
// randomised per process), so the same genre always draws the same canvas. Style `photoreal`: the
// bundled genre background (:/marquee/genre_bg/photoreal/<Genre>.jpg, painted by marquee_genrebggen)
// fit-covered to the canvas; lookup photoreal/genre → photoreal/default → minimal. Finished canvases
// are cached.
class FallbackCanvas
{
public:
    // Thread-safe; returns a shared copy of the cached canvas. `style` is fallback_bg_style.
    QImage canvas(const QString &genre, const QSize &size, const QString &style = QStringLiteral("minimal")) const;

    // The bundled photoreal background for a genre (case-insensitive; "Doc" = Documentary), else the
    // default one; null when neither exists.
    static QImage photorealBackground(const QString &genre);
    // Genres that have their own photoreal background (file stems), sorted; for tests.
    static QStringList photorealGenres();

    // Per-channel multipliers of the reference gradient; unknown genres get the neutral blue-grey.
    static void tintFor(const QString &genre, double rgb[3]);

private:
    static QImage paintCanvas(const QString &genre, const QSize &size);
    static QImage photorealCanvas(const QString &genre, const QSize &size);

    mutable QMutex m_mutex;
    mutable QHash<QString, QImage> m_cache;
};

} // namespace Marquee::Render
