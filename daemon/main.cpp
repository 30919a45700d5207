// marqueed: composition only. Settings come from defaults ← --config INI ← environment ← command line;
// everything else is built by Marquee::Daemon.
#include <cstdio>
#include <memory>

#include <malloc.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QGuiApplication>
#include <QProcessEnvironment>

#include "core/config/serversettings.h"
#include "core/util/catalogcandidates.h"
#include "daemon/daemon.h"
#include "daemon/migratestoragecommand.h"
#include "daemon/rendercommand.h"
#include "daemon/signalwatcher.h"
#include "daemon/tray/trayapplication.h"

namespace {

// The translation context of the command-line texts.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(marqueed)
};

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

struct Options
{
    QCommandLineOption host{QStringLiteral("host"), Cli::tr("Address to listen on (default 127.0.0.1; MARQUEE_HOST)."),
                            Cli::tr("address")};
    QCommandLineOption port{QStringLiteral("port"), Cli::tr("Port to listen on, 0 for any free port (default 8000; PORT)."),
                            Cli::tr("port")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"), Cli::tr("Data directory (MARQUEE_DATA_DIR)."), Cli::tr("dir")};
    QCommandLineOption cacheDir{QStringLiteral("cache-dir"), Cli::tr("Cache directory (MARQUEE_CACHE_DIR)."), Cli::tr("dir")};
    QCommandLineOption config{QStringLiteral("config"),
                              Cli::tr("INI file with settings; environment variables override it."), Cli::tr("file")};
    QCommandLineOption listSettings{QStringLiteral("list-settings"),
                                    Cli::tr("Print every setting with its default and meaning, then exit.")};
    QCommandLineOption tray{QStringLiteral("tray"),
                            Cli::tr("Show a system-tray icon (status, open configurator, copy URL, pause, quit); "
                                    "runs headless with a message when there is no tray.")};
};

// Command-line values win over the environment and the INI file.
bool applyOverrides(const QCommandLineParser &parser, const Options &options,
                    Marquee::Config::ServerSettings &settings)
{
    if (parser.isSet(options.host))
        settings.host = parser.value(options.host);
    if (parser.isSet(options.port)) {
        bool ok = false;
        const uint port = parser.value(options.port).toUInt(&ok);
        if (!ok || port > 65535) {
            printLine(stderr, Cli::tr("--port: '%1' is not a port number (0–65535)").arg(parser.value(options.port)));
            return false;
        }
        settings.port = static_cast<quint16>(port);
    }
    if (parser.isSet(options.dataDir))
        settings.dataDir = parser.value(options.dataDir);
    if (parser.isSet(options.cacheDir))
        settings.cacheDir = parser.value(options.cacheDir);
    return true;
}

QString urlHost(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

// glibc's malloc defaults suit short programs; a server answering tens of thousands of hits a second
// from several threads needs two changes (each left alone when the operator set it in the environment).
void tuneAllocator()
{
#ifdef __GLIBC__
    // A cache hit copies a ~50 KB poster into the socket's buffer and frees it again; with the default
    // 128 KB trim threshold the top of the heap went back to the kernel and was requested again
    // (brk) thousands of times a second.
    if (!qEnvironmentVariableIsSet("MALLOC_TRIM_THRESHOLD_"))
        mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024);
    // One arena per thread (8 per core at most) multiplies the resident set of the render pool's
    // threads; renders spend their time in pixel loops, not in malloc, so a few arenas suffice.
    if (!qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 4);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    tuneAllocator();
    // QFontDatabase needs a QGuiApplication; without a display it must be the offscreen platform.
    // Only --tray gets a QApplication on the real platform (the tray library owns the Widgets part).
    const bool trayMode = Marquee::Tray::TrayApplication::wantsTray(argc, argv);
    if (!trayMode && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QGuiApplication> application = trayMode
        ? Marquee::Tray::TrayApplication::create(argc, argv)
        : std::make_unique<QGuiApplication>(argc, argv);
    QGuiApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("marqueed"));
    QCoreApplication::setApplicationVersion(Marquee::Daemon::version());
    // Messages follow the system language (LANG); the catalogs are compiled in under :/i18n.
    QTranslator translator;
    for (const QString &candidate : Marquee::catalogCandidates(QLocale())) {
        if (translator.load(QStringLiteral("marquee_") + candidate, QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(&translator);
            break;
        }
    }
    // `marqueed render …` writes a poster (or the contact sheet) to a file instead of serving.
    if (argc > 1 && qstrcmp(argv[1], "render") == 0)
        return Marquee::RenderCommand::run(QCoreApplication::arguments());
    // `marqueed migrate-storage …` copies an SQLite cache into PostgreSQL.
    if (argc > 1 && qstrcmp(argv[1], "migrate-storage") == 0)
        return Marquee::MigrateStorageCommand::run(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Marquee poster daemon: renders rated posters and serves them over HTTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions({options.host, options.port, options.dataDir, options.cacheDir, options.config,
                       options.listSettings, options.tray});
    parser.process(app);
    if (parser.isSet(options.listSettings)) {
        printLine(stdout, Marquee::Config::ServerSettings::documentationTable());
        return 0;
    }

    auto settings = Marquee::Config::ServerSettings::load(QProcessEnvironment::systemEnvironment(),
                                                          parser.value(options.config));
    if (!settings) {
        printLine(stderr, settings.error().message);
        return 2;
    }
    if (!applyOverrides(parser, options, *settings))
        return 2;

    auto daemon = Marquee::Daemon::create(*settings);
    if (!daemon) {
        printLine(stderr, daemon.error().message);
        return daemon.error().kind == Marquee::ErrorKind::InvalidInput ? 2 : 1;
    }
    const Marquee::Result<quint16> port = (*daemon)->listen();
    if (!port) {
        printLine(stderr, port.error().message);
        return 1;
    }
    printLine(stdout, Cli::tr("marqueed %1 listening on http://%2:%3")
                          .arg(Marquee::Daemon::version(), urlHost(settings->host))
                          .arg(*port));

    // Pause in the tray = render routes answer 503 with a reason (the port stays bound; see ServingSwitch).
    std::unique_ptr<QObject> tray;
    if (parser.isSet(options.tray))
        tray = Marquee::Tray::TrayApplication::start(**daemon);

    Marquee::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Marquee::SignalWatcher::terminationRequested, &app, [] {
        QCoreApplication::quit();
    });
    const int status = app.exec();
    tray.reset();
    (*daemon)->shutdown();  // stop accepting, drain renders in flight
    return status;
}
