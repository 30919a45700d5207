// `marqueed migrate-storage` end to end: an SQLite cache filled through SqliteStorage is copied by the
// real binary into a throw-away PostgreSQL and read back through PostgresStorage.
#include <QHostAddress>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/postgresstorage.h"
#include "core/storage/sqlitestorage.h"
#include "tests/support/postgresserver.h"

using namespace Marquee;
using namespace Marquee::Storage;

namespace {

constexpr int RunTimeoutMs = 120000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_MigrateStorageCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpSaysBlobsStay();
    void badCommandLinesExitTwo_data();
    void badCommandLinesExitTwo();
    void unreachableTargetExitsOneWithoutPassword();
    void copiesEveryTableAndIsIdempotent();

private:
    Run run(const QStringList &arguments) const;
    QString fillSqlite(int ratings) const;

    QTemporaryDir m_dir;
    QString m_binary = QStringLiteral(MARQUEED_PATH);
    Test::PostgresServer m_postgres;
};

void tst_MigrateStorageCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

Run tst_MigrateStorageCommand::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(m_binary, QStringList{QStringLiteral("migrate-storage")} + arguments);
    Run result;
    if (!process.waitForFinished(RunTimeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// An SQLite cache with rows in every table; returns its path.
QString tst_MigrateStorageCommand::fillSqlite(int ratings) const
{
    const QString path = m_dir.filePath(QStringLiteral("cache.db"));
    SqliteStorage sqlite(path);
    for (int i = 0; i < ratings; ++i) {
        RatingRow row;
        row.canonicalId = QStringLiteral("tt%1").arg(i, 7, 10, QLatin1Char('0'));
        row.ratings = QJsonObject{{QStringLiteral("keywords"), QJsonArray{QStringLiteral("cult-classic")}},
                                  {QStringLiteral("n"), i}};
        row.genre = QStringLiteral("Drama");
        row.ageRating = i % 2 ? std::optional<int>(12) : std::nullopt;
        row.cachedAt = 1700000000 + i;
        row.ratingMinVotes = 10;
        if (!sqlite.putRating(row))
            return {};
    }
    const QJsonObject metadata{{QStringLiteral("title"), QStringLiteral("Amélie")}, {QStringLiteral("year"), 2001}};
    const bool ok = sqlite.putMetadata({QStringLiteral("movie_194_fr"), metadata, 5})
                    && sqlite.putTmdbId(QStringLiteral("tt0211915"), MediaType::Movie, 194)
                    && sqlite.putTmdbId(QStringLiteral("tt0211915"), MediaType::Tv, 9194)
                    && sqlite.putComposite({QStringLiteral("tt0211915:194:movie:0123456789abcdef"), 10, 20,
                                            QStringLiteral("tt0211915:194:movie:0123456789abcdef~v1"),
                                            QStringLiteral("type=movie")})
                    && sqlite.putUserPreset({QStringLiteral("mine"), QStringLiteral("bar=off"), 30})
                    && sqlite.putKeyedValue({QStringLiteral("quality"), QStringLiteral("tt0211915"),
                                             QJsonObject{{QStringLiteral("tokens"), QStringLiteral("4K")}}, 40, 50});
    return ok ? path : QString();
}

void tst_MigrateStorageCommand::helpSaysBlobsStay()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("marqueed migrate-storage [options]")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QLatin1String("--from <file>")) && help.out.contains(QLatin1String("--to <url>")),
             qPrintable(help.out));
    QVERIFY2(help.out.contains(QLatin1String("(blobs) are not copied")), qPrintable(help.out));
}

void tst_MigrateStorageCommand::badCommandLinesExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    QTest::newRow("no options") << QStringList{}
                                << QStringLiteral("Give both --from <cache.db> and --to <postgres url>; see marqueed"
                                                  " migrate-storage --help");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--from"), missing, QStringLiteral("--to"),
                                                 QStringLiteral("postgres://db/x")}
                                  << QStringLiteral("--from: no SQLite database at ") + missing;
    QTest::newRow("not postgres") << QStringList{QStringLiteral("--from"), QStringLiteral(MARQUEED_PATH),
                                                 QStringLiteral("--to"), QStringLiteral("mysql://db/x")}
                                  << QStringLiteral("--to: not a postgres:// or postgresql:// URL");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")} << QStringLiteral("Unknown option 'fast'.");
}

void tst_MigrateStorageCommand::badCommandLinesExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.trimmed().split(QLatin1Char('\n')).last(), message);
}

void tst_MigrateStorageCommand::unreachableTargetExitsOneWithoutPassword()
{
    const QString from = fillSqlite(1);
    QVERIFY(!from.isEmpty());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run result = run({QStringLiteral("--from"), from, QStringLiteral("--to"),
                            QStringLiteral("postgresql://m:very-secret@127.0.0.1:%1/m").arg(port)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("DATABASE_URL: cannot open the database: PostgreSQL"
                                                " (postgresql://m@127.0.0.1:%1/m): ").arg(port)),
             qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("very-secret")), qPrintable(result.err));
}

void tst_MigrateStorageCommand::copiesEveryTableAndIsIdempotent()
{
    MARQUEE_START_POSTGRES(m_postgres);
    const QString to = m_postgres.createDatabase(QStringLiteral("migrated"));
    QVERIFY2(!to.isEmpty(), qPrintable(m_postgres.errorString()));
    constexpr int ratings = 1234;  // several 500-row pages
    const QString from = fillSqlite(ratings);
    QVERIFY(!from.isEmpty());

    for (int pass = 0; pass < 2; ++pass) {   // the second run overwrites the same rows
        const Run result = run({QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("migrate-storage: rating_cache 500/1234\n")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("migrate-storage: rating_cache 1234/1234\n")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("migrate-storage: keyed_cache 1/1\n")), qPrintable(result.err));
        QCOMPARE(result.out.trimmed(),
                 QStringLiteral("copied 1240 rows to %1 (rating_cache 1234, tmdb_metadata_cache 1, imdb_to_tmdb_cache 2,"
                                " final_poster_cache 1, user_presets 1, keyed_cache 1)").arg(to));
    }

    PostgresStorage postgres(to, {});
    const auto counts = postgres.tableCounts();
    QVERIFY(counts);
    QCOMPARE(counts->value(QStringLiteral("rating_cache")), qint64(ratings));
    QCOMPARE(counts->value(QStringLiteral("imdb_to_tmdb_cache")), qint64(2));

    SqliteStorage sqlite(from);
    for (const int i : {0, 1, 777, ratings - 1}) {
        const QString id = QStringLiteral("tt%1").arg(i, 7, 10, QLatin1Char('0'));
        const auto a = sqlite.rating(id);
        const auto b = postgres.rating(id);
        QVERIFY(a && a->has_value() && b && b->has_value());
        QCOMPARE((*b)->ratings, (*a)->ratings);
        QCOMPARE((*b)->ageRating, (*a)->ageRating);
        QCOMPARE((*b)->cachedAt, (*a)->cachedAt);
        QCOMPARE((*b)->genre, (*a)->genre);
    }
    QCOMPARE((*postgres.metadata(QStringLiteral("movie_194_fr")))->metadata,
             (*sqlite.metadata(QStringLiteral("movie_194_fr")))->metadata);
    QCOMPARE(**postgres.tmdbIdFor(QStringLiteral("tt0211915"), MediaType::Tv), qint64(9194));
    const auto composite = postgres.composite(QStringLiteral("tt0211915:194:movie:0123456789abcdef"));
    QVERIFY(composite && composite->has_value());
    QCOMPARE((*composite)->blobKey, QStringLiteral("tt0211915:194:movie:0123456789abcdef~v1"));
    QCOMPARE((*composite)->expiresAt, qint64(20));
    QCOMPARE((*composite)->requestParams, QStringLiteral("type=movie"));
    QCOMPARE((*postgres.userPreset(QStringLiteral("mine")))->query, QStringLiteral("bar=off"));
    const auto keyed = postgres.keyedValue(QStringLiteral("quality"), QStringLiteral("tt0211915"), 45);
    QVERIFY(keyed && keyed->has_value());
    QCOMPARE((*keyed)->expiresAt, qint64(50));
}

QTEST_GUILESS_MAIN(tst_MigrateStorageCommand)
#include "tst_migratestoragecommand.moc"
