#pragma once

#include <array>

#include <QFont>
#include <QString>
#include <QStringList>

namespace Marquee::Render {

// Registers the bundled fonts (resources/fonts, compiled into the core) with QFontDatabase and hands
// out the families the renderer uses, so every machine draws identical text. Needs a QGuiApplication.
class FontBook
{
public:
    FontBook();  // registers the bundled fonts once per process; cheap to construct again

    bool isValid() const { return m_valid; }
    QFont uiFont(qreal pixelSize) const;                            // Inter Bold: labels, scores, sashes
    QFont titleFont(const QString &genre, qreal pixelSize) const;   // genre display font (reference §2.11)
    QString titleFamily(const QString &genre) const;

    // The bundled files that failed to register (empty when isValid()); for diagnostics.
    QStringList failedFonts() const { return m_failed; }

private:
    // One entry per bundled face; index 0 is the UI face.
    enum Face { Ui, Blackletter, Condensed, Script, OldStyle, Narrow, Serif, FaceCount };

    static Face titleFace(const QString &genre);
    QFont sized(Face face, qreal pixelSize) const;

    bool m_valid = false;
    std::array<QFont, FaceCount> m_fonts;
    QStringList m_failed;
};

} // namespace Marquee::Render
