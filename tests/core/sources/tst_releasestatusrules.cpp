#include <QTest>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/sources/releasestatusrules.h"

using namespace Marquee::Sources;

Q_DECLARE_METATYPE(Marquee::Sources::ReleaseStatus)

namespace {

const QDate kToday(2026, 11, 22);
const qint64 kNow = QDateTime(kToday, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
constexpr qint64 Day = 86400;

// Crafted /movie/{id}/release_dates JSON: "US:3:-20,GB:4:+40" = region:type:days from today.
QJsonObject releaseDatesJson(const QString &spec)
{
    QMap<QString, QJsonArray> byRegion;
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        const QString date = kToday.addDays(parts.at(2).toInt()).toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
        byRegion[parts.at(0)].append(QJsonObject{{QStringLiteral("type"), parts.at(1).toInt()},
                                                 {QStringLiteral("release_date"), date},
                                                 {QStringLiteral("certification"), QString()}});
    }
    QJsonArray results;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        results.append(QJsonObject{{QStringLiteral("iso_3166_1"), it.key()}, {QStringLiteral("release_dates"), it.value()}});
    return {{QStringLiteral("id"), 1}, {QStringLiteral("results"), results}};
}

} // namespace

class tst_ReleaseStatusRules : public QObject
{
    Q_OBJECT

private slots:
    void parseSkipsGarbage();
    void movie_data();
    void movie();
    void earliestDatePerWindowAcrossRegions();
    void certificationPrefersTheUs();
    void tv_data();
    void tv();
    void tiers_data();
    void tiers();
    void futureDateReplacesTheTier();
    void upcoming();
    void jsonRoundTrip();
};

void tst_ReleaseStatusRules::parseSkipsGarbage()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"results":[
        {"iso_3166_1":"US","release_dates":[{"type":3,"release_date":"2019-10-18T00:00:00.000Z"},
                                            {"type":4,"release_date":"not a date"},
                                            {"type":9,"release_date":"2020-01-01T00:00:00.000Z"},
                                            {"type":5,"release_date":"2020-02-20"}]},
        {"iso_3166_1":"FR","release_dates":"nope"}]})").object();
    const QList<ReleaseDate> dates = ReleaseStatusRules::parseReleaseDates(json);
    QCOMPARE(dates.size(), 2);
    QCOMPARE(dates.at(0).country, QStringLiteral("US"));
    QCOMPARE(dates.at(0).type, 3);
    QCOMPARE(dates.at(0).date, QDate(2019, 10, 18));
    QCOMPARE(dates.at(1).type, 5);
    QVERIFY(ReleaseStatusRules::parseReleaseDates(QJsonObject()).isEmpty());
}

void tst_ReleaseStatusRules::movie_data()
{
    QTest::addColumn<QString>("tmdbStatus");
    QTest::addColumn<QString>("dates");   // region:type:days-from-today
    QTest::addColumn<int>("cinemaMaxAgeYears");
    QTest::addColumn<ReleaseStatus>("expected");

    QTest::newRow("in cinemas") << "Released" << "US:3:-20,US:4:40" << 3 << ReleaseStatus::Cinema;
    QTest::newRow("limited theatrical counts") << "Released" << "US:2:-3" << 3 << ReleaseStatus::Cinema;
    QTest::newRow("digital out → streaming") << "Released" << "US:3:-200,US:4:-30" << 3 << ReleaseStatus::Streaming;
    QTest::newRow("disc out → physical") << "Released" << "US:3:-400,US:4:-300,DE:5:-200" << 3 << ReleaseStatus::Physical;
    QTest::newRow("digital today") << "Released" << "US:3:-60,US:4:0" << 3 << ReleaseStatus::Streaming;
    QTest::newRow("old cinema release ages into streaming") << "Released" << "US:3:-1200" << 3 << ReleaseStatus::Streaming;
    QTest::newRow("aging off (0)") << "Released" << "US:3:-1200" << 0 << ReleaseStatus::Cinema;
    QTest::newRow("theatrical ahead → production") << "Released" << "US:3:30" << 3 << ReleaseStatus::Production;
    QTest::newRow("future festival premiere proves unreleased") << "Released" << "IT:1:30" << 3 << ReleaseStatus::Production;
    QTest::newRow("past premiere, nothing else, released") << "Released" << "IT:1:-30" << 3 << ReleaseStatus::Streaming;
    QTest::newRow("released without dates → streaming") << "Released" << "" << 3 << ReleaseStatus::Streaming;
    QTest::newRow("unknown status without dates → production") << "" << "" << 3 << ReleaseStatus::Production;
    QTest::newRow("post production wins over dates") << "Post Production" << "US:3:-20" << 3 << ReleaseStatus::Production;
    QTest::newRow("in production") << "In Production" << "" << 3 << ReleaseStatus::Production;
    QTest::newRow("planned") << "Planned" << "US:4:-3" << 3 << ReleaseStatus::Production;
    QTest::newRow("rumored") << "Rumored" << "" << 3 << ReleaseStatus::Production;
    QTest::newRow("canceled") << "Canceled" << "US:3:-20" << 3 << ReleaseStatus::Cancelled;
    QTest::newRow("tv airing ignored") << "Released" << "US:6:-20,US:3:10" << 3 << ReleaseStatus::Production;
}

void tst_ReleaseStatusRules::movie()
{
    QFETCH(QString, tmdbStatus);
    QFETCH(QString, dates);
    QFETCH(int, cinemaMaxAgeYears);
    QFETCH(ReleaseStatus, expected);
    const QList<ReleaseDate> parsed = ReleaseStatusRules::parseReleaseDates(releaseDatesJson(dates));
    const ReleaseInfo info = ReleaseStatusRules::movie(tmdbStatus, parsed, kToday, cinemaMaxAgeYears);
    QCOMPARE(releaseStatusName(info.status), releaseStatusName(expected));
}

void tst_ReleaseStatusRules::earliestDatePerWindowAcrossRegions()
{
    const auto parsed = ReleaseStatusRules::parseReleaseDates(
        releaseDatesJson(QStringLiteral("US:3:-20,GB:3:-25,US:4:40,GB:4:-2,DE:4:-9,US:5:90,FR:1:-60")));
    const ReleaseInfo info = ReleaseStatusRules::movie(QStringLiteral("Released"), parsed, kToday, 3);
    QCOMPARE(info.theatrical, kToday.addDays(-25));
    QCOMPARE(info.digital, kToday.addDays(-9));
    QCOMPARE(info.digitalLatest, kToday.addDays(-2));   // the freshest digital release so far
    QCOMPARE(info.physical, kToday.addDays(90));
    QCOMPARE(info.premiere, kToday.addDays(-60));
    QCOMPARE(releaseStatusName(info.status), QStringLiteral("Streaming"));
}

void tst_ReleaseStatusRules::certificationPrefersTheUs()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"results":[
        {"iso_3166_1":"GB","release_dates":[{"type":3,"release_date":"2020-01-01T00:00:00.000Z","certification":"15"}]},
        {"iso_3166_1":"US","release_dates":[{"type":3,"release_date":"2020-01-02T00:00:00.000Z","certification":""},
                                            {"type":4,"release_date":"2020-03-02T00:00:00.000Z","certification":"R"}]}]})").object();
    const ReleaseInfo info = ReleaseStatusRules::movie(QStringLiteral("Released"), ReleaseStatusRules::parseReleaseDates(json),
                                                       kToday, 3);
    QCOMPARE(info.certification, QStringLiteral("R"));
    const ReleaseInfo british = ReleaseStatusRules::movie(QStringLiteral("Released"),
                                                          {{QStringLiteral("GB"), 3, QDate(2020, 1, 1), QStringLiteral("15")}},
                                                          kToday, 3);
    QCOMPARE(british.certification, QStringLiteral("15"));
}

void tst_ReleaseStatusRules::tv_data()
{
    QTest::addColumn<QString>("tmdbStatus");
    QTest::addColumn<int>("firstAirDays");   // 0 = no date
    QTest::addColumn<QString>("expected");
    QTest::newRow("returning series → airing") << "Returning Series" << -300 << "Airing";
    QTest::newRow("returning before its first episode → production") << "Returning Series" << 10 << "Production";
    QTest::newRow("returning without a date → production") << "Returning Series" << 0 << "Production";
    QTest::newRow("in production") << "In Production" << 0 << "Production";
    QTest::newRow("planned") << "Planned" << 0 << "Production";
    QTest::newRow("pilot") << "Pilot" << 0 << "Production";
    QTest::newRow("ended") << "Ended" << -900 << "Ended";
    QTest::newRow("canceled") << "Canceled" << -900 << "Cancelled";
    QTest::newRow("cancelled") << "Cancelled" << -900 << "Cancelled";
    QTest::newRow("unknown") << "Something" << -900 << "";
}

void tst_ReleaseStatusRules::tv()
{
    QFETCH(QString, tmdbStatus);
    QFETCH(int, firstAirDays);
    QFETCH(QString, expected);
    const QDate firstAir = firstAirDays == 0 ? QDate() : kToday.addDays(firstAirDays);
    const ReleaseInfo info = ReleaseStatusRules::tv(tmdbStatus, firstAir, kToday.addDays(5), kToday);
    QCOMPARE(releaseStatusName(info.status), expected);
    QCOMPARE(info.nextEpisode, kToday.addDays(5));
}

void tst_ReleaseStatusRules::tiers_data()
{
    QTest::addColumn<ReleaseStatus>("status");
    QTest::addColumn<int>("days");
    QTest::newRow("physical") << ReleaseStatus::Physical << 90;
    QTest::newRow("cancelled") << ReleaseStatus::Cancelled << 90;
    QTest::newRow("ended") << ReleaseStatus::Ended << 60;
    QTest::newRow("streaming") << ReleaseStatus::Streaming << 30;
    QTest::newRow("airing") << ReleaseStatus::Airing << 3;
    QTest::newRow("cinema") << ReleaseStatus::Cinema << 1;
    QTest::newRow("production") << ReleaseStatus::Production << 1;
    QTest::newRow("other") << ReleaseStatus::Unknown << 7;
}

void tst_ReleaseStatusRules::tiers()
{
    QFETCH(ReleaseStatus, status);
    QFETCH(int, days);
    ReleaseInfo info;
    info.status = status;
    info.theatrical = kToday.addDays(-500);  // past dates do not shorten anything
    QCOMPARE(ReleaseStatusRules::tierDays(status), days);
    QCOMPARE(ReleaseStatusRules::expiresAt(info, kNow), kNow + days * Day);
}

void tst_ReleaseStatusRules::futureDateReplacesTheTier()
{
    ReleaseInfo streaming;
    streaming.status = ReleaseStatus::Streaming;
    streaming.physical = kToday.addDays(5);
    const qint64 dayFive = QDateTime(kToday.addDays(5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(ReleaseStatusRules::expiresAt(streaming, kNow), dayFive);           // 30 d tier → the date

    streaming.physical = kToday.addDays(60);
    QCOMPARE(ReleaseStatusRules::expiresAt(streaming, kNow), kNow + 14 * Day);   // capped at 14 days

    ReleaseInfo cinema;
    cinema.status = ReleaseStatus::Cinema;
    cinema.digital = kToday.addDays(40);
    QCOMPARE(ReleaseStatusRules::expiresAt(cinema, kNow), kNow + 14 * Day);      // longer than its 1 d tier

    ReleaseInfo tomorrow;
    tomorrow.status = ReleaseStatus::Production;
    tomorrow.theatrical = kToday.addDays(1);
    const qint64 midnight = QDateTime(kToday.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(ReleaseStatusRules::expiresAt(tomorrow, kNow), midnight);
    // Never less than an hour, even right before midnight.
    const qint64 late = midnight - 60;
    QCOMPARE(ReleaseStatusRules::expiresAt(tomorrow, late), late + 3600);

    ReleaseInfo airing;
    airing.status = ReleaseStatus::Airing;
    airing.nextEpisode = kToday.addDays(2);
    QCOMPARE(ReleaseStatusRules::expiresAt(airing, kNow),
             QDateTime(kToday.addDays(2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

void tst_ReleaseStatusRules::upcoming()
{
    ReleaseInfo production;
    production.status = ReleaseStatus::Production;
    production.theatrical = kToday.addDays(30);
    production.digital = kToday.addDays(90);
    auto next = ReleaseStatusRules::upcoming(production, kToday);
    QVERIFY(next);
    QCOMPARE(next->date, kToday.addDays(30));
    QCOMPARE(releaseStatusName(next->window), QStringLiteral("Cinema"));

    ReleaseInfo cinema = production;
    cinema.status = ReleaseStatus::Cinema;
    cinema.theatrical = kToday.addDays(-3);
    cinema.physical = kToday.addDays(70);
    next = ReleaseStatusRules::upcoming(cinema, kToday);
    QVERIFY(next);
    QCOMPARE(next->date, kToday.addDays(70));
    QCOMPARE(releaseStatusName(next->window), QStringLiteral("Physical"));

    cinema.digital = kToday.addDays(-1);
    cinema.physical = QDate();
    QVERIFY(!ReleaseStatusRules::upcoming(cinema, kToday));   // lapsed: bare status

    ReleaseInfo streaming = production;
    streaming.status = ReleaseStatus::Streaming;
    QVERIFY(!ReleaseStatusRules::upcoming(streaming, kToday));
}

void tst_ReleaseStatusRules::jsonRoundTrip()
{
    ReleaseInfo info;
    info.status = ReleaseStatus::Cinema;
    info.premiere = QDate(2026, 5, 1);
    info.theatrical = QDate(2026, 11, 1);
    info.digital = QDate(2027, 1, 2);
    info.digitalLatest = QDate();
    info.physical = QDate(2027, 3, 4);
    info.nextEpisode = QDate();
    info.expiresAt = 1234567;
    QCOMPARE(ReleaseInfo::fromJson(info.toJson()), info);
    QCOMPARE(releaseStatusFromName(QStringLiteral("Nonsense")), ReleaseStatus::Unknown);
    QVERIFY(releaseStatusName(ReleaseStatus::Unknown).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReleaseStatusRules)
#include "tst_releasestatusrules.moc"
