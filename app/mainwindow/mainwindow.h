#pragma once

#include <array>

#include <QMainWindow>

#include "app/daemoncontrol/daemonclient.h"
#include "app/presets/presetclient.h"
#include "core/config/posterurl.h"
#include "core/config/renderconfig.h"

class QActionGroup;
class QCheckBox;
class QRadioButton;
class QTabWidget;

namespace Marquee::App {

class AppLanguage;
class AppServices;
class AppSettings;
class DaemonPanel;
class ParamForm;
class PresetPanel;
class PreviewController;
class PreviewPane;
class TitleSearch;
class UrlPanel;

// The configurator: parameter tabs on the left, the A/B previews and URLs in the middle, title search,
// presets and the daemon on the right. Two configurations (A and B) are kept; the form edits one of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Side { A = 0, B = 1 };

    MainWindow(AppServices &services, AppSettings &settings, AppLanguage &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    void restoreFromSettings();
    void saveToSettings();

    Config::RenderConfig config(Side side) const { return m_configs[index(side)]; }
    void setConfig(Side side, const Config::RenderConfig &config);
    Side editing() const { return m_editing; }
    void setEditing(Side side);
    void setCompare(bool on);
    bool comparing() const;
    // Loads the settings of a /poster, /p or RPDB URL into the side being edited; false on a bad URL.
    bool importUrl(const QString &text);

    ParamForm *form() const { return m_form; }
    PreviewPane *preview(Side side) const { return m_panes[index(side)]; }
    PreviewController *controller(Side side) const { return m_controllers[index(side)]; }
    UrlPanel *urls() const { return m_urls; }
    TitleSearch *search() const { return m_search; }
    PresetPanel *presets() const { return m_presets; }
    DaemonPanel *daemon() const { return m_daemon; }
    PresetClient *presetClient() { return &m_presetClient; }

signals:
    void languageChangeRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static size_t index(Side side) { return static_cast<size_t>(side); }
    QWidget *buildEditorColumn();
    QWidget *buildPreviewColumn();
    QWidget *buildSideColumn();
    void buildMenus();
    void buildLanguageMenu(QMenu *menu);
    void configEdited(const Config::RenderConfig &config);
    void render(Side side);
    void renderAll();
    void refreshUrls();
    void refreshPresetNames();
    std::optional<QUrlQuery> presetQuery(const QString &name) const;
    Config::PosterUrlOptions urlOptions() const;
    void showAbout();

    AppServices &m_services;
    AppSettings &m_settings;
    AppLanguage &m_language;
    DaemonClient m_daemonClient;
    PresetClient m_presetClient;
    std::array<Config::RenderConfig, 2> m_configs;
    Side m_editing = Side::A;

    ParamForm *m_form = nullptr;
    std::array<PreviewPane *, 2> m_panes{};
    std::array<PreviewController *, 2> m_controllers{};
    UrlPanel *m_urls = nullptr;
    TitleSearch *m_search = nullptr;
    PresetPanel *m_presets = nullptr;
    DaemonPanel *m_daemon = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QRadioButton *m_editA = nullptr;
    QRadioButton *m_editB = nullptr;
    QCheckBox *m_compare = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace Marquee::App
