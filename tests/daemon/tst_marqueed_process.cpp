// The real marqueed binary: start-up line, a poster from the bundled sample library with no API key,
// command-line handling, exit codes and graceful shutdown.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "tests/daemon/daemonharness.h"

namespace {

constexpr int StartTimeoutMs = 30000;

} // namespace

class tst_MarqueedProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesSamplePosterWithoutKeys();
    void portInUseExitsNonZero();
    void version();
    void help();
    void malformedEnvironmentExitsTwo_data();
    void malformedEnvironmentExitsTwo();
    void commandLineOverridesConfigFile();
    void unsupportedBackendIsAClearError_data();
    void unsupportedBackendIsAClearError();

private:
    QProcessEnvironment cleanEnvironment() const;
    // Starts marqueed, waits for its listening line and returns the port (0 on failure).
    quint16 startDaemon(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env);

    QTemporaryDir m_dir;
    QString m_binary = QStringLiteral(MARQUEED_PATH);
};

void tst_MarqueedProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

QProcessEnvironment tst_MarqueedProcess::cleanEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing from the developer's shell may change the outcome.
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("MARQUEE_")) || name.startsWith(QLatin1String("TMDB"))
            || name.startsWith(QLatin1String("MDBLIST")) || name == QLatin1String("PORT")
            || name == QLatin1String("ACCESS_KEY") || name == QLatin1String("PRESET_ENABLED")
            || name == QLatin1String("DATABASE_URL") || name == QLatin1String("OBJECT_STORE_URL"))
            env.remove(name);
    }
    env.insert(QStringLiteral("MARQUEE_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("MARQUEE_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("PRESET_ENABLED"), QStringLiteral("true"));
    return env;
}

quint16 tst_MarqueedProcess::startDaemon(QProcess &process, const QStringList &arguments,
                                         const QProcessEnvironment &env)
{
    process.setProcessEnvironment(env);
    process.setProgram(m_binary);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(StartTimeoutMs))
        return 0;
    static const QRegularExpression listening(
        QStringLiteral("^marqueed (\\S+) listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    QByteArray output;
    const bool ready = QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains('\n') || process.state() == QProcess::NotRunning;
        },
        StartTimeoutMs);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output).trimmed());
    if (!ready || !match.hasMatch()) {
        qWarning().noquote() << "marqueed did not start:" << output << process.readAllStandardError();
        return 0;
    }
    if (match.captured(1) != QLatin1String(MARQUEE_VERSION))
        qWarning().noquote() << "unexpected version in" << output;
    return static_cast<quint16>(match.captured(2).toUInt());
}

void tst_MarqueedProcess::servesSamplePosterWithoutKeys()
{
    const QString sample = Marquee::Tests::bundledSampleImdbId();
    QVERIFY2(!sample.isEmpty(), "the bundled sample library (resources/samples/*/movie.nfo) has no IMDb id");

    QProcess process;
    const quint16 port = startDaemon(process, {QStringLiteral("--port"), QStringLiteral("0")}, cleanEnvironment());
    QVERIFY(port != 0);

    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/p/bar_notch/movie/%2.jpg").arg(port).arg(sample))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
    const QByteArray body = reply->readAll();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("image/jpeg"));
    const QImage image = QImage::fromData(body);
    QCOMPARE(image.size(), QSize(500, 750));
    reply->deleteLater();

    // SIGTERM: graceful shutdown, exit status 0.
    process.terminate();
    QVERIFY(process.waitForFinished(StartTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("GET /p/bar_notch/movie/"), log.constData());
}

void tst_MarqueedProcess::portInUseExitsNonZero()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(m_binary, {QStringLiteral("--port"), QString::number(occupier.serverPort())});
    QVERIFY(process.waitForFinished(StartTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(occupier.serverPort())),
             qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_MarqueedProcess::version()
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(m_binary, {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(StartTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             QStringLiteral("marqueed " MARQUEE_VERSION));
}

void tst_MarqueedProcess::help()
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(m_binary, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(StartTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option : {"--host", "--port", "--data-dir", "--cache-dir", "--config", "--version", "--help"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void tst_MarqueedProcess::malformedEnvironmentExitsTwo_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("PORT=abc") << QStringLiteral("PORT") << QStringLiteral("abc") << QStringList() << QStringLiteral("PORT");
    QTest::newRow("--port abc") << QString() << QString() << QStringList{QStringLiteral("--port"), QStringLiteral("abc")}
                                << QStringLiteral("--port");
    QTest::newRow("--port 70000") << QString() << QString()
                                  << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                  << QStringLiteral("--port");
    QTest::newRow("--host not an address") << QString() << QString()
                                           << QStringList{QStringLiteral("--host"), QStringLiteral("my box"),
                                                          QStringLiteral("--port"), QStringLiteral("0")}
                                           << QStringLiteral("MARQUEE_HOST");
    QTest::newRow("missing --config file") << QString() << QString()
                                           << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/m.ini")}
                                           << QStringLiteral("/nonexistent/m.ini");
}

void tst_MarqueedProcess::malformedEnvironmentExitsTwo()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcessEnvironment env = cleanEnvironment();
    if (!variable.isEmpty())
        env.insert(variable, value);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    QVERIFY(process.waitForFinished(StartTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 2, qPrintable(QString::number(process.exitCode()) + QLatin1Char(' ') + error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void tst_MarqueedProcess::commandLineOverridesConfigFile()
{
    // The INI says PORT=abc (malformed) ... the environment overrides it with a valid one, and the
    // command line overrides both.
    const QString ini = m_dir.filePath(QStringLiteral("marqueed.ini"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("PORT=abc\n");
    file.close();

    QProcess broken;
    broken.setProcessEnvironment(cleanEnvironment());
    broken.start(m_binary, {QStringLiteral("--config"), ini});
    QVERIFY(broken.waitForFinished(StartTimeoutMs));
    QCOMPARE(broken.exitCode(), 2);
    QVERIFY(QString::fromUtf8(broken.readAllStandardError()).contains(QLatin1String("PORT")));

    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("PORT"), QStringLiteral("1"));  // privileged: would fail if it were used
    QProcess process;
    const quint16 port = startDaemon(process, {QStringLiteral("--config"), ini, QStringLiteral("--port"), QStringLiteral("0")}, env);
    QVERIFY(port != 0 && port != 1);
    process.terminate();
    QVERIFY(process.waitForFinished(StartTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
}

void tst_MarqueedProcess::unsupportedBackendIsAClearError_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messageStart");

    QTest::newRow("unsupported scheme")
        << QStringLiteral("mysql://root:pw-secret@db.example/marquee") << 2
        << QStringLiteral("DATABASE_URL: unsupported scheme \"mysql\" (use postgres:// or postgresql://, or leave it"
                          " empty for SQLite)");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();  // nothing listens there once probe is gone
    QTest::newRow("unreachable postgres")
        << QStringLiteral("postgres://marquee:pw-secret@127.0.0.1:%1/marquee").arg(closedPort) << 1
        << QStringLiteral("DATABASE_URL: cannot open the database: PostgreSQL (postgres://marquee@127.0.0.1:%1/marquee): ")
               .arg(closedPort);
}

void tst_MarqueedProcess::unsupportedBackendIsAClearError()
{
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QString, messageStart);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), url);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_binary, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForFinished(StartTimeoutMs));
    QCOMPARE(process.exitCode(), exitCode);
    // The message is the last line (Qt may print platform notes before it); never with the password.
    const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(stderrText.split(QLatin1Char('\n')).last().startsWith(messageStart), qPrintable(stderrText));
    QVERIFY2(!stderrText.contains(QLatin1String("pw-secret")), qPrintable(stderrText));
}

QTEST_MAIN(tst_MarqueedProcess)
#include "tst_marqueed_process.moc"
