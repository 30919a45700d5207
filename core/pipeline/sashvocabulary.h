#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Marquee::Pipeline {

namespace VocabularyData { struct Table; }

// Every fixed word a sash can carry (reference §2.8 labels and status words).
enum class SashWord {
    OscarWinner, OscarNominee, EmmyWinner, EmmyNominee, GlobeWinner, GlobeNominee,
    PalmeDor, CannesWinner, GoldenLion, VeniceWinner, GoldenBear, BerlinWinner,
    GoldenLeopard, LocarnoWinner, SundanceGrandJury, SundanceWinner,
    MustSee, New, Premiere, JustAdded, NewSeason, SeasonFinale, Returning,
    CultClassic, TrueStory, ShortFilm, MiniSeries, BingeReady, Foreign,
    Airing, Ended, Cancelled, Physical, Streaming, Cinema, Production,
};
inline constexpr int SashWordCount = static_cast<int>(SashWord::Production) + 1;

// The words drawn on a poster, in the request's language (reference §2.14: poster text language =
// logo_language; Marquee ships en, es, fr, it, pt and pt-BR). Poster text must never follow the process
// locale or the Qt catalogs: the composite key carries logo_language, not the server's locale, so the
// tables live here and are chosen per request.
//
//   const SashVocabulary words = SashVocabulary::forLanguage(config.text(Param::LogoLanguage));
//   words.word(SashWord::Cinema);                                  // "En cines" for "es-MX"
//   words.releaseDate(QDate(2027, 12, 3), SashWord::Cinema, today); // "En cines Dic 2027"
class SashVocabulary
{
public:
    // "pt-BR", "pt_br" → pt-br; "fr-FR" → fr; anything unknown (or empty) → en.
    static SashVocabulary forLanguage(const QString &logoLanguage);
    static const QStringList &languages();   // the codes with a table: en, es, fr, it, pt, pt-br

    QString code() const;
    QString word(SashWord word) const;
    static QString englishWord(SashWord word);  // the key of the reference's language files

    // "#3 Today" (reference sashLabels.trendingToday).
    QString trending(int rank) const;
    // A dated release-status label: "Oct 16 Cinema" while the date is less than a year ahead, else
    // "Dec 2027 Cinema" (reference releaseDay / releaseMonth), word order per language. `window` is
    // the status word of the release window (Cinema, Streaming or Physical).
    QString releaseDate(const QDate &date, SashWord window, const QDate &today) const;
    QString month(int month) const;          // 1–12 → "Oct" / "Dic"…; empty out of range

    // The sash name of an original language (ISO 639-1, e.g. "fr" → "French" / "Francés"); empty when
    // the language has no name in the table (the caller then shows Foreign).
    QString languageName(const QString &iso639) const;
    // A display genre ("Horror", "Sci-Fi", "Unknown"… as GenreLabel names them) in this language;
    // an unknown name comes back unchanged.
    QString genre(const QString &englishGenre) const;

    static constexpr int DayFormatHorizonDays = 365;

private:
    explicit SashVocabulary(const VocabularyData::Table *table);

    const VocabularyData::Table *m_table;
};

} // namespace Marquee::Pipeline
