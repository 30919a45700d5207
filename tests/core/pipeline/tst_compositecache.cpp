#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include "core/blob/localdiskblobstore.h"
#include "core/pipeline/compositecache.h"
#include "core/storage/sqlitestorage.h"

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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    std::unique_ptr<Blob::LocalDiskBlobStore> m_blobs;
};

void tst_CompositeCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    m_blobs = std::make_unique<Blob::LocalDiskBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
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
    QTemporaryFile blocker(m_dir->filePath(QStringLiteral("blocker-XXXXXX")));
    QVERIFY(blocker.open());
    Blob::LocalDiskBlobStore broken(blocker.fileName() + QStringLiteral("/blobs"));
    CompositeCache cache(m_storage.get(), &broken, 10);
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

QTEST_GUILESS_MAIN(tst_CompositeCache)
#include "tst_compositecache.moc"
