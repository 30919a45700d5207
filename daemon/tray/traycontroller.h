#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

#include "daemon/tray/traystatus.h"

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Marquee { class Daemon; }

namespace Marquee::Tray {

// `marqueed --tray`: a system-tray icon over a running Daemon (the only Widgets code in the daemon,
// ARCHITECTURE §2). The menu shows the status (TrayStatus: address, renders, cache size, refreshed every
// few seconds, storage read off the GUI thread) and offers Open configurator (the web page at /),
// Copy poster URL (a /p template), Pause/Resume serving (Daemon::setPaused: render routes answer 503
// with a reason, everything else keeps answering, the port stays bound) and Quit.
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(Daemon &daemon, QObject *parent = nullptr);
    ~TrayController() override;

    // False when the platform has no tray (offscreen, a bare X server, a desktop without one).
    static bool available();
    // The text printed when --tray falls back to headless.
    static QString unavailableMessage();
    // The /p template the Copy action puts on the clipboard.
    static QString posterTemplate(const QString &baseUrl);

    void show();

private:
    void buildMenu();
    void refresh();
    void apply(const TrayStatus &status);
    void togglePause(bool paused);

    Daemon &m_daemon;
    QString m_baseUrl;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_listening = nullptr;
    QAction *m_renders = nullptr;
    QAction *m_cache = nullptr;
    QAction *m_pause = nullptr;
    QTimer m_timer;
    QFutureWatcher<TrayStatus> m_watcher;
};

} // namespace Marquee::Tray
