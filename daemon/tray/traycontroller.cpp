#include "daemon/tray/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include "core/pipeline/posterpipeline.h"
#include "core/presets/presetcatalog.h"
#include "core/storage/storage.h"
#include "daemon/daemon.h"

namespace Marquee::Tray {

namespace {

constexpr int RefreshMs = 3000;

// Drawn rather than loaded: no image plugin (SVG) is needed for the tray to have an icon.
QIcon trayIcon(bool paused)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 64.0;
        QLinearGradient fill(0, 0, 0, size);
        fill.setColorAt(0, paused ? QColor(0x9a, 0x95, 0x8b) : QColor(0xf6, 0xb4, 0x42));
        fill.setColorAt(1, paused ? QColor(0x5f, 0x5b, 0x55) : QColor(0xc4, 0x64, 0x0a));
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(8 * unit, 4 * unit, 48 * unit, 56 * unit), 8 * unit, 8 * unit);
        painter.setBrush(QColor(0x1b, 0x17, 0x12));
        painter.drawRoundedRect(QRectF(14 * unit, 10 * unit, 36 * unit, 34 * unit), 4 * unit, 4 * unit);
        painter.setBrush(QColor(0xff, 0xff, 0xff, 230));
        painter.drawRoundedRect(QRectF(14 * unit, 48 * unit, 36 * unit, 6 * unit), 3 * unit, 3 * unit);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TrayController::TrayController(Daemon &daemon, QObject *parent)
    : QObject(parent)
    , m_daemon(daemon)
    , m_baseUrl(TrayStatus::baseUrlFor(daemon.settings().host, daemon.port()))
{
    buildMenu();
    m_timer.setInterval(RefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &TrayController::refresh);
    connect(&m_watcher, &QFutureWatcher<TrayStatus>::finished, this, [this] { apply(m_watcher.result()); });
}

TrayController::~TrayController()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

bool TrayController::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayController::unavailableMessage()
{
    return QCoreApplication::translate("Marquee::Tray::TrayController",
                                       "--tray: no system tray is available on this display; running headless.");
}

QString TrayController::posterTemplate(const QString &baseUrl)
{
    const QList<Presets::Preset> presets = Presets::PresetCatalog::current();
    const QString preset = presets.isEmpty() ? QStringLiteral("bar_notch") : presets.first().id;
    return baseUrl + QStringLiteral("/p/") + preset + QStringLiteral("/{type}/{imdb_id}.jpg");
}

void TrayController::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_listening = m_menu->addAction(QString());
    m_renders = m_menu->addAction(QString());
    m_cache = m_menu->addAction(QString());
    for (QAction *line : {m_listening, m_renders, m_cache})
        line->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(QCoreApplication::translate("Marquee::Tray::TrayController", "Open configurator"), this, [this] {
        QDesktopServices::openUrl(QUrl(m_baseUrl + QLatin1Char('/')));
    });
    m_menu->addAction(QCoreApplication::translate("Marquee::Tray::TrayController", "Copy poster URL"), this, [this] {
        QGuiApplication::clipboard()->setText(posterTemplate(m_baseUrl));
        if (m_icon)
            m_icon->showMessage(QStringLiteral("Marquee"),
                                QCoreApplication::translate("Marquee::Tray::TrayController", "Copied %1")
                                    .arg(posterTemplate(m_baseUrl)),
                                QSystemTrayIcon::Information, 2500);
    });
    m_pause = m_menu->addAction(QCoreApplication::translate("Marquee::Tray::TrayController", "Pause serving"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &TrayController::togglePause);
    m_menu->addSeparator();
    m_menu->addAction(QCoreApplication::translate("Marquee::Tray::TrayController", "Quit"), this,
                      [] { QCoreApplication::quit(); });

    m_icon = new QSystemTrayIcon(trayIcon(false), this);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            QDesktopServices::openUrl(QUrl(m_baseUrl + QLatin1Char('/')));
    });
    apply(TrayStatus::collect(m_baseUrl, m_daemon.pipeline().stats(), {}, true, m_daemon.paused()));
}

void TrayController::show()
{
    m_icon->show();
    refresh();
    m_timer.start();
}

void TrayController::togglePause(bool paused)
{
    m_daemon.setPaused(paused);
    m_pause->setText(paused ? QCoreApplication::translate("Marquee::Tray::TrayController", "Resume serving")
                            : QCoreApplication::translate("Marquee::Tray::TrayController", "Pause serving"));
    m_icon->setIcon(trayIcon(paused));
    refresh();
}

void TrayController::refresh()
{
    if (m_watcher.isRunning())
        return;
    // Table counts hit the database (maybe PostgreSQL over the network): never on the GUI thread.
    Daemon *daemon = &m_daemon;
    const QString baseUrl = m_baseUrl;
    m_watcher.setFuture(QtConcurrent::run([daemon, baseUrl] {
        const auto counts = daemon->storage().tableCounts();
        return TrayStatus::collect(baseUrl, daemon->pipeline().stats(), counts ? *counts : QHash<QString, qint64>(),
                                   counts.has_value(), daemon->paused());
    }));
}

void TrayController::apply(const TrayStatus &status)
{
    m_listening->setText(status.listeningLine());
    m_renders->setText(status.rendersLine());
    m_cache->setText(status.cacheLine());
    m_icon->setToolTip(status.tooltip());
}

} // namespace Marquee::Tray
