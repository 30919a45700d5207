#pragma once

#include <QGuiApplication>
#include <QString>

#include <memory>

namespace Marquee { class Daemon; }

namespace Marquee::Tray {

// The seam between marqueed's main.cpp and Widgets: main never includes QApplication, it asks here.
//
//   auto app = TrayApplication::wantsTray(argc, argv) ? TrayApplication::create(argc, argv)
//                                                     : std::make_unique<QGuiApplication>(argc, argv);
//   …daemon listening…
//   auto tray = TrayApplication::start(*daemon);   // nullptr + message on stderr when there is no tray
class TrayApplication
{
public:
    // True when the command line asks for --tray (scanned before any QCoreApplication exists).
    static bool wantsTray(int argc, char **argv);
    // A QApplication on the real platform. Without a display (no DISPLAY / WAYLAND_DISPLAY and no
    // QT_QPA_PLATFORM) it falls back to offscreen, so start() can report and continue headless.
    static std::unique_ptr<QGuiApplication> create(int &argc, char **argv);
    // Shows the tray over `daemon`; nullptr (after printing TrayController::unavailableMessage() to
    // stderr) when the platform has no system tray.
    static std::unique_ptr<QObject> start(Daemon &daemon);
};

} // namespace Marquee::Tray
