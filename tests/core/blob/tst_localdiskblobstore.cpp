#include <QDir>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include "core/blob/localdiskblobstore.h"

using namespace Marquee;
using namespace Marquee::Blob;

class tst_LocalDiskBlobStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void kindAndPing();
    void putGetRemove();
    void putReplacesAtomically();
    void getAbsentIsNullopt();
    void removeAbsentIsFine();
    void validKeys_data();
    void validKeys();
    void invalidKeys_data();
    void invalidKeys();
    void pingFailsWhenRootCannotBeCreated();

private:
    QString root() const { return m_dir->filePath(QStringLiteral("blobs")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LocalDiskBlobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_LocalDiskBlobStore::kindAndPing()
{
    LocalDiskBlobStore store(root());
    QCOMPARE(store.kind(), QStringLiteral("local"));
    QVERIFY(store.ping());
    QVERIFY(QDir(root()).exists());
    // The probe file does not linger.
    QCOMPARE(QDir(root()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void tst_LocalDiskBlobStore::putGetRemove()
{
    LocalDiskBlobStore store(root());
    const QString key = QStringLiteral("tt0111161:278:movie:0123456789abcdef~00ff00ff00ff00ff");
    const QByteArray bytes("\xff\xd8\xff jpeg bytes", 15);
    QVERIFY(store.put(key, bytes));
    auto got = store.get(key);
    QVERIFY(got && got->has_value());
    QCOMPARE(**got, bytes);
    QVERIFY(store.remove(key));
    got = store.get(key);
    QVERIFY(got);
    QVERIFY(!got->has_value());
}

void tst_LocalDiskBlobStore::putReplacesAtomically()
{
    LocalDiskBlobStore store(root());
    const QString key = QStringLiteral("k");
    QVERIFY(store.put(key, QByteArray(4096, 'a')));
    QVERIFY(store.put(key, QByteArrayLiteral("short")));
    QCOMPARE(**store.get(key), QByteArrayLiteral("short"));
    // No temporary files left behind by the rename-into-place writes.
    QCOMPARE(QDir(root()).entryList(QDir::Files | QDir::Hidden), QStringList{key});
}

void tst_LocalDiskBlobStore::getAbsentIsNullopt()
{
    LocalDiskBlobStore store(root());  // root does not even exist yet
    auto got = store.get(QStringLiteral("missing"));
    QVERIFY(got);
    QVERIFY(!got->has_value());
}

void tst_LocalDiskBlobStore::removeAbsentIsFine()
{
    LocalDiskBlobStore store(root());
    QVERIFY(store.remove(QStringLiteral("missing")));
}

void tst_LocalDiskBlobStore::validKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("composite") << QStringLiteral("tt0111161:278:movie:0123456789abcdef~0011223344556677");
    QTest::newRow("tmdb canonical") << QStringLiteral("tmdb:603:603:movie:abcdef");
    QTest::newRow("all punctuation") << QStringLiteral("a-b_c.d~e:f");
    QTest::newRow("200 chars") << QString(200, QLatin1Char('x'));
}

void tst_LocalDiskBlobStore::validKeys()
{
    QFETCH(QString, key);
    QVERIFY(BlobStore::isValidKey(key));
    LocalDiskBlobStore store(root());
    QVERIFY(store.put(key, QByteArrayLiteral("x")));
    QCOMPARE(**store.get(key), QByteArrayLiteral("x"));
}

void tst_LocalDiskBlobStore::invalidKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("parent traversal") << QStringLiteral("../x");
    QTest::newRow("dot dot inside") << QStringLiteral("a..b");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("backslash") << QStringLiteral("a\\b");
    QTest::newRow("leading dot") << QStringLiteral(".hidden");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("query chars") << QStringLiteral("a?b=c");
    QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9");
    QTest::newRow("201 chars") << QString(201, QLatin1Char('x'));
}

void tst_LocalDiskBlobStore::invalidKeys()
{
    QFETCH(QString, key);
    QVERIFY(!BlobStore::isValidKey(key));
    LocalDiskBlobStore store(root());
    auto put = store.put(key, QByteArrayLiteral("x"));
    QVERIFY(!put);
    QCOMPARE(put.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(put.error().message, QStringLiteral("Invalid blob key"));
    auto got = store.get(key);
    QVERIFY(!got);
    QCOMPARE(got.error().kind, ErrorKind::InvalidInput);
    auto removed = store.remove(key);
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x"))));
}

void tst_LocalDiskBlobStore::pingFailsWhenRootCannotBeCreated()
{
    QTemporaryFile blocker(m_dir->filePath(QStringLiteral("blocker-XXXXXX")));
    QVERIFY(blocker.open());
    LocalDiskBlobStore store(blocker.fileName() + QStringLiteral("/blobs"));
    auto pinged = store.ping();
    QVERIFY(!pinged);
    QCOMPARE(pinged.error().kind, ErrorKind::Internal);
    QVERIFY2(pinged.error().message.startsWith(QLatin1String("Blob store ping failed")),
             qPrintable(pinged.error().message));
    auto put = store.put(QStringLiteral("k"), QByteArrayLiteral("x"));
    QVERIFY(!put);
    QCOMPARE(put.error().kind, ErrorKind::Internal);
}

QTEST_GUILESS_MAIN(tst_LocalDiskBlobStore)
#include "tst_localdiskblobstore.moc"
