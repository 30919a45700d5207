#include "app/appsettings.h"

namespace Marquee::App {

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>(QStringLiteral("Marquee"), QStringLiteral("marquee"))
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

} // namespace Marquee::App
