#include "app/mainwindow/mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "app/applanguage.h"
#include "app/appservices.h"
#include "app/appsettings.h"
#include "app/daemoncontrol/daemonpanel.h"
#include "app/mainwindow/urlpanel.h"
#include "app/params/paramform.h"
#include "app/presets/presetpanel.h"
#include "app/preview/previewcontroller.h"
#include "app/preview/previewpane.h"
#include "app/search/searchresults.h"
#include "app/search/titlesearch.h"
#include "core/presets/presetcatalog.h"
#include "core/sources/locallibrary.h"

namespace Marquee::App {

using Config::PosterUrlCodec;
using Config::PosterUrlForm;
using Config::RenderConfig;

namespace {

// The first sample title: what a first start (and the screenshot) previews.
const QLatin1String FirstTitle("tt90000001");

QString formName(PosterUrlForm form)
{
    switch (form) {
    case PosterUrlForm::Poster:
        return QStringLiteral("/poster");
    case PosterUrlForm::Preset:
        return QStringLiteral("/p");
    case PosterUrlForm::Rpdb:
        return QStringLiteral("RPDB");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(AppServices &services, AppSettings &settings, AppLanguage &language, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(settings)
    , m_language(language)
    , m_presetClient(m_daemonClient)
{
    setWindowTitle(tr("Marquee — poster configurator"));
    for (Side side : {Side::A, Side::B}) {
        auto *controller = new PreviewController(services.preview(), this);
        m_controllers[index(side)] = controller;
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(buildEditorColumn());
    splitter->addWidget(buildPreviewColumn());
    splitter->addWidget(buildSideColumn());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({510, 590, 380});
    setCentralWidget(splitter);
    buildMenus();

    for (Side side : {Side::A, Side::B}) {
        PreviewPane *pane = m_panes[index(side)];
        connect(m_controllers[index(side)], &PreviewController::rendered, pane, &PreviewPane::showImage);
        connect(m_controllers[index(side)], &PreviewController::failed, pane, &PreviewPane::showError);
    }
    connect(m_form, &ParamForm::configChanged, this, &MainWindow::configEdited);
    connect(m_search, &TitleSearch::titleSelected, this, &MainWindow::renderAll);
    connect(m_search, &TitleSearch::keysChanged, this, [this] {
        m_services.preview().clearMemory();
        renderAll();
    });
    connect(m_urls, &UrlPanel::importRequested, this, &MainWindow::importUrl);
    connect(m_urls, &UrlPanel::optionsChanged, this, &MainWindow::refreshUrls);
    connect(m_daemon, &DaemonPanel::endpointChanged, this, [this] {
        refreshUrls();
        m_presets->refresh();
    });
    connect(m_presets, &PresetPanel::presetsChanged, this, &MainWindow::refreshPresetNames);
    connect(m_presets, &PresetPanel::loadRequested, this, [this](const RenderConfig &config, const QString &name) {
        setConfig(m_editing, config);
        m_urls->setPresetNames(QStringList(), name);
        refreshPresetNames();
        m_urls->showImportResult(tr("Loaded preset “%1”.").arg(name), false);
    });
    resize(1480, 940);
    refreshPresetNames();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildEditorColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    auto *editing = new QLabel(tr("Editing configuration:"), column);
    m_editA = new QRadioButton(tr("&A"), column);
    m_editB = new QRadioButton(tr("&B"), column);
    m_editA->setToolTip(tr("Edit configuration A (Ctrl+1)"));
    m_editB->setToolTip(tr("Edit configuration B (Ctrl+2)"));
    m_editA->setChecked(true);
    m_compare = new QCheckBox(tr("Co&mpare A/B"), column);
    auto *reset = new QPushButton(tr("R&eset"), column);
    reset->setToolTip(tr("Reset the configuration being edited to the server defaults"));
    bar->addWidget(editing);
    bar->addWidget(m_editA);
    bar->addWidget(m_editB);
    bar->addStretch();
    bar->addWidget(m_compare);
    bar->addWidget(reset);
    layout->addLayout(bar);
    m_form = new ParamForm(column);
    layout->addWidget(m_form, 1);
    connect(m_editA, &QRadioButton::toggled, this, [this](bool on) { setEditing(on ? Side::A : Side::B); });
    connect(m_compare, &QCheckBox::toggled, this, &MainWindow::setCompare);
    connect(reset, &QPushButton::clicked, this, [this] { setConfig(m_editing, RenderConfig()); });
    column->setMinimumWidth(430);
    return column;
}

QWidget *MainWindow::buildPreviewColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *previews = new QHBoxLayout;
    m_panes[index(Side::A)] = new PreviewPane(tr("A"), column);
    m_panes[index(Side::B)] = new PreviewPane(tr("B"), column);
    previews->addWidget(m_panes[index(Side::A)]);
    previews->addWidget(m_panes[index(Side::B)]);
    m_panes[index(Side::B)]->hide();
    layout->addLayout(previews, 1);
    m_urls = new UrlPanel(column);
    layout->addWidget(m_urls);
    return column;
}

QWidget *MainWindow::buildSideColumn()
{
    m_sideTabs = new QTabWidget(this);
    m_search = new TitleSearch(m_services.library(), m_daemonClient, m_services.options().tmdbApiBase, m_sideTabs);
    m_presets = new PresetPanel(m_presetClient, [this] { return m_configs[index(m_editing)]; }, m_sideTabs);
    m_daemon = new DaemonPanel(m_daemonClient, m_sideTabs);
    auto *searchPage = new QWidget(m_sideTabs);
    auto *searchLayout = new QVBoxLayout(searchPage);
    searchLayout->addWidget(m_search);
    searchLayout->addStretch();
    m_sideTabs->addTab(searchPage, tr("&Title"));
    m_sideTabs->addTab(m_presets, tr("&Presets"));
    m_sideTabs->addTab(m_daemon, tr("&Daemon"));
    m_sideTabs->setMinimumWidth(340);
    return m_sideTabs;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import URL…"), QKeySequence(tr("Ctrl+I")), m_urls, &UrlPanel::focusImport);
    file->addAction(tr("Copy /&poster URL"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    [this] { m_urls->copy(PosterUrlForm::Poster); });
    file->addAction(tr("Copy /p U&RL"), QKeySequence(tr("Ctrl+Shift+P")), this,
                    [this] { m_urls->copy(PosterUrlForm::Preset); });
    file->addAction(tr("Copy RP&DB URL"), QKeySequence(tr("Ctrl+Shift+R")), this,
                    [this] { m_urls->copy(PosterUrlForm::Rpdb); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Find title"), QKeySequence::Find, this, [this] {
        m_sideTabs->setCurrentIndex(0);
        m_search->focusSearch();
    });
    edit->addAction(tr("Edit configuration &A"), QKeySequence(tr("Ctrl+1")), this, [this] { setEditing(Side::A); });
    edit->addAction(tr("Edit configuration &B"), QKeySequence(tr("Ctrl+2")), this, [this] { setEditing(Side::B); });
    m_compareAction = edit->addAction(tr("&Compare A/B"), QKeySequence(tr("Ctrl+D")), this,
                                      [this] { setCompare(!comparing()); });
    m_compareAction->setCheckable(true);
    edit->addAction(tr("Copy A → B"), this, [this] {
        setConfig(Side::B, m_configs[index(Side::A)]);
        setCompare(true);
    });
    edit->addAction(tr("&Reset to defaults"), this, [this] { setConfig(m_editing, RenderConfig()); });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    buildLanguageMenu(settings->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Marquee"), this, &MainWindow::showAbout);
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    QAction *system = menu->addAction(tr("System language"));
    system->setData(QString());
    group->addAction(system);
    menu->addSeparator();
    for (const auto &[code, name] : AppLanguage::available()) {
        QAction *action = menu->addAction(name);
        action->setData(code);
        group->addAction(action);
    }
    for (QAction *action : group->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_language.applied());
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code != m_language.applied())
            emit languageChangeRequested(code);
    });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Marquee"),
                       tr("<h3>Marquee %1</h3><p>Configure rated posters and preview them exactly as the "
                          "daemon renders them.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setConfig(Side side, const RenderConfig &config)
{
    m_configs[index(side)] = config;
    if (side == m_editing)
        m_form->setConfig(config);
    render(side);
    refreshUrls();
}

void MainWindow::configEdited(const RenderConfig &config)
{
    m_configs[index(m_editing)] = config;
    render(m_editing);
    refreshUrls();
}

void MainWindow::setEditing(Side side)
{
    m_editing = side;
    const QSignalBlocker blockA(m_editA);
    const QSignalBlocker blockB(m_editB);
    m_editA->setChecked(side == Side::A);
    m_editB->setChecked(side == Side::B);
    m_form->setConfig(m_configs[index(side)]);
    if (side == Side::B)
        setCompare(true);
    refreshUrls();
}

void MainWindow::setCompare(bool on)
{
    const QSignalBlocker block(m_compare);
    m_compare->setChecked(on);
    m_compareAction->setChecked(on);
    m_panes[index(Side::B)]->setVisible(on);
    if (on)
        render(Side::B);
    else if (m_editing == Side::B)
        setEditing(Side::A);
}

bool MainWindow::comparing() const
{
    return m_compare->isChecked();
}

void MainWindow::render(Side side)
{
    if (side == Side::B && !comparing())
        return;
    const TitleId title = m_search->selected();
    if (title.imdbId.isEmpty() && title.tmdbId <= 0)
        return;
    m_panes[index(side)]->showBusy();
    m_controllers[index(side)]->request(title, m_configs[index(side)], m_search->keys());
}

void MainWindow::renderAll()
{
    render(Side::A);
    render(Side::B);
}

Config::PosterUrlOptions MainWindow::urlOptions() const
{
    Config::PosterUrlOptions options;
    const DaemonEndpoint endpoint = m_daemon->endpoint();
    options.base = endpoint.base.toString(QUrl::StripTrailingSlash);
    options.accessKey = endpoint.accessKey;
    options.tmdbIdPlaceholder = m_urls->tmdbPlaceholder();
    return options;
}

void MainWindow::refreshUrls()
{
    const RenderConfig &config = m_configs[index(m_editing)];
    const Config::PosterUrlOptions options = urlOptions();
    QString preset = m_urls->presetName();
    if (preset.isEmpty())
        preset = QStringLiteral("{preset}");
    const bool landscape = config.text(Config::Param::Shape) == QLatin1String("landscape");
    m_urls->setTemplates(PosterUrlCodec::posterTemplate(config, options),
                         PosterUrlCodec::presetTemplate(preset, landscape, options),
                         PosterUrlCodec::rpdbTemplate(preset, options));
}

void MainWindow::refreshPresetNames()
{
    QStringList names;
    for (const UserPreset &preset : m_presets->userPresets())
        names.append(preset.name);
    for (const Presets::Preset &preset : Presets::PresetCatalog::current())
        names.append(preset.id);
    QString current = m_urls->presetName();
    if (current.isEmpty())
        current = names.value(0);
    m_urls->setPresetNames(names, current);
    refreshUrls();
}

std::optional<QUrlQuery> MainWindow::presetQuery(const QString &name) const
{
    if (const Presets::Preset *preset = Presets::PresetCatalog::find(name))
        return preset->params;
    return m_presets->userPresetQuery(name);
}

bool MainWindow::importUrl(const QString &text)
{
    const Result<Config::PosterUrl> parsed
        = PosterUrlCodec::parse(text, [this](const QString &name) { return presetQuery(name); });
    if (!parsed) {
        m_urls->showImportResult(tr("Import failed: %1").arg(parsed.error().message), true);
        return false;
    }
    setConfig(m_editing, parsed->config);
    if (!parsed->preset.isEmpty()) {
        m_urls->setPresetNames(QStringList(), parsed->preset);
        refreshPresetNames();
    }
    const TitleId &title = parsed->title;
    if (!title.imdbId.isEmpty() || title.tmdbId > 0) {
        QString label = title.imdbId.isEmpty() ? QStringLiteral("TMDB %1").arg(title.tmdbId) : title.imdbId;
        const QList<SearchHit> local = SearchResults::fromLibrary(m_services.library(), title.imdbId.isEmpty()
                                                                                           ? QString::number(title.tmdbId)
                                                                                           : title.imdbId);
        if (!local.isEmpty())
            label = local.constFirst().label();
        m_search->select(title, label);
    }
    int changed = 0;
    for (const Config::ParamSpec &spec : Config::ParamRegistry::all())
        changed += parsed->config.isDefault(spec.id) ? 0 : 1;
    m_urls->showImportResult(tr("Imported a %1 URL: %n setting(s) differ from the defaults.", nullptr, changed)
                                 .arg(formName(parsed->form)),
                             false);
    return true;
}

void MainWindow::restoreFromSettings()
{
    restoreGeometry(m_settings.value(AppSettings::geometry()).toByteArray());
    restoreState(m_settings.value(AppSettings::windowState()).toByteArray());
    m_search->load(m_settings);
    m_daemon->load(m_settings);
    m_configs[index(Side::A)] = RenderConfig::fromQuery(QUrlQuery(m_settings.value(AppSettings::configA()).toString()));
    m_configs[index(Side::B)] = RenderConfig::fromQuery(QUrlQuery(m_settings.value(AppSettings::configB()).toString()));
    m_form->setConfig(m_configs[index(m_editing)]);
    m_urls->setPresetNames(QStringList(), m_settings.value(AppSettings::urlPreset()).toString());
    refreshPresetNames();
    setCompare(m_settings.value(AppSettings::compare(), false).toBool());

    TitleId title;
    title.imdbId = m_settings.value(AppSettings::titleImdb(), QString(FirstTitle)).toString();
    title.tmdbId = m_settings.value(AppSettings::titleTmdb(), 0).toLongLong();
    title.type = m_settings.value(AppSettings::titleType()).toString() == QLatin1String("tv") ? MediaType::Tv
                                                                                             : MediaType::Movie;
    QString label = m_settings.value(AppSettings::titleLabel()).toString();
    if (label.isEmpty()) {
        const QList<SearchHit> hits = SearchResults::fromLibrary(m_services.library(), title.imdbId);
        label = hits.isEmpty() ? title.imdbId : hits.constFirst().label();
    }
    m_search->select(title, label);
    m_presets->refresh();
    m_daemon->refresh();
}

void MainWindow::saveToSettings()
{
    m_settings.setValue(AppSettings::geometry(), saveGeometry());
    m_settings.setValue(AppSettings::windowState(), saveState());
    m_search->save(m_settings);
    m_daemon->save(m_settings);
    m_settings.setValue(AppSettings::configA(), m_configs[index(Side::A)].toQuery(true).toString(QUrl::FullyEncoded));
    m_settings.setValue(AppSettings::configB(), m_configs[index(Side::B)].toQuery(true).toString(QUrl::FullyEncoded));
    m_settings.setValue(AppSettings::compare(), comparing());
    const TitleId title = m_search->selected();
    m_settings.setValue(AppSettings::titleImdb(), title.imdbId);
    m_settings.setValue(AppSettings::titleTmdb(), title.tmdbId);
    m_settings.setValue(AppSettings::titleType(), mediaTypeName(title.type));
    m_settings.setValue(AppSettings::titleLabel(), m_search->selectedLabel());
    m_settings.setValue(AppSettings::urlPreset(), m_urls->presetName());
    m_settings.setValue(AppSettings::language(), m_language.applied());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveToSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Marquee::App
