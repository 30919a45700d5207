// imdb_rating_source and tmdb_rating_source (reference §3.2 "MDBList-free inputs"): which value the
// score sees for imdb and tmdb, for every mode and gap.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/paramregistry.h"
#include "core/pipeline/ratinginputs.h"
#include "core/sources/imdbdataset.h"
#include "core/sources/weightedscore.h"
#include "tests/fakeupstream/fakeimdbdataset.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using Config::Param;

namespace {

const QString Imdb = QStringLiteral("imdb");
const QString Tmdb = QStringLiteral("tmdb");
const QString Listed = QStringLiteral("tt0000001");     // in the dataset
const QString Unlisted = QStringLiteral("tt4242424");

Sources::RatingsRecord mdblist(std::optional<double> imdb, std::optional<int> imdbVotes = 5000,
                               std::optional<double> tmdb = std::nullopt)
{
    Sources::RatingsRecord record;
    if (imdb)
        record.ratings.insert(Imdb, {*imdb, imdbVotes});
    if (tmdb)
        record.ratings.insert(Tmdb, {*tmdb, 800});
    record.ratings.insert(QStringLiteral("letterboxd"), {3.9, 4000});
    return record;
}

Config::RenderConfig config(const char *imdbSource, const char *tmdbSource)
{
    Config::RenderConfig result;
    result.setValue(Param::ImdbRatingSource, QString::fromLatin1(imdbSource));
    result.setValue(Param::TmdbRatingSource, QString::fromLatin1(tmdbSource));
    return result;
}

Sources::TitleMetadata metadata(double voteAverage, int voteCount)
{
    Sources::TitleMetadata meta;
    meta.id = TitleId{MediaType::Movie, Listed, 1001};
    meta.voteAverage = voteAverage;
    meta.voteCount = voteCount;
    return meta;
}

std::optional<double> value(const RatingsOutcome &outcome, const QString &source)
{
    if (!outcome.record || !outcome.record->ratings.contains(source))
        return std::nullopt;
    return outcome.record->ratings.value(source).value;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<Sources::RatingsRecord>)

class TestRatingInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void imdbSource_data();
    void imdbSource();
    void tmdbSource_data();
    void tmdbSource();
    void withoutDatasetTheModeIsExplained();
    void determinedIsNeverChanged();
    void directTmdbScoresWithoutMdbList();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sources::ImdbDataset> m_dataset;
    double m_datasetValue = 0;
};

void TestRatingInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString download = m_dir.filePath(QStringLiteral("ratings.tsv.gz"));
    QFile file(download);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Tests::FakeImdbDataset::gzip(Tests::FakeImdbDataset::tsv()));
    file.close();
    m_dataset = std::make_unique<Sources::ImdbDataset>(m_dir.filePath(QStringLiteral("imdb.db")), 10);
    QVERIFY(m_dataset->importGzip(download, 1).has_value());
    m_datasetValue = Tests::FakeImdbDataset::rating(Listed);
    QVERIFY(m_datasetValue > 0);
}

void TestRatingInputs::imdbSource_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<std::optional<Sources::RatingsRecord>>("record");
    QTest::addColumn<bool>("determined");
    QTest::addColumn<QString>("imdbId");
    QTest::addColumn<bool>("fromDataset");
    QTest::addColumn<QString>("note");

    const auto with = std::optional(mdblist(6.0));
    const auto without = std::optional(mdblist(std::nullopt));
    const auto fewVotes = std::optional(mdblist(6.0, 3));
    const std::optional<Sources::RatingsRecord> failed;
    QTest::newRow("mdblist keeps MDBList's") << "mdblist" << with << true << Listed << false << "mdblist";
    QTest::newRow("dataset replaces MDBList's") << "dataset" << with << true << Listed << true << "dataset";
    QTest::newRow("dataset without the title keeps MDBList's")
        << "dataset" << with << true << Unlisted << false << "not in dataset (or below IMDB_DATASET_MIN_VOTES)";
    QTest::newRow("fallback keeps a usable MDBList value")
        << "fallback" << with << true << Listed << false << "mdblist (dataset not needed)";
    QTest::newRow("fallback fills a soft gap: no value")
        << "fallback" << without << true << Listed << true << "dataset (mdblist had none)";
    QTest::newRow("fallback fills a soft gap: below the vote floor")
        << "fallback" << fewVotes << true << Listed << true << "dataset (mdblist had none)";
    QTest::newRow("fallback fills a hard gap: MDBList failed")
        << "fallback" << failed << false << Listed << true << "dataset (mdblist failed)";
    QTest::newRow("no imdb id") << "dataset" << with << true << QString() << false << "no imdb id for the dataset";
}

void TestRatingInputs::imdbSource()
{
    QFETCH(QString, mode);
    QFETCH(std::optional<Sources::RatingsRecord>, record);
    QFETCH(bool, determined);
    QFETCH(QString, imdbId);
    QFETCH(bool, fromDataset);
    QFETCH(QString, note);

    Config::RenderConfig cfg = config("mdblist", "mdblist");
    cfg.setValue(Param::ImdbRatingSource, mode);
    RatingInputs::Notes notes;
    const RatingsOutcome outcome = RatingInputs::apply({record, determined}, metadata(7.0, 900), imdbId, cfg,
                                                       m_dataset.get(), 10, &notes);
    QCOMPARE(notes.imdb, note);
    const std::optional<double> before = record && record->ratings.contains(Imdb)
                                             ? std::optional(record->ratings.value(Imdb).value) : std::nullopt;
    QCOMPARE(value(outcome, Imdb), fromDataset ? std::optional(m_datasetValue) : before);
}

void TestRatingInputs::tmdbSource_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<std::optional<double>>("mdblistTmdb");
    QTest::addColumn<double>("voteAverage");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::addColumn<QString>("note");

    const std::optional<double> none;
    QTest::newRow("mdblist keeps MDBList's") << "mdblist" << std::optional(71.0) << 7.6 << std::optional(71.0) << "mdblist";
    QTest::newRow("direct replaces it with vote_average×10")
        << "direct" << std::optional(71.0) << 7.6 << std::optional(76.0) << "direct";
    QTest::newRow("direct with vote_average 0 is unrated")
        << "direct" << none << 0.0 << none << "tmdb unrated (vote_average 0)";
    QTest::newRow("fallback keeps MDBList's") << "fallback" << std::optional(71.0) << 7.6 << std::optional(71.0)
                                              << "mdblist (direct not needed)";
    QTest::newRow("fallback fills a missing value")
        << "fallback" << none << 7.6 << std::optional(76.0) << "direct (mdblist had none)";
}

void TestRatingInputs::tmdbSource()
{
    QFETCH(QString, mode);
    QFETCH(std::optional<double>, mdblistTmdb);
    QFETCH(double, voteAverage);
    QFETCH(std::optional<double>, expected);
    QFETCH(QString, note);

    Config::RenderConfig cfg = config("mdblist", "mdblist");
    cfg.setValue(Param::TmdbRatingSource, mode);
    RatingInputs::Notes notes;
    const RatingsOutcome outcome = RatingInputs::apply({mdblist(6.0, 5000, mdblistTmdb), true},
                                                       metadata(voteAverage, 900), Listed, cfg, nullptr, 10, &notes);
    QCOMPARE(notes.tmdb, note);
    QCOMPARE(value(outcome, Tmdb), expected);
    if (expected && mode != QLatin1String("mdblist") && note.startsWith(QLatin1String("direct")))
        QCOMPARE(outcome.record->ratings.value(Tmdb).votes, std::optional<int>(900));
}

void TestRatingInputs::withoutDatasetTheModeIsExplained()
{
    RatingInputs::Notes notes;
    const RatingsOutcome outcome = RatingInputs::apply({mdblist(6.0), true}, metadata(7.0, 10), Listed,
                                                       config("dataset", "mdblist"), nullptr, 10, &notes);
    QCOMPARE(notes.imdb, QStringLiteral("dataset disabled on this server"));
    QCOMPARE(value(outcome, Imdb), std::optional(6.0));
}

void TestRatingInputs::determinedIsNeverChanged()
{
    const RatingsOutcome outcome = RatingInputs::apply({std::nullopt, false}, metadata(7.0, 900), Listed,
                                                       config("dataset", "direct"), m_dataset.get(), 10);
    QVERIFY(!outcome.determined);
    QCOMPARE(value(outcome, Imdb), std::optional(m_datasetValue));
    QCOMPARE(value(outcome, Tmdb), std::optional(70.0));
}

void TestRatingInputs::directTmdbScoresWithoutMdbList()
{
    // No MDBList at all: tmdb direct with a tmdb-only weight set still scores; the vote floor applies.
    Config::Weights weights{{Tmdb, 1.0}};
    const auto scored = RatingInputs::apply({std::nullopt, true}, metadata(8.3, 900), Listed,
                                            config("mdblist", "direct"), nullptr, 10);
    QCOMPARE(Sources::weightedScore(*scored.record, weights, false, 10), std::optional<int>(83));
    const auto floored = RatingInputs::apply({std::nullopt, true}, metadata(8.3, 4), Listed,
                                             config("mdblist", "direct"), nullptr, 10);
    QCOMPARE(Sources::weightedScore(*floored.record, weights, false, 10), std::optional<int>());
}

QTEST_GUILESS_MAIN(TestRatingInputs)
#include "tst_ratinginputs.moc"
