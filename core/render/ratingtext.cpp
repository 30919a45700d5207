#include "core/render/ratingtext.h"

#include <algorithm>

#include <QCoreApplication>

namespace Marquee::Render {

QString RatingText::displayGenre(const QString &genre, bool hidden)
{
    const QString trimmed = genre.trimmed();
    if (hidden || trimmed.isEmpty())
        return QString();
    if (trimmed.compare(QLatin1String("Documentary"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Doc");  // drawn text never follows the process locale
    return trimmed;
}

QString RatingText::score(int score, bool outOf10)
{
    const int s = std::clamp(score, 0, 100);
    if (!outOf10)
        return QString::number(s);
    if (s == 100)
        return QStringLiteral("10");
    return QString::number(s / 10) + QLatin1Char('.') + QString::number(s % 10);
}

QString RatingText::year(int year)
{
    return year > 0 ? QString::number(year) : QString();
}

QString RatingText::star()
{
    return QString(QChar(0x2605));
}

QString RatingText::sashLabel(const SashInfo &sash, bool winnerStar)
{
    const QString label = sash.label.trimmed();
    if (label.isEmpty() || !winnerStar || sash.type != SashType::Win)
        return label;
    return star() + QStringLiteral("  ") + label;
}

} // namespace Marquee::Render
