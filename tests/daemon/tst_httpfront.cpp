// HTTP_THREADS: several HttpService copies on their own threads accept from one listening socket.
// Every route answers whichever thread reads the request, and stopping the daemon stops them all.
#include <algorithm>
#include <memory>
#include <vector>

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>

#include "daemon/http/httpfront.h"
#include "tests/daemon/daemonharness.h"

using Marquee::Http::HttpFront;
using Marquee::Tests::DaemonHarness;

namespace {

// The names of this process's threads, as the kernel reports them (QThread sets them on Linux).
QStringList threadNames()
{
    QStringList names;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll()).trimmed();
    }
    return names;
}

int httpThreadsRunning()
{
    return int(threadNames().filter(QStringLiteral("marqueed-http-")).size());
}

} // namespace

class tst_HttpFront : public QObject
{
    Q_OBJECT

private slots:
    void threadsForSetting_data();
    void threadsForSetting();
    void everyThreadServesAndStops();
    void concurrentClientsAreAllAnswered();

private:
    DaemonHarness m_harness;
};

void tst_HttpFront::threadsForSetting_data()
{
    QTest::addColumn<int>("setting");
    QTest::addColumn<int>("expected");
    const int automatic = std::clamp(QThread::idealThreadCount(), 1, 4);
    QTest::newRow("0 = one per core, at most 4") << 0 << automatic;
    QTest::newRow("negative = automatic") << -3 << automatic;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("6") << 6 << 6;
    QTest::newRow("capped at 16") << 99 << 16;
}

void tst_HttpFront::threadsForSetting()
{
    QFETCH(int, setting);
    QFETCH(int, expected);
    QCOMPARE(HttpFront::threadsFor(setting), expected);
}

void tst_HttpFront::everyThreadServesAndStops()
{
    Marquee::Config::ServerSettings settings = m_harness.baseSettings();
    settings.httpThreads = 3;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    QCOMPARE(httpThreadsRunning(), 2); // the first copy runs on the daemon's own (this) thread
    for (const QString &path :
        { QStringLiteral("/live"), QStringLiteral("/server-caps"), QStringLiteral("/nowhere") }) {
        const auto reply = m_harness.get(path);
        QVERIFY2(reply.finished, qPrintable(path));
        QVERIFY2(reply.networkError.isEmpty(), qPrintable(reply.describe()));
        QCOMPARE(reply.status, path == QLatin1String("/nowhere") ? 404 : 200);
    }
    m_harness.stop();
    // QThread::wait() returns when the thread's function is done; the kernel retires the (detached)
    // thread a moment later, and only then does it leave /proc/self/task.
    QTRY_COMPARE_WITH_TIMEOUT(httpThreadsRunning(), 0, 5000);
}

// Many connections at once (each its own QNetworkAccessManager, so each its own sockets): the kernel
// hands them to whichever thread accepts first; every one must get its poster.
void tst_HttpFront::concurrentClientsAreAllAnswered()
{
    Marquee::Config::ServerSettings settings = m_harness.baseSettings();
    settings.httpThreads = 2;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    const QString id = Marquee::Tests::bundledSampleImdbId();
    QVERIFY(!id.isEmpty());
    const QUrl poster = m_harness.url(QStringLiteral("/p/bar_notch/movie/%1.jpg").arg(id));
    QCOMPARE(m_harness.get(poster.path()).status, 200); // rendered once; the rest are cache hits

    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    QList<QNetworkReply *> replies;
    for (int client = 0; client < 8; ++client) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        for (int i = 0; i < 6; ++i)
            replies << clients.back()->get(QNetworkRequest(poster));
    }
    for (QNetworkReply *reply : std::as_const(replies))
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().startsWith("\xff\xd8")); // a whole JPEG
        reply->deleteLater();
    }
}

QTEST_MAIN(tst_HttpFront)
#include "tst_httpfront.moc"
