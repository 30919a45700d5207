// PostgreSQL specifics: migrations under the advisory lock, the connection pool, broken connections,
// error messages and the denormalised columns. Shared behaviour is in tst_storagecontract.
#include <atomic>
#include <thread>
#include <vector>

#include <QHostAddress>
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include "core/storage/postgresconnectionpool.h"
#include "core/storage/postgresmigrations.h"
#include "core/storage/postgresstorage.h"
#include "tests/support/postgresserver.h"

using namespace Marquee;
using namespace Marquee::Storage;

namespace {

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();  // nothing listens once probe is gone
}

// A direct libpqxx session for looking behind the storage's back.
pqxx::result query(const QString &url, const std::string &sql)
{
    pqxx::connection connection(url.toStdString());
    pqxx::nontransaction tx(connection);
    return tx.exec(sql);
}

} // namespace

class tst_PostgresStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void kindAndRedactedUrl();
    void migrationsAreRecordedAndRerunIsANoOp();
    void replicasMigratingTogetherApplyEachStepOnce();
    void migrationWaitsForTheAdvisoryLock();
    void denormalisedColumns();
    void prefillOpensMinSizeConnections();
    void poolStaysWithinMaxSize();
    void poolExhaustionIsAnInternalError();
    void brokenConnectionsAreReplaced();
    void missingDatabaseMessageHasNoPassword();
    void unreachableServerMessageHasNoPassword();
    void serverRestartIsSurvived();

private:
    QString database() const { return QStringLiteral("pg_%1").arg(m_databases); }

    Test::PostgresServer m_server;
    QString m_url;   // a fresh database per test
    int m_databases = 0;
};

void tst_PostgresStorage::initTestCase()
{
    MARQUEE_START_POSTGRES(m_server);
}

void tst_PostgresStorage::init()
{
    ++m_databases;
    m_url = m_server.createDatabase(database());
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server.errorString()));
}

void tst_PostgresStorage::kindAndRedactedUrl()
{
    const QString withPassword = m_url;
    PostgresStorage storage(QString(withPassword).replace(QLatin1String("postgres@"), QLatin1String("postgres:pw-123@")),
                            {});
    QCOMPARE(storage.kind(), QStringLiteral("postgres"));
    QVERIFY(storage.ping());  // trust authentication ignores the password
    QCOMPARE(storage.redactedUrl(), m_url);
}

void tst_PostgresStorage::migrationsAreRecordedAndRerunIsANoOp()
{
    const QList<int> all{1, 2, 3};
    QCOMPARE(PostgresMigrations::steps().size(), all.size());
    {
        PostgresStorage storage(m_url, {});
        QCOMPARE(*storage.appliedMigrations(), all);
        QVERIFY(storage.putTmdbId(QStringLiteral("tt1"), MediaType::Movie, 11));
    }
    QVERIFY(m_server.execute(QStringLiteral("UPDATE schema_migrations SET applied_at = 42"), database()));

    // A second storage and an explicit re-apply change nothing: same rows, same timestamps, same data.
    PostgresStorage again(m_url, {});
    QCOMPARE(*again.appliedMigrations(), all);
    pqxx::connection connection(m_url.toStdString());
    PostgresMigrations::apply(connection);
    QCOMPARE(PostgresMigrations::applied(connection), all);
    const pqxx::result stamps = query(m_url, "SELECT COUNT(*), MIN(applied_at), MAX(applied_at) FROM schema_migrations");
    QCOMPARE(stamps[0][0].as<int>(), 3);
    QCOMPARE(stamps[0][1].as<long long>(), 42LL);
    QCOMPARE(stamps[0][2].as<long long>(), 42LL);
    QCOMPARE(**again.tmdbIdFor(QStringLiteral("tt1"), MediaType::Movie), qint64(11));
}

void tst_PostgresStorage::replicasMigratingTogetherApplyEachStepOnce()
{
    constexpr int replicas = 6;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < replicas; ++i) {
        threads.emplace_back([&] {
            PostgresStorage storage(m_url, {});   // each its own pool, as separate processes would be
            if (!storage.ping() || !storage.putUserPreset({QStringLiteral("p"), QStringLiteral("bar=off"), 1}))
                ++failures;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    const pqxx::result rows = query(m_url, "SELECT version FROM schema_migrations ORDER BY version");
    QCOMPARE(int(rows.size()), 3);
}

void tst_PostgresStorage::migrationWaitsForTheAdvisoryLock()
{
    // Another "replica" holds the migration lock in an open transaction.
    pqxx::connection holder(m_url.toStdString());
    auto tx = std::make_unique<pqxx::work>(holder);
    tx->exec("SELECT pg_advisory_xact_lock(" + std::to_string(PostgresMigrations::AdvisoryLockKey) + ")");

    std::atomic<bool> done{false};
    std::atomic<bool> ok{false};
    std::thread starter([&] {
        PostgresStorage storage(m_url, {});
        ok = storage.ping().has_value();
        done = true;
    });
    QTest::qWait(500);
    const bool finishedWhileLocked = done.load();
    const bool schemaWhileLocked = query(m_url, "SELECT to_regclass('schema_migrations') IS NOT NULL")[0][0].as<bool>();
    tx->commit();  // releases the transaction-scoped lock
    starter.join();
    QVERIFY(!finishedWhileLocked);
    QVERIFY(!schemaWhileLocked);
    QVERIFY(ok.load());
    QCOMPARE(int(query(m_url, "SELECT 1 FROM schema_migrations").size()), 3);
}

void tst_PostgresStorage::denormalisedColumns()
{
    PostgresStorage storage(m_url, {});
    RatingRow rating;
    rating.canonicalId = QStringLiteral("tt42");
    rating.ratings = QJsonObject{{QStringLiteral("keywords"),
                                  QJsonArray{QStringLiteral("cult-film"), QStringLiteral("best-picture-winner"),
                                             QStringLiteral("festival-venice-winner")}}};
    rating.cachedAt = 7;
    QVERIFY(storage.putRating(rating));
    const pqxx::result r = query(m_url, "SELECT is_cult, is_true_story, award_wins, award_noms, festival_keyword,"
                                        " age_rating, genre FROM rating_cache WHERE imdb_id = 'tt42'");
    QCOMPARE(r[0][0].as<int>(), 1);
    QCOMPARE(r[0][1].as<int>(), 0);
    QCOMPARE(r[0][2].as<std::string>(), std::string("Oscar"));
    QVERIFY(r[0][3].is_null());
    QCOMPARE(r[0][4].as<std::string>(), std::string("festival-venice-winner"));
    QVERIFY(r[0][5].is_null());
    QVERIFY(r[0][6].is_null());  // empty text is stored as NULL, as in SQLite

    const QJsonObject metadata{{QStringLiteral("title"), QStringLiteral("Heat")}, {QStringLiteral("year"), 1995},
                               {QStringLiteral("genreIds"), QJsonArray{28, 80}}, {QStringLiteral("voteAverage"), 8.25},
                               {QStringLiteral("runtime"), 170}};
    QVERIFY(storage.putMetadata({QStringLiteral("movie_949_en"), metadata, 9}));
    const pqxx::result m = query(m_url, "SELECT title, release_year, genre_ids, vote_average, runtime,"
                                        " number_of_seasons, metadata_version, logos_json FROM tmdb_metadata_cache");
    QCOMPARE(m[0][0].as<std::string>(), std::string("Heat"));
    QCOMPARE(m[0][1].as<int>(), 1995);
    QCOMPARE(m[0][2].as<std::string>(), std::string("28|80"));
    QCOMPARE(m[0][3].as<double>(), 8.25);
    QCOMPARE(m[0][4].as<int>(), 170);
    QVERIFY(m[0][5].is_null());
    QCOMPARE(m[0][6].as<int>(), PostgresStorage::MetadataVersion);
    QCOMPARE(m[0][7].as<std::string>(), std::string("[]"));

    // Rows of another layout version read as absent.
    QVERIFY(m_server.execute(QStringLiteral("UPDATE tmdb_metadata_cache SET metadata_version = 0"),
                             database()));
    QVERIFY(!storage.metadata(QStringLiteral("movie_949_en"))->has_value());
}

void tst_PostgresStorage::prefillOpensMinSizeConnections()
{
    PostgresStorage storage(m_url, {3, 5, std::chrono::milliseconds(10000)});
    QCOMPARE(storage.pool().openConnections(), 0);  // lazy until opened
    QVERIFY(storage.open());
    QCOMPARE(storage.pool().openConnections(), 3);
    QCOMPARE(storage.pool().idleConnections(), 3);
}

void tst_PostgresStorage::poolStaysWithinMaxSize()
{
    PostgresStorage storage(m_url, {1, 3, std::chrono::milliseconds(10000)});
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) {
                if (!storage.putKeyedValue({QStringLiteral("n"), QStringLiteral("%1-%2").arg(t).arg(i), {}, 1, 0}))
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QVERIFY(storage.pool().openConnections() <= 3);
    QCOMPARE(storage.tableCounts()->value(QStringLiteral("keyed_cache")), qint64(200));
    const pqxx::result sessions = query(m_url, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                               " AND pid <> pg_backend_pid()");
    QVERIFY(sessions[0][0].as<int>() <= 3);
}

void tst_PostgresStorage::poolExhaustionIsAnInternalError()
{
    PostgresStorage storage(m_url, {1, 1, std::chrono::milliseconds(300)});
    QVERIFY(storage.ping());
    {
        auto held = storage.pool().acquire();
        QVERIFY(held);
        auto pinged = storage.ping();
        QVERIFY(!pinged);
        QCOMPARE(pinged.error().kind, ErrorKind::Internal);
        QCOMPARE(pinged.error().message,
                 QStringLiteral("PostgreSQL (%1): no database connection became free within 300 ms (DB_POOL_MAX_SIZE 1)")
                     .arg(m_url));
        auto read = storage.rating(QStringLiteral("tt1"));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::Internal);
    }
    QVERIFY(storage.ping());  // the lease went back
    QCOMPARE(storage.pool().openConnections(), 1);
}

void tst_PostgresStorage::brokenConnectionsAreReplaced()
{
    PostgresStorage storage(m_url, {2, 2, std::chrono::milliseconds(10000)});
    QVERIFY(storage.open());
    QCOMPARE(storage.pool().openConnections(), 2);
    // An administrator (or a failover) kills every session of the storage.
    QVERIFY(m_server.execute(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                            " WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                 .arg(database())));
    for (int i = 0; i < 4; ++i) {
        const auto put = storage.putTmdbId(QStringLiteral("tt%1").arg(i), MediaType::Movie, i);
        QVERIFY2(put, qPrintable(put ? QString() : put.error().message));
    }
    QCOMPARE(storage.tableCounts()->value(QStringLiteral("imdb_to_tmdb_cache")), qint64(4));
}

void tst_PostgresStorage::missingDatabaseMessageHasNoPassword()
{
    const QString url = QStringLiteral("postgresql://postgres:hunter2-secret@127.0.0.1:%1/no_such_db").arg(m_server.port());
    PostgresStorage storage(url, {});
    auto pinged = storage.ping();
    QVERIFY(!pinged);
    QCOMPARE(pinged.error().kind, ErrorKind::Internal);
    const QString message = pinged.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("PostgreSQL (postgresql://postgres@127.0.0.1:%1/no_such_db"
                                               "?connect_timeout=10): ").arg(m_server.port()))
                 || message.startsWith(QStringLiteral("PostgreSQL (postgresql://postgres@127.0.0.1:%1/no_such_db): ")
                                           .arg(m_server.port())),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("no_such_db\" does not exist")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("hunter2")), qPrintable(message));
}

void tst_PostgresStorage::unreachableServerMessageHasNoPassword()
{
    const quint16 port = closedPort();
    PostgresStorage storage(QStringLiteral("postgres://marquee:s3cr3t-pw@127.0.0.1:%1/marquee?password=other-pw").arg(port),
                            {});
    auto pinged = storage.ping();
    QVERIFY(!pinged);
    QCOMPARE(pinged.error().kind, ErrorKind::Internal);
    const QString message = pinged.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("PostgreSQL (postgres://marquee@127.0.0.1:%1/marquee?password=***): ")
                                    .arg(port)),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("s3cr3t")) && !message.contains(QLatin1String("other-pw")),
             qPrintable(message));
    QCOMPARE(storage.pool().openConnections(), 0);
}

void tst_PostgresStorage::serverRestartIsSurvived()
{
    PostgresStorage storage(m_url, {1, 2, std::chrono::milliseconds(2000)});
    QVERIFY(storage.putRating({QStringLiteral("tt1"), {}, {}, {}, {}, 1, 0}));
    m_server.stop();
    auto down = storage.rating(QStringLiteral("tt1"));
    QVERIFY(!down);
    QCOMPARE(down.error().kind, ErrorKind::Internal);
    QVERIFY2(down.error().message.startsWith(QStringLiteral("PostgreSQL (%1): ").arg(m_url)), qPrintable(down.error().message));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    auto up = storage.rating(QStringLiteral("tt1"));
    QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
    QVERIFY(up->has_value());
}

QTEST_GUILESS_MAIN(tst_PostgresStorage)
#include "tst_postgresstorage.moc"
