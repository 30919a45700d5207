#pragma once

#include <optional>

#include <QString>

#include "core/render/renderinputs.h"

namespace Marquee::Render {

// The words and numbers the rating elements print (reference §2.5): the display genre, the score as
// "87" or "8.7", the year. Kept together so every mode formats them the same way.
class RatingText
{
public:
    // "Documentary" prints as "Doc"; hidden or blank genres print nothing.
    static QString displayGenre(const QString &genre, bool hidden);
    // 87 → "87"; out of ten: 87 → "8.7", 100 → "10", 0 → "0.0".
    static QString score(int score, bool outOf10);
    static QString year(int year);  // 0 (unknown) → empty
    static QString star();          // "★"
    // The sash label, with the "★  " winner prefix when sash_winner_star is on and the type is Win.
    static QString sashLabel(const SashInfo &sash, bool winnerStar);
};

} // namespace Marquee::Render
