#pragma once

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

private:
    bool m_valid = false;
};

} // namespace Marquee::Render
