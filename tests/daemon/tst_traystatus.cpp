// The tray's status text (daemon/tray/traystatus): what it reads from the pipeline stats and the
// storage table counts, and how it words it.
#include <QTest>

#include "daemon/tray/traycontroller.h"
#include "daemon/tray/traystatus.h"

using Marquee::Tray::TrayController;
using Marquee::Tray::TrayStatus;

class tst_TrayStatus : public QObject
{
    Q_OBJECT

private slots:
    void byteSize_data();
    void byteSize();
    void baseUrlFor_data();
    void baseUrlFor();
    void collectReadsStatsAndCounts();
    void lines_data();
    void lines();
    void tooltipJoinsLines();
    void posterTemplateIsAPresetUrl();
};

void tst_TrayStatus::byteSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0 B";
    QTest::newRow("bytes") << qint64(1023) << "1023 B";
    QTest::newRow("kilobytes") << qint64(419840) << "410 KB";
    QTest::newRow("megabytes") << qint64(3355443) << "3.2 MB";
    QTest::newRow("gigabytes") << qint64(1181116006) << "1.1 GB";
}

void tst_TrayStatus::byteSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(TrayStatus::byteSize(bytes), text);
}

void tst_TrayStatus::baseUrlFor_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("url");
    QTest::newRow("loopback") << "127.0.0.1" << "http://127.0.0.1:8000";
    QTest::newRow("any IPv4 opens through loopback") << "0.0.0.0" << "http://127.0.0.1:8000";
    QTest::newRow("any IPv6") << "::" << "http://[::1]:8000";
    QTest::newRow("LAN address") << "192.168.1.5" << "http://192.168.1.5:8000";
    QTest::newRow("IPv6 literal") << "::1" << "http://[::1]:8000";
}

void tst_TrayStatus::baseUrlFor()
{
    QFETCH(QString, host);
    QFETCH(QString, url);
    QCOMPARE(TrayStatus::baseUrlFor(host, 8000), url);
}

void tst_TrayStatus::collectReadsStatsAndCounts()
{
    const QJsonObject stats{{QStringLiteral("renders_total"), 12}, {QStringLiteral("renders_in_flight"), 1},
                            {QStringLiteral("composite_l1_entries"), 5}, {QStringLiteral("composite_l1_bytes"), 419840}};
    const QHash<QString, qint64> counts{{QStringLiteral("final_poster_cache"), 40},
                                        {QStringLiteral("db_file_bytes"), 3355443}};
    const TrayStatus status = TrayStatus::collect(QStringLiteral("http://127.0.0.1:8000"), stats, counts, true, false);
    QCOMPARE(status.rendersTotal, qint64(12));
    QCOMPARE(status.rendersInFlight, qint64(1));
    QCOMPARE(status.memoryEntries, qint64(5));
    QCOMPARE(status.memoryBytes, qint64(419840));
    QCOMPARE(status.storedPosters, qint64(40));
    QCOMPARE(status.databaseBytes, qint64(3355443));
    const TrayStatus noFile = TrayStatus::collect(QString(), stats, {{QStringLiteral("final_poster_cache"), 2}}, true, false);
    QCOMPARE(noFile.databaseBytes, qint64(-1));  // e.g. PostgreSQL reports no file size
}

void tst_TrayStatus::lines_data()
{
    QTest::addColumn<bool>("paused");
    QTest::addColumn<bool>("storageOk");
    QTest::addColumn<qint64>("inFlight");
    QTest::addColumn<qint64>("dbBytes");
    QTest::addColumn<QString>("listening");
    QTest::addColumn<QString>("renders");
    QTest::addColumn<QString>("cache");
    QTest::newRow("serving") << false << true << qint64(1) << qint64(3355443)
                             << "Listening on http://127.0.0.1:8000" << "Renders: 12 (1 in flight)"
                             << "Cache: 40 posters, 3.2 MB on disk · 5 in memory (410 KB)";
    QTest::newRow("idle, no file size") << false << true << qint64(0) << qint64(-1)
                                        << "Listening on http://127.0.0.1:8000" << "Renders: 12"
                                        << "Cache: 40 posters · 5 in memory (410 KB)";
    QTest::newRow("paused") << true << true << qint64(0) << qint64(0)
                            << "Paused (posters answer 503) — http://127.0.0.1:8000" << "Renders: 12"
                            << "Cache: 40 posters, 0 B on disk · 5 in memory (410 KB)";
    QTest::newRow("storage down") << false << false << qint64(0) << qint64(-1)
                                  << "Listening on http://127.0.0.1:8000" << "Renders: 12"
                                  << "Cache: storage unavailable · 5 in memory (410 KB)";
}

void tst_TrayStatus::lines()
{
    QFETCH(bool, paused);
    QFETCH(bool, storageOk);
    QFETCH(qint64, inFlight);
    QFETCH(qint64, dbBytes);
    QFETCH(QString, listening);
    QFETCH(QString, renders);
    QFETCH(QString, cache);
    TrayStatus status;
    status.baseUrl = QStringLiteral("http://127.0.0.1:8000");
    status.rendersTotal = 12;
    status.rendersInFlight = inFlight;
    status.storedPosters = 40;
    status.databaseBytes = dbBytes;
    status.memoryEntries = 5;
    status.memoryBytes = 419840;
    status.paused = paused;
    status.storageOk = storageOk;
    QCOMPARE(status.listeningLine(), listening);
    QCOMPARE(status.rendersLine(), renders);
    QCOMPARE(status.cacheLine(), cache);
}

void tst_TrayStatus::tooltipJoinsLines()
{
    TrayStatus status;
    status.baseUrl = QStringLiteral("http://127.0.0.1:9");
    QCOMPARE(status.tooltip(), QStringLiteral("Marquee\nListening on http://127.0.0.1:9\nRenders: 0\n"
                                              "Cache: 0 posters · 0 in memory (0 B)"));
}

void tst_TrayStatus::posterTemplateIsAPresetUrl()
{
    QCOMPARE(TrayController::posterTemplate(QStringLiteral("http://127.0.0.1:8000")),
             QStringLiteral("http://127.0.0.1:8000/p/tinted_mini_notch/{type}/{imdb_id}.jpg"));
    QVERIFY(!TrayController::unavailableMessage().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TrayStatus)
#include "tst_traystatus.moc"
