#pragma once

#include <QFont>
#include <QImage>
#include <QString>

#include "tests/tools/samplegen/catalog.h"

namespace Marquee::SampleGen {

// Letters a clearlogo: each line centred, fitted into about 800×310, filled with a vertical gradient
// over a hairline outline and a soft drop shadow, then cropped to its ink plus a small margin.
QImage paintLogo(const LogoStyle &style, const QFont &face);

} // namespace Marquee::SampleGen
