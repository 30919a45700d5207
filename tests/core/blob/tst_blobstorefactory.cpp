// OBJECT_STORE_URL → BlobStore: the local default, S3 URLs (pinged at start), and the errors operators
// see for a URL this build cannot use or a bucket that does not answer.
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/blob/blobstorefactory.h"
#include "tests/support/s3server.h"

using Marquee::ErrorKind;
using Marquee::Blob::openBlobStore;
using Marquee::Test::S3Server;

class tst_BlobStoreFactory : public QObject
{
    Q_OBJECT

private slots:
    void emptyUrlIsLocalDirectory();
    void unsupportedUrls_data();
    void unsupportedUrls();
    void unreachableEndpointNamesIt();
    void s3UrlOpensAPingedStore();
};

void tst_BlobStoreFactory::emptyUrlIsLocalDirectory()
{
    QTemporaryDir dir;
    auto store = openBlobStore(QStringLiteral("  "), dir.path());
    QVERIFY(store);
    QCOMPARE((*store)->kind(), QStringLiteral("local"));
    QCOMPARE((*store)->objectKey(QStringLiteral("k~1")), QStringLiteral("k~1"));
}

void tst_BlobStoreFactory::unsupportedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("gcs") << "gs://bucket" << "'gs'";
    QTest::newRow("plain http") << "http://127.0.0.1:9000/bucket" << "'http'";
    QTest::newRow("path without scheme") << "/var/cache/marquee" << "unsupported scheme";
    QTest::newRow("malformed s3") << "s3://UPPER_case" << "bucket";
}

void tst_BlobStoreFactory::unsupportedUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    auto store = openBlobStore(url, QStringLiteral("/nonexistent"));
    QVERIFY(!store);
    QCOMPARE(store.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(store.error().message.startsWith(QLatin1String("OBJECT_STORE_URL")), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(messagePart), qPrintable(store.error().message));
}

void tst_BlobStoreFactory::unreachableEndpointNamesIt()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
    auto store = openBlobStore(QStringLiteral("s3://composites?endpoint=") + endpoint, {},
                               {QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret-never-shown")});
    QVERIFY(!store);
    QCOMPARE(store.error().kind, ErrorKind::Internal);
    QVERIFY2(store.error().message.startsWith(QLatin1String("OBJECT_STORE_URL")), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(endpoint), qPrintable(store.error().message));
    QVERIFY(!store.error().message.contains(QLatin1String("secret-never-shown")));
    QVERIFY(!store.error().message.contains(QLatin1String("AKIDEXAMPLE")));
}

void tst_BlobStoreFactory::s3UrlOpensAPingedStore()
{
    S3Server s3;
    MARQUEE_START_S3(s3);
    for (const QString &url : {s3.objectStoreUrl(QStringLiteral("p")),
                               QStringLiteral("s3+http://127.0.0.1:%1/composites/p").arg(s3.port())}) {
        auto store = openBlobStore(url, {}, {S3Server::accessKeyId(), S3Server::secretAccessKey()});
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->kind(), QStringLiteral("s3"));
        QCOMPARE((*store)->objectKey(QStringLiteral("k~1")), QStringLiteral("p/k~1"));
        QVERIFY((*store)->put(QStringLiteral("k~1"), "bytes"));
        QCOMPARE((*store)->get(QStringLiteral("k~1"))->value_or(QByteArray()), QByteArray("bytes"));
    }
}

QTEST_GUILESS_MAIN(tst_BlobStoreFactory)
#include "tst_blobstorefactory.moc"
