#include <QTest>

#include "core/config/paramregistry.h"
#include "core/pipeline/sashpicker.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using Render::SashType;

Q_DECLARE_METATYPE(Marquee::Render::SashType)
Q_DECLARE_METATYPE(Marquee::Pipeline::SashFacts)

namespace {

const QDate kToday(2026, 11, 22);

SashFacts movie()
{
    SashFacts facts;
    facts.type = MediaType::Movie;
    facts.releaseDate = QStringLiteral("1994-09-23");
    facts.originalLanguage = QStringLiteral("en");
    facts.runtime = 142;
    return facts;
}

SashFacts show(int seasons, int episodes)
{
    SashFacts facts;
    facts.type = MediaType::Tv;
    facts.releaseDate = QStringLiteral("2008-01-20");
    facts.originalLanguage = QStringLiteral("en");
    facts.numberOfSeasons = seasons;
    facts.numberOfEpisodes = episodes;
    return facts;
}

SashFacts withKeywords(QStringList keywords)
{
    SashFacts facts = movie();
    facts.keywords = std::move(keywords);
    return facts;
}

} // namespace

class tst_SashPicker : public QObject
{
    Q_OBJECT

private slots:
    void slotVerdict_data();
    void slotVerdict();
    void firstMatchingSlotInPriorityOrderWins();
    void priorityOrderIsTheRequests();
    void emptyPriorityMeansNoSash();
    void defaultPriorityPicksWinsBeforeCult();
    void unsupportedSlotsNeverMatch();
};

void tst_SashPicker::slotVerdict_data()
{
    QTest::addColumn<QString>("slot");
    QTest::addColumn<SashFacts>("facts");
    QTest::addColumn<QString>("label");  // empty = the slot does not apply
    QTest::addColumn<SashType>("type");

    QTest::newRow("wins: best picture winner") << QStringLiteral("wins") << withKeywords({QStringLiteral("best-picture-winner")})
                                               << QStringLiteral("Oscar Winner") << SashType::Win;
    QTest::newRow("wins: nominee is not a win") << QStringLiteral("wins") << withKeywords({QStringLiteral("best-picture-nominated")})
                                                << QString() << SashType::Win;
    QTest::newRow("festival: cannes") << QStringLiteral("festival") << withKeywords({QStringLiteral("festival-cannes-winner")})
                                      << QStringLiteral("Cannes Winner") << SashType::Win;
    QTest::newRow("festival: sundance") << QStringLiteral("festival") << withKeywords({QStringLiteral("festival-sundance-winner")})
                                        << QStringLiteral("Sundance Winner") << SashType::Win;
    QTest::newRow("festival: prestige order venice over locarno")
        << QStringLiteral("festival")
        << withKeywords({QStringLiteral("festival-locarno-winner"), QStringLiteral("festival-venice-winner")})
        << QStringLiteral("Venice Winner") << SashType::Win;
    QTest::newRow("festival: toronto was removed") << QStringLiteral("festival")
                                                   << withKeywords({QStringLiteral("festival-toronto-winner")})
                                                   << QString() << SashType::Win;
    QTest::newRow("pic_noms") << QStringLiteral("pic_noms") << withKeywords({QStringLiteral("best-picture-nominated")})
                              << QStringLiteral("Oscar Nominee") << SashType::Nom;
    QTest::newRow("metacritic") << QStringLiteral("metacritic") << withKeywords({QStringLiteral("metacritic-must-see")})
                                << QStringLiteral("Must-See") << SashType::Nom;

    SashFacts fresh = movie();
    fresh.releaseDate = kToday.addDays(-14).toString(Qt::ISODate);
    QTest::newRow("new_release: 14 days ago") << QStringLiteral("new_release") << fresh << QStringLiteral("New") << SashType::Alert;
    SashFacts old = movie();
    old.releaseDate = kToday.addDays(-15).toString(Qt::ISODate);
    QTest::newRow("new_release: 15 days ago") << QStringLiteral("new_release") << old << QString() << SashType::Alert;
    SashFacts upcoming = movie();
    upcoming.releaseDate = kToday.addDays(3).toString(Qt::ISODate);
    QTest::newRow("new_release: not out yet") << QStringLiteral("new_release") << upcoming << QString() << SashType::Alert;

    QTest::newRow("cult: cult-classic") << QStringLiteral("cult") << withKeywords({QStringLiteral("cult-classic")})
                                        << QStringLiteral("Cult Classic") << SashType::Trending;
    QTest::newRow("cult: cult-film") << QStringLiteral("cult") << withKeywords({QStringLiteral("cult-film")})
                                     << QStringLiteral("Cult Classic") << SashType::Trending;

    SashFacts french = movie();
    french.originalLanguage = QStringLiteral("fr");
    QTest::newRow("foreign: french") << QStringLiteral("foreign") << french << QStringLiteral("French") << SashType::Info;
    SashFacts korean = movie();
    korean.originalLanguage = QStringLiteral("ko");
    QTest::newRow("foreign: korean") << QStringLiteral("foreign") << korean << QStringLiteral("Korean") << SashType::Info;
    SashFacts unknown = movie();
    unknown.originalLanguage = QStringLiteral("qq");
    QTest::newRow("foreign: unknown code") << QStringLiteral("foreign") << unknown << QStringLiteral("Foreign") << SashType::Info;
    QTest::newRow("foreign: english") << QStringLiteral("foreign") << movie() << QString() << SashType::Info;

    QTest::newRow("true_story") << QStringLiteral("true_story") << withKeywords({QStringLiteral("based-on-true-story")})
                                << QStringLiteral("True Story") << SashType::Info;

    SashFacts shortFilm = movie();
    shortFilm.runtime = 39;
    QTest::newRow("short_film: 39 min") << QStringLiteral("short_film") << shortFilm << QStringLiteral("Short Film") << SashType::Info;
    shortFilm.runtime = 40;
    QTest::newRow("short_film: 40 min") << QStringLiteral("short_film") << shortFilm << QString() << SashType::Info;
    shortFilm.runtime = 0;
    QTest::newRow("short_film: unknown runtime") << QStringLiteral("short_film") << shortFilm << QString() << SashType::Info;

    QTest::newRow("mini_series: 1 season 6 eps") << QStringLiteral("mini_series") << show(1, 6)
                                                 << QStringLiteral("Mini Series") << SashType::Info;
    QTest::newRow("mini_series: 1 season 9 eps") << QStringLiteral("mini_series") << show(1, 9) << QString() << SashType::Info;
    QTest::newRow("mini_series: 2 seasons") << QStringLiteral("mini_series") << show(2, 6) << QString() << SashType::Info;

    QTest::newRow("binge_ready: 5 seasons 62 eps") << QStringLiteral("binge_ready") << show(5, 62)
                                                   << QStringLiteral("Binge Ready") << SashType::Info;
    QTest::newRow("binge_ready: 2 seasons") << QStringLiteral("binge_ready") << show(2, 20) << QString() << SashType::Info;
    QTest::newRow("binge_ready: 3 seasons 66 eps (22/season)") << QStringLiteral("binge_ready") << show(3, 66)
                                                               << QString() << SashType::Info;
    SashFacts movieWithSeasons = show(4, 40);
    movieWithSeasons.type = MediaType::Movie;
    QTest::newRow("binge_ready: not for movies") << QStringLiteral("binge_ready") << movieWithSeasons << QString()
                                                 << SashType::Info;
}

void tst_SashPicker::slotVerdict()
{
    QFETCH(QString, slot);
    QFETCH(SashFacts, facts);
    QFETCH(QString, label);
    QFETCH(SashType, type);

    const auto sash = SashPicker::evaluate(slot, facts, kToday);
    if (label.isEmpty()) {
        QVERIFY2(!sash, qPrintable(sash ? sash->label : QString()));
        return;
    }
    QVERIFY(sash);
    QCOMPARE(sash->label, label);
    QCOMPARE(sash->type, type);
    // Through pick() with just that slot the verdict is the same.
    QCOMPARE(SashPicker::pick(facts, {slot}, kToday)->label, label);
}

void tst_SashPicker::firstMatchingSlotInPriorityOrderWins()
{
    SashFacts facts = withKeywords({QStringLiteral("cult-classic"), QStringLiteral("based-on-true-story")});
    facts.originalLanguage = QStringLiteral("it");
    const QStringList priority{QStringLiteral("wins"), QStringLiteral("foreign"), QStringLiteral("cult"),
                               QStringLiteral("true_story")};
    const auto sash = SashPicker::pick(facts, priority, kToday);
    QVERIFY(sash);
    QCOMPARE(sash->label, QStringLiteral("Italian"));  // "wins" does not match, "foreign" is next
}

void tst_SashPicker::priorityOrderIsTheRequests()
{
    const SashFacts facts = withKeywords({QStringLiteral("cult-classic"), QStringLiteral("based-on-true-story")});
    QCOMPARE(SashPicker::pick(facts, {QStringLiteral("true_story"), QStringLiteral("cult")}, kToday)->label,
             QStringLiteral("True Story"));
    QCOMPARE(SashPicker::pick(facts, {QStringLiteral("cult"), QStringLiteral("true_story")}, kToday)->label,
             QStringLiteral("Cult Classic"));
    // A slot missing from the list is off even when it would match.
    QVERIFY(!SashPicker::pick(facts, {QStringLiteral("wins"), QStringLiteral("foreign")}, kToday));
}

void tst_SashPicker::emptyPriorityMeansNoSash()
{
    const SashFacts facts = withKeywords({QStringLiteral("best-picture-winner")});
    QVERIFY(!SashPicker::pick(facts, {}, kToday));
}

void tst_SashPicker::defaultPriorityPicksWinsBeforeCult()
{
    const SashFacts facts = withKeywords({QStringLiteral("cult-classic"), QStringLiteral("best-picture-winner")});
    const QStringList priority{QStringLiteral("wins"), QStringLiteral("gg_wins"), QStringLiteral("festival"),
                               QStringLiteral("pic_noms"), QStringLiteral("cult")};
    QCOMPARE(SashPicker::pick(facts, priority, kToday)->label, QStringLiteral("Oscar Winner"));
}

void tst_SashPicker::unsupportedSlotsNeverMatch()
{
    SashFacts facts = withKeywords({QStringLiteral("best-picture-winner")});
    for (const QString &slot : {QStringLiteral("trending"), QStringLiteral("gg_wins"), QStringLiteral("studio"),
                                QStringLiteral("cinema"), QStringLiteral("nonsense")})
        QVERIFY2(!SashPicker::evaluate(slot, facts, kToday), qPrintable(slot));
}

QTEST_GUILESS_MAIN(tst_SashPicker)
#include "tst_sashpicker.moc"
