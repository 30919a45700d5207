#pragma once

#include <QList>
#include <QString>

namespace Marquee::Pipeline {

// The one display genre of a title (reference §2.14): the first id of GENRE_PRIORITY present in the
// title's TMDB genre ids, mapped through GENRE_MAP; "Unknown" when none matches.
class GenreLabel
{
public:
    static QString forGenreIds(const QList<int> &genreIds);
    static QString name(int genreId);            // empty for an unmapped id
    static const QList<int> &priority();
};

} // namespace Marquee::Pipeline
