#include "core/render/sashpalette.h"

namespace Marquee::Render {

SashColors SashPalette::colors(SashType type)
{
    switch (type) {
    case SashType::Win:
        return {QColor(212, 175, 55), QColor(160, 130, 40), QColor(212, 175, 55), QColor(212, 175, 55)};
    case SashType::Prestige:
        return {QColor(160, 100, 230), QColor(100, 55, 160), QColor(190, 140, 255), QColor(190, 140, 255)};
    case SashType::Cast:
        return {QColor(46, 125, 50), QColor(27, 94, 32), QColor(102, 187, 106), QColor(102, 187, 106)};
    case SashType::Info:
        return {QColor(60, 190, 180), QColor(30, 130, 120), QColor(100, 220, 210), QColor(100, 220, 210)};
    case SashType::Alert:
        return {QColor(200, 55, 55), QColor(145, 25, 25), QColor(240, 100, 100), QColor(240, 100, 100)};
    case SashType::Trending:
        return {QColor(90, 170, 255), QColor(50, 110, 190), QColor(160, 220, 255), QColor(160, 220, 255)};
    case SashType::Nom:
        break;
    }
    return {QColor(180, 180, 190), QColor(110, 110, 120), QColor(192, 192, 200), QColor(192, 192, 200)};
}

} // namespace Marquee::Render
