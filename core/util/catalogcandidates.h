#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Marquee {

// Catalog suffixes to try for `locale`, best first: the exact name, then the UI languages, then the
// bare language. The exact name leads because Qt lists "pt" before "pt-BR" among a Brazilian's UI
// languages, and "pt" is the European Portuguese catalog.
inline QStringList catalogCandidates(const QLocale &locale)
{
    QStringList candidates{locale.name()};
    for (const QString &language : locale.uiLanguages())
        candidates.append(QString(language).replace(QLatin1Char('-'), QLatin1Char('_')));
    candidates.append(locale.name().section(QLatin1Char('_'), 0, 0));
    candidates.removeDuplicates();
    return candidates;
}

} // namespace Marquee
