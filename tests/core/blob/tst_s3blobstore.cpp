// S3BlobStore against a real S3 fake (s3rver on loopback): the BlobStore contract, binary and large
// bodies, concurrent callers, key validation, the public object URL, and what callers see when the
// server is gone or refuses the credentials (Internal errors that name the endpoint, never a key).
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

#include "core/blob/s3blobstore.h"
#include "core/blob/sigv4signer.h"
#include "core/net/httpclient.h"
#include "tests/support/s3server.h"

using Marquee::ErrorKind;
using Marquee::Blob::S3BlobStore;
using Marquee::Blob::S3Credentials;
using Marquee::Blob::S3Location;
using Marquee::Blob::SigV4Signer;
using Marquee::Test::S3Server;

namespace {

const QString SecretKeyId = QStringLiteral("S3RVER");

S3Credentials credentials()
{
    return {S3Server::accessKeyId(), S3Server::secretAccessKey()};
}

QByteArray everyByte(int repeat)
{
    QByteArray bytes;
    for (int r = 0; r < repeat; ++r)
        for (int i = 0; i < 256; ++i)
            bytes.append(static_cast<char>(i));
    return bytes;
}

// One HTTP request as it arrived on the wire.
struct WireRequest
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;   // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
};

// A scripted S3 endpoint on this thread (the store's blocking call spins a local event loop, which also
// serves this server): answers each request with the next status and records what it received.
class ScriptedS3 : public QObject
{
public:
    explicit ScriptedS3(QList<int> statuses)
        : m_statuses(std::move(statuses))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    QString url() const { return QStringLiteral("s3+http://127.0.0.1:%1/composites").arg(m_server.serverPort()); }
    QList<WireRequest> requests;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        WireRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            request.headers.append({lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        requests.append(request);
        const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
        const QByteArray body = status >= 500 ? QByteArrayLiteral("<Error><Code>SlowDown</Code></Error>") : QByteArray();
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class tst_S3BlobStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pingPutGetRemove();
    void absentKeyIsNullopt();
    void contentRoundTrips_data();
    void contentRoundTrips();
    void prefixAndPublicUrl();
    void concurrentThreads();
    void invalidKeysAreRejected_data();
    void invalidKeysAreRejected();
    void missingBucketFailsPing();
    void unknownAccessKeyIsInternal();
    void stoppedServerGivesRedactedInternalErrors();
    void wireRequestMatchesItsSignature();
    void serverErrorsAreRetried();
    void persistentServerErrorsFailAfterRetries();

private:
    std::unique_ptr<S3BlobStore> store(const QString &prefix = {}) const;

    S3Server m_s3;
};

void tst_S3BlobStore::initTestCase()
{
    MARQUEE_START_S3(m_s3);
}

void tst_S3BlobStore::cleanupTestCase()
{
    m_s3.stop();
}

std::unique_ptr<S3BlobStore> tst_S3BlobStore::store(const QString &prefix) const
{
    const auto location = S3Location::parse(m_s3.objectStoreUrl(prefix));
    if (!location)
        return nullptr;
    auto s3 = std::make_unique<S3BlobStore>(*location, credentials());
    s3->setRetryBaseDelayMs(5);
    return s3;
}

void tst_S3BlobStore::pingPutGetRemove()
{
    auto s3 = store();
    QVERIFY(s3);
    QCOMPARE(s3->kind(), QStringLiteral("s3"));
    QVERIFY2(s3->ping(), "ping");
    const QString key = QStringLiteral("tt0111161:278:movie:0123abcd~9f8e7d6c5b4a3210");
    QVERIFY(s3->put(key, "first"));
    auto got = s3->get(key);
    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
    QVERIFY(got->has_value());
    QCOMPARE(**got, QByteArray("first"));
    QCOMPARE(*s3->exists(key), true);

    QVERIFY(s3->put(key, "second"));   // overwrite
    QCOMPARE(**s3->get(key), QByteArray("second"));

    QVERIFY(s3->remove(key));
    QVERIFY(!s3->get(key)->has_value());
    QCOMPARE(*s3->exists(key), false);
    QVERIFY2(s3->remove(key), "removing an absent key is not an error");
}

void tst_S3BlobStore::absentKeyIsNullopt()
{
    auto s3 = store();
    const auto got = s3->get(QStringLiteral("never-written~0000000000000000"));
    QVERIFY(got);
    QVERIFY(!got->has_value());
}

void tst_S3BlobStore::contentRoundTrips_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("every byte value") << everyByte(4);
    QTest::newRow("1 MB") << everyByte(4096);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("jpeg magic") << QByteArray("\xFF\xD8\xFF\xE0 not really a jpeg");
}

void tst_S3BlobStore::contentRoundTrips()
{
    QFETCH(QByteArray, bytes);
    auto s3 = store();
    const QString key = QStringLiteral("content:") + QString::number(bytes.size()) + QStringLiteral("~01");
    QVERIFY(s3->put(key, bytes));
    const auto got = s3->get(key);
    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
    QVERIFY(got->has_value());
    QCOMPARE((*got)->size(), bytes.size());
    QVERIFY(**got == bytes);
}

void tst_S3BlobStore::prefixAndPublicUrl()
{
    auto s3 = store(QStringLiteral("marquee/v1"));
    const QString key = QStringLiteral("tt1:278:movie:ab~0123456789abcdef");
    QCOMPARE(s3->objectKey(key), QStringLiteral("marquee/v1/") + key);
    const QByteArray jpeg("\xFF\xD8\xFF\xE0 poster bytes");
    QVERIFY(s3->put(key, jpeg));

    // The CDN path: the public base of the bucket plus the object key, fetched without credentials.
    const QString url = s3->publicUrl(m_s3.publicBaseUrl(), key);
    QCOMPARE(url, m_s3.publicBaseUrl() + QStringLiteral("/marquee/v1/tt1%3A278%3Amovie%3Aab~0123456789abcdef"));
    const Marquee::Net::HttpClient http;
    const auto fetched = http.get(QUrl(url));
    QVERIFY(fetched);
    QCOMPARE(fetched->status, 200);
    QCOMPARE(fetched->body, jpeg);
    QCOMPARE(fetched->header("content-type"), QByteArray("image/jpeg"));

    // The prefix really is part of the key: the unprefixed store does not see the object.
    QVERIFY(!store()->get(key)->has_value());
}

void tst_S3BlobStore::concurrentThreads()
{
    auto s3 = store();
    constexpr int Threads = 6;
    constexpr int Rounds = 5;
    std::vector<int> failures(Threads, 0);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            for (int r = 0; r < Rounds; ++r) {
                const QString key = QStringLiteral("thread%1:%2~0a").arg(t).arg(r);
                const QByteArray bytes = QByteArray::number(t) + '-' + QByteArray::number(r) + everyByte(8);
                if (!s3->put(key, bytes))
                    ++failures[t];
                const auto got = s3->get(key);
                if (!got || !got->has_value() || **got != bytes)
                    ++failures[t];
                if (!s3->remove(key))
                    ++failures[t];
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    for (int t = 0; t < Threads; ++t)
        QCOMPARE(failures[t], 0);
}

void tst_S3BlobStore::invalidKeysAreRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("traversal") << QStringLiteral("..~1");
    QTest::newRow("leading dot") << QStringLiteral(".hidden");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("query") << QStringLiteral("a?x=1");
    QTest::newRow("too long") << QString(201, QLatin1Char('a'));
}

void tst_S3BlobStore::invalidKeysAreRejected()
{
    QFETCH(QString, key);
    auto s3 = store();
    const auto put = s3->put(key, "x");
    QVERIFY(!put);
    QCOMPARE(put.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(put.error().message, QStringLiteral("Invalid blob key"));
    QCOMPARE(s3->get(key).error().kind, ErrorKind::InvalidInput);
    QCOMPARE(s3->remove(key).error().kind, ErrorKind::InvalidInput);
    QCOMPARE(s3->exists(key).error().kind, ErrorKind::InvalidInput);
}

void tst_S3BlobStore::missingBucketFailsPing()
{
    const auto location = S3Location::parse(QStringLiteral("s3+http://127.0.0.1:%1/no-such-bucket").arg(m_s3.port()));
    QVERIFY(location);
    S3BlobStore s3(*location, credentials());
    const auto ping = s3.ping();
    QVERIFY(!ping);
    QCOMPARE(ping.error().kind, ErrorKind::Internal);
    QVERIFY2(ping.error().message.contains(QLatin1String("no-such-bucket")), qPrintable(ping.error().message));
}

void tst_S3BlobStore::unknownAccessKeyIsInternal()
{
    const auto location = S3Location::parse(m_s3.objectStoreUrl());
    const QString keyId = QStringLiteral("AKIDNOTKNOWNTOS3RVER");
    const QString secret = QStringLiteral("very-secret-value-123");
    S3BlobStore s3(*location, {keyId, secret});
    const auto put = s3.put(QStringLiteral("denied~01"), "x");
    QVERIFY(!put);
    QCOMPARE(put.error().kind, ErrorKind::Internal);
    QVERIFY2(put.error().message.contains(QLatin1String("403")), qPrintable(put.error().message));
    QVERIFY2(put.error().message.contains(QLatin1String("InvalidAccessKeyId")), qPrintable(put.error().message));
    QVERIFY(!put.error().message.contains(keyId));
    QVERIFY(!put.error().message.contains(secret));
}

void tst_S3BlobStore::stoppedServerGivesRedactedInternalErrors()
{
    auto s3 = store();
    const QString key = QStringLiteral("kept:across:restart~01");
    QVERIFY(s3->put(key, "survives"));
    m_s3.stop();

    const QList<Marquee::Error> errors{s3->ping().error(), s3->put(key, "x").error(), s3->get(key).error(),
                                       s3->remove(key).error(), s3->exists(key).error()};
    for (const Marquee::Error &error : errors) {
        QCOMPARE(error.kind, ErrorKind::Internal);
        QVERIFY2(error.message.contains(m_s3.endpoint()), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("connection failed")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(SecretKeyId), qPrintable(error.message));
    }

    // Back on the same port with the same data: the store recovers without being rebuilt.
    QVERIFY2(m_s3.start(), qPrintable(m_s3.errorString()));
    const auto got = s3->get(key);
    QVERIFY2(got, got ? "" : qPrintable(got.error().message));
    QCOMPARE(got->value_or(QByteArray()), QByteArray("survives"));
}

void tst_S3BlobStore::wireRequestMatchesItsSignature()
{
    // s3rver accepts any well-formed V4 signature, so this checks what it cannot: the bytes that reach
    // the server (path, Host, x-amz-* headers, body) are exactly the ones that were signed.
    ScriptedS3 fake({200});
    const auto location = S3Location::parse(fake.url() + QStringLiteral("?region=eu-central-1&prefix=p"));
    QVERIFY(location);
    S3BlobStore s3(*location, credentials());
    const QByteArray body("\xFF\xD8\xFF\xE0 bytes");
    QVERIFY(s3.put(QStringLiteral("tt1:2:movie:ab~01"), body));
    QCOMPARE(fake.requests.size(), 1);
    const WireRequest &wire = fake.requests.first();
    QCOMPARE(wire.method, QByteArray("PUT"));
    QCOMPARE(wire.path, QByteArray("/composites/p/tt1%3A2%3Amovie%3Aab~01"));
    QCOMPARE(wire.body, body);
    QCOMPARE(wire.header("x-amz-content-sha256"), SigV4Signer::sha256Hex(body));
    QCOMPARE(wire.header("content-type"), QByteArray("image/jpeg"));

    const QByteArray authorization = wire.header("authorization");
    const qsizetype signedAt = authorization.indexOf("SignedHeaders=") + 14;
    const QList<QByteArray> signedNames = authorization.mid(signedAt, authorization.indexOf(',', signedAt) - signedAt).split(';');
    QCOMPARE(signedNames, (QList<QByteArray>{"content-type", "host", "x-amz-content-sha256", "x-amz-date"}));
    Marquee::Blob::SigV4Request request{wire.method, wire.path, {}, {}, wire.header("x-amz-content-sha256")};
    for (const QByteArray &name : signedNames)
        request.headers.append({name, wire.header(name)});
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(wire.header("x-amz-date")),
                                                 QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QVERIFY(when.isValid());
    const SigV4Signer signer(S3Server::accessKeyId().toUtf8(), S3Server::secretAccessKey().toUtf8(), "eu-central-1");
    QCOMPARE(authorization, signer.authorization(request, QDateTime(when.date(), when.time(), Qt::UTC)));
}

void tst_S3BlobStore::serverErrorsAreRetried()
{
    ScriptedS3 fake({503, 500, 200});
    S3BlobStore s3(*S3Location::parse(fake.url()), credentials());
    s3.setRetryBaseDelayMs(5);
    QVERIFY(s3.put(QStringLiteral("retried~01"), "x"));
    QCOMPARE(fake.requests.size(), 3);
    // Each attempt is signed afresh (same body, same path).
    QCOMPARE(fake.requests.at(2).body, QByteArray("x"));
}

void tst_S3BlobStore::persistentServerErrorsFailAfterRetries()
{
    ScriptedS3 fake({503, 503, 503, 503, 503, 503});
    S3BlobStore s3(*S3Location::parse(fake.url()), credentials());
    s3.setRetryBaseDelayMs(5);
    const auto got = s3.get(QStringLiteral("busy~01"));
    QVERIFY(!got);
    QCOMPARE(got.error().kind, ErrorKind::Internal);
    QCOMPARE(fake.requests.size(), 1 + S3BlobStore::Retries);
    QVERIFY2(got.error().message.contains(QLatin1String("HTTP 503 SlowDown")), qPrintable(got.error().message));

    // A 4xx is an answer, not a transient failure: no retry.
    ScriptedS3 forbidden({403});
    S3BlobStore denied(*S3Location::parse(forbidden.url()), credentials());
    QVERIFY(!denied.put(QStringLiteral("denied~01"), "x"));
    QCOMPARE(forbidden.requests.size(), 1);
}

QTEST_GUILESS_MAIN(tst_S3BlobStore)
#include "tst_s3blobstore.moc"
