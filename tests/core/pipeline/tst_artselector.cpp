#include <QImage>
#include <QPainter>
#include <QTest>

#include "core/pipeline/artselector.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using Sources::ImageInfo;
using Sources::TitleMetadata;

Q_DECLARE_METATYPE(QList<Marquee::Sources::ImageInfo>)

namespace {

ImageInfo image(const QString &path, const QString &language, double average, int count)
{
    ImageInfo info;
    info.filePath = path;
    info.language = language;
    info.voteAverage = average;
    info.voteCount = count;
    return info;
}

TitleMetadata metadataWith(QList<ImageInfo> posters, QList<ImageInfo> backdrops, QString posterPath = {})
{
    TitleMetadata metadata;
    metadata.posters = std::move(posters);
    metadata.backdrops = std::move(backdrops);
    metadata.posterPath = std::move(posterPath);
    return metadata;
}

} // namespace

class tst_ArtSelector : public QObject
{
    Q_OBJECT

private slots:
    void bestByVotes_data();
    void bestByVotes();
    void portraitPrefersTextlessPoster();
    void portraitFallsBackToCroppedTextlessBackdrop();
    void portraitFallsBackToPrimaryPosterWithBakedTitle();
    void portraitWithNothingIsNone();
    void originalArtServesThePrimaryPoster();
    void landscapeChoice();
    void logoLanguageOrder_data();
    void logoLanguageOrder();
    void cropToPortraitKeepsTheCentre();
};

void tst_ArtSelector::bestByVotes_data()
{
    QTest::addColumn<QList<ImageInfo>>("candidates");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QList<ImageInfo>{} << QString();
    QTest::newRow("single") << QList<ImageInfo>{image(QStringLiteral("/a"), {}, 5, 1)} << QStringLiteral("/a");
    QTest::newRow("highest average") << QList<ImageInfo>{image(QStringLiteral("/a"), {}, 5.2, 10),
                                                         image(QStringLiteral("/b"), {}, 5.6, 10)}
                                     << QStringLiteral("/b");
    // /b has the best average but only 2 votes; /a is within 1.0 and has enough votes.
    QTest::newRow("vote floor preferred within the score drop")
        << QList<ImageInfo>{image(QStringLiteral("/a"), {}, 5.0, 8), image(QStringLiteral("/b"), {}, 5.9, 2)}
        << QStringLiteral("/a");
    // /a is more than 1.0 below the best: dropped even though /b lacks votes.
    QTest::newRow("beyond the score drop")
        << QList<ImageInfo>{image(QStringLiteral("/a"), {}, 4.5, 50), image(QStringLiteral("/b"), {}, 5.9, 2)}
        << QStringLiteral("/b");
    QTest::newRow("tie on average: more votes")
        << QList<ImageInfo>{image(QStringLiteral("/a"), {}, 5.3, 4), image(QStringLiteral("/b"), {}, 5.3, 9)}
        << QStringLiteral("/b");
    QTest::newRow("nobody has votes: best average")
        << QList<ImageInfo>{image(QStringLiteral("/a"), {}, 0, 0), image(QStringLiteral("/b"), {}, 0.5, 1)}
        << QStringLiteral("/b");
}

void tst_ArtSelector::bestByVotes()
{
    QFETCH(QList<ImageInfo>, candidates);
    QFETCH(QString, expected);
    const auto best = ArtSelector::bestByVotes(candidates);
    QCOMPARE(best ? best->filePath : QString(), expected);
}

void tst_ArtSelector::portraitPrefersTextlessPoster()
{
    const TitleMetadata metadata = metadataWith(
        {image(QStringLiteral("/en.jpg"), QStringLiteral("en"), 9, 100), image(QStringLiteral("/clean.jpg"), {}, 5, 5),
         image(QStringLiteral("/xx.jpg"), QStringLiteral("xx"), 5.5, 4)},
        {image(QStringLiteral("/bd.jpg"), {}, 9, 100)}, QStringLiteral("/en.jpg"));
    const ArtChoice choice = ArtSelector::portrait(metadata);
    QCOMPARE(choice.kind, ArtChoice::Kind::TextlessPoster);
    QCOMPARE(choice.filePath, QStringLiteral("/xx.jpg"));  // "xx" = TMDB's "No Language"
    QCOMPARE(choice.size, QStringLiteral("w500"));
    QVERIFY(!choice.bakedTitle);
    QVERIFY(!choice.cropToPortrait);
}

void tst_ArtSelector::portraitFallsBackToCroppedTextlessBackdrop()
{
    const TitleMetadata metadata = metadataWith(
        {image(QStringLiteral("/en.jpg"), QStringLiteral("en"), 9, 100)},
        {image(QStringLiteral("/bd-en.jpg"), QStringLiteral("en"), 9, 100), image(QStringLiteral("/bd.jpg"), {}, 4, 4)},
        QStringLiteral("/en.jpg"));
    const ArtChoice choice = ArtSelector::portrait(metadata);
    QCOMPARE(choice.kind, ArtChoice::Kind::BackdropCrop);
    QCOMPARE(choice.filePath, QStringLiteral("/bd.jpg"));
    QCOMPARE(choice.size, QStringLiteral("w1280"));
    QVERIFY(choice.cropToPortrait);
    QVERIFY(!choice.bakedTitle);
}

void tst_ArtSelector::portraitFallsBackToPrimaryPosterWithBakedTitle()
{
    const TitleMetadata metadata = metadataWith({image(QStringLiteral("/en.jpg"), QStringLiteral("en"), 9, 100)},
                                                {image(QStringLiteral("/bd-en.jpg"), QStringLiteral("en"), 9, 100)},
                                                QStringLiteral("/primary.jpg"));
    const ArtChoice choice = ArtSelector::portrait(metadata);
    QCOMPARE(choice.kind, ArtChoice::Kind::PrimaryPoster);
    QCOMPARE(choice.filePath, QStringLiteral("/primary.jpg"));
    QVERIFY(choice.bakedTitle);

    // Without a primary path the best language-tagged poster stands in.
    const ArtChoice tagged = ArtSelector::portrait(metadataWith({image(QStringLiteral("/en.jpg"), QStringLiteral("en"), 9, 100)}, {}));
    QCOMPARE(tagged.filePath, QStringLiteral("/en.jpg"));
    QVERIFY(tagged.bakedTitle);
}

void tst_ArtSelector::portraitWithNothingIsNone()
{
    const ArtChoice choice = ArtSelector::portrait(TitleMetadata{});
    QCOMPARE(choice.kind, ArtChoice::Kind::None);
    QVERIFY(choice.filePath.isEmpty());
}

void tst_ArtSelector::originalArtServesThePrimaryPoster()
{
    const TitleMetadata metadata = metadataWith({image(QStringLiteral("/clean.jpg"), {}, 9, 100)}, {},
                                                QStringLiteral("/primary.jpg"));
    const ArtChoice choice = ArtSelector::portrait(metadata, true);
    QCOMPARE(choice.filePath, QStringLiteral("/primary.jpg"));
    QVERIFY(choice.bakedTitle);
}

void tst_ArtSelector::landscapeChoice()
{
    const TitleMetadata both = metadataWith({}, {image(QStringLiteral("/bd-en.jpg"), QStringLiteral("en"), 9, 100),
                                                 image(QStringLiteral("/bd.jpg"), {}, 4, 4)});
    QCOMPARE(ArtSelector::landscape(both).filePath, QStringLiteral("/bd.jpg"));
    QVERIFY(!ArtSelector::landscape(both).bakedTitle);
    QCOMPARE(ArtSelector::landscape(both, true).filePath, QStringLiteral("/bd-en.jpg"));

    const TitleMetadata textOnly = metadataWith({}, {image(QStringLiteral("/bd-en.jpg"), QStringLiteral("en"), 9, 100)});
    QCOMPARE(ArtSelector::landscape(textOnly).filePath, QStringLiteral("/bd-en.jpg"));
    QCOMPARE(ArtSelector::landscape(textOnly).kind, ArtChoice::Kind::Backdrop);

    QCOMPARE(ArtSelector::landscape(TitleMetadata{}).kind, ArtChoice::Kind::None);
}

void tst_ArtSelector::logoLanguageOrder_data()
{
    QTest::addColumn<QList<ImageInfo>>("logos");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    const ImageInfo ptBr = image(QStringLiteral("/pt-br.png"), QStringLiteral("pt-br"), 5, 1);
    const ImageInfo pt = image(QStringLiteral("/pt.png"), QStringLiteral("pt"), 5, 1);
    const ImageInfo ptBetter = image(QStringLiteral("/pt-better.png"), QStringLiteral("pt"), 7, 1);
    const ImageInfo en = image(QStringLiteral("/en.png"), QStringLiteral("en"), 9, 1);
    const ImageInfo neutral = image(QStringLiteral("/neutral.png"), {}, 10, 1);
    const ImageInfo fr = image(QStringLiteral("/fr.png"), QStringLiteral("fr"), 10, 1);

    QTest::newRow("exact region") << QList<ImageInfo>{ptBr, pt, en, neutral} << QStringLiteral("pt-br") << QStringLiteral("/pt-br.png");
    QTest::newRow("base language, best voted") << QList<ImageInfo>{pt, ptBetter, en} << QStringLiteral("pt-br")
                                               << QStringLiteral("/pt-better.png");
    QTest::newRow("english fallback") << QList<ImageInfo>{fr, en, neutral} << QStringLiteral("de") << QStringLiteral("/en.png");
    QTest::newRow("neutral last") << QList<ImageInfo>{fr, neutral} << QStringLiteral("de") << QStringLiteral("/neutral.png");
    QTest::newRow("nothing usable") << QList<ImageInfo>{fr} << QStringLiteral("de") << QString();
    QTest::newRow("case-insensitive request") << QList<ImageInfo>{fr, en} << QStringLiteral("FR") << QStringLiteral("/fr.png");
}

void tst_ArtSelector::logoLanguageOrder()
{
    QFETCH(QList<ImageInfo>, logos);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    TitleMetadata metadata;
    metadata.logos = logos;
    const auto logo = ArtSelector::logo(metadata, language);
    QCOMPARE(logo ? logo->filePath : QString(), expected);
}

void tst_ArtSelector::cropToPortraitKeepsTheCentre()
{
    QImage backdrop(1280, 720, QImage::Format_RGB32);
    backdrop.fill(Qt::black);
    QPainter painter(&backdrop);
    painter.fillRect(QRect(630, 0, 20, 720), Qt::red);  // a stripe at the centre
    painter.end();

    const QImage crop = ArtSelector::cropToPortrait(backdrop);
    QCOMPARE(crop.size(), QSize(480, 720));  // width = height × 2/3
    QCOMPARE(crop.pixelColor(240, 360), QColor(Qt::red));
    QCOMPARE(crop.pixelColor(0, 360), QColor(Qt::black));

    QImage portrait(500, 750, QImage::Format_RGB32);
    QCOMPARE(ArtSelector::cropToPortrait(portrait).size(), QSize(500, 750));  // already narrow enough
}

QTEST_GUILESS_MAIN(tst_ArtSelector)
#include "tst_artselector.moc"
