#include <QImage>
#include <QPainter>
#include <QTest>

#include <QUrlQuery>

#include "core/pipeline/artselector.h"
#include "core/pipeline/saliencycrop.h"

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
    void cropFollowsTheSubject_data();
    void cropFollowsTheSubject();
    void cropIsDeterministic();
    void logoPriority_data();
    void logoPriority();
    void originalArt_data();
    void originalArt();
    void originalArtModeBakesTheTitle();
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

// A busy subject (detail, colour, skin tones) on a flat, dark backdrop pulls the 2:3 window to it.
void tst_ArtSelector::cropFollowsTheSubject_data()
{
    QTest::addColumn<int>("subjectX");
    QTest::addColumn<QColor>("subjectColor");
    QTest::newRow("figure at the left") << 160 << QColor(210, 150, 120);
    QTest::newRow("figure at the right") << 1100 << QColor(210, 150, 120);
    QTest::newRow("colourful detail left of centre") << 420 << QColor(40, 200, 90);
}

void tst_ArtSelector::cropFollowsTheSubject()
{
    QFETCH(int, subjectX);
    QFETCH(QColor, subjectColor);
    QImage backdrop(1280, 720, QImage::Format_RGB32);
    backdrop.fill(QColor(20, 24, 32));
    QPainter painter(&backdrop);
    for (int i = 0; i < 12; ++i)  // a striped, textured subject
        painter.fillRect(QRect(subjectX - 60 + i * 10, 120, 5, 360), i % 2 ? subjectColor : subjectColor.darker(180));
    painter.end();

    const QImage crop = ArtSelector::cropToPortrait(backdrop);
    QCOMPARE(crop.size(), QSize(480, 720));
    const int left = SaliencyCrop::bestLeft(backdrop, 480);
    QVERIFY2(left <= subjectX - 60 && left + 480 >= subjectX + 60,
             qPrintable(QStringLiteral("window %1–%2 misses the subject at %3").arg(left).arg(left + 480).arg(subjectX)));
    QCOMPARE(crop, backdrop.copy(left, 0, 480, 720));
}

void tst_ArtSelector::cropIsDeterministic()
{
    QImage backdrop(1280, 720, QImage::Format_RGB32);
    backdrop.fill(QColor(30, 30, 30));
    QCOMPARE(SaliencyCrop::bestLeft(backdrop, 480), (1280 - 480) / 2);  // nothing salient: the centre
    QPainter painter(&backdrop);
    painter.setBrush(QColor(230, 170, 140));
    painter.drawEllipse(QPoint(900, 250), 80, 100);
    painter.end();
    const int first = SaliencyCrop::bestLeft(backdrop, 480);
    QCOMPARE(SaliencyCrop::bestLeft(backdrop, 480), first);
    QVERIFY(first > (1280 - 480) / 2);
    QCOMPARE(SaliencyCrop::bestLeft(QImage(), 480), 0);
    QCOMPARE(SaliencyCrop::bestLeft(backdrop, 2000), 0);  // window wider than the image
}

void tst_ArtSelector::logoPriority_data()
{
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("native");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("secondary");
    QTest::addColumn<QStringList>("available");  // languages of the logos ("" = neutral)
    QTest::addColumn<QString>("expected");       // chosen logo's language, "-" = none

    const QStringList all {QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("en"), QString(), QStringLiteral("de")};
    const auto row = [](const char *name, const char *priority, const char *native, const char *original,
                        const char *secondary, const QStringList &available, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(priority) << QString::fromLatin1(native) << QString::fromLatin1(original)
                            << QString::fromLatin1(secondary) << available << QString::fromLatin1(expected);
    };
    row("native_original: native first", "native_original", "fr", "ja", "", all, "fr");
    row("native_original: then original", "native_original", "it", "ja", "", all, "ja");
    row("native_original: then neutral before English", "native_original", "it", "ko", "", all, "");
    row("native_original: English last", "native_original", "it", "ko", "", {QStringLiteral("en")}, "en");
    row("original_native", "original_native", "fr", "ja", "", all, "ja");
    row("native_if_original_english: same language", "native_if_original_english", "fr", "fr", "", all, "fr");
    row("native_if_original_english: different", "native_if_original_english", "fr", "ja", "", all, "en");
    row("native_if_original_english: then original", "native_if_original_english", "fr", "ja", "",
        {QStringLiteral("ja"), QStringLiteral("fr")}, "ja");
    row("native_text: native", "native_text", "de", "ja", "", all, "de");
    row("native_text: English before neutral", "native_text", "it", "ja", "", all, "en");
    row("native_text: neutral last", "native_text", "it", "ja", "", {QString(), QStringLiteral("ja")}, "");
    row("native_custom_text: secondary", "native_custom_text", "it", "ja", "de", all, "de");
    row("native_custom_text: no original", "native_custom_text", "it", "ja", "ko", all, "en");
    row("native_custom_original_text: original third", "native_custom_original_text", "it", "ja", "ko", all, "ja");
    row("region locale matches base", "native_original", "pt-br", "ja", "", {QStringLiteral("pt"), QStringLiteral("ja")}, "pt");
    row("nothing", "native_original", "it", "ko", "", {QStringLiteral("fr")}, "-");
}

void tst_ArtSelector::logoPriority()
{
    QFETCH(QString, priority);
    QFETCH(QString, native);
    QFETCH(QString, original);
    QFETCH(QString, secondary);
    QFETCH(QStringList, available);
    QFETCH(QString, expected);
    TitleMetadata metadata;
    for (const QString &language : available)
        metadata.logos << image(QLatin1Char('/') + (language.isEmpty() ? QStringLiteral("neutral") : language), language, 5, 5);
    metadata.logos << image(QStringLiteral("/fr-better"), QStringLiteral("xx-never"), 9, 9);  // unrelated tag
    const LanguagePreference preference {native, original, secondary, priority};
    const auto logo = ArtSelector::logo(metadata, preference);
    QCOMPARE(logo ? logo->language : QStringLiteral("-"), expected);
}

void tst_ArtSelector::originalArt_data()
{
    QTest::addColumn<QString>("native");
    QTest::addColumn<bool>("topRated");
    QTest::addColumn<QString>("expected");
    QTest::newRow("primary, English first → TMDB primary") << QStringLiteral("en") << false << QStringLiteral("/primary.jpg");
    QTest::newRow("top_rated, English → best English") << QStringLiteral("en") << true << QStringLiteral("/en-best.jpg");
    QTest::newRow("primary, French first → best French") << QStringLiteral("fr") << false << QStringLiteral("/fr.jpg");
    QTest::newRow("region locale → base language") << QStringLiteral("fr-ca") << true << QStringLiteral("/fr.jpg");
    QTest::newRow("no such language → original") << QStringLiteral("it") << true << QStringLiteral("/ja.jpg");
}

void tst_ArtSelector::originalArt()
{
    QFETCH(QString, native);
    QFETCH(bool, topRated);
    QFETCH(QString, expected);
    TitleMetadata metadata = metadataWith({image(QStringLiteral("/en.jpg"), QStringLiteral("en"), 5, 10),
                                           image(QStringLiteral("/en-best.jpg"), QStringLiteral("en"), 7, 10),
                                           image(QStringLiteral("/fr.jpg"), QStringLiteral("fr"), 6, 10),
                                           image(QStringLiteral("/ja.jpg"), QStringLiteral("ja"), 6, 10),
                                           image(QStringLiteral("/textless.jpg"), {}, 9, 10)},
                                          {}, QStringLiteral("/primary.jpg"));
    metadata.originalLanguage = QStringLiteral("ja");
    const LanguagePreference preference {native, metadata.originalLanguage, {}, QStringLiteral("native_original")};
    QCOMPARE(ArtSelector::originalArt(metadata, preference, topRated).value_or(QString()), expected);
    QVERIFY(!ArtSelector::originalArt(TitleMetadata {}, preference, topRated));
}

void tst_ArtSelector::originalArtModeBakesTheTitle()
{
    TitleMetadata metadata = metadataWith({image(QStringLiteral("/fr.jpg"), QStringLiteral("fr"), 6, 10),
                                           image(QStringLiteral("/textless.jpg"), {}, 9, 10)},
                                          {}, QStringLiteral("/primary.jpg"));
    Config::RenderConfig config = Config::RenderConfig::fromQuery(
        QUrlQuery(QStringLiteral("use_original_art=true&logo_language=fr&original_art_source=top_rated")));
    ArtChoice choice = ArtSelector::portrait(metadata, config);
    QCOMPARE(choice.filePath, QStringLiteral("/fr.jpg"));
    QVERIFY(choice.bakedTitle);
    config = Config::RenderConfig::fromQuery(QUrlQuery(QStringLiteral("logo_language=fr")));
    choice = ArtSelector::portrait(metadata, config);
    QCOMPARE(choice.filePath, QStringLiteral("/textless.jpg"));  // without the mode: textless by votes
    QVERIFY(!choice.bakedTitle);
}

QTEST_GUILESS_MAIN(tst_ArtSelector)
#include "tst_artselector.moc"
