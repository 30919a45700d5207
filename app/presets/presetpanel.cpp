#include "app/presets/presetpanel.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/config/posterurl.h"
#include "core/presets/presetcatalog.h"

namespace Marquee::App {

namespace {

constexpr int NameRole = Qt::UserRole;
constexpr int UserRole = Qt::UserRole + 1;

} // namespace

PresetPanel::PresetPanel(PresetClient &client, ConfigSource currentConfig, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_currentConfig(std::move(currentConfig))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_create(new QPushButton(tr("&New from current…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_load(new QPushButton(tr("&Load into editor"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    m_status->setWordWrap(true);
    auto *intro = new QLabel(tr("User presets are stored by the daemon and served at /p/{name}/… and as an "
                                "RPDB key. Built-in presets are read-only; duplicate one to change it."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_create, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_load, 2, 0);
    buttons->addWidget(m_refresh, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &PresetPanel::askCreate);
    connect(m_duplicate, &QPushButton::clicked, this, &PresetPanel::askDuplicate);
    connect(m_rename, &QPushButton::clicked, this, &PresetPanel::askRename);
    connect(m_delete, &QPushButton::clicked, this, &PresetPanel::askDelete);
    connect(m_load, &QPushButton::clicked, this, &PresetPanel::loadSelected);
    connect(m_refresh, &QPushButton::clicked, this, &PresetPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &PresetPanel::loadSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &PresetPanel::updateButtons);
    rebuildList();
}

void PresetPanel::rebuildList()
{
    const QString selected = selectedName();
    m_list->clear();
    for (const UserPreset &preset : std::as_const(m_user)) {
        auto *item = new QListWidgetItem(preset.name, m_list);
        item->setData(NameRole, preset.name);
        item->setData(UserRole, true);
        item->setToolTip(preset.query);
    }
    for (const Presets::Preset &preset : Presets::PresetCatalog::current()) {
        auto *item = new QListWidgetItem(tr("%1 — %2 (built-in)").arg(preset.id, preset.name), m_list);
        item->setData(NameRole, preset.id);
        item->setData(UserRole, false);
        item->setToolTip(preset.description);
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(NameRole).toString() == selected)
            m_list->setCurrentRow(row);
    }
    updateButtons();
}

QString PresetPanel::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

bool PresetPanel::selectedIsUser() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(UserRole).toBool();
}

QString PresetPanel::lastMessage() const
{
    return m_status->text();
}

void PresetPanel::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_duplicate->setEnabled(any);
    m_load->setEnabled(any);
    m_rename->setEnabled(selectedIsUser());
    m_delete->setEnabled(selectedIsUser());
}

void PresetPanel::report(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

std::optional<QUrlQuery> PresetPanel::userPresetQuery(const QString &name) const
{
    for (const UserPreset &preset : m_user) {
        // Names listed from /server-caps alone carry no settings (updatedAt 0): nothing to load.
        if (preset.name == name && (preset.updatedAt > 0 || !preset.query.isEmpty()))
            return QUrlQuery(preset.query);
    }
    return std::nullopt;
}

std::optional<QUrlQuery> PresetPanel::queryOf(const QString &name) const
{
    if (const Presets::Preset *builtIn = Presets::PresetCatalog::find(name))
        return builtIn->params;
    return userPresetQuery(name);
}

void PresetPanel::refresh()
{
    m_client.list(this, [this](const Result<QList<UserPreset>> &listed) {
        if (!listed && listed.error().kind == ErrorKind::Forbidden)
            return listFromCaps(listed.error().message);
        if (!listed) {
            report(tr("Could not list the daemon's presets: %1").arg(listed.error().message), true);
            return;
        }
        m_user = *listed;
        rebuildList();
        report(tr("%n user preset(s) on the daemon.", nullptr, static_cast<int>(m_user.size())), false);
        emit presetsChanged();
    });
}

void PresetPanel::listFromCaps(const QString &reason)
{
    // /server-caps is public: without the access key the names are still visible, their settings not.
    m_client.capsPresets(this, [this, reason](const Result<QStringList> &names) {
        if (!names) {
            report(tr("Could not list the daemon's presets: %1").arg(reason), true);
            return;
        }
        m_user.clear();
        for (const QString &name : *names)
            m_user.append({name, QString(), 0});
        rebuildList();
        report(tr("Names from /server-caps only: the daemon wants an access key to show or change them (%1).")
                   .arg(reason),
               true);
        emit presetsChanged();
    });
}

void PresetPanel::createPreset(const QString &name)
{
    const QString query = Config::PosterUrlCodec::presetQueryString(m_currentConfig());
    m_client.save(name, query, this, [this](const Result<UserPreset> &saved) {
        if (!saved)
            return report(tr("Not saved: %1").arg(saved.error().message), true);
        report(tr("Saved “%1”.").arg(saved->name), false);
        refresh();
    });
}

void PresetPanel::duplicatePreset(const QString &from, const QString &to)
{
    const std::optional<QUrlQuery> query = queryOf(from);
    if (!query)
        return report(tr("Unknown preset “%1”.").arg(from), true);
    // Normalised through RenderConfig so the copy carries exactly what renders, defaults omitted.
    const QString normalised = Config::PosterUrlCodec::presetQueryString(Config::RenderConfig::fromQuery(*query));
    m_client.save(to, normalised, this, [this, from](const Result<UserPreset> &saved) {
        if (!saved)
            return report(tr("Not duplicated: %1").arg(saved.error().message), true);
        report(tr("Copied “%1” to “%2”.").arg(from, saved->name), false);
        refresh();
    });
}

void PresetPanel::renamePreset(const QString &from, const QString &to)
{
    const std::optional<QUrlQuery> query = userPresetQuery(from);
    if (!query)
        return report(tr("Only user presets can be renamed."), true);
    m_client.rename(from, to, query->toString(QUrl::FullyEncoded), this, [this, from](const Result<UserPreset> &saved) {
        if (!saved)
            return report(tr("Not renamed: %1").arg(saved.error().message), true);
        report(tr("Renamed “%1” to “%2”.").arg(from, saved->name), false);
        refresh();
    });
}

void PresetPanel::deletePreset(const QString &name)
{
    m_client.remove(name, this, [this, name](const Result<bool> &removed) {
        if (!removed)
            return report(tr("Not deleted: %1").arg(removed.error().message), true);
        report(tr("Deleted “%1”.").arg(name), false);
        refresh();
    });
}

QString PresetPanel::askName(const QString &title, const QString &suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("Name (a–z, 0–9, '_' or '-'; up to 40):"),
                                               QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return {};
    if (const QString problem = PresetClient::nameProblem(name); !problem.isEmpty()) {
        report(problem, true);
        return {};
    }
    return name;
}

void PresetPanel::askCreate()
{
    if (const QString name = askName(tr("New preset"), QStringLiteral("my_style")); !name.isEmpty())
        createPreset(name);
}

void PresetPanel::askDuplicate()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return;
    if (const QString name = askName(tr("Duplicate preset"), from + QStringLiteral("_copy")); !name.isEmpty())
        duplicatePreset(from, name);
}

void PresetPanel::askRename()
{
    const QString from = selectedName();
    if (!selectedIsUser())
        return;
    if (const QString name = askName(tr("Rename preset"), from); !name.isEmpty() && name != from)
        renamePreset(from, name);
}

void PresetPanel::askDelete()
{
    const QString name = selectedName();
    if (!selectedIsUser())
        return;
    if (QMessageBox::question(this, tr("Delete preset"), tr("Delete the preset “%1” from the daemon?").arg(name))
        == QMessageBox::Yes)
        deletePreset(name);
}

void PresetPanel::loadSelected()
{
    const QString name = selectedName();
    if (const std::optional<QUrlQuery> query = queryOf(name))
        emit loadRequested(Config::RenderConfig::fromQuery(*query), name);
}

} // namespace Marquee::App
