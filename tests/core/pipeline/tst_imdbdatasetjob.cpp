// The IMDb dataset refresh: download (streamed to a file) + import from the fake upstream, when it is
// due, and under a lease so that of two processes sharing the dataset only one downloads.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/coordination/inprocesscoordinator.h"
#include "core/pipeline/imdbdatasetjob.h"
#include "tests/fakeupstream/fakeimdbdataset.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

Q_DECLARE_METATYPE(Marquee::Tests::FakeFault)
Q_DECLARE_METATYPE(Marquee::ErrorKind)

namespace {
const QString DatasetPath = QStringLiteral("/imdb/title.ratings.tsv.gz");
}

class TestImdbDatasetJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void refreshDownloadsAndImports();
    void dueFollowsTheRefreshHours();
    void failedDownloadsKeepTheOldDataAndNameNoKey_data();
    void failedDownloadsKeepTheOldDataAndNameNoKey();
    void refreshIsClaimedByOneOfTwo();

private:
    QString url() const { return m_fake.baseUrl() + DatasetPath; }

    FakeUpstream m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 1'700'000'000;
};

void TestImdbDatasetJob::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void TestImdbDatasetJob::init()
{
    m_fake.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = 1'700'000'000;
}

void TestImdbDatasetJob::refreshDownloadsAndImports()
{
    Sources::ImdbDataset dataset(m_dir->filePath(QStringLiteral("imdb.db")), 10);
    ImdbDatasetJob job(dataset, {url(), 24}, [this] { return m_now; });
    const auto stats = job.refresh();
    QVERIFY2(stats.has_value(), stats ? "" : qPrintable(stats.error().message));
    QVERIFY(stats->rows > 5);
    QCOMPARE(stats->malformed, 1);
    QCOMPARE(stats->belowMinVotes, 1);
    QCOMPARE(dataset.importedAt(), m_now);
    QCOMPARE(dataset.lookup(QStringLiteral("tt0000001"))->value, Tests::FakeImdbDataset::rating(QStringLiteral("tt0000001")));
    QVERIFY(!QFileInfo::exists(dataset.path() + QStringLiteral(".download.gz")));  // temporary file gone
    QCOMPARE(m_fake.requestCount(DatasetPath), 1);
}

void TestImdbDatasetJob::dueFollowsTheRefreshHours()
{
    Sources::ImdbDataset dataset(m_dir->filePath(QStringLiteral("imdb.db")), 10);
    ImdbDatasetJob job(dataset, {url(), 6}, [this] { return m_now; });
    QVERIFY(job.due());  // never imported
    QVERIFY(job.refresh().has_value());
    QVERIFY(!job.due());
    m_now += 6 * 3600 - 1;
    QVERIFY(!job.due());
    m_now += 1;
    QVERIFY(job.due());

    // IMDB_DATASET_REFRESH_HOURS has a floor of one hour.
    ImdbDatasetJob hourly(dataset, {url(), 0}, [this] { return m_now; });
    m_now = dataset.importedAt() + 3599;
    QVERIFY(!hourly.due());
}

void TestImdbDatasetJob::failedDownloadsKeepTheOldDataAndNameNoKey_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("503") << FakeFault{.status = 503} << ErrorKind::UpstreamStatus
                         << QStringLiteral("The IMDb dataset download failed with status 503");
    QTest::newRow("truncated body") << FakeFault{.truncate = true} << ErrorKind::UpstreamStatus
                                    << QStringLiteral("The IMDb dataset download failed");
}

void TestImdbDatasetJob::failedDownloadsKeepTheOldDataAndNameNoKey()
{
    QFETCH(FakeFault, fault);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    Sources::ImdbDataset dataset(m_dir->filePath(QStringLiteral("imdb.db")), 10);
    // A mirror behind a key: the key must never reach the error.
    ImdbDatasetJob job(dataset, {url() + QStringLiteral("?apikey=secret-dataset-key"), 24}, [this] { return m_now; });
    QVERIFY(job.refresh().has_value());
    m_fake.setFault(DatasetPath, fault);
    const auto failed = job.refresh();
    QVERIFY(!failed.has_value());
    QCOMPARE(failed.error().kind, kind);
    QVERIFY2(failed.error().message.startsWith(message), qPrintable(failed.error().message));
    QVERIFY(!failed.error().message.contains(QLatin1String("secret-dataset-key")));
    QVERIFY(dataset.lookup(QStringLiteral("tt0000001")).has_value());
}

void TestImdbDatasetJob::refreshIsClaimedByOneOfTwo()
{
    // Two daemons sharing a dataset file and a coordinator: the lease lets one of them download.
    Coordination::InProcessCoordinator coordinator;
    const QString path = m_dir->filePath(QStringLiteral("shared.db"));
    Sources::ImdbDataset datasetA(path, 10);
    Sources::ImdbDataset datasetB(path, 10);
    ImdbDatasetJob jobA(datasetA, {url(), 24});
    ImdbDatasetJob jobB(datasetB, {url(), 24});
    QCOMPARE(jobA.leaseName(), jobB.leaseName());
    m_fake.setFault(DatasetPath, FakeFault{.latencyMs = 300});  // both try while the first still downloads

    LeasedJobScheduler schedulerA(coordinator);
    LeasedJobScheduler schedulerB(coordinator);
    schedulerA.add(jobA.job(std::chrono::milliseconds(0)));
    schedulerB.add(jobB.job(std::chrono::milliseconds(0)));
    schedulerA.start();
    schedulerB.start();
    QTRY_VERIFY_WITH_TIMEOUT(datasetA.ready() && datasetB.ready(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(schedulerA.runCount(jobA.leaseName()) + schedulerB.runCount(jobB.leaseName()), 1, 20000);
    QCOMPARE(jobA.downloads() + jobB.downloads(), 1);
    QCOMPARE(m_fake.requestCount(DatasetPath), 1);
    QVERIFY(schedulerA.holdsLease(jobA.leaseName()) != schedulerB.holdsLease(jobB.leaseName()));
    schedulerA.stop();
    schedulerB.stop();
}

QTEST_GUILESS_MAIN(TestImdbDatasetJob)
#include "tst_imdbdatasetjob.moc"
