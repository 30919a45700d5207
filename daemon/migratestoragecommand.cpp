#include "daemon/migratestoragecommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFileInfo>

#include "core/storage/postgresurl.h"
#include "core/storage/storagecopy.h"
#include "core/storage/storagefactory.h"

namespace Marquee {

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitBadInput = 2;

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

struct Options
{
    QCommandLineOption from{QStringLiteral("from"),
                            MigrateStorageCommand::tr("The SQLite cache database to read (e.g. <cache dir>/cache.db)."),
                            MigrateStorageCommand::tr("file")};
    QCommandLineOption to{QStringLiteral("to"),
                          MigrateStorageCommand::tr("The PostgreSQL database to fill (postgres:// or postgresql:// URL)."),
                          MigrateStorageCommand::tr("url")};
};

// Checks the two options; the message says what to fix.
QString usageProblem(const QCommandLineParser &parser, const Options &options)
{
    if (!parser.isSet(options.from) || !parser.isSet(options.to))
        return MigrateStorageCommand::tr("Give both --from <cache.db> and --to <postgres url>; see marqueed migrate-storage --help");
    if (!parser.positionalArguments().isEmpty())
        return MigrateStorageCommand::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
    if (!QFileInfo(parser.value(options.from)).isFile())
        return MigrateStorageCommand::tr("--from: no SQLite database at %1").arg(parser.value(options.from));
    if (!Storage::PostgresUrl::isPostgres(parser.value(options.to)))
        return MigrateStorageCommand::tr("--to: not a postgres:// or postgresql:// URL");
    return {};
}

void printProgress(const Storage::StorageCopy::Progress &progress)
{
    printLine(stderr, MigrateStorageCommand::tr("migrate-storage: %1 %2/%3")
                          .arg(progress.table)
                          .arg(progress.copied)
                          .arg(progress.total));
}

} // namespace

int MigrateStorageCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies an SQLite cache database into PostgreSQL: ratings, metadata, the IMDb→TMDB map, composite rows, "
           "user presets and the keyed cache. Existing rows are overwritten (upserts), so running it again is "
           "harmless. Poster images (blobs) are not copied: they stay in the object store or cache folder the "
           "composite rows point at, so the new replicas must use the same OBJECT_STORE_URL (or a copy of it)."));
    const QCommandLineOption help = parser.addHelpOption();
    const Options options;
    parser.addOptions({options.from, options.to});

    // Drop the "migrate-storage" word so the parser sees the program name, then the options.
    const QStringList own = arguments.mid(0, 1) + arguments.mid(2);
    if (!parser.parse(own)) {
        printLine(stderr, parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        const QString program = QFileInfo(arguments.value(0)).fileName();
        printLine(stdout, parser.helpText().replace(program + QLatin1String(" [options]"),
                                                    program + QLatin1String(" migrate-storage [options]")));
        return 0;
    }
    if (const QString problem = usageProblem(parser, options); !problem.isEmpty()) {
        printLine(stderr, problem);
        return ExitBadInput;
    }

    // One connection is all a sequential copy needs.
    auto target = Storage::openStorage(parser.value(options.to), QString(), {1, 1, std::chrono::milliseconds(10000)});
    if (!target) {
        printLine(stderr, target.error().message);
        return target.error().kind == ErrorKind::InvalidInput ? ExitBadInput : ExitFailure;
    }
    const auto copied = Storage::StorageCopy::fromSqlite(parser.value(options.from), **target, printProgress);
    if (!copied) {
        printLine(stderr, copied.error().message);
        return copied.error().kind == ErrorKind::InvalidInput ? ExitBadInput : ExitFailure;
    }
    qint64 total = 0;
    QStringList parts;
    for (const QString &table : Storage::StorageCopy::tables()) {
        total += copied->value(table);
        parts.append(QStringLiteral("%1 %2").arg(table).arg(copied->value(table)));
    }
    printLine(stdout, tr("copied %1 rows to %2 (%3)")
                          .arg(total)
                          .arg(Storage::PostgresUrl::redacted(parser.value(options.to)), parts.join(QStringLiteral(", "))));
    return 0;
}

} // namespace Marquee
