#include "core/render/fontbook.h"

#include <optional>

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QRawFont>

// The fonts live in a static library, so their resource may need an explicit init when the linker
// dropped the automatic initializer object (rule 11 of ARCHITECTURE.md). Must sit outside namespaces.
static void initMarqueeFontResources()
{
    Q_INIT_RESOURCE(marquee_fonts);
}

namespace Marquee::Render {

namespace {

struct RegisteredFace
{
    QString family;
    QString styleName;
    QFont::Weight weight = QFont::Normal;
    QFont::Style style = QFont::StyleNormal;
};

struct Registration
{
    std::array<RegisteredFace, 7> faces;
    QStringList failed;
};

// Same order as FontBook::Face.
constexpr std::array<const char *, 7> FontFiles = {
    "Inter-Bold.otf",           // UI text
    "Blankenburg_UNZ1A.ttf",    // Horror / Thriller / Mystery (blackletter in place of Creepster)
    "BebasNeue-Bold.otf",       // Action / Sci-Fi / Adventure / Fantasy / Western
    "Lobster.otf",              // Comedy / Animation / Family (in place of Pacifico)
    "EBGaramond12-Bold.otf",    // Drama / Romance / History / Music (in place of Playfair Display)
    "YanoneKaffeesatz-Bold.otf",// Crime / War / Documentary (in place of Oswald)
    "NotoSerif-Bold.ttf",       // everything else
};

std::optional<RegisteredFace> registerFace(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = file.readAll();
    const int id = QFontDatabase::addApplicationFontFromData(data);
    const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
    if (families.isEmpty())
        return std::nullopt;
    // Style name, weight and slant come from the file itself. Matching by style name picks exactly
    // this face even when the system has sibling faces of the family (Bebas Neue Thin/Light/Book all
    // claim weight 400), and the face's own weight keeps Qt from synthesising bold.
    const QRawFont raw(data, 12);
    RegisteredFace face;
    face.family = families.constFirst();
    if (raw.isValid()) {
        face.styleName = raw.styleName();
        face.style = raw.style();
        const int weight = QFontDatabase::weight(face.family, face.styleName);
        face.weight = QFont::Weight(weight > 0 ? weight : raw.weight());
    }
    return face;
}

Registration registerAll()
{
    if (!QFile::exists(QStringLiteral(":/marquee/fonts/Inter-Bold.otf")))
        initMarqueeFontResources();
    Registration reg;
    for (size_t i = 0; i < FontFiles.size(); ++i) {
        const QString name = QLatin1String(FontFiles[i]);
        const auto face = registerFace(QStringLiteral(":/marquee/fonts/") + name);
        if (face)
            reg.faces[i] = *face;
        else
            reg.failed << name;
    }
    return reg;
}

// QFontDatabase is process-wide, so registration is too: done once, under a lock, and only once a
// QGuiApplication exists (before that QFontDatabase cannot work and nothing is cached).
std::optional<Registration> registration()
{
    static QMutex mutex;
    static std::optional<Registration> done;
    QMutexLocker lock(&mutex);
    if (!done && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        done = registerAll();
    return done;
}

} // namespace

FontBook::FontBook()
{
    const auto reg = registration();
    if (!reg) {
        for (const char *file : FontFiles)
            m_failed << QLatin1String(file);
        return;
    }
    m_failed = reg->failed;
    m_valid = m_failed.isEmpty();
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        const RegisteredFace &face = reg->faces[i];
        QFont font(face.family.isEmpty() ? QStringLiteral("sans-serif") : face.family);
        if (!face.styleName.isEmpty())
            font.setStyleName(face.styleName);
        font.setWeight(face.weight);
        font.setStyle(face.style);
        // Unhinted outlines render the same on every FreeType build, which keeps goldens stable.
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setStyleStrategy(QFont::PreferAntialias);
        font.setKerning(true);
        m_fonts[i] = font;
    }
}

QFont FontBook::sized(Face face, qreal pixelSize) const
{
    QFont font = m_fonts[face];
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    return font;
}

QFont FontBook::uiFont(qreal pixelSize) const
{
    return sized(Ui, pixelSize);
}

QFont FontBook::titleFont(const QString &genre, qreal pixelSize) const
{
    return sized(titleFace(genre), pixelSize);
}

QString FontBook::titleFamily(const QString &genre) const
{
    return m_fonts[titleFace(genre)].family();
}

FontBook::Face FontBook::titleFace(const QString &genre)
{
    const QString g = genre.trimmed().toLower();
    auto in = [&g](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (g == QLatin1String(name))
                return true;
        }
        return false;
    };
    if (in({"horror", "thriller", "mystery"}))
        return Blackletter;
    if (in({"action", "sci-fi", "science fiction", "adventure", "fantasy", "western"}))
        return Condensed;
    if (in({"comedy", "animation", "family"}))
        return Script;
    if (in({"drama", "romance", "history", "music"}))
        return OldStyle;
    if (in({"crime", "war", "documentary", "doc"}))
        return Narrow;
    return Serif;
}

} // namespace Marquee::Render
