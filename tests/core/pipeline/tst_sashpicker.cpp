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
const SashContext kContext{kToday};

SashContext inLanguage(const QString &language)
{
    SashContext context{kToday};
    context.vocabulary = SashVocabulary::forLanguage(language);
    return context;
}

QString day(int offset)
{
    return kToday.addDays(offset).toString(Qt::ISODate);
}

Sources::ReleaseInfo status(Sources::ReleaseStatus value)
{
    Sources::ReleaseInfo info;
    info.status = value;
    return info;
}

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
    void releaseStatusSlots_data();
    void releaseStatusSlots();
    void cinemaOnlyKeepsCinemaAndProduction();
    void tvScheduleSlots_data();
    void tvScheduleSlots();
    void trendingSlots();
    void labelsFollowTheRequestLanguage_data();
    void labelsFollowTheRequestLanguage();
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

    const auto sash = SashPicker::evaluate(slot, facts, kContext);
    if (label.isEmpty()) {
        QVERIFY2(!sash, qPrintable(sash ? sash->label : QString()));
        return;
    }
    QVERIFY(sash);
    QCOMPARE(sash->label, label);
    QCOMPARE(sash->type, type);
    // Through pick() with just that slot the verdict is the same.
    QCOMPARE(SashPicker::pick(facts, {slot}, kContext)->label, label);
}

void tst_SashPicker::firstMatchingSlotInPriorityOrderWins()
{
    SashFacts facts = withKeywords({QStringLiteral("cult-classic"), QStringLiteral("based-on-true-story")});
    facts.originalLanguage = QStringLiteral("it");
    const QStringList priority{QStringLiteral("wins"), QStringLiteral("foreign"), QStringLiteral("cult"),
                               QStringLiteral("true_story")};
    const auto sash = SashPicker::pick(facts, priority, kContext);
    QVERIFY(sash);
    QCOMPARE(sash->label, QStringLiteral("Italian"));  // "wins" does not match, "foreign" is next
}

void tst_SashPicker::priorityOrderIsTheRequests()
{
    const SashFacts facts = withKeywords({QStringLiteral("cult-classic"), QStringLiteral("based-on-true-story")});
    QCOMPARE(SashPicker::pick(facts, {QStringLiteral("true_story"), QStringLiteral("cult")}, kContext)->label,
             QStringLiteral("True Story"));
    QCOMPARE(SashPicker::pick(facts, {QStringLiteral("cult"), QStringLiteral("true_story")}, kContext)->label,
             QStringLiteral("Cult Classic"));
    // A slot missing from the list is off even when it would match.
    QVERIFY(!SashPicker::pick(facts, {QStringLiteral("wins"), QStringLiteral("foreign")}, kContext));
}

void tst_SashPicker::emptyPriorityMeansNoSash()
{
    const SashFacts facts = withKeywords({QStringLiteral("best-picture-winner")});
    QVERIFY(!SashPicker::pick(facts, {}, kContext));
}

void tst_SashPicker::defaultPriorityPicksWinsBeforeCult()
{
    const SashFacts facts = withKeywords({QStringLiteral("cult-classic"), QStringLiteral("best-picture-winner")});
    const QStringList priority{QStringLiteral("wins"), QStringLiteral("gg_wins"), QStringLiteral("festival"),
                               QStringLiteral("pic_noms"), QStringLiteral("cult")};
    QCOMPARE(SashPicker::pick(facts, priority, kContext)->label, QStringLiteral("Oscar Winner"));
}

void tst_SashPicker::unsupportedSlotsNeverMatch()
{
    SashFacts facts = withKeywords({QStringLiteral("best-picture-winner")});
    for (const QString &slot : {QStringLiteral("trending"), QStringLiteral("gg_wins"), QStringLiteral("studio"),
                                QStringLiteral("cinema"), QStringLiteral("nonsense")})
        QVERIFY2(!SashPicker::evaluate(slot, facts, kContext), qPrintable(slot));
}

void tst_SashPicker::releaseStatusSlots_data()
{
    using Sources::ReleaseStatus;
    QTest::addColumn<QString>("slot");
    QTest::addColumn<SashFacts>("facts");
    QTest::addColumn<bool>("dates");      // release_status_dates
    QTest::addColumn<QString>("label");
    QTest::addColumn<SashType>("type");

    SashFacts cinema = movie();
    cinema.release = status(ReleaseStatus::Cinema);
    cinema.release.theatrical = kToday.addDays(-10);
    cinema.release.digital = kToday.addDays(24);   // 2026-12-16
    cinema.release.physical = kToday.addDays(60);
    QTest::newRow("cinema: next digital date") << "cinema" << cinema << true << "Dec 16 Streaming" << SashType::Alert;
    QTest::newRow("cinema: dates off") << "cinema" << cinema << false << "Cinema" << SashType::Alert;
    QTest::newRow("cinema: other status slot") << "streaming" << cinema << true << QString() << SashType::Alert;
    SashFacts lapsed = cinema;
    lapsed.release.digital = QDate();
    lapsed.release.physical = kToday.addDays(-1);  // garbage for a Cinema status: nothing ahead
    QTest::newRow("cinema: nothing ahead → bare status") << "cinema" << lapsed << true << "Cinema" << SashType::Alert;

    SashFacts production = movie();
    production.release = status(ReleaseStatus::Production);
    production.release.theatrical = QDate(2027, 3, 3);
    production.release.digital = QDate(2027, 1, 9);
    QTest::newRow("production: soonest window wins") << "production" << production << true << "Jan 9 Streaming"
                                                     << SashType::Alert;
    SashFacts farOff = movie();
    farOff.release = status(ReleaseStatus::Production);
    farOff.release.theatrical = QDate(2027, 12, 1);  // 374 days ahead
    QTest::newRow("production: a year or more ahead → month form") << "production" << farOff << true
                                                                    << "Dec 2027 Cinema" << SashType::Alert;
    SashFacts undated = movie();
    undated.release = status(ReleaseStatus::Production);
    QTest::newRow("production: no dates") << "production" << undated << true << "Production" << SashType::Alert;

    SashFacts streaming = movie();
    streaming.release = status(ReleaseStatus::Streaming);
    streaming.release.physical = kToday.addDays(10);  // Streaming never announces the disc
    QTest::newRow("streaming") << "streaming" << streaming << true << "Streaming" << SashType::Alert;
    SashFacts physical = movie();
    physical.release = status(ReleaseStatus::Physical);
    QTest::newRow("physical") << "physical" << physical << true << "Physical" << SashType::Alert;

    SashFacts airing = show(2, 16);
    airing.release = status(ReleaseStatus::Airing);
    QTest::newRow("airing is info") << "airing" << airing << true << "Airing" << SashType::Info;
    SashFacts ended = show(2, 16);
    ended.release = status(ReleaseStatus::Ended);
    QTest::newRow("ended") << "ended" << ended << true << "Ended" << SashType::Alert;
    SashFacts cancelled = show(2, 16);
    cancelled.release = status(ReleaseStatus::Cancelled);
    QTest::newRow("cancelled") << "cancelled" << cancelled << true << "Cancelled" << SashType::Alert;
    QTest::newRow("unknown status: no slot") << "production" << show(2, 16) << true << QString() << SashType::Alert;
}

void tst_SashPicker::releaseStatusSlots()
{
    QFETCH(QString, slot);
    QFETCH(SashFacts, facts);
    QFETCH(bool, dates);
    QFETCH(QString, label);
    QFETCH(SashType, type);
    SashContext context = kContext;
    context.releaseStatusDates = dates;
    const auto sash = SashPicker::evaluate(slot, facts, context);
    if (label.isEmpty()) {
        QVERIFY2(!sash, qPrintable(sash ? sash->label : QString()));
        return;
    }
    QVERIFY(sash);
    QCOMPARE(sash->label, label);
    QCOMPARE(sash->type, type);
}

void tst_SashPicker::cinemaOnlyKeepsCinemaAndProduction()
{
    SashContext context = kContext;
    context.releaseStatusCinemaOnly = true;
    SashFacts facts = movie();
    facts.release = status(Sources::ReleaseStatus::Streaming);
    QVERIFY(!SashPicker::evaluate(QStringLiteral("streaming"), facts, context));
    facts.release = status(Sources::ReleaseStatus::Cinema);
    QCOMPARE(SashPicker::evaluate(QStringLiteral("cinema"), facts, context)->label, QStringLiteral("Cinema"));
    facts.release = status(Sources::ReleaseStatus::Production);
    QCOMPARE(SashPicker::evaluate(QStringLiteral("production"), facts, context)->label, QStringLiteral("Production"));
}

void tst_SashPicker::tvScheduleSlots_data()
{
    QTest::addColumn<QString>("slot");
    QTest::addColumn<SashFacts>("facts");
    QTest::addColumn<QString>("label");

    SashFacts premiere = show(1, 10);
    premiere.releaseDate = day(-4);
    premiere.lastEpisode = {day(-4), 1, 1};
    QTest::newRow("premiere: first aired 4 days ago") << "premiere" << premiere << "Premiere";
    QTest::newRow("premiere counts as new") << "new_release" << premiere << "New";
    QTest::newRow("premiere: S1E1 is not returning") << "returning" << premiere << QString();
    SashFacts oldShow = show(1, 10);
    oldShow.releaseDate = day(-15);
    QTest::newRow("premiere: 15 days ago") << "premiere" << oldShow << QString();

    SashFacts newSeason = show(2, 16);
    newSeason.lastEpisode = {day(-3), 2, 1};
    QTest::newRow("new_season: S2E1 3 days ago") << "new_season" << newSeason << "New Season";
    QTest::newRow("new_season episode is also returning") << "returning" << newSeason << "Returning";
    SashFacts upcomingSeason = show(2, 16);
    upcomingSeason.lastEpisode = {day(-300), 1, 8};
    upcomingSeason.nextEpisode = {day(10), 2, 1};
    QTest::newRow("new_season: S2E1 in 10 days") << "new_season" << upcomingSeason << "New Season";
    SashFacts secondEpisode = show(3, 24);
    secondEpisode.lastEpisode = {day(-2), 3, 2};
    secondEpisode.seasons = {{3, 8, day(-9)}};
    QTest::newRow("new_season: season started 9 days ago") << "new_season" << secondEpisode << "New Season";
    secondEpisode.seasons = {{3, 8, day(-30)}};
    QTest::newRow("new_season: season started a month ago") << "new_season" << secondEpisode << QString();
    SashFacts firstSeason = show(1, 8);
    firstSeason.lastEpisode = {day(-2), 1, 3};
    QTest::newRow("new_season: never for season 1") << "new_season" << firstSeason << QString();

    SashFacts returning = show(3, 24);
    returning.lastEpisode = {day(-7), 3, 4};
    returning.nextEpisode = {day(7), 3, 5};
    QTest::newRow("returning: fresh episode") << "returning" << returning << "Returning";
    returning.lastEpisode = {day(-20), 3, 4};
    returning.nextEpisode = {day(15), 3, 5};
    QTest::newRow("returning: nothing within 14 days") << "returning" << returning << QString();

    SashFacts finale = show(2, 16);
    finale.release = status(Sources::ReleaseStatus::Ended);
    finale.lastEpisode = {day(-5), 2, 8};
    finale.seasons = {{1, 8, day(-400)}, {2, 8, day(-54)}};
    QTest::newRow("season_finale: last episode of the final season") << "season_finale" << finale << "Season Finale";
    SashFacts stillAiring = finale;
    stillAiring.release = status(Sources::ReleaseStatus::Airing);
    QTest::newRow("season_finale: needs Ended or Cancelled") << "season_finale" << stillAiring << QString();
    SashFacts midSeason = finale;
    midSeason.lastEpisode = {day(-5), 2, 7};
    QTest::newRow("season_finale: not the last episode") << "season_finale" << midSeason << QString();
    SashFacts longAgo = finale;
    longAgo.lastEpisode = {day(-20), 2, 8};
    QTest::newRow("season_finale: 20 days ago") << "season_finale" << longAgo << QString();

    SashFacts justAdded = movie();
    justAdded.release.status = Sources::ReleaseStatus::Streaming;
    justAdded.release.digitalLatest = kToday.addDays(-5);
    QTest::newRow("just_added: digital 5 days ago") << "just_added" << justAdded << "Just Added";
    QTest::newRow("just_added counts as new") << "new_release" << justAdded << "New";
    justAdded.release.digitalLatest = kToday.addDays(-15);
    QTest::newRow("just_added: 15 days ago") << "just_added" << justAdded << QString();
}

void tst_SashPicker::tvScheduleSlots()
{
    QFETCH(QString, slot);
    QFETCH(SashFacts, facts);
    QFETCH(QString, label);
    const auto sash = SashPicker::evaluate(slot, facts, kContext);
    if (label.isEmpty()) {
        QVERIFY2(!sash, qPrintable(sash ? sash->label : QString()));
        return;
    }
    QVERIFY(sash);
    QCOMPARE(sash->label, label);
    QCOMPARE(sash->type, SashType::Alert);
}

void tst_SashPicker::trendingSlots()
{
    SashFacts facts = movie();
    facts.trendingRank = 3;
    QCOMPARE(SashPicker::evaluate(QStringLiteral("trending"), facts, kContext)->label, QStringLiteral("#3 Today"));
    QCOMPARE(SashPicker::evaluate(QStringLiteral("trending"), facts, kContext)->type, SashType::Trending);
    QVERIFY(!SashPicker::evaluate(QStringLiteral("trending_broad"), facts, kContext));
    facts.trendingRank = 57;
    facts.trendingBroad = true;
    QVERIFY(!SashPicker::evaluate(QStringLiteral("trending"), facts, kContext));
    QCOMPARE(SashPicker::evaluate(QStringLiteral("trending_broad"), facts, kContext)->label, QStringLiteral("#57 Today"));
    facts.trendingRank = 0;
    QVERIFY(!SashPicker::evaluate(QStringLiteral("trending_broad"), facts, kContext));
    // Default order: trending comes before cult.
    facts = withKeywords({QStringLiteral("cult-classic")});
    facts.trendingRank = 1;
    QCOMPARE(SashPicker::pick(facts, Config::ParamRegistry::defaultSashPriority(), kContext)->label, QStringLiteral("#1 Today"));
}

void tst_SashPicker::labelsFollowTheRequestLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("slot");
    QTest::addColumn<SashFacts>("facts");
    QTest::addColumn<QString>("label");

    SashFacts cinema = movie();
    cinema.release = status(Sources::ReleaseStatus::Cinema);
    cinema.release.digital = QDate(2026, 12, 16);
    SashFacts farOff = movie();
    farOff.release = status(Sources::ReleaseStatus::Production);
    farOff.release.theatrical = QDate(2027, 12, 1);
    SashFacts trending = movie();
    trending.trendingRank = 3;
    SashFacts french = movie();
    french.originalLanguage = QStringLiteral("fr");

    QTest::newRow("es dated") << "es" << "cinema" << cinema << "Streaming 16 Dic";
    QTest::newRow("es month form") << "es-MX" << "production" << farOff << "En cines Dic 2027";
    QTest::newRow("fr dated") << "fr" << "cinema" << cinema << "Streaming 16 Déc";
    QTest::newRow("fr month form") << "fr-FR" << "production" << farOff << "Au cinéma Déc 2027";
    QTest::newRow("it trending") << "it" << "trending" << trending << "#3 oggi";
    QTest::newRow("pt true story") << "pt" << "true_story" << withKeywords({QStringLiteral("based-on-true-story")})
                                   << "História verídica";
    QTest::newRow("pt-BR true story") << "pt-BR" << "true_story" << withKeywords({QStringLiteral("based-on-true-story")})
                                      << "Baseado em fatos";
    QTest::newRow("pt_br oscar") << "pt_br" << "wins" << withKeywords({QStringLiteral("best-picture-winner")})
                                 << "Vencedor do Oscar";
    QTest::newRow("es foreign language name") << "es" << "foreign" << french << "Francés";
    QTest::newRow("unknown language → en") << "xx" << "cinema" << cinema << "Dec 16 Streaming";
}

void tst_SashPicker::labelsFollowTheRequestLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, slot);
    QFETCH(SashFacts, facts);
    QFETCH(QString, label);
    const auto sash = SashPicker::evaluate(slot, facts, inLanguage(language));
    QVERIFY(sash);
    QCOMPARE(sash->label, label);
}

QTEST_GUILESS_MAIN(tst_SashPicker)
#include "tst_sashpicker.moc"
