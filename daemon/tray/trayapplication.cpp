#include "daemon/tray/trayapplication.h"

#include <cstdio>
#include <cstring>

#include <QApplication>

#include "daemon/tray/traycontroller.h"

namespace Marquee::Tray {

bool TrayApplication::wantsTray(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--tray") == 0 || std::strcmp(argv[i], "-tray") == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QGuiApplication> TrayApplication::create(int &argc, char **argv)
{
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (!display && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");  // no display: QApplication would abort; start() explains
    auto app = std::make_unique<QApplication>(argc, argv);
    app->setQuitOnLastWindowClosed(false);  // the tray menu is not a window the daemon lives by
    return app;
}

std::unique_ptr<QObject> TrayApplication::start(Daemon &daemon)
{
    if (!TrayController::available()) {
        const QByteArray text = TrayController::unavailableMessage().toLocal8Bit() + '\n';
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
        std::fflush(stderr);
        return nullptr;
    }
    auto controller = std::make_unique<TrayController>(daemon);
    controller->show();
    return controller;
}

} // namespace Marquee::Tray
