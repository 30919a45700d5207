#include <QTest>

#include <QSet>

#include "core/pipeline/sashvocabulary.h"

using namespace Marquee::Pipeline;

class tst_SashVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void languageChoice_data();
    void languageChoice();
    void everyLanguageHasEveryWord_data();
    void everyLanguageHasEveryWord();
    void wordsAreTranslated_data();
    void wordsAreTranslated();
    void dates_data();
    void dates();
    void trending_data();
    void trending();
    void languageNames_data();
    void languageNames();
    void genres();
};

void tst_SashVocabulary::languageChoice_data()
{
    QTest::addColumn<QString>("logoLanguage");
    QTest::addColumn<QString>("code");
    QTest::newRow("en") << "en" << "en";
    QTest::newRow("es") << "es" << "es";
    QTest::newRow("es-MX falls back to es") << "es-MX" << "es";
    QTest::newRow("fr-fr") << "fr-fr" << "fr";
    QTest::newRow("it") << "IT" << "it";
    QTest::newRow("pt") << "pt" << "pt";
    QTest::newRow("pt-PT is pt") << "pt-PT" << "pt";
    QTest::newRow("pt-BR") << "pt-BR" << "pt-br";
    QTest::newRow("pt_br") << "pt_br" << "pt-br";
    QTest::newRow("unknown → en") << "de" << "en";
    QTest::newRow("empty → en") << "" << "en";
    QTest::newRow("garbage → en") << "%%" << "en";
}

void tst_SashVocabulary::languageChoice()
{
    QFETCH(QString, logoLanguage);
    QFETCH(QString, code);
    QCOMPARE(SashVocabulary::forLanguage(logoLanguage).code(), code);
}

void tst_SashVocabulary::everyLanguageHasEveryWord_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : SashVocabulary::languages())
        QTest::newRow(qPrintable(code)) << code;
}

void tst_SashVocabulary::everyLanguageHasEveryWord()
{
    QFETCH(QString, language);
    const SashVocabulary words = SashVocabulary::forLanguage(language);
    QCOMPARE(words.code(), language);
    QSet<QString> seen;
    for (int i = 0; i < SashWordCount; ++i) {
        const QString word = words.word(static_cast<SashWord>(i));
        QVERIFY2(!word.trimmed().isEmpty(), qPrintable(SashVocabulary::englishWord(static_cast<SashWord>(i))));
        // A label a sash has to carry: short enough for the diagonal sash at its smallest font.
        QVERIFY2(word.size() <= 20, qPrintable(word));
        QVERIFY2(!seen.contains(word), qPrintable(word));  // two kinds must never read the same
        seen.insert(word);
    }
    for (int month = 1; month <= 12; ++month)
        QVERIFY(!words.month(month).isEmpty());
    QVERIFY(words.month(0).isEmpty());
    QVERIFY(words.month(13).isEmpty());
}

void tst_SashVocabulary::wordsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en cinema") << "en" << int(SashWord::Cinema) << "Cinema";
    QTest::newRow("es cinema") << "es" << int(SashWord::Cinema) << "En cines";
    QTest::newRow("fr cinema") << "fr" << int(SashWord::Cinema) << "Au cinéma";
    QTest::newRow("it cinema") << "it" << int(SashWord::Cinema) << "Al cinema";
    QTest::newRow("pt cinema") << "pt" << int(SashWord::Cinema) << "Nos cinemas";
    QTest::newRow("pt-br physical") << "pt-br" << int(SashWord::Physical) << "Mídia física";
    QTest::newRow("pt physical") << "pt" << int(SashWord::Physical) << "Suporte físico";
    QTest::newRow("es oscar") << "es" << int(SashWord::OscarWinner) << "Ganadora del Óscar";
    QTest::newRow("fr cancelled") << "fr" << int(SashWord::Cancelled) << "Annulée";
    QTest::newRow("it season finale") << "it" << int(SashWord::SeasonFinale) << "Finale di stagione";
    QTest::newRow("pt-br new") << "pt-br" << int(SashWord::New) << "Lançamento";
    QTest::newRow("en sundance gj") << "en" << int(SashWord::SundanceGrandJury) << "Sundance GJ";
}

void tst_SashVocabulary::wordsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, word);
    QFETCH(QString, expected);
    QCOMPARE(SashVocabulary::forLanguage(language).word(static_cast<SashWord>(word)), expected);
    QCOMPARE(SashVocabulary::forLanguage(QStringLiteral("en")).word(static_cast<SashWord>(word)),
             SashVocabulary::englishWord(static_cast<SashWord>(word)));
}

void tst_SashVocabulary::dates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("expected");
    const QDate today(2026, 11, 22);
    QTest::newRow("en Oct 16") << "en" << QDate(2027, 10, 16) << int(SashWord::Cinema) << "Oct 16 Cinema";
    QTest::newRow("en day form") << "en" << QDate(2026, 12, 1) << int(SashWord::Cinema) << "Dec 1 Cinema";
    QTest::newRow("en 364 days ahead") << "en" << today.addDays(364) << int(SashWord::Streaming) << "Nov 21 Streaming";
    QTest::newRow("en 365 days ahead") << "en" << today.addDays(365) << int(SashWord::Streaming) << "Nov 2027 Streaming";
    QTest::newRow("en Dec 2027") << "en" << QDate(2027, 12, 3) << int(SashWord::Cinema) << "Dec 2027 Cinema";
    QTest::newRow("es") << "es" << QDate(2027, 1, 5) << int(SashWord::Cinema) << "En cines 5 Ene";
    QTest::newRow("es month") << "es" << QDate(2027, 12, 3) << int(SashWord::Cinema) << "En cines Dic 2027";
    QTest::newRow("fr") << "fr" << QDate(2027, 2, 14) << int(SashWord::Physical) << "Support physique 14 Févr";
    QTest::newRow("fr month") << "fr" << QDate(2028, 8, 1) << int(SashWord::Cinema) << "Au cinéma Août 2028";
    QTest::newRow("it") << "it" << QDate(2027, 6, 30) << int(SashWord::Streaming) << "Streaming 30 Giu";
    QTest::newRow("pt") << "pt" << QDate(2027, 5, 1) << int(SashWord::Cinema) << "Nos cinemas 1 Mai";
    QTest::newRow("pt-br") << "pt-br" << QDate(2027, 10, 12) << int(SashWord::Physical) << "Mídia física 12 Out";
}

void tst_SashVocabulary::dates()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(int, window);
    QFETCH(QString, expected);
    const QDate today(2026, 11, 22);
    QCOMPARE(SashVocabulary::forLanguage(language).releaseDate(date, static_cast<SashWord>(window), today), expected);
}

void tst_SashVocabulary::trending_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("rank");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << 1 << "#1 Today";
    QTest::newRow("es") << "es" << 12 << "#12 hoy";
    QTest::newRow("fr") << "fr" << 3 << "#3 du jour";
    QTest::newRow("it") << "it" << 40 << "#40 oggi";
    QTest::newRow("pt") << "pt" << 7 << "#7 hoje";
    QTest::newRow("pt-br") << "pt-br" << 100 << "#100 hoje";
}

void tst_SashVocabulary::trending()
{
    QFETCH(QString, language);
    QFETCH(int, rank);
    QFETCH(QString, expected);
    QCOMPARE(SashVocabulary::forLanguage(language).trending(rank), expected);
}

void tst_SashVocabulary::languageNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en fr") << "en" << "fr" << "French";
    QTest::newRow("en cn (Cantonese as TMDB spells it)") << "en" << "cn" << "Chinese";
    QTest::newRow("en nb") << "en" << "nb" << "Norwegian";
    QTest::newRow("es ja") << "es" << "ja" << "Japonés";
    QTest::newRow("fr ko") << "fr" << "ko" << "Coréen";
    QTest::newRow("it de") << "it" << "DE" << "Tedesco";
    QTest::newRow("pt sv") << "pt" << "sv" << "Sueco";
    QTest::newRow("pt-br nl") << "pt-br" << "nl" << "Holandês";
    QTest::newRow("unlisted → empty") << "en" << "xh" << "";
    QTest::newRow("empty → empty") << "fr" << "" << "";
}

void tst_SashVocabulary::languageNames()
{
    QFETCH(QString, language);
    QFETCH(QString, iso);
    QFETCH(QString, expected);
    QCOMPARE(SashVocabulary::forLanguage(language).languageName(iso), expected);
}

void tst_SashVocabulary::genres()
{
    QCOMPARE(SashVocabulary::forLanguage(QStringLiteral("es")).genre(QStringLiteral("Horror")), QStringLiteral("Terror"));
    QCOMPARE(SashVocabulary::forLanguage(QStringLiteral("fr")).genre(QStringLiteral("Sci-Fi")), QStringLiteral("Science-fiction"));
    QCOMPARE(SashVocabulary::forLanguage(QStringLiteral("pt-br")).genre(QStringLiteral("Western")), QStringLiteral("Faroeste"));
    QCOMPARE(SashVocabulary::forLanguage(QStringLiteral("en")).genre(QStringLiteral("Talk")), QStringLiteral("Talk"));
    QCOMPARE(SashVocabulary::forLanguage(QStringLiteral("it")).genre(QStringLiteral("Unknown")), QStringLiteral("Sconosciuto"));
    QCOMPARE(SashVocabulary::forLanguage(QStringLiteral("it")).genre(QStringLiteral("Not A Genre")), QStringLiteral("Not A Genre"));
}

QTEST_GUILESS_MAIN(tst_SashVocabulary)
#include "tst_sashvocabulary.moc"
