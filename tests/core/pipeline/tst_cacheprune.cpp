// CachePrune over a real SQLite store, a local blob directory and the pipeline's CompositeCache:
// expired composites leave with their blobs (in batches), live ones stay whole, old rating/metadata
// rows and expired keyed values go, a stop request is honoured and a failing backend is reported.
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>

#include "core/blob/localdiskblobstore.h"
#include "core/pipeline/cacheprune.h"
#include "core/pipeline/compositecache.h"
#include "core/storage/sqlitestorage.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

constexpr qint64 Now = 1'800'000'000;
constexpr qint64 Day = 86400;
constexpr int Batch = 7;  // small batches: the multi-batch case stays quick

QString compositeKey(int i)
{
    return QStringLiteral("tt%1:%1:movie:0123456789abcdef").arg(i, 7, 10, QLatin1Char('0'));
}

} // namespace

class tst_CachePrune : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void removesExpiredCompositesWithTheirBlobs();
    void worksThroughSeveralBatches();
    void prunesOldRows();
    void stopsWhenAsked();
    void reportsAFailingCompositePrune();
    void runsAsALeasedJob();

private:
    CachePrune prune(int batchSize = CachePrune::BatchSize);
    // Writes a composite through the cache (blob, then row) and returns its blob key.
    QString writeComposite(const QString &key, qint64 expiresAt);
    bool blobExists(const QString &blobKey);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    std::unique_ptr<Blob::LocalDiskBlobStore> m_blobs;
    std::unique_ptr<CompositeCache> m_cache;
};

void tst_CachePrune::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    m_blobs = std::make_unique<Blob::LocalDiskBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
    // No delete grace: a pruned composite's blob goes within the same prune.
    m_cache = std::make_unique<CompositeCache>(m_storage.get(), m_blobs.get(), 0, 0);
}

void tst_CachePrune::cleanup()
{
    m_cache.reset();
    m_blobs.reset();
    m_storage.reset();
    m_dir.reset();
}

CachePrune tst_CachePrune::prune(int batchSize)
{
    CompositeCache *cache = m_cache.get();
    return CachePrune(*m_storage, [cache](qint64 now, int limit) { return cache->prune(now, limit); },
                      [] { return Now; }, batchSize);
}

QString tst_CachePrune::writeComposite(const QString &key, qint64 expiresAt)
{
    const QByteArray bytes = key.toUtf8();
    const CompositeEntry entry{bytes, CompositeCache::etagFor(bytes), expiresAt};
    const VoidResult written = m_cache->write(key, entry, QStringLiteral("rating_mode=1"), expiresAt - Day);
    if (!written)
        qFatal("%s", qPrintable(written.error().message));
    return m_storage->composite(key).value()->blobKey;
}

bool tst_CachePrune::blobExists(const QString &blobKey)
{
    const auto blob = m_blobs->get(blobKey);
    return blob.has_value() && blob->has_value();
}

void tst_CachePrune::removesExpiredCompositesWithTheirBlobs()
{
    const QString expiredBlob = writeComposite(compositeKey(1), Now - 10);
    const QString justExpiredBlob = writeComposite(compositeKey(2), Now);
    const QString liveBlob = writeComposite(compositeKey(3), Now + 10);
    QVERIFY(blobExists(expiredBlob));

    const auto report = prune().run();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->composites, qint64(2));
    QVERIFY(!report->stopped);

    // Row and blob leave together; the live composite keeps both.
    QVERIFY(!m_storage->composite(compositeKey(1)).value().has_value());
    QVERIFY(!blobExists(expiredBlob));
    QVERIFY(!m_storage->composite(compositeKey(2)).value().has_value());
    QVERIFY(!blobExists(justExpiredBlob));
    QVERIFY(m_storage->composite(compositeKey(3)).value().has_value());
    QVERIFY(blobExists(liveBlob));
    QVERIFY(m_cache->read(compositeKey(3), Now).has_value());
}

void tst_CachePrune::worksThroughSeveralBatches()
{
    const int expired = 2 * Batch + 3;
    QStringList blobs;
    for (int i = 0; i < expired; ++i)
        blobs.append(writeComposite(compositeKey(i), Now - 1 - i));
    const QString liveBlob = writeComposite(compositeKey(expired), Now + Day);

    int batches = 0;
    CompositeCache *cache = m_cache.get();
    CachePrune counted(*m_storage, [cache, &batches](qint64 now, int limit) {
        ++batches;
        return cache->prune(now, limit);
    }, [] { return Now; }, Batch);
    const auto report = counted.run();
    QVERIFY(report.has_value());
    QCOMPARE(report->composites, qint64(expired));
    QCOMPARE(batches, 3);
    QVERIFY(m_storage->expiredComposites(Now, 10).value().isEmpty());
    for (const QString &blob : std::as_const(blobs))
        QVERIFY2(!blobExists(blob), qPrintable(blob));
    QVERIFY(blobExists(liveBlob));
    QCOMPARE(m_storage->tableCounts().value().value(QStringLiteral("final_poster_cache")), qint64(1));
}

void tst_CachePrune::prunesOldRows()
{
    const auto rating = [](const QString &id, qint64 cachedAt) {
        Storage::RatingRow row;
        row.canonicalId = id;
        row.cachedAt = cachedAt;
        return row;
    };
    QVERIFY(m_storage->putRating(rating(QStringLiteral("tt0000001"), Now - 15 * Day)).has_value());
    QVERIFY(m_storage->putRating(rating(QStringLiteral("tt0000002"), Now - 13 * Day)).has_value());
    QVERIFY(m_storage->putMetadata({QStringLiteral("movie_1_en_p3d1.0"), QJsonObject(), Now - 31 * Day}).has_value());
    QVERIFY(m_storage->putMetadata({QStringLiteral("movie_2_en_p3d1.0"), QJsonObject(), Now - 29 * Day}).has_value());
    QVERIFY(m_storage->putKeyedValue({QStringLiteral("quality"), QStringLiteral("a"), QJsonObject(), Now - Day, Now - 1})
                .has_value());
    QVERIFY(m_storage->putKeyedValue({QStringLiteral("quality"), QStringLiteral("b"), QJsonObject(), Now - Day, Now + Day})
                .has_value());
    QVERIFY(m_storage->putKeyedValue({QStringLiteral("quality"), QStringLiteral("c"), QJsonObject(), Now - Day, 0})
                .has_value());

    const auto report = prune().run();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->rows, qint64(3));
    QVERIFY(!m_storage->rating(QStringLiteral("tt0000001")).value().has_value());
    QVERIFY(m_storage->rating(QStringLiteral("tt0000002")).value().has_value());
    QVERIFY(!m_storage->metadata(QStringLiteral("movie_1_en_p3d1.0")).value().has_value());
    QVERIFY(m_storage->metadata(QStringLiteral("movie_2_en_p3d1.0")).value().has_value());
    QVERIFY(m_storage->keyedValue(QStringLiteral("quality"), QStringLiteral("b"), Now).value().has_value());
    QVERIFY(m_storage->keyedValue(QStringLiteral("quality"), QStringLiteral("c"), Now).value().has_value());
    QCOMPARE(m_storage->tableCounts().value().value(QStringLiteral("keyed_cache")), qint64(2));
}

void tst_CachePrune::stopsWhenAsked()
{
    const QString expiredBlob = writeComposite(compositeKey(1), Now - 10);
    Storage::RatingRow old;
    old.canonicalId = QStringLiteral("tt0000001");
    old.cachedAt = Now - 20 * Day;
    QVERIFY(m_storage->putRating(old).has_value());

    const auto report = prune().run([] { return true; });
    QVERIFY(report.has_value());
    QVERIFY(report->stopped);
    QCOMPARE(report->composites, qint64(0));
    QVERIFY(m_storage->composite(compositeKey(1)).value().has_value());
    QVERIFY(blobExists(expiredBlob));
    QVERIFY(m_storage->rating(QStringLiteral("tt0000001")).value().has_value());
}

void tst_CachePrune::reportsAFailingCompositePrune()
{
    Storage::RatingRow old;
    old.canonicalId = QStringLiteral("tt0000001");
    old.cachedAt = Now - 20 * Day;
    QVERIFY(m_storage->putRating(old).has_value());
    CachePrune failing(*m_storage,
                       [](qint64, int) -> Result<qint64> { return fail(ErrorKind::Internal, QStringLiteral("disk on fire")); },
                       [] { return Now; });
    const auto report = failing.run();
    QVERIFY(!report.has_value());
    QCOMPARE(report.error().kind, ErrorKind::Internal);
    QCOMPARE(report.error().message, QStringLiteral("disk on fire"));
    QVERIFY(m_storage->rating(QStringLiteral("tt0000001")).value().has_value());  // nothing half-done after it
}

void tst_CachePrune::runsAsALeasedJob()
{
    using namespace std::chrono_literals;
    const QString expiredBlob = writeComposite(compositeKey(1), Now - 10);
    CachePrune pruner = prune();
    const LeasedJob job = pruner.job(6h, 5min);
    QCOMPARE(job.name, QStringLiteral("cache-prune"));
    QVERIFY(job.leaseTtl == 8h);  // reference: 8 h, longer than the 6 h interval
    QVERIFY(job.interval == 6h);
    QVERIFY(job.startDelay == 5min);
    QVERIFY(pruner.job(12h, 0s).leaseTtl == 13h);  // a longer interval keeps the lease past it

    const std::atomic<bool> stopping{false};
    const std::atomic<bool> lost{false};
    job.run(JobControl(stopping, lost));
    QVERIFY(!m_storage->composite(compositeKey(1)).value().has_value());
    QVERIFY(!blobExists(expiredBlob));
}

QTEST_GUILESS_MAIN(tst_CachePrune)
#include "tst_cacheprune.moc"
