// OBJECT_STORE_URL forms (reference §6.4) and the URLs each addressing style produces.
#include <QTest>

#include "core/blob/blobstore.h"
#include "core/blob/s3location.h"

using Marquee::ErrorKind;
using Marquee::Blob::S3Location;

class tst_S3Location : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void pathStyleTargets();
    void virtualHostTargets();
    void publicUrlEncodesTheObjectKey();
};

void tst_S3Location::parses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("virtualHost");

    QTest::newRow("s3 with endpoint: path-style")
        << "s3://composites?endpoint=http://127.0.0.1:4569&region=us-east-1&prefix=p" << "http://127.0.0.1:4569"
        << "composites" << "us-east-1" << "p" << false;
    QTest::newRow("s3 endpoint with path and slashes in prefix")
        << "s3://composites?endpoint=https://minio.example.net/ignored&prefix=/a/b/" << "https://minio.example.net"
        << "composites" << "us-east-1" << "a/b" << false;
    QTest::newRow("s3 on AWS: virtual-host")
        << "s3://my-posters?region=eu-west-1" << "https://s3.eu-west-1.amazonaws.com" << "my-posters" << "eu-west-1"
        << "" << true;
    QTest::newRow("s3 on AWS forced path-style")
        << "s3://my-posters?addressing=path" << "https://s3.us-east-1.amazonaws.com" << "my-posters" << "us-east-1"
        << "" << false;
    QTest::newRow("s3 endpoint forced virtual")
        << "s3://composites?endpoint=http://localhost:9000&addressing=virtual" << "http://localhost:9000"
        << "composites" << "us-east-1" << "" << true;
    QTest::newRow("s3+http host/bucket")
        << "s3+http://127.0.0.1:9000/composites" << "http://127.0.0.1:9000" << "composites" << "us-east-1" << ""
        << false;
    QTest::newRow("s3+https host/bucket/prefix and region")
        << "s3+https://r2.example.com/composites/marquee/v1?region=auto-1" << "https://r2.example.com" << "composites"
        << "auto-1" << "marquee/v1" << false;
}

void tst_S3Location::parses()
{
    QFETCH(QString, url);
    QFETCH(QString, endpoint);
    QFETCH(QString, bucket);
    QFETCH(QString, region);
    QFETCH(QString, prefix);
    QFETCH(bool, virtualHost);
    const auto location = S3Location::parse(url);
    QVERIFY2(location, location ? "" : qPrintable(location.error().message));
    QCOMPARE(location->endpoint.toString(), endpoint);
    QCOMPARE(location->bucket, bucket);
    QCOMPARE(location->region, region);
    QCOMPARE(location->prefix, prefix);
    QCOMPARE(location->virtualHost, virtualHost);
}

void tst_S3Location::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("other scheme") << "ftp://bucket" << "s3://";
    QTest::newRow("bad bucket") << "s3://Bad_Bucket?endpoint=http://127.0.0.1:1" << "bucket";
    QTest::newRow("short bucket") << "s3://ab?endpoint=http://127.0.0.1:1" << "bucket";
    QTest::newRow("s3+http without bucket") << "s3+http://127.0.0.1:9000/" << "bucket";
    QTest::newRow("credentials in url") << "s3+http://key:secret@127.0.0.1:9000/composites" << "AWS_ACCESS_KEY_ID";
    QTest::newRow("endpoint not http") << "s3://composites?endpoint=ftp://127.0.0.1" << "endpoint";
    QTest::newRow("endpoint without host") << "s3://composites?endpoint=http://" << "endpoint";
    QTest::newRow("traversal prefix") << "s3://composites?endpoint=http://127.0.0.1:1&prefix=a/../b" << "prefix";
    QTest::newRow("odd prefix characters") << "s3://composites?endpoint=http://127.0.0.1:1&prefix=a%20b" << "prefix";
    QTest::newRow("unknown parameter") << "s3://composites?endpoint=http://127.0.0.1:1&regoin=x" << "regoin";
    QTest::newRow("bad addressing") << "s3://composites?addressing=dns" << "addressing";
    QTest::newRow("bad region") << "s3://composites?region=EU%20West" << "region";
}

void tst_S3Location::rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    const auto location = S3Location::parse(url);
    QVERIFY(!location);
    QCOMPARE(location.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(location.error().message.startsWith(QLatin1String("OBJECT_STORE_URL")), qPrintable(location.error().message));
    QVERIFY2(location.error().message.contains(messagePart), qPrintable(location.error().message));
    QVERIFY2(!location.error().message.contains(QLatin1String("secret")), qPrintable(location.error().message));
}

void tst_S3Location::pathStyleTargets()
{
    const auto location = S3Location::parse(QStringLiteral("s3://composites?endpoint=http://127.0.0.1:4569&prefix=p"));
    QVERIFY(location);
    const auto bucket = location->bucketTarget();
    QCOMPARE(bucket.url.toString(QUrl::FullyEncoded), QStringLiteral("http://127.0.0.1:4569/composites"));
    QCOMPARE(bucket.canonicalUri, QByteArray("/composites"));
    QCOMPARE(bucket.host, QByteArray("127.0.0.1:4569"));

    const QString objectKey = location->objectKey(QStringLiteral("tt1:278:movie:ab~0123"));
    QCOMPARE(objectKey, QStringLiteral("p/tt1:278:movie:ab~0123"));
    const auto object = location->objectTarget(objectKey);
    // What goes on the wire is byte for byte what was signed.
    QCOMPARE(object.canonicalUri, QByteArray("/composites/p/tt1%3A278%3Amovie%3Aab~0123"));
    QCOMPARE(object.url.toEncoded(), QByteArray("http://127.0.0.1:4569/composites/p/tt1%3A278%3Amovie%3Aab~0123"));
    QCOMPARE(object.url.path(QUrl::FullyEncoded).toLatin1(), object.canonicalUri);
}

void tst_S3Location::virtualHostTargets()
{
    const auto aws = S3Location::parse(QStringLiteral("s3://my-posters?region=eu-west-1"));
    QVERIFY(aws);
    const auto object = aws->objectTarget(QStringLiteral("k~1"));
    QCOMPARE(object.url.toEncoded(), QByteArray("https://my-posters.s3.eu-west-1.amazonaws.com/k~1"));
    QCOMPARE(object.host, QByteArray("my-posters.s3.eu-west-1.amazonaws.com"));
    QCOMPARE(object.canonicalUri, QByteArray("/k~1"));
    QCOMPARE(aws->bucketTarget().canonicalUri, QByteArray("/"));

    const auto minio = S3Location::parse(QStringLiteral("s3+http://minio.local:9000/composites?addressing=virtual"));
    QVERIFY(minio);
    QCOMPARE(minio->bucketTarget().url.toEncoded(), QByteArray("http://composites.minio.local:9000/"));
    QCOMPARE(minio->bucketTarget().host, QByteArray("composites.minio.local:9000"));
    QCOMPARE(minio->describe(), QStringLiteral("http://minio.local:9000, bucket composites"));
}

void tst_S3Location::publicUrlEncodesTheObjectKey()
{
    class PrefixedStore : public Marquee::Blob::BlobStore
    {
    public:
        QString kind() const override { return QStringLiteral("test"); }
        Marquee::VoidResult ping() override { return {}; }
        Marquee::VoidResult put(const QString &, const QByteArray &) override { return {}; }
        Marquee::Result<std::optional<QByteArray>> get(const QString &) override { return std::nullopt; }
        Marquee::VoidResult remove(const QString &) override { return {}; }
        QString objectKey(const QString &key) const override { return QStringLiteral("pre/fix/") + key; }
    } store;
    QCOMPARE(store.publicUrl(QStringLiteral("https://cdn.example.com/"), QStringLiteral("tt1:2:movie:ab~01")),
             QStringLiteral("https://cdn.example.com/pre/fix/tt1%3A2%3Amovie%3Aab~01"));
}

QTEST_GUILESS_MAIN(tst_S3Location)
#include "tst_s3location.moc"
