#pragma once

#include <QColor>

#include "core/render/renderinputs.h"

namespace Marquee::Render {

struct SashColors
{
    QColor hi;      // ribbon gradient, bright
    QColor lo;      // ribbon gradient, dark
    QColor border;  // ribbon edge trim
    QColor accent;  // notch text / trim accent
};

// The colour family of each sash type (reference §2.8), shared by the diagonal sash and the notch.
class SashPalette
{
public:
    static SashColors colors(SashType type);
};

} // namespace Marquee::Render
