// /live, /health and /ready (reference §1.7, Marquee §7): liveness never touches a backend; readiness
// pings storage and the blob store and names the one that fails.
#include <QDir>
#include <QFile>
#include <QTest>

#include "tests/daemon/daemonharness.h"

using Marquee::Tests::DaemonHarness;

class tst_Probes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void liveness_data();
    void liveness();
    void readyWhenBackendsWork();
    void readyNamesTheBrokenBlobStore();
    void readyNamesTheBrokenStorage();
    void otherMethodsAreRejected();

private:
    DaemonHarness m_harness;
};

void tst_Probes::init()
{
    QString error;
    QVERIFY2(m_harness.start(m_harness.baseSettings(), &error), qPrintable(error));
}

void tst_Probes::liveness_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("live") << QStringLiteral("/live");
    QTest::newRow("health") << QStringLiteral("/health");
}

void tst_Probes::liveness()
{
    QFETCH(QString, path);
    const auto reply = m_harness.get(path);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")}}));
}

void tst_Probes::readyWhenBackendsWork()
{
    const auto reply = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const QJsonObject storage = body.value(QStringLiteral("storage")).toObject();
    QCOMPARE(storage.value(QStringLiteral("kind")).toString(), QStringLiteral("sqlite"));
    QCOMPARE(storage.value(QStringLiteral("ok")), QJsonValue(true));
    const QJsonObject blobs = body.value(QStringLiteral("blobstore")).toObject();
    QCOMPARE(blobs.value(QStringLiteral("kind")).toString(), QStringLiteral("local"));
    QCOMPARE(blobs.value(QStringLiteral("ok")), QJsonValue(true));
}

void tst_Probes::readyNamesTheBrokenBlobStore()
{
    // Replace the composite directory by a plain file: nothing can be written there any more, even
    // for root (tests may run as root, where permission bits do not stop writes).
    const QString composites = m_harness.daemon()->settings().effectiveCacheDir() + QStringLiteral("/composites");
    QVERIFY(QDir(composites).removeRecursively());
    QFile blocker(composites);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const auto reply = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(reply.status == 503, qPrintable(reply.describe()));
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
    QCOMPARE(body.value(QStringLiteral("blobstore")).toObject().value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(body.value(QStringLiteral("storage")).toObject().value(QStringLiteral("ok")), QJsonValue(true));
    QVERIFY2(body.value(QStringLiteral("detail")).toString().contains(QLatin1String("blobstore")),
             qPrintable(reply.describe()));

    // Liveness does not care.
    QCOMPARE(m_harness.get(QStringLiteral("/live")).status, 200);
    QCOMPARE(m_harness.get(QStringLiteral("/health")).status, 200);

    QVERIFY(QFile::remove(composites));
    QCOMPARE(m_harness.get(QStringLiteral("/ready")).status, 200);
}

void tst_Probes::readyNamesTheBrokenStorage()
{
    // A directory where the database file should be: SQLite cannot open it.
    auto settings = m_harness.baseSettings();
    settings.cacheDir = m_harness.dir() + QStringLiteral("/broken-cache");
    QVERIFY(QDir().mkpath(settings.cacheDir + QStringLiteral("/cache.db")));
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));

    const auto reply = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(reply.status == 503, qPrintable(reply.describe()));
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("storage")).toObject().value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(body.value(QStringLiteral("blobstore")).toObject().value(QStringLiteral("ok")), QJsonValue(true));
    QVERIFY(body.value(QStringLiteral("detail")).toString().contains(QLatin1String("storage")));
    QCOMPARE(m_harness.get(QStringLiteral("/live")).status, 200);
}

void tst_Probes::otherMethodsAreRejected()
{
    const auto reply = m_harness.send("POST", QStringLiteral("/live"));
    QVERIFY2(reply.status == 405, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("Method not allowed"));
}

QTEST_MAIN(tst_Probes)
#include "tst_probes.moc"
