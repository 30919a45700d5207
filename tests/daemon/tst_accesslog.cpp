// AccessLog: the cached timestamp and the loggablePath fast path print exactly what the plain Qt
// formatting and Net::redactedUrl printed before them; lines from many threads reach stderr whole,
// in order per thread, and none is lost by flush() or destruction, even when the buffer overflows.
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

#include "core/net/httpclient.h"
#include "daemon/http/accesslog.h"

using Marquee::Http::AccessLog;

namespace {

// loggablePath as it was before the fast path: the reference every input must still match.
QString referencePath(const QUrl &url)
{
    QUrl relative;
    relative.setPath(url.path());
    relative.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QString path = Marquee::Net::redactedUrl(relative);
    if (path.size() > 80)
        path = path.left(80) + QStringLiteral("…");
    return path;
}

// The line as it was formatted before (QJsonDocument / string concatenation).
QByteArray referenceLine(
    bool json, qint64 msecs, const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs)
{
    const QString timestamp = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
    QByteArray line;
    if (json) {
        const QJsonObject object {
            { QStringLiteral("ts"), timestamp },
            { QStringLiteral("level"), QStringLiteral("INFO") },
            { QStringLiteral("method"), QString::fromLatin1(method) },
            { QStringLiteral("path"), referencePath(url) },
            { QStringLiteral("status"), status },
            { QStringLiteral("ms"), elapsedMs },
        };
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else {
        line = timestamp.toUtf8() + " [INFO] " + method + ' ' + referencePath(url).toUtf8() + ' '
            + QByteArray::number(status) + ' ' + QByteArray::number(elapsedMs) + " ms";
    }
    return line + '\n';
}

// Points stderr (fd 2) at another descriptor for the lifetime of the object.
class StderrRedirect
{
public:
    explicit StderrRedirect(int fd)
        : m_saved((std::fflush(stderr), ::dup(STDERR_FILENO)))
    {
        ::dup2(fd, STDERR_FILENO);
    }
    ~StderrRedirect()
    {
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
    }

private:
    int m_saved;
};

constexpr int Threads = 8;

// Writes `count` lines from each of Threads threads; the path names the thread and the line's index.
void writeConcurrently(const AccessLog &log, int count)
{
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&log, t, count] {
            for (int i = 0; i < count; ++i)
                log.write("GET",
                    QUrl(QStringLiteral("http://h/t%1/%2?tmdb_key=SECRET&pad=%3")
                             .arg(t)
                             .arg(i)
                             .arg(QString(40, QLatin1Char('x')))),
                    200 + t, i);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
}

// Every line must be one whole line of writeConcurrently's, and each thread's lines all there, in order.
void verifyLines(const QByteArray &output, int count)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[INFO\] GET /t(\d)/(\d+)\?tmdb_key=\*\*\*&pad=x{40} (\d+) (\d+) ms$)"));
    std::vector<int> next(Threads, 0);
    const QList<QByteArray> lines = output.split('\n');
    QVERIFY(output.endsWith('\n'));
    for (qsizetype n = 0; n + 1 < lines.size(); ++n) {
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(lines.at(n)));
        QVERIFY2(match.hasMatch(), lines.at(n).constData());
        const int thread = match.captured(1).toInt();
        QCOMPARE(match.captured(2).toInt(), next[thread]);
        QCOMPARE(match.captured(3).toInt(), 200 + thread);
        QCOMPARE(match.captured(4).toInt(), next[thread]++);
    }
    for (int t = 0; t < Threads; ++t)
        QCOMPARE(next[t], count);
}

QByteArray readAll(QTemporaryFile &file)
{
    file.seek(0);
    return file.readAll();
}

} // namespace

class tst_AccessLog : public QObject
{
    Q_OBJECT

private slots:
    void timestampMatchesQt_data();
    void timestampMatchesQt();
    void timestampEveryMillisecondOfASecond();
    void loggablePathMatchesReference_data();
    void loggablePathMatchesReference();
    void loggablePathEveryAsciiCharacter();
    void keysAreRedacted();
    void lineMatchesReference_data();
    void lineMatchesReference();
    void concurrentLinesAreWholeAfterFlushAndDestruction();
    void overflowingBufferLosesNothing();
    void disabledLogWritesNothing();
};

void tst_AccessLog::timestampMatchesQt_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("one ms") << qint64(1);
    QTest::newRow("last ms of a second") << qint64(999);
    QTest::newRow("before the epoch") << qint64(-1);
    QTest::newRow("before the epoch, whole second") << qint64(-1000);
    QTest::newRow("2026, 5 ms") << qint64(1'795'000'000'005);
    QTest::newRow("2026, 50 ms") << qint64(1'795'000'000'050);
    QTest::newRow("leap day, last ms")
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("year 9999")
        << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 123), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("year 10000")
        << QDateTime(QDate(10000, 1, 1), QTime(0, 0, 0, 7), Qt::UTC).toMSecsSinceEpoch();
}

void tst_AccessLog::timestampMatchesQt()
{
    QFETCH(qint64, msecs);
    const QString expected = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
    QCOMPARE(QString::fromLatin1(AccessLog::formatTimestamp(msecs)), expected);
    // Twice: the second call comes from the per-thread cache.
    QCOMPARE(QString::fromLatin1(AccessLog::formatTimestamp(msecs)), expected);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(QString::fromLatin1(AccessLog::formatTimestamp(now.toMSecsSinceEpoch())),
        now.toString(Qt::ISODateWithMs));
}

void tst_AccessLog::timestampEveryMillisecondOfASecond()
{
    for (const qint64 second : { qint64(1'795'000'000'000), qint64(-2'000) }) {
        for (qint64 ms = second; ms < second + 1000; ++ms)
            QCOMPARE(QString::fromLatin1(AccessLog::formatTimestamp(ms)),
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    }
}

void tst_AccessLog::loggablePathMatchesReference_data()
{
    QTest::addColumn<QString>("url");
    const QString longTail = QString(120, QLatin1Char('y'));
    const QStringList rows = {
        QStringLiteral("http://h/poster/movie/tt0111161.jpg"),
        QStringLiteral("http://h/poster?tmdb_id=1&tmdb_key=abc&mdblist_key=def&access_key=ghi"),
        QStringLiteral("http://h/poster?API_KEY=a&ApiKey=b&key=c&token=d&keys=e&xkey=f"),
        QStringLiteral("http://h/poster?tmdb_key=&key&=v&&x=1&"),
        QStringLiteral("http://h/poster?key=a=b&tmdb_key=a?b"),
        QStringLiteral("http://h/poster?%6Bey=hidden&tmdb%5Fkey=hidden&q=a%20b&r=a+b"),
        QStringLiteral("http://h/abc123SECRET/imdb/poster-default/tt0111161.jpg"),
        QStringLiteral("http://h/***/imdb/poster-default/tt0111161.jpg?fallback=true"),
        QStringLiteral("http://h/p/bar_notch/movie/") + longTail + QStringLiteral(".jpg"),
        QStringLiteral("http://h/poster?tmdb_id=1&") + longTail,
        QStringLiteral("http://h/poster?tmdb_key=") + longTail + QStringLiteral("&x=1"),
        QStringLiteral("http://h/poster/") + QString(79, QLatin1Char('z')) + QStringLiteral("😀.jpg"),
        QStringLiteral("http://h/affiche/été.jpg?titre=Amélie&key=clé"),
        QStringLiteral("http://h/a%2Fb/c%20d/e f?g=%2F&h=%E2%82%AC"),
        QStringLiteral("http://h/a\"b\\c<d>{e}|^`[f]"),
        QStringLiteral("http://h"),
        QStringLiteral("http://h?"),
        QStringLiteral("http://h?key=1"),
        QStringLiteral("http://h/?"),
        QStringLiteral("http://h//double/slash?x=1"),
        QStringLiteral("http://h/p?x=1#fragment"),
        QStringLiteral("http://user:pw@h:8080/p?x=1"),
        QStringLiteral("relative/path?key=1"),
        QStringLiteral("/absolute:colon/path?key=1"),
    };
    for (const QString &row : rows)
        QTest::newRow(qPrintable(row.left(60))) << row;
}

void tst_AccessLog::loggablePathMatchesReference()
{
    QFETCH(QString, url);
    const QUrl parsed(url);
    QCOMPARE(AccessLog::loggablePath(parsed), referencePath(parsed));
}

void tst_AccessLog::loggablePathEveryAsciiCharacter()
{
    // Every character in the path, in a query name and in a query value, raw and percent-encoded.
    for (int c = 0; c < 128; ++c) {
        const QString raw = QString(QChar(char16_t(c)));
        const QString encoded
            = QStringLiteral("%") + QString::number(c, 16).rightJustified(2, QLatin1Char('0'));
        for (const QString &ch : QStringList { raw, encoded }) {
            for (const QString &shape : { QStringLiteral("/a%1b"), QStringLiteral("/p?a%1b=v&key=s"),
                     QStringLiteral("/p?key=v%1w&x=1"), QStringLiteral("/p?k%1=v") }) {
                const QUrl url(QStringLiteral("http://h") + shape.arg(ch));
                QVERIFY2(AccessLog::loggablePath(url) == referencePath(url),
                    qPrintable(QStringLiteral("%1: %2 vs %3")
                                   .arg(url.toString(), AccessLog::loggablePath(url), referencePath(url))));
            }
        }
    }
}

void tst_AccessLog::keysAreRedacted()
{
    QCOMPARE(
        AccessLog::loggablePath(QUrl(QStringLiteral("http://h/poster?tmdb_id=1&tmdb_key=S1&MDBLIST_KEY=S2"))),
        QStringLiteral("/poster?tmdb_id=1&tmdb_key=***&MDBLIST_KEY=***"));
    const QString logged = AccessLog::loggablePath(
        QUrl(QStringLiteral("http://h/poster?x=") + QString(200, QLatin1Char('x'))));
    QCOMPARE(logged.size(), 81);
    QVERIFY(logged.endsWith(QStringLiteral("…")));
}

void tst_AccessLog::lineMatchesReference_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("elapsedMs");
    for (const bool json : { false, true }) {
        const char *format = json ? "json" : "text";
        QTest::addRow("%s: poster", format)
            << json << QByteArray("GET") << QStringLiteral("http://h/poster?tmdb_id=1&tmdb_key=k") << 200
            << qint64(12);
        QTest::addRow("%s: long path", format)
            << json << QByteArray("HEAD") << QStringLiteral("http://h/p/") + QString(100, QLatin1Char('a'))
            << 404 << qint64(0);
        QTest::addRow("%s: quote and backslash", format)
            << json << QByteArray("GET") << QStringLiteral("http://h/a\"b\\c") << 400 << qint64(3);
        QTest::addRow("%s: non-ASCII", format)
            << json << QByteArray("GET") << QStringLiteral("http://h/été/😀") << 200 << qint64(1234567);
        QTest::addRow("%s: Latin-1 method", format)
            << json << QByteArray("G\xc9T\t") << QStringLiteral("http://h/") << 405 << qint64(-1);
    }
}

void tst_AccessLog::lineMatchesReference()
{
    QFETCH(bool, json);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(int, status);
    QFETCH(qint64, elapsedMs);
    for (const qint64 msecs : { qint64(1'795'000'000'042), QDateTime::currentMSecsSinceEpoch() })
        QCOMPARE(AccessLog::formatLine(json, msecs, method, QUrl(url), status, elapsedMs),
            referenceLine(json, msecs, method, QUrl(url), status, elapsedMs));
}

void tst_AccessLog::concurrentLinesAreWholeAfterFlushAndDestruction()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    {
        const StderrRedirect redirect(file.handle());
        {
            const AccessLog log;
            writeConcurrently(log, 2000);
            log.flush();
            verifyLines(readAll(file), 2000); // everything is there before the log is gone
            if (QTest::currentTestFailed())
                return;
            writeConcurrently(log, 3000); // indices restart: verified after destruction below
        }
    }
    // The two rounds, split where the per-thread indices start again: 2000 lines per thread come first.
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), Threads * 5000 + 1);
    verifyLines(lines.mid(0, Threads * 2000).join('\n') + '\n', 2000);
    verifyLines(lines.mid(Threads * 2000, Threads * 3000).join('\n') + '\n', 3000);
}

void tst_AccessLog::overflowingBufferLosesNothing()
{
    // stderr is a pipe nobody reads at first: the writer thread stalls on it, the buffer passes its
    // bound and callers write themselves. Whether or not that happens, no line may be lost or torn.
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    std::atomic<bool> startReading = false;
    QByteArray output;
    std::thread reader([&] {
        while (!startReading)
            std::this_thread::yield();
        char chunk[65536];
        for (ssize_t n; (n = ::read(fds[0], chunk, sizeof chunk)) > 0;)
            output.append(chunk, n);
    });
    {
        const StderrRedirect redirect(fds[1]);
        const AccessLog log;
        std::thread producers([&log] { writeConcurrently(log, 6000); });
        QTest::qWait(500); // gives the producers time to fill the buffer; no assertion depends on it
        startReading = true;
        producers.join();
    }
    ::close(fds[1]);
    reader.join();
    ::close(fds[0]);
    verifyLines(output, 6000);
}

void tst_AccessLog::disabledLogWritesNothing()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    {
        const StderrRedirect redirect(file.handle());
        const AccessLog log(false, false);
        log.write("GET", QUrl(QStringLiteral("http://h/p")), 200, 1);
        log.flush();
    }
    QCOMPARE(readAll(file), QByteArray());
}

QTEST_GUILESS_MAIN(tst_AccessLog)
#include "tst_accesslog.moc"
