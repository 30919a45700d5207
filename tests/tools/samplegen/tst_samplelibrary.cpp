// The committed sample library (resources/samples) must be exactly what the generator's catalog
// describes, and the catalog must cover what the library is for (every sash kind, both media types,
// the logo and backdrop fallbacks, a spread of scores). Pixels are not compared: they may differ by a
// rounding step between machines, and the generator's determinism is checked by running it twice.

#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "tests/tools/samplegen/catalog.h"
#include "tests/tools/samplegen/nfowriter.h"

using namespace Marquee::SampleGen;

namespace {

const QString kSamples = QStringLiteral(MARQUEE_SAMPLES_DIR);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SampleTitle titleNamed(const QString &folder)
{
    for (const SampleTitle &title : sampleCatalog()) {
        if (title.folder == folder)
            return title;
    }
    return {};
}

} // namespace

class TestSampleLibrary : public QObject
{
    Q_OBJECT

private slots:
    void catalogCoversTheLibrarysPurpose();
    void folderNamesAreResourceSafe();
    void nfoIsKodiShaped();
    void committedFolderMatchesCatalog_data();
    void committedFolderMatchesCatalog();
};

void TestSampleLibrary::catalogCoversTheLibrarysPurpose()
{
    const QList<SampleTitle> titles = sampleCatalog();
    QCOMPARE(titles.size(), 8);
    int movies = 0, shows = 0, withoutLogo = 0, withoutFanart = 0, foreign = 0;
    QSet<QString> tags;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const SampleTitle &t = titles.at(i);
        QCOMPARE(t.number, int(i + 1));
        (t.tv ? shows : movies) += 1;
        withoutLogo += t.hasLogo ? 0 : 1;
        withoutFanart += t.hasFanart ? 0 : 1;
        foreign += t.language == QLatin1String("en") ? 0 : 1;
        for (const QString &tag : t.tags)
            tags.insert(tag);
        for (const SampleRating &r : t.ratings)
            QVERIFY2(r.votes >= 10, qPrintable(t.folder + QLatin1String(": ") + r.name + QLatin1String(" below the vote floor")));
    }
    QVERIFY(movies >= 5);
    QVERIFY(shows >= 2);
    QCOMPARE(withoutLogo, 1);
    QCOMPARE(withoutFanart, 1);
    QCOMPARE(foreign, 1);
    for (const char *sash : {"best-picture-winner", "best-picture-nominated", "festival-cannes-winner", "cult-classic",
                             "based-on-true-story", "metacritic-must-see"})
        QVERIFY2(tags.contains(QLatin1String(sash)), sash);
}

void TestSampleLibrary::folderNamesAreResourceSafe()
{
    // Qt resource paths and the daemon's URLs stay simple with printable ASCII and no apostrophes.
    const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9 ()\\-]+ \\((19|20)\\d\\d\\)$"));
    for (const SampleTitle &t : sampleCatalog()) {
        QVERIFY2(safe.match(t.folder).hasMatch(), qPrintable(t.folder));
        QVERIFY(t.folder.endsWith(QStringLiteral("(%1)").arg(t.year)));
    }
}

void TestSampleLibrary::nfoIsKodiShaped()
{
    const QString nfo = QString::fromUtf8(nfoDocument(titleNamed(QStringLiteral("Cinder Street (2020)"))));
    QVERIFY(nfo.startsWith(QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<tvshow>")));
    QVERIFY(nfo.contains(QLatin1String("<uniqueid type=\"imdb\" default=\"true\">tt90000007</uniqueid>")));
    QVERIFY(nfo.contains(QLatin1String("<uniqueid type=\"tmdb\">90000007</uniqueid>")));
    QVERIFY(nfo.contains(QLatin1String("<status>Returning Series</status>")));
    QVERIFY(nfo.contains(QLatin1String("<season>3</season>")));
    QVERIFY(nfo.contains(QLatin1String("<episode>24</episode>")));
    QVERIFY(nfo.contains(QLatin1String("<rating name=\"trakt\" max=\"100\">\n      <value>86</value>\n      <votes>9120</votes>")));
    QVERIFY(nfo.contains(QLatin1String("<tag>metacritic-must-see</tag>")));
    QVERIFY(nfo.endsWith(QLatin1String("</tvshow>\n")));

    const QString movie = QString::fromUtf8(nfoDocument(titleNamed(QStringLiteral("The Blue Hours (2019)"))));
    QVERIFY(movie.contains(QLatin1String("<movie>")));
    QVERIFY(movie.contains(QLatin1String("<originaltitle>Les Heures bleues</originaltitle>")));
    QVERIFY(movie.contains(QLatin1String("<language>fr</language>")));
    QVERIFY(movie.contains(QLatin1String("<rating name=\"imdb\" max=\"10\" default=\"true\">")));
    QVERIFY(movie.contains(QLatin1String("<rating name=\"letterboxd\" max=\"5\">\n      <value>4</value>")));
    QVERIFY(!movie.contains(QLatin1String("<season>")));
}

void TestSampleLibrary::committedFolderMatchesCatalog_data()
{
    QTest::addColumn<QString>("folder");
    for (const SampleTitle &t : sampleCatalog())
        QTest::newRow(qPrintable(t.folder)) << t.folder;
}

void TestSampleLibrary::committedFolderMatchesCatalog()
{
    QFETCH(QString, folder);
    const SampleTitle title = titleNamed(folder);
    const QString dir = kSamples + QLatin1Char('/') + folder + QLatin1Char('/');
    const QString resourceList = QString::fromUtf8(readAll(kSamples + QStringLiteral("/CMakeLists.txt")));
    QVERIFY2(!resourceList.isEmpty(), "resources/samples/CMakeLists.txt is missing");

    // The .nfo is byte-for-byte what the generator writes now: regenerate after changing the catalog.
    const QString nfoName = title.tv ? QStringLiteral("tvshow.nfo") : QStringLiteral("movie.nfo");
    QCOMPARE(readAll(dir + nfoName), nfoDocument(title));

    struct Expected
    {
        QString file;
        bool present;
        QSize maxSize;
        bool exact;
    };
    const QList<Expected> files = {{nfoName, true, {}, false},
                                   {QStringLiteral("poster.jpg"), true, {1000, 1500}, true},
                                   {QStringLiteral("fanart.jpg"), title.hasFanart, {1920, 1080}, true},
                                   {QStringLiteral("clearlogo.png"), title.hasLogo, {820, 330}, false}};
    for (const Expected &e : files) {
        QCOMPARE(QFile::exists(dir + e.file), e.present);
        const QString listed = QLatin1Char('"') + folder + QLatin1Char('/') + e.file + QLatin1Char('"');
        QVERIFY2(resourceList.contains(listed) == e.present, qPrintable(listed + QLatin1String(" listing is wrong")));
        if (!e.present || e.maxSize.isEmpty())
            continue;
        QImageReader reader(dir + e.file);
        const QSize size = reader.size();
        if (e.exact)
            QCOMPARE(size, e.maxSize);
        else
            QVERIFY2(size.width() <= e.maxSize.width() && size.height() <= e.maxSize.height() && size.width() >= 300,
                     qPrintable(e.file));
    }
}

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "tst_samplelibrary.moc"
