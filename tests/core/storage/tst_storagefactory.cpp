#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/postgresconnectionpool.h"
#include "core/storage/storagefactory.h"
#include "tests/support/postgresserver.h"

using namespace Marquee;
using namespace Marquee::Storage;

class tst_StorageFactory : public QObject
{
    Q_OBJECT

private slots:
    void emptyUrlIsSqlite_data();
    void emptyUrlIsSqlite();
    void unsupportedSchemesAreInvalidInput_data();
    void unsupportedSchemesAreInvalidInput();
    void postgresSchemes_data();
    void postgresSchemes();
    void unreachableServerIsAnInternalErrorWithoutPassword();

private:
    Test::PostgresServer m_postgres;
    int m_databases = 0;
};

void tst_StorageFactory::emptyUrlIsSqlite_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  ");
}

void tst_StorageFactory::emptyUrlIsSqlite()
{
    QFETCH(QString, url);
    QTemporaryDir dir;
    auto storage = openStorage(url, dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(storage);
    QCOMPARE((*storage)->kind(), QStringLiteral("sqlite"));
    QVERIFY((*storage)->ping());
}

void tst_StorageFactory::unsupportedSchemesAreInvalidInput_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("mysql") << QStringLiteral("mysql://root:pw@db/marquee") << QStringLiteral("mysql");
    QTest::newRow("sqlite") << QStringLiteral("sqlite:///var/cache.db") << QStringLiteral("sqlite");
    QTest::newRow("no scheme") << QStringLiteral("/var/cache.db") << QString();
}

void tst_StorageFactory::unsupportedSchemesAreInvalidInput()
{
    QFETCH(QString, url);
    QFETCH(QString, scheme);
    auto storage = openStorage(url, QStringLiteral("/nonexistent/cache.db"));
    QVERIFY(!storage);
    QCOMPARE(storage.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(storage.error().message,
             QStringLiteral("DATABASE_URL: unsupported scheme \"%1\" (use postgres:// or postgresql://, or leave it"
                            " empty for SQLite)").arg(scheme));
}

void tst_StorageFactory::postgresSchemes_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_StorageFactory::postgresSchemes()
{
    QFETCH(QString, scheme);
    if (!m_postgres.isRunning())
        MARQUEE_START_POSTGRES(m_postgres);
    QString url = m_postgres.createDatabase(QStringLiteral("factory_%1").arg(++m_databases));
    QVERIFY2(!url.isEmpty(), qPrintable(m_postgres.errorString()));
    url.replace(QLatin1String("postgresql://"), scheme + QStringLiteral("://"));

    auto storage = openStorage(url, QStringLiteral("/nonexistent/cache.db"), {2, 4, std::chrono::milliseconds(10000)});
    QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
    QCOMPARE((*storage)->kind(), QStringLiteral("postgres"));
    auto &postgres = static_cast<PostgresStorage &>(**storage);
    QCOMPARE(postgres.pool().openConnections(), 2);   // DB_POOL_MIN_SIZE opened up front
    QCOMPARE(postgres.pool().options().maxSize, 4);
    QCOMPARE(*postgres.appliedMigrations(), (QList<int>{1, 2, 3}));  // migrated before it is returned
}

void tst_StorageFactory::unreachableServerIsAnInternalErrorWithoutPassword()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();  // nothing listens there now
    auto storage = openStorage(QStringLiteral("postgresql://marquee:t0p-secret@127.0.0.1:%1/marquee").arg(port),
                               QStringLiteral("/nonexistent/cache.db"));
    QVERIFY(!storage);
    QCOMPARE(storage.error().kind, ErrorKind::Internal);
    const QString message = storage.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("DATABASE_URL: cannot open the database: PostgreSQL"
                                               " (postgresql://marquee@127.0.0.1:%1/marquee): ").arg(port)),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("t0p-secret")), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_StorageFactory)
#include "tst_storagefactory.moc"
