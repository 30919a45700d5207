#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "core/pipeline/imagecache.h"
#include "core/sources/metadatasource.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray png(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    return encoded(image, "PNG");
}

// Serves one image for any path and counts the downloads.
class FakeImages : public Sources::MetadataSource
{
public:
    Result<qint64> findTmdbId(const QString &, MediaType, const QString &) override { return 0; }
    Result<Sources::TitleMetadata> details(MediaType, qint64, const QString &, const QString &) override
    {
        return Sources::TitleMetadata{};
    }
    Result<QByteArray> image(const QString &filePath, const QString &) override
    {
        ++downloads;
        if (filePath == QLatin1String("/missing.jpg"))
            return fail(ErrorKind::NotFound, QStringLiteral("not found"), 404);
        return png(QSize(50, 75));
    }

    int downloads = 0;
};

} // namespace

class tst_ImageCache : public QObject
{
    Q_OBJECT

private slots:
    void decodeGuard_data();
    void decodeGuard();
    void downloadsOnceThenReadsTheDisk();
    void damagedCacheFileIsFetchedAgain();
    void sourceErrorsPassThroughAndCacheNothing();
    void fileNamesAreHashesOfSizeAndPath();
    void localImageReadsFiles();
};

void tst_ImageCache::decodeGuard_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason");

    QTest::newRow("normal poster") << png(QSize(500, 750)) << true << QString();
    QTest::newRow("6000 square is the limit") << png(QSize(6000, 1)) << true << QString();
    QTest::newRow("too wide") << png(QSize(6001, 1)) << false << QStringLiteral("6001×1 exceeds 6000×6000");
    QTest::newRow("too tall") << png(QSize(1, 7000)) << false << QStringLiteral("1×7000 exceeds 6000×6000");
    QTest::newRow("over 20 MB") << QByteArray(ImageCache::MaxBytes + 1, 'x') << false
                                << QStringLiteral("larger than 20 MB");
    QTest::newRow("not an image") << QByteArrayLiteral("<html>nope</html>") << false << QString();
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void tst_ImageCache::decodeGuard()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    const auto image = ImageCache::decode(bytes);
    QCOMPARE(bool(image), accepted);
    if (accepted)
        return;
    QCOMPARE(image.error().kind, ErrorKind::Internal);
    QVERIFY(image.error().message.startsWith(QLatin1String("Unreadable image: ")));
    if (!reason.isEmpty())
        QVERIFY2(image.error().message.endsWith(reason), qPrintable(image.error().message));
}

void tst_ImageCache::downloadsOnceThenReadsTheDisk()
{
    QTemporaryDir dir;
    FakeImages source;
    ImageCache cache(dir.filePath(QStringLiteral("images")), &source);
    auto first = cache.tmdbImage(QStringLiteral("/poster.jpg"), QStringLiteral("w500"));
    QVERIFY(first);
    QCOMPARE(first->size(), QSize(50, 75));
    QVERIFY(QFile::exists(cache.fileFor(QStringLiteral("/poster.jpg"), QStringLiteral("w500"))));

    ImageCache restarted(dir.filePath(QStringLiteral("images")), &source);
    auto second = restarted.tmdbImage(QStringLiteral("/poster.jpg"), QStringLiteral("w500"));
    QVERIFY(second);
    QCOMPARE(source.downloads, 1);
    // Another size of the same path is another file.
    QVERIFY(cache.tmdbImage(QStringLiteral("/poster.jpg"), QStringLiteral("w1280")));
    QCOMPARE(source.downloads, 2);
}

void tst_ImageCache::damagedCacheFileIsFetchedAgain()
{
    QTemporaryDir dir;
    FakeImages source;
    ImageCache cache(dir.filePath(QStringLiteral("images")), &source);
    QVERIFY(cache.tmdbImage(QStringLiteral("/poster.jpg"), QStringLiteral("w500")));
    QFile file(cache.fileFor(QStringLiteral("/poster.jpg"), QStringLiteral("w500")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("garbage");
    file.close();
    QVERIFY(cache.tmdbImage(QStringLiteral("/poster.jpg"), QStringLiteral("w500")));
    QCOMPARE(source.downloads, 2);
}

void tst_ImageCache::sourceErrorsPassThroughAndCacheNothing()
{
    QTemporaryDir dir;
    FakeImages source;
    ImageCache cache(dir.filePath(QStringLiteral("images")), &source);
    auto missing = cache.tmdbImage(QStringLiteral("/missing.jpg"), QStringLiteral("w500"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QCOMPARE(missing.error().upstreamStatus, 404);
    QVERIFY(!QFile::exists(cache.fileFor(QStringLiteral("/missing.jpg"), QStringLiteral("w500"))));
}

void tst_ImageCache::fileNamesAreHashesOfSizeAndPath()
{
    ImageCache cache(QStringLiteral("/cache/images"), nullptr);
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash("w500/../../etc/passwd", QCryptographicHash::Sha256).toHex());
    QCOMPARE(cache.fileFor(QStringLiteral("/../../etc/passwd"), QStringLiteral("w500")),
             QStringLiteral("/cache/images/") + expected);
}

void tst_ImageCache::localImageReadsFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("poster.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png(QSize(30, 45)));
    file.close();
    QCOMPARE(ImageCache::localImage(path)->size(), QSize(30, 45));
    auto absent = ImageCache::localImage(dir.filePath(QStringLiteral("absent.png")));
    QVERIFY(!absent);
    QCOMPARE(absent.error().kind, ErrorKind::Internal);
}

QTEST_GUILESS_MAIN(tst_ImageCache)
#include "tst_imagecache.moc"
