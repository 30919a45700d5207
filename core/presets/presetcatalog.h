#pragma once

#include <QList>
#include <QString>
#include <QUrlQuery>

#include "core/config/renderconfig.h"

namespace Marquee::Presets {

// A named set of render parameters served at /p/{id}/… (reference §4).
struct Preset
{
    QString id;
    QString name;         // translated display name
    QString description;  // translated gallery text
    QUrlQuery params;     // the preset's render parameters exactly as the reference lists them
    bool retired = false; // still resolvable, not listed

    Config::RenderConfig config() const { return Config::RenderConfig::fromQuery(params); }
};

// The built-in catalogue: the ten current presets in gallery order, then the retired ones.
class PresetCatalog
{
public:
    static const QList<Preset> &builtIn();
    static QList<Preset> current();                 // the ten listed ones, in order
    static const Preset *find(QStringView id);      // current or retired; nullptr when unknown
};

} // namespace Marquee::Presets
