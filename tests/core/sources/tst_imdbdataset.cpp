// The IMDb dataset store: streaming gzip import into a new table, the swap, min votes, malformed lines,
// and failed imports that must leave the previous ratings in place.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/sources/imdbdataset.h"
#include "tests/fakeupstream/fakeimdbdataset.h"

using namespace Marquee;
using namespace Marquee::Sources;
using Marquee::Tests::FakeImdbDataset;

Q_DECLARE_METATYPE(Marquee::ErrorKind)

class TestImdbDataset : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void importsRowsAndSkipsMalformedAndFewVotes();
    void lookupOfUnknownOrBeforeImport();
    void secondImportSwapsTheTable();
    void failedImportKeepsThePreviousRatings_data();
    void failedImportKeepsThePreviousRatings();
    void anotherInstanceSeesTheImport();
    void importsManyRowsInBatches();

private:
    QString write(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void TestImdbDataset::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImdbDataset::write(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("download-%1.gz").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestImdbDataset::importsRowsAndSkipsMalformedAndFewVotes()
{
    ImdbDataset dataset(m_dir->filePath(QStringLiteral("imdb.db")), 10);
    QVERIFY(!dataset.ready());
    const QByteArray text = QByteArrayLiteral("tconst\taverageRating\tnumVotes\n"
                                              "tt0000001\t8.4\t250000\n"
                                              "tt0000002\t6.1\t9\n"          // below min votes
                                              "tt0000003\tnot-a-number\t12\n"  // malformed
                                              "garbage\n"                       // malformed
                                              "tt0000004\t11.5\t300\n"        // out of range: malformed
                                              "tt0000005\t7.0\t10\n");
    const auto stats = dataset.importGzip(write(FakeImdbDataset::gzip(text)), 1000);
    QVERIFY2(stats.has_value(), stats ? "" : qPrintable(stats.error().message));
    QCOMPARE(stats->rows, 2);
    QCOMPARE(stats->belowMinVotes, 1);
    QCOMPARE(stats->malformed, 3);
    QVERIFY(dataset.ready());
    QCOMPARE(dataset.importedAt(), 1000);

    const auto rating = dataset.lookup(QStringLiteral("tt0000001"));
    QVERIFY(rating.has_value());
    QCOMPARE(rating->value, 8.4);
    QCOMPARE(rating->votes, std::optional<int>(250000));
    QVERIFY(dataset.lookup(QStringLiteral("tt0000005")).has_value());
    QVERIFY(!dataset.lookup(QStringLiteral("tt0000002")).has_value());
    QVERIFY(!dataset.lookup(QStringLiteral("tt0000003")).has_value());
}

void TestImdbDataset::lookupOfUnknownOrBeforeImport()
{
    ImdbDataset dataset(m_dir->filePath(QStringLiteral("never.db")), 10);
    QVERIFY(!dataset.lookup(QStringLiteral("tt0000001")).has_value());
    QCOMPARE(dataset.importedAt(), 0);
    QVERIFY(dataset.importGzip(write(FakeImdbDataset::gzip(FakeImdbDataset::tsv())), 5).has_value());
    QVERIFY(!dataset.lookup(QStringLiteral("tt4242424")).has_value());
    QVERIFY(!dataset.lookup(QStringLiteral("not-an-id")).has_value());
    QCOMPARE(dataset.lookup(QStringLiteral("tt0000001"))->value, FakeImdbDataset::rating(QStringLiteral("tt0000001")));
}

void TestImdbDataset::secondImportSwapsTheTable()
{
    ImdbDataset dataset(m_dir->filePath(QStringLiteral("imdb.db")), 0);
    const QByteArray header = QByteArrayLiteral("tconst\taverageRating\tnumVotes\n");
    QVERIFY(dataset.importGzip(write(FakeImdbDataset::gzip(header + "tt0000001\t5.0\t100\ntt0000002\t6.0\t100\n")), 1));
    QVERIFY(dataset.importGzip(write(FakeImdbDataset::gzip(header + "tt0000001\t9.0\t200\n")), 2));
    QCOMPARE(dataset.lookup(QStringLiteral("tt0000001"))->value, 9.0);
    QVERIFY(!dataset.lookup(QStringLiteral("tt0000002")).has_value());  // gone with the old table
    QCOMPARE(dataset.importedAt(), 2);
}

void TestImdbDataset::failedImportKeepsThePreviousRatings_data()
{
    QTest::addColumn<QByteArray>("download");
    QTest::addColumn<QString>("message");
    const QByteArray good = FakeImdbDataset::gzip(FakeImdbDataset::tsv());
    QTest::newRow("truncated gzip") << good.left(good.size() / 2) << QStringLiteral("The IMDb dataset download is damaged");
    QTest::newRow("an HTML error page") << QByteArray("<html>Service Unavailable</html>")
                                        << QStringLiteral("The IMDb dataset is not a ratings TSV");
    QTest::newRow("header only") << FakeImdbDataset::gzip("tconst\taverageRating\tnumVotes\n")
                                 << QStringLiteral("The IMDb dataset holds no usable rating");
}

void TestImdbDataset::failedImportKeepsThePreviousRatings()
{
    QFETCH(QByteArray, download);
    QFETCH(QString, message);
    ImdbDataset dataset(m_dir->filePath(QStringLiteral("imdb.db")), 10);
    QVERIFY(dataset.importGzip(write(FakeImdbDataset::gzip(FakeImdbDataset::tsv())), 100).has_value());

    const auto failed = dataset.importGzip(write(download), 200);
    QVERIFY(!failed.has_value());
    QCOMPARE(failed.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(failed.error().message.startsWith(message), qPrintable(failed.error().message));
    QCOMPARE(dataset.importedAt(), 100);
    QCOMPARE(dataset.lookup(QStringLiteral("tt0000001"))->value, FakeImdbDataset::rating(QStringLiteral("tt0000001")));
}

void TestImdbDataset::anotherInstanceSeesTheImport()
{
    // Two daemons on one host share the file: the one that did not import reads the other's table.
    const QString path = m_dir->filePath(QStringLiteral("shared.db"));
    ImdbDataset importer(path, 10);
    ImdbDataset reader(path, 10);
    QVERIFY(!reader.ready());
    QVERIFY(importer.importGzip(write(FakeImdbDataset::gzip(FakeImdbDataset::tsv())), 7).has_value());
    QVERIFY(reader.ready());
    QVERIFY(reader.lookup(QStringLiteral("tt9000002")).has_value());
    QVERIFY(!reader.lookup(QStringLiteral("tt9000001")).has_value());  // 5 votes
}

void TestImdbDataset::importsManyRowsInBatches()
{
    QByteArray text = QByteArrayLiteral("tconst\taverageRating\tnumVotes\n");
    const int rows = ImdbDataset::BatchRows * 2 + 17;
    for (int i = 1; i <= rows; ++i)
        text += "tt" + QByteArray::number(1000000 + i) + '\t' + QByteArray::number(1 + i % 90 / 10.0, 'f', 1) + "\t50\n";
    ImdbDataset dataset(m_dir->filePath(QStringLiteral("imdb.db")), 10);
    const auto stats = dataset.importGzip(write(FakeImdbDataset::gzip(text)), 1);
    QVERIFY(stats.has_value());
    QCOMPARE(stats->rows, rows);
    QVERIFY(dataset.lookup(QStringLiteral("tt%1").arg(1000000 + rows)).has_value());
}

QTEST_GUILESS_MAIN(TestImdbDataset)
#include "tst_imdbdataset.moc"
