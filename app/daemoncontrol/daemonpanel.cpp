#include "app/daemoncontrol/daemonpanel.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/appsettings.h"

namespace Marquee::App {

namespace {

constexpr int PollMs = 3000;
constexpr int LogLines = 200;

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number)) ? QString::number(static_cast<qint64>(number))
                                                                            : QString::number(number, 'g', 6);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

void addJson(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, tree, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, QStringLiteral("[%1]").arg(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, tree, QString::number(i), array.at(i));
    } else {
        item->setText(1, scalarText(value));
    }
}

QTreeWidget *jsonTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(2);
    tree->setHeaderLabels({DaemonPanel::tr("Key"), DaemonPanel::tr("Value")});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setAlternatingRowColors(true);
    return tree;
}

} // namespace

DaemonPanel::DaemonPanel(DaemonClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_localMode(new QRadioButton(tr("&Local marqueed, started by the app"), this))
    , m_remoteMode(new QRadioButton(tr("&Remote daemon"), this))
    , m_binary(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_dataDir(new QLineEdit(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_remoteUrl(new QLineEdit(this))
    , m_accessKey(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_readyTree(jsonTree(this))
    , m_statsTree(jsonTree(this))
    , m_log(new QPlainTextEdit(this))
{
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_localMode);
    modes->addButton(m_remoteMode);
    m_localMode->setChecked(true);
    m_status->setWordWrap(true);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(LogLines);
    m_log->setPlaceholderText(tr("The local daemon's log appears here."));

    auto *refresh = new QPushButton(tr("Re&fresh status"), this);
    auto *trees = new QSplitter(Qt::Vertical, this);
    auto *readyBox = new QGroupBox(tr("/ready"), trees);
    (new QVBoxLayout(readyBox))->addWidget(m_readyTree);
    auto *statsBox = new QGroupBox(tr("/stats"), trees);
    (new QVBoxLayout(statsBox))->addWidget(m_statsTree);
    trees->addWidget(readyBox);
    trees->addWidget(statsBox);
    trees->addWidget(m_log);
    trees->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_localMode);
    layout->addWidget(buildLocalBox());
    layout->addWidget(m_remoteMode);
    layout->addWidget(buildRemoteBox());
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(refresh);
    layout->addLayout(statusRow);
    layout->addWidget(trees, 1);

    connect(m_localMode, &QRadioButton::toggled, this, [this] {
        updateState();
        applyEndpoint();
    });
    connect(m_remoteUrl, &QLineEdit::editingFinished, this, &DaemonPanel::applyEndpoint);
    connect(m_accessKey, &QLineEdit::editingFinished, this, &DaemonPanel::applyEndpoint);
    connect(m_start, &QPushButton::clicked, this, &DaemonPanel::startLocal);
    connect(m_stop, &QPushButton::clicked, this, &DaemonPanel::stopLocal);
    connect(refresh, &QPushButton::clicked, this, &DaemonPanel::refresh);
    connect(&m_process, &DaemonProcess::started, this, [this](const QUrl &url) {
        setStatus(tr("Local daemon listening on %1").arg(url.toString()), false);
        updateState();
        applyEndpoint();
    });
    connect(&m_process, &DaemonProcess::stopped, this, [this](const QString &message) {
        setStatus(message, false);
        updateState();
        applyEndpoint();
    });
    connect(&m_process, &DaemonProcess::logLine, m_log, &QPlainTextEdit::appendPlainText);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &DaemonPanel::refresh);
    updateState();
}

QWidget *DaemonPanel::buildLocalBox()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    auto *browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the marqueed program"));
    auto *binaryRow = new QHBoxLayout;
    binaryRow->addWidget(m_binary, 1);
    binaryRow->addWidget(browse);
    m_binary->setPlaceholderText(tr("found next to the app or on PATH"));
    m_port->setRange(0, 65535);
    m_port->setValue(8000);
    m_port->setSpecialValueText(tr("any free port"));
    m_dataDir->setPlaceholderText(tr("the daemon's defaults (~/.local/share/marquee, ~/.cache/marquee)"));
    m_dataDir->setToolTip(tr("Holds the daemon's database, user presets and cache (in its cache folder)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    form->addRow(tr("&Program:"), binaryRow);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Data directory:"), m_dataDir);
    form->addRow(buttons);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("marqueed program"), m_binary->text());
        if (!file.isEmpty())
            m_binary->setText(file);
    });
    return box;
}

QWidget *DaemonPanel::buildRemoteBox()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    m_remoteUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000"));
    m_remoteUrl->setText(QStringLiteral("http://127.0.0.1:8000"));
    m_accessKey->setEchoMode(QLineEdit::Password);
    m_accessKey->setPlaceholderText(tr("only needed when the daemon has ACCESS_KEY"));
    form->addRow(tr("&URL:"), m_remoteUrl);
    form->addRow(tr("Access &key:"), m_accessKey);
    return box;
}

DaemonEndpoint DaemonPanel::endpoint() const
{
    if (m_localMode->isChecked()) {
        const QUrl url = m_process.url().isEmpty() ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port->value()))
                                                   : m_process.url();
        return {url, {}};
    }
    return {QUrl::fromUserInput(m_remoteUrl->text().trimmed()), m_accessKey->text()};
}

void DaemonPanel::applyEndpoint()
{
    m_client.setEndpoint(endpoint());
    emit endpointChanged(endpoint());
    refresh();
}

void DaemonPanel::updateState()
{
    const bool local = m_localMode->isChecked();
    const bool running = m_process.isRunning();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_binary, m_port, m_dataDir})
        widget->setEnabled(local && !running);
    m_start->setEnabled(local && !running);
    m_stop->setEnabled(local && running);
    m_remoteUrl->setEnabled(!local);
    m_accessKey->setEnabled(!local);
}

void DaemonPanel::startLocal()
{
    const QString binary = DaemonProcess::findBinary(m_binary->text().trimmed());
    if (binary.isEmpty()) {
        setStatus(tr("marqueed not found: set its path above."), true);
        return;
    }
    m_localMode->setChecked(true);
    setStatus(tr("Starting %1…").arg(binary), false);
    // A chosen data directory holds the daemon's cache too, so that daemon shares nothing with others.
    const QString dataDir = m_dataDir->text().trimmed();
    const QString cacheDir = dataDir.isEmpty() ? QString() : dataDir + QStringLiteral("/cache");
    m_process.start({binary, static_cast<quint16>(m_port->value()), dataDir, cacheDir});
    updateState();
}

void DaemonPanel::stopLocal()
{
    setStatus(tr("Stopping the local daemon…"), false);
    m_process.stop();
}

void DaemonPanel::refresh()
{
    if (!endpoint().isValid())
        return;
    m_client.get(QStringLiteral("/ready"), {}, this, [this](const DaemonReply &reply) {
        m_ready = reply.json().object();
        showJson(m_readyTree, m_ready);
        if (reply.status == 0) {
            m_poll.stop();
            setStatus(tr("No daemon answers at %1 (%2).").arg(endpoint().base.toString(), reply.errorMessage), true);
            return;
        }
        if (!m_poll.isActive())
            m_poll.start();
        setStatus(reply.ok() ? tr("Connected to %1 — ready.").arg(endpoint().base.toString())
                             : tr("Connected to %1 — not ready (%2).").arg(endpoint().base.toString(), reply.errorMessage),
                  !reply.ok());
    });
    m_client.get(QStringLiteral("/stats"), {}, this, [this](const DaemonReply &reply) {
        m_stats = reply.ok() ? reply.json().object() : QJsonObject{{tr("error"), reply.errorMessage}};
        showJson(m_statsTree, m_stats);
    });
}

void DaemonPanel::showJson(QTreeWidget *tree, const QJsonObject &object)
{
    tree->clear();
    for (auto it = object.begin(); it != object.end(); ++it)
        addJson(nullptr, tree, it.key(), it.value());
    tree->expandToDepth(0);
}

void DaemonPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString DaemonPanel::statusText() const
{
    return m_status->text();
}

void DaemonPanel::load(const AppSettings &settings)
{
    m_remoteMode->setChecked(settings.value(AppSettings::daemonMode()).toString() == QLatin1String("remote"));
    m_remoteUrl->setText(settings.value(AppSettings::daemonUrl(), m_remoteUrl->text()).toString());
    m_accessKey->setText(settings.value(AppSettings::daemonAccessKey()).toString());
    m_binary->setText(settings.value(AppSettings::daemonBinary()).toString());
    m_port->setValue(settings.value(AppSettings::daemonPort(), 8000).toInt());
    m_dataDir->setText(settings.value(AppSettings::daemonDataDir()).toString());
    updateState();
    m_client.setEndpoint(endpoint());
}

void DaemonPanel::save(AppSettings &settings) const
{
    settings.setValue(AppSettings::daemonMode(), m_remoteMode->isChecked() ? QStringLiteral("remote") : QStringLiteral("local"));
    settings.setValue(AppSettings::daemonUrl(), m_remoteUrl->text());
    settings.setValue(AppSettings::daemonAccessKey(), m_accessKey->text());
    settings.setValue(AppSettings::daemonBinary(), m_binary->text());
    settings.setValue(AppSettings::daemonPort(), m_port->value());
    settings.setValue(AppSettings::daemonDataDir(), m_dataDir->text());
}

} // namespace Marquee::App
