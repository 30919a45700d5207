// The configurator driven as a user would: a control change re-renders the preview and rewrites the
// URLs, an imported URL sets the controls, A/B keep separate configurations, state survives a restart,
// and every registry parameter has a working control.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "app/applanguage.h"
#include "app/appservices.h"
#include "app/appsettings.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/urlpanel.h"
#include "app/params/parameditor.h"
#include "app/params/paramform.h"
#include "app/preview/previewcontroller.h"
#include "app/preview/previewpane.h"
#include "app/search/titlesearch.h"
#include "core/pipeline/previewrenderer.h"
#include "core/presets/presetcatalog.h"

using namespace Marquee;
using namespace Marquee::App;
using Config::Param;
using Config::PosterUrlForm;
using Side = MainWindow::Side;

namespace {

constexpr int RenderWaitMs = 30000;

bool settled(const PreviewController *controller)
{
    return controller->requested() > 0 && controller->idle() && controller->shown() == controller->requested();
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void controlChangeUpdatesPreviewAndUrl();
    void spinBoxEditReachesTheUrl();
    void latestRequestWins();
    void importSetsControls_data();
    void importSetsControls();
    void importErrorIsShown_data();
    void importErrorIsShown();
    void compareKeepsTwoConfigurations();
    void stateSurvivesARestart();
    void everyParameterHasAWorkingControl_data();
    void everyParameterHasAWorkingControl();
    void selectingATitleRendersIt();
    void keyboardShortcuts();
    void languageOverride_data();
    void languageOverride();

private:
    QImage waitForImage(Side side);

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AppSettings> m_settings;
    AppLanguage m_language;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServiceOptions options;
    options.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    m_services = std::make_unique<AppServices>(options);
}

void tst_MainWindow::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("marquee.ini")));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("marquee.ini")));
    m_window = std::make_unique<MainWindow>(*m_services, *m_settings, m_language);
    m_window->restoreFromSettings();
    m_window->show();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

QImage tst_MainWindow::waitForImage(Side side)
{
    const PreviewController *controller = m_window->controller(side);
    if (!QTest::qWaitFor([&] { return settled(controller); }, RenderWaitMs))
        qWarning() << "preview did not settle:" << m_window->preview(side)->status();
    return m_window->preview(side)->image();
}

void tst_MainWindow::controlChangeUpdatesPreviewAndUrl()
{
    // A first start previews the first sample title with the server defaults.
    QCOMPARE(m_window->search()->selected().imdbId, QStringLiteral("tt90000001"));
    const QImage before = waitForImage(Side::A);
    QCOMPARE(before.size(), QSize(500, 750));
    QCOMPARE(m_window->urls()->templateText(PosterUrlForm::Poster),
             QStringLiteral("http://127.0.0.1:8000/poster?imdb_id={imdb_id}&type={type}"));

    auto *combo = m_window->form()->editor(Param::RatingDisplayMode)->findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(4));

    const QImage after = waitForImage(Side::A);
    QVERIFY(!after.isNull());
    QVERIFY2(after != before, "the preview did not change");
    QCOMPARE(m_window->config(Side::A).integer(Param::RatingDisplayMode), 4);
    QCOMPARE(m_window->urls()->templateText(PosterUrlForm::Poster),
             QStringLiteral("http://127.0.0.1:8000/poster?rating_display_mode=4&imdb_id={imdb_id}&type={type}"));
    QVERIFY2(m_window->preview(Side::A)->status().contains(QString::fromUtf8("500 × 750")),
             qPrintable(m_window->preview(Side::A)->status()));
}

void tst_MainWindow::spinBoxEditReachesTheUrl()
{
    waitForImage(Side::A);
    auto *spin = m_window->form()->editor(Param::BadgeHeight)->findChild<QSpinBox *>();
    QVERIFY(spin);
    // Typed, as a keyboard user would.
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("36"));
    QCOMPARE(m_window->config(Side::A).integer(Param::BadgeHeight), 36);
    QVERIFY(m_window->urls()->templateText(PosterUrlForm::Poster).contains(QLatin1String("badge_height=36")));
}

void tst_MainWindow::latestRequestWins()
{
    waitForImage(Side::A);
    Config::RenderConfig config;
    for (int mode = 0; mode <= 4; ++mode) {
        config.setValue(Param::RatingDisplayMode, mode);
        for (const QString &style : {QStringLiteral("gold"), QStringLiteral("silver"), QStringLiteral("frosted")}) {
            config.setValue(Param::BarStyle, style);
            m_window->setConfig(Side::A, config);
        }
    }
    const PreviewController *controller = m_window->controller(Side::A);
    QVERIFY(controller->requested() >= 16);
    const QImage shown = waitForImage(Side::A);
    QCOMPARE(controller->shown(), controller->requested());
    // Far fewer renders ran than were requested, and the one shown is the last configuration's.
    const Result<QImage> direct = m_services->preview().render(m_window->search()->selected(), config, {});
    QVERIFY(direct);
    QCOMPARE(shown, *direct);
}

void tst_MainWindow::importSetsControls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedQuery");  // the configuration the controls must show
    QTest::addColumn<QString>("imdb");

    QTest::newRow("/poster") << "http://127.0.0.1:8000/poster?imdb_id=tt90000002&type=movie&rating_display_mode=3"
                                "&sash_mode=notch&bar_style=gold&movie_weights=imdb:0.5,tomatoes:0.5"
                             << "rating_display_mode=3&sash_mode=notch&bar_style=gold&movie_weights=imdb:0.5,tomatoes:0.5"
                             << "tt90000002";
    const Presets::Preset *preset = Presets::PresetCatalog::find(QStringLiteral("bar_notch"));
    QVERIFY(preset);
    const QString presetQuery = preset->params.toString(QUrl::FullyEncoded);
    QTest::newRow("/p") << "http://127.0.0.1:8000/p/bar_notch/movie/tt90000003.jpg" << presetQuery << "tt90000003";
    QTest::newRow("RPDB") << "http://127.0.0.1:8000/bar_notch/imdb/poster-default/tt90000004.jpg" << presetQuery
                          << "tt90000004";
}

void tst_MainWindow::importSetsControls()
{
    QFETCH(QString, url);
    QFETCH(QString, expectedQuery);
    QFETCH(QString, imdb);
    const Config::RenderConfig expected = Config::RenderConfig::fromQuery(QUrlQuery(expectedQuery));

    m_window->urls()->setImportText(url);
    m_window->urls()->importNow();
    QVERIFY2(m_window->urls()->importMessage().startsWith(QLatin1String("Imported")),
             qPrintable(m_window->urls()->importMessage()));
    QCOMPARE(m_window->config(Side::A).canonicalString(), expected.canonicalString());
    QCOMPARE(m_window->form()->config().canonicalString(), expected.canonicalString());
    // Each control shows the imported value.
    for (const Config::ParamSpec &spec : Config::ParamRegistry::all()) {
        ParamEditor *editor = m_window->form()->editor(spec.id);
        Config::RenderConfig probe;
        probe.set(spec.name, editor->text());
        QCOMPARE(probe.formatted(spec.id), expected.formatted(spec.id));
    }
    QCOMPARE(m_window->search()->selected().imdbId, imdb);
    QVERIFY(!waitForImage(Side::A).isNull());
}

void tst_MainWindow::importErrorIsShown_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a URL") << "poster please" << "Import failed: Not a valid URL";
    QTest::newRow("unknown preset") << "http://h/p/no_such/movie/tt1.jpg" << "Import failed: Unknown preset 'no_such'";
    QTest::newRow("bad type") << "http://h/poster?imdb_id=tt1&type=book" << "Import failed: Invalid type";
}

void tst_MainWindow::importErrorIsShown()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    Config::RenderConfig before = m_window->config(Side::A);
    QVERIFY(!m_window->importUrl(url));
    QCOMPARE(m_window->urls()->importMessage(), message);
    QCOMPARE(m_window->config(Side::A), before);  // nothing half-applied
}

void tst_MainWindow::compareKeepsTwoConfigurations()
{
    waitForImage(Side::A);
    m_window->setEditing(Side::B);
    QVERIFY(m_window->comparing());
    QVERIFY(m_window->preview(Side::B)->isVisible());
    auto *combo = m_window->form()->editor(Param::SashMode)->findChild<QComboBox *>();
    combo->setCurrentIndex(combo->findData(QStringLiteral("hidden")));
    QCOMPARE(m_window->config(Side::B).text(Param::SashMode), QStringLiteral("hidden"));
    QCOMPARE(m_window->config(Side::A).text(Param::SashMode), QStringLiteral("sash"));
    const QImage b = waitForImage(Side::B);
    QVERIFY(!b.isNull());
    QVERIFY(b != m_window->preview(Side::A)->image());
    // Switching back shows A's values in the form again.
    m_window->setEditing(Side::A);
    QCOMPARE(m_window->form()->config().text(Param::SashMode), QStringLiteral("sash"));
}

void tst_MainWindow::stateSurvivesARestart()
{
    Config::RenderConfig a;
    a.setValue(Param::Shape, QStringLiteral("landscape"));
    Config::RenderConfig b;
    b.setValue(Param::BarStyle, QStringLiteral("gold"));
    m_window->setConfig(Side::A, a);
    m_window->setConfig(Side::B, b);
    m_window->setCompare(true);
    m_window->search()->select({MediaType::Tv, QStringLiteral("tt90000007"), 0}, QStringLiteral("Cinder Street"));
    m_window->close();  // saves

    auto reopened = std::make_unique<MainWindow>(*m_services, *m_settings, m_language);
    reopened->restoreFromSettings();
    QCOMPARE(reopened->config(Side::A), a);
    QCOMPARE(reopened->config(Side::B), b);
    QVERIFY(reopened->comparing());
    QCOMPARE(reopened->search()->selected().imdbId, QStringLiteral("tt90000007"));
    QCOMPARE(reopened->search()->selected().type, MediaType::Tv);
    QCOMPARE(reopened->form()->config(), a);
}

void tst_MainWindow::everyParameterHasAWorkingControl_data()
{
    QTest::addColumn<int>("param");
    for (const Config::ParamSpec &spec : Config::ParamRegistry::all())
        QTest::newRow(qPrintable(spec.name)) << static_cast<int>(spec.id);
}

void tst_MainWindow::everyParameterHasAWorkingControl()
{
    QFETCH(int, param);
    const Config::ParamSpec &spec = Config::ParamRegistry::spec(static_cast<Param>(param));
    ParamEditor *editor = m_window->form()->editor(spec.id);
    QVERIFY(editor);
    QVERIFY(editor->focusTarget());
    QVERIFY(editor->focusTarget()->focusPolicy() & Qt::TabFocus);

    // A non-default sample value per type goes in and comes back out unchanged.
    Config::RenderConfig sample;
    switch (spec.type) {
    case Config::ParamType::Int:
    case Config::ParamType::Real:
        sample.setValue(spec.id, spec.defaultValue.toDouble() == spec.max ? spec.min : spec.max);
        break;
    case Config::ParamType::Bool:
        sample.setValue(spec.id, !spec.defaultValue.toBool());
        break;
    case Config::ParamType::Choice:
        sample.setValue(spec.id, spec.choices.constLast() == spec.defaultValue.toString() ? spec.choices.constFirst()
                                                                                       : spec.choices.constLast());
        break;
    case Config::ParamType::Color:
    case Config::ParamType::ColorOrWord:
        sample.set(spec.name, QStringLiteral("12AB34"));
        break;
    case Config::ParamType::Text:
        sample.set(spec.name, QStringLiteral("pt-br"));
        break;
    case Config::ParamType::SashPriority:
        sample.set(spec.name, QStringLiteral("cult,wins,festival"));
        break;
    case Config::ParamType::Weights:
        sample.set(spec.name, spec.choices.at(1) + QStringLiteral(":0.25,") + spec.choices.at(0) + QStringLiteral(":0.75"));
        break;
    case Config::ParamType::Palette:
        sample.set(spec.name, QStringLiteral("0:FF0000,60:00FF00"));
        break;
    }
    QVERIFY2(!sample.isDefault(spec.id), "the sample must differ from the default");
    m_window->setConfig(Side::A, sample);
    Config::RenderConfig back;
    back.set(spec.name, editor->text());
    QCOMPARE(back.formatted(spec.id), sample.formatted(spec.id));

    // Editing through the control is seen by the form (and so by the preview and the URL).
    m_window->setConfig(Side::A, Config::RenderConfig());
    editor->load(sample.formatted(spec.id));
    QCOMPARE(m_window->form()->config().formatted(spec.id), Config::RenderConfig().formatted(spec.id));  // load() is silent
}

void tst_MainWindow::selectingATitleRendersIt()
{
    waitForImage(Side::A);
    m_window->search()->search(QStringLiteral("cinder"));
    QCOMPARE(m_window->search()->hits().size(), 1);
    m_window->search()->select(m_window->search()->hits().constFirst().id, QStringLiteral("Cinder Street"));
    const QImage cinder = waitForImage(Side::A);
    // A title the library does not have, without a TMDB key, says why.
    m_window->search()->select({MediaType::Movie, QStringLiteral("tt0133093"), 0}, QStringLiteral("The Matrix"));
    waitForImage(Side::A);
    QVERIFY2(m_window->preview(Side::A)->status().contains(QLatin1String("Title not in the local library")),
             qPrintable(m_window->preview(Side::A)->status()));
    QCOMPARE(m_window->preview(Side::A)->image(), cinder);  // the last good poster stays
}

void tst_MainWindow::keyboardShortcuts()
{
    waitForImage(Side::A);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    QCOMPARE(QApplication::clipboard()->text(), m_window->urls()->templateText(PosterUrlForm::Poster));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QCOMPARE(QApplication::clipboard()->text(), m_window->urls()->templateText(PosterUrlForm::Rpdb));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(focused);
    QVERIFY(m_window->search()->isAncestorOf(focused));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+2")));
    QCOMPARE(m_window->editing(), Side::B);
    QVERIFY(m_window->comparing());
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+1")));
    QCOMPARE(m_window->editing(), Side::A);
}

void tst_MainWindow::languageOverride_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");   // the app's catalog
    QTest::addColumn<QString>("coreTab");    // the shared catalog (tab names come from core)
    QTest::newRow("es") << "es" << QString::fromUtf8("&Archivo") << QString::fromUtf8("Valoración");
    QTest::newRow("fr") << "fr" << QString::fromUtf8("&Fichier") << QString::fromUtf8("Note");
    QTest::newRow("it") << "it" << QString::fromUtf8("&File") << QString::fromUtf8("Valutazione");
    QTest::newRow("pt_PT") << "pt_PT" << QString::fromUtf8("&Ficheiro") << QString();
    QTest::newRow("pt_BR") << "pt_BR" << QString::fromUtf8("&Arquivo") << QString();
    QTest::newRow("en") << "en" << QString::fromUtf8("&File") << QString::fromUtf8("Rating");
}

void tst_MainWindow::languageOverride()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, coreTab);
    AppLanguage language;
    language.apply(code);
    MainWindow window(*m_services, *m_settings, language);
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), fileMenu);
    if (!coreTab.isEmpty())
        QCOMPARE(window.form()->tabText(1), coreTab);
    language.apply(QString());  // back to the system language (C in tests: no catalog)
    MainWindow english(*m_services, *m_settings, language);
    QCOMPARE(english.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
