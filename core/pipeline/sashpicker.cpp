#include "core/pipeline/sashpicker.h"

#include <QCoreApplication>
#include <QLocale>

namespace Marquee::Pipeline {

namespace {

using Render::SashInfo;
using Render::SashType;

// Text drawn on a poster must not follow the process locale: the composite key does not include it.
// The labels are marked for the catalogs (QT_TRANSLATE_NOOP) and drawn in English here.
QString label(const char *text)
{
    return QString::fromUtf8(text);
}

bool hasKeyword(const SashFacts &facts, QLatin1String keyword)
{
    return facts.keywords.contains(keyword, Qt::CaseInsensitive);
}

std::optional<SashInfo> festival(const SashFacts &facts)
{
    // Prestige order of reference §2.8a; the keyword alone earns the "<Festival> Winner" label.
    struct Festival { QLatin1String keyword; const char *label; };
    static const Festival festivals[] = {
        {QLatin1String("festival-cannes-winner"), QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Cannes Winner")},
        {QLatin1String("festival-venice-winner"), QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Venice Winner")},
        {QLatin1String("festival-berlin-winner"), QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Berlin Winner")},
        {QLatin1String("festival-locarno-winner"), QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Locarno Winner")},
        {QLatin1String("festival-sundance-winner"), QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Sundance Winner")},
    };
    for (const Festival &entry : festivals) {
        if (hasKeyword(facts, entry.keyword))
            return SashInfo{label(entry.label), SashType::Win};
    }
    return std::nullopt;
}

bool isNewRelease(const SashFacts &facts, const QDate &today)
{
    const QDate released = QDate::fromString(facts.releaseDate, Qt::ISODate);
    if (!released.isValid())
        return false;
    const qint64 age = released.daysTo(today);
    return age >= 0 && age <= SashPicker::NewReleaseDays;
}

std::optional<SashInfo> foreign(const SashFacts &facts)
{
    const QString code = facts.originalLanguage.trimmed().toLower();
    if (code.isEmpty() || code == QLatin1String("en"))
        return std::nullopt;
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Foreign")), SashType::Info};
    return SashInfo{QLocale::languageToString(language), SashType::Info};
}

bool isBingeReady(const SashFacts &facts)
{
    if (facts.type != MediaType::Tv || facts.numberOfSeasons < 3)
        return false;
    const double perSeason = double(facts.numberOfEpisodes) / facts.numberOfSeasons;
    return perSeason >= 6 && perSeason <= 20;
}

} // namespace

const QStringList &SashPicker::supportedSlots()
{
    static const QStringList supported{
        QStringLiteral("wins"),       QStringLiteral("festival"),   QStringLiteral("pic_noms"),
        QStringLiteral("metacritic"), QStringLiteral("new_release"), QStringLiteral("cult"),
        QStringLiteral("foreign"),    QStringLiteral("true_story"), QStringLiteral("short_film"),
        QStringLiteral("mini_series"), QStringLiteral("binge_ready"),
    };
    return supported;
}

std::optional<Render::SashInfo> SashPicker::evaluate(const QString &slot, const SashFacts &facts,
                                                     const QDate &today)
{
    if (slot == QLatin1String("wins")) {
        if (hasKeyword(facts, QLatin1String("best-picture-winner")))
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Oscar Winner")), SashType::Win};
    } else if (slot == QLatin1String("festival")) {
        return festival(facts);
    } else if (slot == QLatin1String("pic_noms")) {
        if (hasKeyword(facts, QLatin1String("best-picture-nominated")))
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Oscar Nominee")), SashType::Nom};
    } else if (slot == QLatin1String("metacritic")) {
        if (hasKeyword(facts, QLatin1String("metacritic-must-see")))
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Must-See")), SashType::Nom};
    } else if (slot == QLatin1String("new_release")) {
        if (isNewRelease(facts, today))
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "New")), SashType::Alert};
    } else if (slot == QLatin1String("cult")) {
        if (hasKeyword(facts, QLatin1String("cult-classic")) || hasKeyword(facts, QLatin1String("cult-film")))
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Cult Classic")),
                            SashType::Trending};
    } else if (slot == QLatin1String("foreign")) {
        return foreign(facts);
    } else if (slot == QLatin1String("true_story")) {
        if (hasKeyword(facts, QLatin1String("based-on-true-story")))
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "True Story")), SashType::Info};
    } else if (slot == QLatin1String("short_film")) {
        if (facts.type == MediaType::Movie && facts.runtime > 0 && facts.runtime < 40)
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Short Film")), SashType::Info};
    } else if (slot == QLatin1String("mini_series")) {
        if (facts.type == MediaType::Tv && facts.numberOfSeasons == 1 && facts.numberOfEpisodes >= 1
            && facts.numberOfEpisodes <= 8)
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Mini Series")), SashType::Info};
    } else if (slot == QLatin1String("binge_ready")) {
        if (isBingeReady(facts))
            return SashInfo{label(QT_TRANSLATE_NOOP("Marquee::Pipeline::SashPicker", "Binge Ready")), SashType::Info};
    }
    return std::nullopt;
}

std::optional<Render::SashInfo> SashPicker::pick(const SashFacts &facts, const QStringList &priority,
                                                 const QDate &today)
{
    for (const QString &slot : priority) {
        if (auto sash = evaluate(slot, facts, today))
            return sash;
    }
    return std::nullopt;
}

} // namespace Marquee::Pipeline
