// The composite tiers on both blob backends (every test runs once on a local directory and once on
// s3rver): read/write order, versioned blob keys, redirect lookups, and deferred deletes after the grace.
#include <QDateTime>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include "core/blob/localdiskblobstore.h"
#include "core/blob/s3blobstore.h"
#include "core/pipeline/compositecache.h"
#include "core/storage/sqlitestorage.h"
#include "tests/support/s3server.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

constexpr qint64 kNow = 1'800'000'000;
const QString kKey = QStringLiteral("tt0111161:278:movie:0123456789abcdef");

CompositeEntry entry(const QByteArray &bytes, qint64 expiresAt = kNow + 3600)
{
    return CompositeEntry{bytes, CompositeCache::etagFor(bytes), expiresAt};
}

} // namespace

class tst_CompositeCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void writeThenReadFromMemory();
    void readFallsThroughToRowAndBlobAndRefillsMemory();
    void rowWhoseBlobIsMissingIsDropped();
    void expiredEntriesAreMisses();
    void rewriteDeletesTheSupersededBlob();
    void failedBlobWriteLeavesNoRow();
    void memoryIsAnLruBoundedByEntries();
    void zeroMemoryEntriesDisablesL1();
    void blobKeysAreVersionedAndValid_data();
    void blobKeysAreVersionedAndValid();
    void etagIsQuotedContentHash();
    void supersededBlobIsDeletedOnlyAfterTheGrace();
    void dueDeletesAreDrainedAtDestruction();
    void locateFindsTheStoredBlobWithoutFetchingIt();
    void locateDropsARowWhoseBlobIsGone();
    void locateReportsAStoreThatCannotAnswer();
    void pruneRemovesExpiredRowsThenTheirBlobs();

private:
    bool onS3() const;
    std::unique_ptr<Blob::BlobStore> openStore(const QString &prefix) const;
    std::unique_ptr<Blob::BlobStore> brokenStore() const;

    Test::S3Server m_s3;
    bool m_onS3 = false;
    int m_testCount = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    std::unique_ptr<Blob::BlobStore> m_blobs;
};

void tst_CompositeCache::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("local") << QStringLiteral("local");
    QTest::newRow("s3") << QStringLiteral("s3");
}

void tst_CompositeCache::initTestCase()
{
    if (Test::S3Server::unavailableReason().isEmpty())
        QVERIFY2(m_s3.start(), qPrintable(m_s3.errorString()));
}

bool tst_CompositeCache::onS3() const
{
    return m_onS3;
}

std::unique_ptr<Blob::BlobStore> tst_CompositeCache::openStore(const QString &prefix) const
{
    if (!onS3())
        return std::make_unique<Blob::LocalDiskBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
    auto location = Blob::S3Location::parse(m_s3.objectStoreUrl(prefix));
    if (!location)
        return nullptr;
    auto store = std::make_unique<Blob::S3BlobStore>(
        *location, Blob::S3Credentials{Test::S3Server::accessKeyId(), Test::S3Server::secretAccessKey()});
    store->setRetryBaseDelayMs(1);
    return store;
}

// A store every write to fails: a directory path under a plain file, or an endpoint nobody listens on.
std::unique_ptr<Blob::BlobStore> tst_CompositeCache::brokenStore() const
{
    if (!onS3()) {
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        blocker.open(QIODevice::WriteOnly);
        return std::make_unique<Blob::LocalDiskBlobStore>(blocker.fileName() + QStringLiteral("/blobs"));
    }
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        closedPort = probe.serverPort();
    }
    auto location = Blob::S3Location::parse(QStringLiteral("s3+http://127.0.0.1:%1/composites").arg(closedPort));
    auto store = std::make_unique<Blob::S3BlobStore>(*location, Blob::S3Credentials{});
    store->setRetryBaseDelayMs(1);
    return store;
}

void tst_CompositeCache::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_onS3 = backend == QLatin1String("s3");
    if (m_onS3 && !m_s3.isRunning())
        QSKIP(qPrintable(Test::S3Server::unavailableReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    // A prefix per test keeps the shared bucket's tests apart.
    m_blobs = openStore(QStringLiteral("test%1").arg(++m_testCount));
    QVERIFY(m_blobs);
}

void tst_CompositeCache::cleanup()
{
    m_blobs.reset();
    m_storage.reset();
    m_dir.reset();
}

void tst_CompositeCache::writeThenReadFromMemory()
{
    CompositeCache cache(m_storage.get(), m_blobs.get(), 10);
    QVERIFY(!cache.memory(kKey, kNow));
    QVERIFY(cache.write(kKey, entry("poster"), QStringLiteral("tmdb_id=278"), kNow));
    const auto hit = cache.memory(kKey, kNow);
    QVERIFY(hit);
    QCOMPARE(hit->bytes, QByteArrayLiteral("poster"));
    QCOMPARE(hit->expiresAt, kNow + 3600);
    QCOMPARE(hit->etag, CompositeCache::etagFor("poster"));
    QCOMPARE(cache.memoryEntries(), qint64(1));
    QCOMPARE(cache.memoryBytes(), qint64(6));

    const auto row = m_storage->composite(kKey);
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->requestParams, QStringLiteral("tmdb_id=278"));
    QCOMPARE((*row)->cachedAt, kNow);
    QCOMPARE((*row)->expiresAt, kNow + 3600);
    QCOMPARE(**m_blobs->get((*row)->blobKey), QByteArrayLiteral("poster"));
}

void tst_CompositeCache::readFallsThroughToRowAndBlobAndRefillsMemory()
{
    {
        CompositeCache writer(m_storage.get(), m_blobs.get(), 10);
        QVERIFY(writer.write(kKey, entry("poster"), {}, kNow));
    }
    CompositeCache reader(m_storage.get(), m_blobs.get(), 10);  // a fresh process: empty L1
    QVERIFY(!reader.memory(kKey, kNow));
    const auto hit = reader.read(kKey, kNow);
    QVERIFY(hit);
    QCOMPARE(hit->bytes, QByteArrayLiteral("poster"));
    QCOMPARE(hit->etag, CompositeCache::etagFor("poster"));
    QCOMPARE(hit->expiresAt, kNow + 3600);
    QVERIFY(reader.memory(kKey, kNow));  // refilled
    QVERIFY(!reader.read(QStringLiteral("tt0:0:movie:ffff"), kNow));
}

void tst_CompositeCache::rowWhoseBlobIsMissingIsDropped()
{
    {
        CompositeCache writer(m_storage.get(), m_blobs.get(), 10);
        QVERIFY(writer.write(kKey, entry("poster"), {}, kNow));
    }
    QVERIFY(m_blobs->remove((*m_storage->composite(kKey))->blobKey));
    CompositeCache reader(m_storage.get(), m_blobs.get(), 10);
    QVERIFY(!reader.read(kKey, kNow));
    QVERIFY(!m_storage->composite(kKey)->has_value());
    QCOMPARE(reader.memoryEntries(), qint64(0));
}

void tst_CompositeCache::expiredEntriesAreMisses()
{
    CompositeCache cache(m_storage.get(), m_blobs.get(), 10);
    QVERIFY(cache.write(kKey, entry("poster", kNow + 10), {}, kNow));
    QVERIFY(cache.read(kKey, kNow + 9));
    QVERIFY(!cache.read(kKey, kNow + 10));  // the deadline itself is already expired
    QCOMPARE(cache.memoryEntries(), qint64(0));  // dropped from L1 on sight
    QVERIFY(m_storage->composite(kKey)->has_value());  // the row waits for its replacement or the pruner

    CompositeCache fresh(m_storage.get(), m_blobs.get(), 10);
    QVERIFY(!fresh.read(kKey, kNow + 11));
}

void tst_CompositeCache::rewriteDeletesTheSupersededBlob()
{
    CompositeCache cache(m_storage.get(), m_blobs.get(), 10);
    QVERIFY(cache.write(kKey, entry("first"), {}, kNow));
    const QString firstBlob = (*m_storage->composite(kKey))->blobKey;
    QVERIFY(cache.write(kKey, entry("second"), {}, kNow + 1));
    const QString secondBlob = (*m_storage->composite(kKey))->blobKey;
    QVERIFY(firstBlob != secondBlob);
    QVERIFY(!m_blobs->get(firstBlob)->has_value());
    QCOMPARE(**m_blobs->get(secondBlob), QByteArrayLiteral("second"));
    QCOMPARE(cache.memory(kKey, kNow)->bytes, QByteArrayLiteral("second"));
    QCOMPARE(cache.memoryEntries(), qint64(1));
    QCOMPARE(cache.memoryBytes(), qint64(6));
}

void tst_CompositeCache::failedBlobWriteLeavesNoRow()
{
    auto broken = brokenStore();
    CompositeCache cache(m_storage.get(), broken.get(), 10);
    const auto written = cache.write(kKey, entry("poster"), {}, kNow);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::Internal);
    QVERIFY(!m_storage->composite(kKey)->has_value());
    QVERIFY(!cache.memory(kKey, kNow));
}

void tst_CompositeCache::memoryIsAnLruBoundedByEntries()
{
    CompositeCache cache(m_storage.get(), m_blobs.get(), 2);
    QVERIFY(cache.write(QStringLiteral("a"), entry("1"), {}, kNow));
    QVERIFY(cache.write(QStringLiteral("b"), entry("22"), {}, kNow));
    QVERIFY(cache.memory(QStringLiteral("a"), kNow));  // a is now the most recent
    QVERIFY(cache.write(QStringLiteral("c"), entry("333"), {}, kNow));
    QCOMPARE(cache.memoryEntries(), qint64(2));
    QCOMPARE(cache.memoryBytes(), qint64(4));
    QVERIFY(cache.memory(QStringLiteral("a"), kNow));
    QVERIFY(!cache.memory(QStringLiteral("b"), kNow));  // least recently used went first
    QVERIFY(cache.read(QStringLiteral("b"), kNow));    // but is still found in the cold tier
}

void tst_CompositeCache::zeroMemoryEntriesDisablesL1()
{
    CompositeCache cache(m_storage.get(), m_blobs.get(), 0);
    QVERIFY(cache.write(kKey, entry("poster"), {}, kNow));
    QVERIFY(!cache.memory(kKey, kNow));
    QVERIFY(cache.read(kKey, kNow));
    QCOMPARE(cache.memoryEntries(), qint64(0));
}

void tst_CompositeCache::blobKeysAreVersionedAndValid_data()
{
    QTest::addColumn<QString>("compositeKey");
    QTest::addColumn<QString>("expectedPrefix");
    QTest::newRow("imdb") << kKey << kKey;
    QTest::newRow("tmdb canonical") << QStringLiteral("tmdb:603:603:movie:abc") << QStringLiteral("tmdb:603:603:movie:abc");
    QTest::newRow("odd characters sanitised") << QStringLiteral("../a/b c~d.e") << QStringLiteral("___a_b_c_d_e");
    QTest::newRow("long key truncated") << QString(300, QLatin1Char('k')) << QString(180, QLatin1Char('k'));
}

void tst_CompositeCache::blobKeysAreVersionedAndValid()
{
    QFETCH(QString, compositeKey);
    QFETCH(QString, expectedPrefix);
    const QString first = CompositeCache::newBlobKey(compositeKey);
    const QString second = CompositeCache::newBlobKey(compositeKey);
    QVERIFY(first != second);
    QVERIFY(Blob::BlobStore::isValidKey(first));
    const QRegularExpression shape(QStringLiteral("^(.*)~([0-9a-f]{16})$"));
    const auto match = shape.match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));
    QCOMPARE(match.captured(1), expectedPrefix);
}

void tst_CompositeCache::etagIsQuotedContentHash()
{
    const QByteArray etag = CompositeCache::etagFor("poster bytes");
    QCOMPARE(etag.size(), 34);
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    QCOMPARE(etag, CompositeCache::etagFor("poster bytes"));
    QVERIFY(etag != CompositeCache::etagFor("other bytes"));
}

void tst_CompositeCache::supersededBlobIsDeletedOnlyAfterTheGrace()
{
    constexpr qint64 Grace = 60;
    CompositeCache cache(m_storage.get(), m_blobs.get(), 10, Grace);
    QVERIFY(cache.write(kKey, entry("first"), {}, kNow));
    const QString firstBlob = (*m_storage->composite(kKey))->blobKey;
    QVERIFY(cache.write(kKey, entry("second"), {}, kNow + 5));
    const QString secondBlob = (*m_storage->composite(kKey))->blobKey;
    QVERIFY(firstBlob != secondBlob);
    QVERIFY(secondBlob.startsWith(kKey + QLatin1Char('~')));

    // A redirect handed out before the rewrite still finds the old version during the grace.
    QCOMPARE(cache.deletesQueued(), qint64(1));
    QCOMPARE(**m_blobs->get(firstBlob), QByteArrayLiteral("first"));
    QCOMPARE(cache.drainDeletes(kNow + 5 + Grace - 1), 0);
    QVERIFY(*m_blobs->exists(firstBlob));

    QCOMPARE(cache.drainDeletes(kNow + 5 + Grace), 1);
    QVERIFY(!*m_blobs->exists(firstBlob));
    QCOMPARE(**m_blobs->get(secondBlob), QByteArrayLiteral("second"));
    QCOMPARE(cache.deletesQueued(), qint64(0));
    QCOMPARE(cache.deletesDropped(), qint64(0));
}

void tst_CompositeCache::dueDeletesAreDrainedAtDestruction()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString dueBlob;
    QString graceBlob;
    {
        CompositeCache cache(m_storage.get(), m_blobs.get(), 10, 60);
        QVERIFY(cache.write(QStringLiteral("a"), entry("a1", now + 3600), {}, now - 80));
        dueBlob = (*m_storage->composite(QStringLiteral("a")))->blobKey;
        QVERIFY(cache.write(QStringLiteral("a"), entry("a2", now + 3600), {}, now - 70));  // a1 due at now - 10
        QVERIFY(cache.write(QStringLiteral("b"), entry("b1", now + 3600), {}, now - 30));
        graceBlob = (*m_storage->composite(QStringLiteral("b")))->blobKey;
        QVERIFY(cache.write(QStringLiteral("b"), entry("b2", now + 3600), {}, now - 20));  // b1 due at now + 40
        QCOMPARE(cache.deletesQueued(), qint64(2));   // nothing was due at any write
        QVERIFY(*m_blobs->exists(dueBlob));
    }
    // Shutdown deletes what is due and leaves what may still be behind a live redirect.
    QVERIFY(!*m_blobs->exists(dueBlob));
    QVERIFY(*m_blobs->exists(graceBlob));
}

void tst_CompositeCache::locateFindsTheStoredBlobWithoutFetchingIt()
{
    CompositeCache cache(m_storage.get(), m_blobs.get(), 0);
    QVERIFY(cache.write(kKey, entry("poster", kNow + 100), {}, kNow));
    const auto located = cache.locate(kKey, kNow);
    QVERIFY2(located, located ? "" : qPrintable(located.error().message));
    QVERIFY(located->has_value());
    QCOMPARE((*located)->blobKey, (*m_storage->composite(kKey))->blobKey);
    QCOMPARE((*located)->expiresAt, kNow + 100);
    QVERIFY(!cache.locate(kKey, kNow + 100)->has_value());   // expired
    QVERIFY(!cache.locate(QStringLiteral("tt0:0:movie:ffff"), kNow)->has_value());
}

void tst_CompositeCache::locateDropsARowWhoseBlobIsGone()
{
    CompositeCache cache(m_storage.get(), m_blobs.get(), 10);
    QVERIFY(cache.write(kKey, entry("poster"), {}, kNow));
    QVERIFY(m_blobs->remove((*m_storage->composite(kKey))->blobKey));
    const auto located = cache.locate(kKey, kNow);
    QVERIFY(located);
    QVERIFY(!located->has_value());   // never a redirect to a dead URL
    QVERIFY(!m_storage->composite(kKey)->has_value());
    QVERIFY(!cache.memory(kKey, kNow));
}

void tst_CompositeCache::locateReportsAStoreThatCannotAnswer()
{
    CompositeCache writer(m_storage.get(), m_blobs.get(), 10);
    QVERIFY(writer.write(kKey, entry("poster"), {}, kNow));
    auto broken = brokenStore();
    CompositeCache cache(m_storage.get(), broken.get(), 10);
    const auto located = cache.locate(kKey, kNow);
    if (onS3()) {
        QVERIFY(!located);
        QCOMPARE(located.error().kind, ErrorKind::Internal);
        QVERIFY(m_storage->composite(kKey)->has_value());   // an outage is not a reason to drop the row
    } else {
        // A directory that cannot exist simply has no blob: the row goes.
        QVERIFY(located && !located->has_value());
    }
}

void tst_CompositeCache::pruneRemovesExpiredRowsThenTheirBlobs()
{
    constexpr qint64 Grace = 30;
    CompositeCache cache(m_storage.get(), m_blobs.get(), 10, Grace);
    const QString soon = QStringLiteral("tt1:1:movie:aaaa");
    const QString later = QStringLiteral("tt2:2:movie:bbbb");
    QVERIFY(cache.write(soon, entry("soon", kNow + 10), {}, kNow));
    QVERIFY(cache.write(later, entry("later", kNow + 1000), {}, kNow));
    const QString soonBlob = (*m_storage->composite(soon))->blobKey;
    const QString laterBlob = (*m_storage->composite(later))->blobKey;

    const auto pruned = cache.prune(kNow + 20);
    QVERIFY2(pruned, pruned ? "" : qPrintable(pruned.error().message));
    QCOMPARE(*pruned, qint64(1));
    QVERIFY(!m_storage->composite(soon)->has_value());      // the row first …
    QVERIFY(*m_blobs->exists(soonBlob));                    // … its blob after the grace
    QVERIFY(!cache.memory(soon, kNow));
    QCOMPARE(cache.deletesQueued(), qint64(1));

    QCOMPARE(*cache.prune(kNow + 20 + Grace), qint64(0));   // nothing more expired; the due delete drains
    QVERIFY(!*m_blobs->exists(soonBlob));
    // No row lacks its blob, and the surviving blob has its row.
    QCOMPARE((*m_storage->composite(later))->blobKey, laterBlob);
    QCOMPARE(**m_blobs->get(laterBlob), QByteArrayLiteral("later"));
    QCOMPARE(cache.deletesQueued(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_CompositeCache)
#include "tst_compositecache.moc"
