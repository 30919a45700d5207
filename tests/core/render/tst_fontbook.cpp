#include <QFontInfo>
#include <QFontMetricsF>
#include <QTest>

#include "core/render/fontbook.h"

using Marquee::Render::FontBook;

class tst_FontBook : public QObject
{
    Q_OBJECT

private slots:
    void registersEveryBundledFont();
    void uiFontIsInterBold();
    void titleFamilyFollowsGenre_data();
    void titleFamilyFollowsGenre();
    void fontsAreUnhintedAndSized();
    void constructingAgainGivesTheSameFonts();
};

void tst_FontBook::registersEveryBundledFont()
{
    const FontBook fonts;
    QVERIFY2(fonts.isValid(), qPrintable(fonts.failedFonts().join(QLatin1Char(','))));
    QVERIFY(fonts.failedFonts().isEmpty());
}

void tst_FontBook::uiFontIsInterBold()
{
    const FontBook fonts;
    const QFontInfo info(fonts.uiFont(40));
    QCOMPARE(info.family(), QStringLiteral("Inter"));
    QCOMPARE(info.styleName(), QStringLiteral("Bold"));
    QCOMPARE(info.pixelSize(), 40);
}

void tst_FontBook::titleFamilyFollowsGenre_data()
{
    QTest::addColumn<QString>("genre");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("style");
    QTest::newRow("Horror → blackletter") << "Horror" << "Blankenburg_UNZ1A" << "Regular";
    QTest::newRow("Mystery → blackletter") << "mystery" << "Blankenburg_UNZ1A" << "Regular";
    QTest::newRow("Action → Bebas Neue") << "Action" << "Bebas Neue" << "Bold";
    QTest::newRow("Sci-Fi → Bebas Neue") << "Sci-Fi" << "Bebas Neue" << "Bold";
    QTest::newRow("Western → Bebas Neue") << "Western" << "Bebas Neue" << "Bold";
    QTest::newRow("Comedy → Lobster") << "Comedy" << "Lobster Two" << "Bold Italic";
    QTest::newRow("Family → Lobster") << "Family" << "Lobster Two" << "Bold Italic";
    QTest::newRow("Drama → EB Garamond") << "Drama" << "EB Garamond" << "12 Bold";
    QTest::newRow("Music → EB Garamond") << "Music" << "EB Garamond" << "12 Bold";
    QTest::newRow("Crime → Yanone") << "Crime" << "Yanone Kaffeesatz" << "Bold";
    QTest::newRow("Documentary → Yanone") << "Documentary" << "Yanone Kaffeesatz" << "Bold";
    QTest::newRow("Unknown → Noto Serif") << "Unknown" << "Noto Serif" << "Bold";
    QTest::newRow("empty → Noto Serif") << "" << "Noto Serif" << "Bold";
}

// The style check matters: the system may carry sibling faces (Bebas Neue Thin/Light/Book) that
// share a family name and weight class with the bundled one.
void tst_FontBook::titleFamilyFollowsGenre()
{
    QFETCH(QString, genre);
    QFETCH(QString, family);
    QFETCH(QString, style);
    const FontBook fonts;
    QCOMPARE(fonts.titleFamily(genre), family);
    const QFontInfo info(fonts.titleFont(genre, 60));
    QCOMPARE(info.family(), family);
    QCOMPARE(info.styleName(), style);
}

void tst_FontBook::fontsAreUnhintedAndSized()
{
    const FontBook fonts;
    const QFont font = fonts.titleFont(QStringLiteral("Drama"), 33.4);
    QCOMPARE(font.pixelSize(), 33);
    QCOMPARE(font.hintingPreference(), QFont::PreferNoHinting);
    QCOMPARE(fonts.uiFont(0.2).pixelSize(), 1);  // never an invalid size
    // Unhinted advances scale linearly, which the fallback title's size search relies on.
    const qreal small = QFontMetricsF(fonts.uiFont(20)).horizontalAdvance(QStringLiteral("Harbor"));
    const qreal large = QFontMetricsF(fonts.uiFont(80)).horizontalAdvance(QStringLiteral("Harbor"));
    QVERIFY(qAbs(large / small - 4.0) < 0.05);
}

void tst_FontBook::constructingAgainGivesTheSameFonts()
{
    const FontBook first;
    const FontBook second;
    QCOMPARE(first.uiFont(20), second.uiFont(20));
    QCOMPARE(first.titleFont(QStringLiteral("Horror"), 20), second.titleFont(QStringLiteral("Horror"), 20));
}

QTEST_MAIN(tst_FontBook)
#include "tst_fontbook.moc"
