#include <QTest>
#include <QUrlQuery>

#include "core/sources/weightedscore.h"

using namespace Marquee;
using namespace Marquee::Sources;

namespace {

using RatingList = QList<QPair<QString, RatingValue>>;

RatingsRecord record(const RatingList &ratings)
{
    RatingsRecord result;
    for (const auto &rating : ratings)
        result.ratings.insert(rating.first, rating.second);
    return result;
}

QPair<QString, RatingValue> rating(const char *source, double value, std::optional<int> votes = std::nullopt)
{
    return {QString::fromLatin1(source), RatingValue{value, votes}};
}

Config::Weights weights(std::initializer_list<std::pair<const char *, double>> entries)
{
    Config::Weights result;
    for (const auto &entry : entries)
        result.insert(QString::fromLatin1(entry.first), entry.second);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<int>)
Q_DECLARE_METATYPE(RatingsRecord)
Q_DECLARE_METATYPE(Config::Weights)

class TestWeightedScore : public QObject
{
    Q_OBJECT

private slots:
    void normalisedRating_data();
    void normalisedRating();
    void weightedScore_data();
    void weightedScore();
    void breakdownExplainsEverySource();
    void breakdownBasis_data();
    void breakdownBasis();
    void animeDetection();
    void effectiveWeights_data();
    void effectiveWeights();
};

void TestWeightedScore::normalisedRating_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<double>("raw");
    QTest::addColumn<std::optional<double>>("expected");

    QTest::newRow("imdb ×10") << QStringLiteral("imdb") << 7.9 << std::optional<double>(79);
    QTest::newRow("letterboxd ÷5×100") << QStringLiteral("letterboxd") << 4.1 << std::optional<double>(82);
    QTest::newRow("trakt as is") << QStringLiteral("trakt") << 84.0 << std::optional<double>(84);
    QTest::newRow("tomatoes as is") << QStringLiteral("tomatoes") << 92.0 << std::optional<double>(92);
    QTest::newRow("popcorn as is") << QStringLiteral("popcorn") << 88.0 << std::optional<double>(88);
    QTest::newRow("metacritic as is") << QStringLiteral("metacritic") << 81.0 << std::optional<double>(81);
    QTest::newRow("metacriticuser ×10") << QStringLiteral("metacriticuser") << 7.2 << std::optional<double>(72);
    QTest::newRow("tmdb as is") << QStringLiteral("tmdb") << 78.0 << std::optional<double>(78);
    QTest::newRow("rogerebert ÷4×100") << QStringLiteral("rogerebert") << 3.5 << std::optional<double>(87.5);
    QTest::newRow("myanimelist ×10") << QStringLiteral("myanimelist") << 8.6 << std::optional<double>(86);
    QTest::newRow("anilist as is") << QStringLiteral("anilist") << 77.0 << std::optional<double>(77);
    QTest::newRow("kitsu as is") << QStringLiteral("kitsu") << 81.5 << std::optional<double>(81.5);
    QTest::newRow("upper-case key") << QStringLiteral("IMDb") << 5.0 << std::optional<double>(50);
    QTest::newRow("unknown source") << QStringLiteral("rottenpotatoes") << 5.0 << std::optional<double>();
}

void TestWeightedScore::normalisedRating()
{
    QFETCH(QString, source);
    QFETCH(double, raw);
    QFETCH(std::optional<double>, expected);
    const std::optional<double> actual = Sources::normalisedRating(source, raw);
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QVERIFY2(qFuzzyCompare(*actual, *expected), qPrintable(QString::number(*actual)));
}

void TestWeightedScore::weightedScore_data()
{
    QTest::addColumn<RatingsRecord>("ratings");
    QTest::addColumn<Config::Weights>("weights");
    QTest::addColumn<bool>("fallbackToImdb");
    QTest::addColumn<int>("minVotes");
    QTest::addColumn<std::optional<int>>("expected");

    const RatingsRecord full = record({rating("imdb", 7.9, 250000), rating("letterboxd", 4.1, 120000),
                                       rating("tomatoes", 92, 310), rating("trakt", 80, 9000),
                                       rating("rogerebert", 3.5)});
    const auto movieDefault = weights({{"letterboxd", 0.8}, {"tomatoes", 0.2}});

    QTest::newRow("server movie weights: 82×.8 + 92×.2 = 84")
        << full << movieDefault << false << 10 << std::optional<int>(84);
    QTest::newRow("single source = its own score")
        << full << weights({{"trakt", 1.0}}) << false << 10 << std::optional<int>(80);
    QTest::newRow("weights need not sum to 1: 82×.4 + 92×.1 → 84")
        << full << weights({{"letterboxd", 0.4}, {"tomatoes", 0.1}}) << false << 10 << std::optional<int>(84);
    QTest::newRow("missing source renormalises: only tomatoes has a value")
        << record({rating("tomatoes", 71, 220)}) << movieDefault << false << 10 << std::optional<int>(71);
    QTest::newRow("zero weight is identical to absent")
        << full << weights({{"letterboxd", 0.8}, {"tomatoes", 0.2}, {"imdb", 0.0}}) << false << 10
        << std::optional<int>(84);
    QTest::newRow("negative weight ignored")
        << full << weights({{"trakt", 1.0}, {"imdb", -1.0}}) << false << 10 << std::optional<int>(80);
    QTest::newRow("rounds half to even like the reference (72.5 → 72)")
        << record({rating("trakt", 70), rating("tomatoes", 75)}) << weights({{"trakt", 0.5}, {"tomatoes", 0.5}})
        << false << 10 << std::optional<int>(72);
    QTest::newRow("rounds 73.5 → 74")
        << record({rating("trakt", 73), rating("tomatoes", 74)}) << weights({{"trakt", 0.5}, {"tomatoes", 0.5}})
        << false << 10 << std::optional<int>(74);
    QTest::newRow("nothing contributes, fallback off → N/A")
        << record({rating("imdb", 6.4, 5000)}) << movieDefault << false << 10 << std::optional<int>();
    QTest::newRow("nothing contributes, fallback on → IMDb")
        << record({rating("imdb", 6.4, 5000)}) << movieDefault << true << 10 << std::optional<int>(64);
    QTest::newRow("imdb:0 does not arm the fallback when others score")
        << full << weights({{"imdb", 0.0}, {"trakt", 1.0}}) << true << 10 << std::optional<int>(80);
    QTest::newRow("all weights zero, fallback on → IMDb")
        << full << weights({{"letterboxd", 0.0}}) << true << 10 << std::optional<int>(79);
    QTest::newRow("empty record, fallback on → N/A")
        << RatingsRecord() << movieDefault << true << 10 << std::optional<int>();
    QTest::newRow("vote floor drops letterboxd with 6 votes")
        << record({rating("letterboxd", 2.9, 6), rating("tomatoes", 40, 12)}) << movieDefault << false << 10
        << std::optional<int>(40);
    QTest::newRow("count exactly at the floor counts")
        << record({rating("letterboxd", 3.0, 10)}) << movieDefault << false << 10 << std::optional<int>(60);
    QTest::newRow("missing vote count is allowed")
        << record({rating("letterboxd", 3.0)}) << movieDefault << false << 10 << std::optional<int>(60);
    QTest::newRow("Roger Ebert is exempt from the floor")
        << record({rating("rogerebert", 3.0, 1)}) << weights({{"rogerebert", 1.0}}) << false << 10
        << std::optional<int>(75);
    QTest::newRow("floor also filters the IMDb fallback")
        << record({rating("imdb", 6.4, 3)}) << movieDefault << true << 10 << std::optional<int>();
    QTest::newRow("floor 0 keeps everything")
        << record({rating("letterboxd", 2.9, 6), rating("tomatoes", 40, 12)}) << movieDefault << false << 0
        << std::optional<int>(54);
    QTest::newRow("out-of-scale values clamp to 100")
        << record({rating("trakt", 140)}) << weights({{"trakt", 1.0}}) << false << 10 << std::optional<int>(100);
    QTest::newRow("unknown source in weights ignored")
        << full << weights({{"rottenpotatoes", 1.0}, {"trakt", 1.0}}) << false << 10 << std::optional<int>(80);
    QTest::newRow("TV default: trakt .8, tomatoes .2 → 85")
        << record({rating("trakt", 84, 5400), rating("tomatoes", 90, 60)})
        << weights({{"trakt", 0.8}, {"tomatoes", 0.2}}) << false << 10 << std::optional<int>(85);
}

void TestWeightedScore::weightedScore()
{
    QFETCH(RatingsRecord, ratings);
    QFETCH(Config::Weights, weights);
    QFETCH(bool, fallbackToImdb);
    QFETCH(int, minVotes);
    QFETCH(std::optional<int>, expected);
    QCOMPARE(Sources::weightedScore(ratings, weights, fallbackToImdb, minVotes), expected);
}

void TestWeightedScore::breakdownExplainsEverySource()
{
    const RatingsRecord ratings = record({rating("letterboxd", 4.0, 100), rating("tomatoes", 90, 3),
                                          rating("imdb", 7.0), rating("mystery", 1.0)});
    const Config::Weights set = weights({{"letterboxd", 0.8}, {"tomatoes", 0.2}, {"trakt", 0.5}, {"imdb", 0.0},
                                         {"mystery", 0.3}});
    const ScoreBreakdown breakdown = scoreBreakdown(ratings, set, false, 10);
    QCOMPARE(breakdown.score, std::optional<int>(80));  // tomatoes below the floor: letterboxd alone
    QCOMPARE(breakdown.basis, ScoreBreakdown::Basis::Weighted);
    QHash<QString, QString> skipped;
    for (const ScoreContribution &entry : breakdown.contributions)
        skipped.insert(entry.source, entry.used ? QStringLiteral("used") : entry.skipped);
    QCOMPARE(skipped.value(QStringLiteral("letterboxd")), QStringLiteral("used"));
    QCOMPARE(skipped.value(QStringLiteral("tomatoes")), QStringLiteral("below min votes"));
    QCOMPARE(skipped.value(QStringLiteral("trakt")), QStringLiteral("no value"));
    QCOMPARE(skipped.value(QStringLiteral("imdb")), QStringLiteral("zero weight"));
    QCOMPARE(skipped.value(QStringLiteral("mystery")), QStringLiteral("unknown source"));
}

void TestWeightedScore::breakdownBasis_data()
{
    QTest::addColumn<RatingsRecord>("ratings");
    QTest::addColumn<bool>("fallbackToImdb");
    QTest::addColumn<std::optional<double>>("providerScore");
    QTest::addColumn<int>("basis");
    QTest::addColumn<std::optional<int>>("expected");
    const RatingsRecord imdbOnly = record({rating("imdb", 6.4, 5000)});
    using Basis = ScoreBreakdown::Basis;
    QTest::newRow("weighted") << record({rating("trakt", 70)}) << false << std::optional<double>() << int(Basis::Weighted)
                              << std::optional<int>(70);
    QTest::newRow("fallback_to_imdb") << imdbOnly << true << std::optional<double>() << int(Basis::ImdbFallback)
                                      << std::optional<int>(64);
    QTest::newRow("fallback off: N/A") << imdbOnly << false << std::optional<double>() << int(Basis::None)
                                       << std::optional<int>();
    QTest::newRow("anime provider score first") << imdbOnly << true << std::optional<double>(81.4)
                                                << int(Basis::ProviderFallback) << std::optional<int>(81);
    QTest::newRow("imdb below the floor: N/A") << record({rating("imdb", 6.4, 2)}) << true << std::optional<double>()
                                               << int(Basis::None) << std::optional<int>();
}

void TestWeightedScore::breakdownBasis()
{
    QFETCH(RatingsRecord, ratings);
    QFETCH(bool, fallbackToImdb);
    QFETCH(std::optional<double>, providerScore);
    QFETCH(int, basis);
    QFETCH(std::optional<int>, expected);
    const ScoreBreakdown breakdown = scoreBreakdown(ratings, weights({{"trakt", 1.0}}), fallbackToImdb, 10, providerScore);
    QCOMPARE(int(breakdown.basis), basis);
    QCOMPARE(breakdown.score, expected);
}

void TestWeightedScore::animeDetection()
{
    QVERIFY(!hasAnimeRatings(record({rating("imdb", 7.0), rating("trakt", 70)})));
    QVERIFY(hasAnimeRatings(record({rating("imdb", 7.0), rating("myanimelist", 8.1)})));
    QVERIFY(hasAnimeRatings(record({rating("anilist", 80)})));
    QVERIFY(hasAnimeRatings(record({rating("kitsu", 79.5)})));
}

void TestWeightedScore::effectiveWeights_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("anime");
    QTest::addColumn<QString>("query");
    QTest::addColumn<Config::Weights>("expected");
    const Config::Weights serverMovie = weights({{"letterboxd", 0.8}, {"tomatoes", 0.2}});
    const Config::Weights serverTv = weights({{"trakt", 0.8}, {"tomatoes", 0.2}});
    const int movie = int(MediaType::Movie);
    const int tv = int(MediaType::Tv);
    QTest::newRow("movie: server weights") << movie << false << QString() << serverMovie;
    QTest::newRow("tv: server weights") << tv << false << QString() << serverTv;
    QTest::newRow("movie: request set") << movie << false << QStringLiteral("movie_weights=imdb:1")
                                        << weights({{"imdb", 1.0}});
    QTest::newRow("tv: request set ignores the movie set")
        << tv << false << QStringLiteral("movie_weights=imdb:1&tv_weights=popcorn:1") << weights({{"popcorn", 1.0}});
    QTest::newRow("anime movie: anime set") << movie << true
                                            << QStringLiteral("movie_weights=imdb:1&anime_movie_weights=myanimelist:0.6,letterboxd:0.4")
                                            << weights({{"myanimelist", 0.6}, {"letterboxd", 0.4}});
    QTest::newRow("anime movie without anime set: movie set") << movie << true << QStringLiteral("movie_weights=imdb:1")
                                                              << weights({{"imdb", 1.0}});
    QTest::newRow("anime tv without any set: server tv") << tv << true << QString() << serverTv;
    QTest::newRow("anime tv: anime set") << tv << true << QStringLiteral("anime_tv_weights=myanimelist:0.6,trakt:0.4")
                                         << weights({{"myanimelist", 0.6}, {"trakt", 0.4}});
    QTest::newRow("anime tv drops metacritic from the tv set it falls back to")
        << tv << true << QStringLiteral("tv_weights=metacritic:0.5,trakt:0.5") << weights({{"trakt", 0.5}});
    QTest::newRow("anime movie: non-anime title ignores the anime set")
        << movie << false << QStringLiteral("anime_movie_weights=myanimelist:1") << serverMovie;
}

void TestWeightedScore::effectiveWeights()
{
    QFETCH(int, type);
    QFETCH(bool, anime);
    QFETCH(QString, query);
    QFETCH(Config::Weights, expected);
    const Config::RenderConfig config = Config::RenderConfig::fromQuery(QUrlQuery(query));
    QCOMPARE(Sources::effectiveWeights(MediaType(type), anime, config, weights({{"letterboxd", 0.8}, {"tomatoes", 0.2}}),
                                       weights({{"trakt", 0.8}, {"tomatoes", 0.2}})),
             expected);
}

QTEST_GUILESS_MAIN(TestWeightedScore)
#include "tst_weightedscore.moc"
