#include "core/pipeline/genrelabel.h"

#include <QCoreApplication>
#include <QHash>

namespace Marquee::Pipeline {

const QList<int> &GenreLabel::priority()
{
    static const QList<int> order{27, 53, 9648, 878, 10765, 80, 35, 10749, 14, 16, 10751, 28, 10759,
                                  36, 10402, 10752, 10768, 37, 99, 18, 12, 10764, 10762, 10763, 10766, 10767};
    return order;
}

QString GenreLabel::name(int genreId)
{
    // TV-only ids fold onto the movie names (10759 Action & Adventure → Action, 10765 → Sci-Fi…).
    static const QHash<int, const char *> names{
        {28, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Action")},
        {12, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Adventure")},
        {16, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Animation")},
        {35, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Comedy")},
        {80, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Crime")},
        {99, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Documentary")},
        {18, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Drama")},
        {10751, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Family")},
        {14, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Fantasy")},
        {36, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "History")},
        {27, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Horror")},
        {10402, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Music")},
        {9648, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Mystery")},
        {10749, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Romance")},
        {878, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Sci-Fi")},
        {53, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Thriller")},
        {10752, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "War")},
        {37, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Western")},
        {10759, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Action")},
        {10762, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Kids")},
        {10763, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "News")},
        {10764, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Reality")},
        {10765, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Sci-Fi")},
        {10766, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Soap")},
        {10767, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Talk")},
        {10768, QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "War")},
    };
    // Drawn text must not follow the process locale (the composite key does not include it), so the
    // marked names are returned untranslated.
    const char *source = names.value(genreId, nullptr);
    return source ? QString::fromLatin1(source) : QString();
}

QString GenreLabel::forGenreIds(const QList<int> &genreIds)
{
    for (int id : priority()) {
        if (genreIds.contains(id))
            return name(id);
    }
    return QString::fromLatin1(QT_TRANSLATE_NOOP("Marquee::Pipeline::GenreLabel", "Unknown"));
}

} // namespace Marquee::Pipeline
