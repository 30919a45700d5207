#include <QTest>

#include "core/storage/postgresurl.h"

using namespace Marquee::Storage;

class tst_PostgresUrl : public QObject
{
    Q_OBJECT

private slots:
    void isPostgres_data();
    void isPostgres();
    void redacted_data();
    void redacted();
    void connectionStringBoundsTheConnectTime_data();
    void connectionStringBoundsTheConnectTime();
    void scrubbedRemovesThePassword();
};

void tst_PostgresUrl::isPostgres_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");
    QTest::newRow("postgres") << QStringLiteral("postgres://db/marquee") << true;
    QTest::newRow("postgresql") << QStringLiteral("postgresql://u:p@db:5433/marquee") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("PostgreSQL://db/marquee") << true;
    QTest::newRow("surrounding blanks") << QStringLiteral("  postgres://db/x ") << true;
    QTest::newRow("mysql") << QStringLiteral("mysql://db/marquee") << false;
    QTest::newRow("sqlite path") << QStringLiteral("/var/lib/cache.db") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_PostgresUrl::isPostgres()
{
    QFETCH(QString, url);
    QFETCH(bool, expected);
    QCOMPARE(PostgresUrl::isPostgres(url), expected);
}

void tst_PostgresUrl::redacted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no password") << QStringLiteral("postgres://marquee@db:5432/cache")
                                 << QStringLiteral("postgres://marquee@db:5432/cache");
    QTest::newRow("user info password") << QStringLiteral("postgresql://marquee:s3cret@db/cache")
                                        << QStringLiteral("postgresql://marquee@db/cache");
    QTest::newRow("encoded password") << QStringLiteral("postgres://marquee:p%40ss%2Fw@db/cache")
                                      << QStringLiteral("postgres://marquee@db/cache");
    QTest::newRow("query password") << QStringLiteral("postgres://db/cache?sslmode=require&password=s3cret")
                                    << QStringLiteral("postgres://db/cache?sslmode=require&password=***");
}

void tst_PostgresUrl::redacted()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(PostgresUrl::redacted(url), expected);
}

void tst_PostgresUrl::connectionStringBoundsTheConnectTime_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("added") << QStringLiteral("postgres://u:p@db/cache")
                           << QStringLiteral("postgres://u:p@db/cache?connect_timeout=10");
    QTest::newRow("appended") << QStringLiteral("postgresql://db/cache?sslmode=disable")
                              << QStringLiteral("postgresql://db/cache?sslmode=disable&connect_timeout=10");
    QTest::newRow("kept") << QStringLiteral("postgres://db/cache?connect_timeout=3")
                          << QStringLiteral("postgres://db/cache?connect_timeout=3");
}

void tst_PostgresUrl::connectionStringBoundsTheConnectTime()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(PostgresUrl::connectionString(url)), expected);
}

void tst_PostgresUrl::scrubbedRemovesThePassword()
{
    const QString url = QStringLiteral("postgres://u:p%40ss@db/cache");
    QCOMPARE(PostgresUrl::scrubbed(QStringLiteral("bad password \"p@ss\" / p%40ss"), url),
             QStringLiteral("bad password \"***\" / ***"));
    QCOMPARE(PostgresUrl::scrubbed(QStringLiteral("nothing secret"), QStringLiteral("postgres://db/x")),
             QStringLiteral("nothing secret"));
}

QTEST_GUILESS_MAIN(tst_PostgresUrl)
#include "tst_postgresurl.moc"
