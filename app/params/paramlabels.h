#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "core/config/paramregistry.h"

namespace Marquee::App {

// Human, translated names for the registry's parameters and for the values of its numbered modes.
// The registry holds the facts (type, range, default, group); this holds only what a person reads.
class ParamLabels
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::App::ParamLabels)

public:
    static QString label(Config::Param param);
    // Int params whose numbers are modes (rating_display_mode…): value → label; empty for plain numbers.
    static QList<QPair<int, QString>> modes(Config::Param param);
    // A Choice value's display text; the token itself when it needs no words.
    static QString choice(const QString &token);
};

} // namespace Marquee::App
