// `marqueed --tray` where no system tray exists (offscreen, as in CI): a clear message on stderr, and
// the daemon keeps serving headless; the headless default never creates a QApplication.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "daemon/tray/trayapplication.h"
#include "daemon/tray/traycontroller.h"

using Marquee::Tray::TrayApplication;
using Marquee::Tray::TrayController;

class tst_TrayMode : public QObject
{
    Q_OBJECT

private slots:
    void wantsTray_data();
    void wantsTray();
    void fallsBackToHeadless();
};

void tst_TrayMode::wantsTray_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("tray");
    QTest::newRow("none") << QStringList{} << false;
    QTest::newRow("tray") << QStringList{QStringLiteral("--tray")} << true;
    QTest::newRow("tray among others") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tray")} << true;
    QTest::newRow("a value that only looks like it") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("tray")} << false;
}

void tst_TrayMode::wantsTray()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, tray);
    QList<QByteArray> storage{QByteArrayLiteral("marqueed")};
    for (const QString &argument : arguments)
        storage.append(argument.toUtf8());
    QList<char *> argv;
    for (QByteArray &argument : storage)
        argv.append(argument.data());
    QCOMPARE(TrayApplication::wantsTray(int(argv.size()), argv.data()), tray);
}

void tst_TrayMode::fallsBackToHeadless()
{
    QTemporaryDir dir;
    QProcess daemon;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    daemon.setProcessEnvironment(env);
    daemon.start(QStringLiteral(MARQUEED_PATH),
                 {QStringLiteral("--tray"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                  dir.filePath(QStringLiteral("data")), QStringLiteral("--cache-dir"), dir.filePath(QStringLiteral("cache"))});
    QVERIFY(daemon.waitForStarted());
    QByteArray out;
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((out += daemon.readAllStandardOutput(), err += daemon.readAllStandardError(),
                              out.contains("listening on") && err.contains("--tray")),
                             30000);
    QVERIFY2(err.contains(TrayController::unavailableMessage().toUtf8()), err.constData());

    // Still a working daemon: it answers on the port it printed.
    const QRegularExpressionMatch port = QRegularExpression(QStringLiteral(":(\\d+)\\s*$"))
                                             .match(QString::fromUtf8(out).trimmed());
    QVERIFY2(port.hasMatch(), out.constData());
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/live").arg(port.captured(1)))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    daemon.terminate();
    QVERIFY(daemon.waitForFinished(30000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
}

QTEST_MAIN(tst_TrayMode)
#include "tst_traymode.moc"
