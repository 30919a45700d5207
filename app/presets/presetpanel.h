#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QUrlQuery>
#include <QWidget>

#include "app/presets/presetclient.h"
#include "core/config/renderconfig.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Marquee::App {

// The preset editor: built-in presets (read-only) and the daemon's user presets, which can be created
// from the configuration being edited, duplicated, renamed, deleted and loaded into the editor.
class PresetPanel : public QWidget
{
    Q_OBJECT

public:
    using ConfigSource = std::function<Config::RenderConfig()>;

    PresetPanel(PresetClient &client, ConfigSource currentConfig, QWidget *parent = nullptr);

    const QList<UserPreset> &userPresets() const { return m_user; }
    std::optional<QUrlQuery> userPresetQuery(const QString &name) const;
    QString selectedName() const;
    QString lastMessage() const;

    // The actions without their dialogs (the buttons ask for a name, then call these).
    void refresh();
    void createPreset(const QString &name);
    void duplicatePreset(const QString &from, const QString &to);
    void renamePreset(const QString &from, const QString &to);
    void deletePreset(const QString &name);

signals:
    void presetsChanged();  // the user list was (re)loaded
    void loadRequested(const Config::RenderConfig &config, const QString &name);

private:
    void rebuildList();
    void listFromCaps(const QString &reason);
    void updateButtons();
    void report(const QString &message, bool error);
    void askCreate();
    void askDuplicate();
    void askRename();
    void askDelete();
    void loadSelected();
    bool selectedIsUser() const;
    QString askName(const QString &title, const QString &suggestion);
    std::optional<QUrlQuery> queryOf(const QString &name) const;

    PresetClient &m_client;
    ConfigSource m_currentConfig;
    QList<UserPreset> m_user;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_create;
    QPushButton *m_duplicate;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_load;
    QPushButton *m_refresh;
};

} // namespace Marquee::App
