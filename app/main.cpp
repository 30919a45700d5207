// marquee: the desktop configurator. Composition only: core services, settings, translations, window.
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include "app/applanguage.h"
#include "app/appservices.h"
#include "app/appsettings.h"
#include "app/mainwindow/mainwindow.h"
#include "app/params/paramform.h"
#include "app/preview/previewcontroller.h"
#include "app/search/searchresults.h"
#include "app/search/titlesearch.h"
#include "core/presets/presetcatalog.h"
#include "core/sources/locallibrary.h"

namespace {

// The translation context of the command-line texts.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(marquee)
};

constexpr int ScreenshotWaitMs = 30000;

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// Waits (with the event loop running) until both visible previews show their newest request.
bool waitForPreviews(Marquee::App::MainWindow &window)
{
    using Side = Marquee::App::MainWindow::Side;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ScreenshotWaitMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        bool settled = true;
        for (Side side : {Side::A, Side::B}) {
            const auto *controller = window.controller(side);
            if (side == Side::B && !window.comparing())
                continue;
            settled = settled && controller->requested() > 0 && controller->idle()
                      && controller->shown() == controller->requested();
        }
        if (settled)
            return true;
    }
    return false;
}

int screenshot(Marquee::App::MainWindow &window, const QString &file)
{
    window.show();
    const bool previewsDone = waitForPreviews(window);
    if (!previewsDone)
        printLine(stderr, Cli::tr("The preview did not finish in time; the screenshot may be incomplete."));
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!window.grab().save(file)) {
        printLine(stderr, Cli::tr("Cannot write the screenshot %1").arg(file));
        return 1;
    }
    printLine(stdout, Cli::tr("wrote %1").arg(file));
    return previewsDone ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationName(QStringLiteral("marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Marquee"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Marquee configurator: design rated posters and copy their URLs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  Cli::tr("Write a PNG of the main window (fresh settings) and exit."), Cli::tr("file"));
    const QCommandLineOption title(QStringLiteral("title"), Cli::tr("Preview this title (tt… id) at start."), Cli::tr("id"));
    const QCommandLineOption compare(QStringLiteral("compare-preset"),
                                     Cli::tr("Show configuration B from this built-in preset beside A."), Cli::tr("preset"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"), Cli::tr("Keep the app's state in this INI file."),
                                          Cli::tr("file"));
    const QCommandLineOption tab(QStringLiteral("tab"), Cli::tr("Open this parameter tab (1–6) at start."), Cli::tr("number"));
    parser.addOptions({shot, title, compare, settingsFile, tab});
    parser.process(app);

    // A screenshot starts from defaults and leaves the user's settings alone.
    QTemporaryDir scratch;
    const bool screenshotMode = parser.isSet(shot);
    const QString iniPath = screenshotMode ? scratch.filePath(QStringLiteral("marquee.ini")) : parser.value(settingsFile);
    Marquee::App::AppSettings settings(iniPath);
    Marquee::App::AppLanguage language;
    language.apply(settings.value(Marquee::App::AppSettings::language()).toString());

    Marquee::App::AppServices services;
    for (const QString &warning : services.library().warnings())
        printLine(stderr, warning);

    std::unique_ptr<Marquee::App::MainWindow> window;
    // A language change rebuilds the window: every text is created in the new language, and the state
    // travels through the settings.
    std::function<void()> build = [&] {
        window = std::make_unique<Marquee::App::MainWindow>(services, settings, language);
        window->restoreFromSettings();
        QObject::connect(window.get(), &Marquee::App::MainWindow::languageChangeRequested, &app,
                         [&](const QString &code) {
                             window->saveToSettings();
                             language.apply(code);
                             settings.setValue(Marquee::App::AppSettings::language(), code);
                             QTimer::singleShot(0, &app, [&] {
                                 window.reset();
                                 build();
                                 window->show();
                             });
                         });
    };
    build();

    if (parser.isSet(title)) {
        const QString id = parser.value(title);
        const QList<Marquee::App::SearchHit> hits = Marquee::App::SearchResults::fromLibrary(services.library(), id);
        Marquee::TitleId titleId;
        titleId.imdbId = id;
        window->search()->select(hits.isEmpty() ? titleId : hits.constFirst().id,
                                 hits.isEmpty() ? id : hits.constFirst().label());
    }
    if (parser.isSet(compare)) {
        const Marquee::Presets::Preset *preset = Marquee::Presets::PresetCatalog::find(parser.value(compare));
        if (!preset) {
            printLine(stderr, Cli::tr("Unknown preset '%1'").arg(parser.value(compare)));
            return 2;
        }
        window->setCompare(true);
        window->setConfig(Marquee::App::MainWindow::Side::B, preset->config());
    }
    if (parser.isSet(tab))
        window->form()->setCurrentIndex(parser.value(tab).toInt() - 1);
    if (screenshotMode)
        return screenshot(*window, parser.value(shot));

    window->show();
    const int status = QApplication::exec();
    window.reset();
    return status;
}
