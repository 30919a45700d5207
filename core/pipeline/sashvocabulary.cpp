#include "core/pipeline/sashvocabulary.h"

#include "core/pipeline/sashvocabulary_p.h"

namespace Marquee::Pipeline {

namespace {

using VocabularyData::Table;

const Table *tableFor(const QString &code)
{
    for (const Table *table : VocabularyData::tables()) {
        if (code == QLatin1String(table->code))
            return table;
    }
    return nullptr;
}

QString text(const char *translated, const char *english)
{
    return QString::fromUtf8(translated ? translated : english);
}

} // namespace

SashVocabulary::SashVocabulary(const VocabularyData::Table *table)
    : m_table(table)
{
}

SashVocabulary SashVocabulary::forLanguage(const QString &logoLanguage)
{
    // Region-qualified tables win (pt-br before pt); otherwise the base language; otherwise English.
    QString code = logoLanguage.trimmed().toLower();
    code.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (const Table *exact = tableFor(code))
        return SashVocabulary(exact);
    if (const Table *base = tableFor(code.section(QLatin1Char('-'), 0, 0)))
        return SashVocabulary(base);
    return SashVocabulary(&VocabularyData::english());
}

const QStringList &SashVocabulary::languages()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const Table *table : VocabularyData::tables())
            list.append(QString::fromLatin1(table->code));
        return list;
    }();
    return codes;
}

QString SashVocabulary::code() const
{
    return QString::fromLatin1(m_table->code);
}

QString SashVocabulary::englishWord(SashWord word)
{
    return QString::fromUtf8(VocabularyData::englishWords()[static_cast<size_t>(word)]);
}

QString SashVocabulary::word(SashWord word) const
{
    const auto index = static_cast<size_t>(word);
    return text(m_table->words[index], VocabularyData::englishWords()[index]);
}

QString SashVocabulary::trending(int rank) const
{
    return QString::fromUtf8(m_table->trending).replace(QLatin1String("{rank}"), QString::number(rank));
}

QString SashVocabulary::month(int month) const
{
    if (month < 1 || month > 12)
        return {};
    return QString::fromUtf8(m_table->months[static_cast<size_t>(month - 1)]);
}

QString SashVocabulary::releaseDate(const QDate &date, SashWord window, const QDate &today) const
{
    const bool nearby = today.daysTo(date) < DayFormatHorizonDays;
    QString label = QString::fromUtf8(nearby ? m_table->releaseDay : m_table->releaseMonth);
    label.replace(QLatin1String("{month}"), month(date.month()));
    label.replace(QLatin1String("{day}"), QString::number(date.day()));
    label.replace(QLatin1String("{year}"), QString::number(date.year()));
    label.replace(QLatin1String("{window}"), word(window));
    return label;
}

QString SashVocabulary::languageName(const QString &iso639) const
{
    const QString code = iso639.trimmed().toLower();
    if (code.isEmpty())
        return {};
    const auto &names = VocabularyData::languageNames();
    for (size_t i = 0; i < names.size(); ++i) {
        const QStringList codes = QString::fromLatin1(names[i].codes).split(QLatin1Char(' '));
        if (codes.contains(code))
            return text(m_table->languageNames[i], names[i].english);
    }
    return {};
}

QString SashVocabulary::genre(const QString &englishGenre) const
{
    const auto &keys = VocabularyData::genreKeys();
    for (size_t i = 0; i < keys.size(); ++i) {
        if (englishGenre == QLatin1String(keys[i]))
            return text(m_table->genres[i], keys[i]);
    }
    return englishGenre;
}

} // namespace Marquee::Pipeline
