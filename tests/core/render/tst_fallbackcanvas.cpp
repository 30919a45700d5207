#include <QTest>

#include "core/render/fallbackcanvas.h"

using namespace Marquee;
using Render::FallbackCanvas;

class tst_FallbackCanvas : public QObject
{
    Q_OBJECT

private slots:
    void everyGenreHasAPhotorealBackground_data();
    void everyGenreHasAPhotorealBackground();
    void unknownGenresUseTheDefault();
    void photorealDiffersFromMinimal_data();
    void photorealDiffersFromMinimal();
    void canvasesAreDeterministicAndCached();
};

void tst_FallbackCanvas::everyGenreHasAPhotorealBackground_data()
{
    QTest::addColumn<QString>("genre");
    // The display genres of reference §2.14.
    for (const char *genre : {"Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama", "Family",
                              "Fantasy", "History", "Horror", "Music", "Mystery", "Romance", "Sci-Fi", "Thriller", "War",
                              "Western", "Kids", "News", "Reality", "Soap", "Talk"})
        QTest::newRow(genre) << QString::fromLatin1(genre);
}

void tst_FallbackCanvas::everyGenreHasAPhotorealBackground()
{
    QFETCH(QString, genre);
    QVERIFY(FallbackCanvas::photorealGenres().contains(genre));
    const QImage background = FallbackCanvas::photorealBackground(genre.toUpper());
    QCOMPARE(background.size(), QSize(500, 750));
    QVERIFY(background != FallbackCanvas::photorealBackground(QStringLiteral("no such genre")));
}

void tst_FallbackCanvas::unknownGenresUseTheDefault()
{
    const QImage fallback = FallbackCanvas::photorealBackground(QStringLiteral("Unknown"));
    QVERIFY(!fallback.isNull());
    QCOMPARE(FallbackCanvas::photorealBackground(QString()), fallback);
    QCOMPARE(FallbackCanvas::photorealBackground(QStringLiteral("Doc")),
             FallbackCanvas::photorealBackground(QStringLiteral("Documentary")));
}

void tst_FallbackCanvas::photorealDiffersFromMinimal_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("portrait") << QSize(500, 750);
    QTest::newRow("landscape") << QSize(1000, 563);
}

void tst_FallbackCanvas::photorealDiffersFromMinimal()
{
    QFETCH(QSize, size);
    const FallbackCanvas canvases;
    const QImage minimal = canvases.canvas(QStringLiteral("Horror"), size, QStringLiteral("minimal"));
    const QImage photoreal = canvases.canvas(QStringLiteral("Horror"), size, QStringLiteral("photoreal"));
    QCOMPARE(minimal.size(), size);
    QCOMPARE(photoreal.size(), size);
    QVERIFY(minimal != photoreal);
    // An unknown style is minimal.
    QCOMPARE(canvases.canvas(QStringLiteral("Horror"), size, QStringLiteral("bogus")), minimal);
}

void tst_FallbackCanvas::canvasesAreDeterministicAndCached()
{
    const FallbackCanvas a;
    const FallbackCanvas b;
    for (const QString &style : {QStringLiteral("minimal"), QStringLiteral("photoreal")}) {
        const QImage first = a.canvas(QStringLiteral("Sci-Fi"), QSize(500, 750), style);
        QCOMPARE(a.canvas(QStringLiteral("sci-fi"), QSize(500, 750), style), first);
        QCOMPARE(b.canvas(QStringLiteral("Sci-Fi"), QSize(500, 750), style), first);
    }
}

QTEST_GUILESS_MAIN(tst_FallbackCanvas)
#include "tst_fallbackcanvas.moc"
