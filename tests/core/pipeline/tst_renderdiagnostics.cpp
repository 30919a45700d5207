// The ?debug=1 diagnostics of one render, built from crafted facts: ids, the score and why, the sash
// candidates in priority order, provisional reasons and the cache.
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

#include "core/pipeline/renderdiagnostics.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

struct Fixture
{
    PosterRequest request;
    ResolvedTitle title;
    Sources::TitleMetadata metadata;
    RatingsOutcome ratings;
    RatingInputs::Notes notes{QStringLiteral("mdblist"), QStringLiteral("direct")};
    Render::RenderInputs inputs;
    RenderInputsBuilder::SashData sash;
    RenderInputsBuilder::ScorePolicy policy{{{QStringLiteral("letterboxd"), 0.8}, {QStringLiteral("tomatoes"), 0.2}},
                                            {{QStringLiteral("trakt"), 1.0}}, 10};
    QualityOutcome quality;

    explicit Fixture(const QString &query)
    {
        request.query.title = TitleId{MediaType::Movie, QString(), 1001};
        request.query.config = Config::RenderConfig::fromQuery(QUrlQuery(query));
        title.id = TitleId{MediaType::Movie, QString(), 1001};
        metadata.id = TitleId{MediaType::Movie, QStringLiteral("tt0000001"), 1001};
        metadata.originalLanguage = QStringLiteral("fr");
        metadata.posters = {{QStringLiteral("/textless.jpg"), QString(), 5.6, 12, 1000, 1500},
                            {QStringLiteral("/fr.jpg"), QStringLiteral("fr"), 5.4, 20, 1000, 1500}};
        metadata.logos = {{QStringLiteral("/logo-en.png"), QStringLiteral("en"), 5.0, 5, 800, 300},
                          {QStringLiteral("/logo-fr.png"), QStringLiteral("fr"), 5.5, 5, 800, 300}};
        Sources::RatingsRecord record;
        record.ratings.insert(QStringLiteral("letterboxd"), {4.0, 4});    // below the floor
        record.ratings.insert(QStringLiteral("imdb"), {7.1, 9000});
        record.keywords = {QStringLiteral("cult-classic"), QStringLiteral("based-on-true-story")};
        ratings = {record, true};
    }

    QJsonObject collect(bool hit = false)
    {
        return RenderDiagnostics::collect({request, title, metadata, ratings, notes, inputs, sash, policy, quality,
                                           QDate(2026, 6, 1), false, false, QStringLiteral("tt0000001:1001:movie:abc"),
                                           hit, true});
    }
};

} // namespace

class TestRenderDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void scoreWithFallbackToImdb();
    void scoreNotAvailable();
    void sashCandidatesInPriorityOrder();
    void hiddenSashHasNoCandidates();
    void artAndLogo();
    void provisionalReasonsAndCache();
};

void TestRenderDiagnostics::identity()
{
    const QJsonObject json = Fixture(QString()).collect();
    QVERIFY(json.value(QStringLiteral("imdb_id")).isNull());  // the request named none
    QCOMPARE(json.value(QStringLiteral("effective_imdb_id")).toString(), QStringLiteral("tt0000001"));
    QCOMPARE(json.value(QStringLiteral("rating_media_id")).toString(), QStringLiteral("tt0000001"));
    QCOMPARE(json.value(QStringLiteral("canonical_id")).toString(), QStringLiteral("tmdb:1001"));
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("movie"));
}

void TestRenderDiagnostics::scoreWithFallbackToImdb()
{
    const QJsonObject json = Fixture(QStringLiteral("fallback_to_imdb=true")).collect();
    QCOMPARE(json.value(QStringLiteral("score")).toInt(), 71);
    const QJsonObject rating = json.value(QStringLiteral("rating")).toObject();
    QCOMPARE(rating.value(QStringLiteral("basis")).toString(), QStringLiteral("fallback_to_imdb"));
    QVERIFY(rating.value(QStringLiteral("reason")).toString().contains(QLatin1String("fallback_to_imdb")));
    QCOMPARE(rating.value(QStringLiteral("min_votes")).toInt(), 10);
    QCOMPARE(rating.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("tmdb")).toString(), QStringLiteral("direct"));
    const QJsonArray sources = rating.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("letterboxd"));
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("skipped")).toString(), QStringLiteral("below min votes"));
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("skipped")).toString(), QStringLiteral("no value"));
    QCOMPARE(json.value(QStringLiteral("rating_weights")).toObject().value(QStringLiteral("letterboxd")).toDouble(), 0.8);
}

void TestRenderDiagnostics::scoreNotAvailable()
{
    const QJsonObject json = Fixture(QString()).collect();
    QCOMPARE(json.value(QStringLiteral("score")).toString(), QStringLiteral("N/A"));
    QCOMPARE(json.value(QStringLiteral("rating")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("no weighted source had a value (fallback_to_imdb off)"));
}

void TestRenderDiagnostics::sashCandidatesInPriorityOrder()
{
    const QJsonObject json = Fixture(QStringLiteral("sash_priority=true_story,cult,foreign")).collect();
    const QJsonObject decision = json.value(QStringLiteral("sash_decision")).toObject();
    QStringList matched;
    for (const QJsonValue &candidate : decision.value(QStringLiteral("candidates")).toArray())
        matched.append(candidate.toObject().value(QStringLiteral("slot")).toString());
    QCOMPARE(matched, (QStringList{QStringLiteral("true_story"), QStringLiteral("cult"), QStringLiteral("foreign")}));
    QCOMPARE(decision.value(QStringLiteral("winner")).toObject().value(QStringLiteral("slot")).toString(),
             QStringLiteral("true_story"));
    QCOMPARE(json.value(QStringLiteral("is_cult")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("is_true_story")).toBool(), true);
}

void TestRenderDiagnostics::hiddenSashHasNoCandidates()
{
    const QJsonObject json = Fixture(QStringLiteral("sash_mode=hidden")).collect();
    QVERIFY(json.value(QStringLiteral("sash")).isNull());
    QVERIFY(json.value(QStringLiteral("sash_decision")).toObject().value(QStringLiteral("candidates")).toArray().isEmpty());
}

void TestRenderDiagnostics::artAndLogo()
{
    const QJsonObject json = Fixture(QStringLiteral("logo_language=de")).collect();
    QCOMPARE(json.value(QStringLiteral("art")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("textless_poster"));
    const QJsonObject logo = json.value(QStringLiteral("logo")).toObject();
    // native_original: no German logo → the French original's.
    QCOMPARE(logo.value(QStringLiteral("chosen")).toObject().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    const QJsonObject original = Fixture(QStringLiteral("use_original_art=true&logo_language=fr")).collect();
    QCOMPARE(original.value(QStringLiteral("art")).toObject().value(QStringLiteral("original_art")).toBool(), true);
    QVERIFY(original.value(QStringLiteral("logo")).toObject().value(QStringLiteral("chosen")).isNull());
}

void TestRenderDiagnostics::provisionalReasonsAndCache()
{
    Fixture fixture{QString()};
    fixture.ratings.determined = false;
    fixture.quality.determined = false;
    const QJsonObject json = fixture.collect(true);
    const QJsonObject provisional = json.value(QStringLiteral("provisional")).toObject();
    QVERIFY(provisional.value(QStringLiteral("provisional")).toBool());
    QCOMPARE(provisional.value(QStringLiteral("reasons")).toArray().size(), 2);
    const QJsonObject cache = json.value(QStringLiteral("cache")).toObject();
    QVERIFY(cache.value(QStringLiteral("hit")).toBool());
    QCOMPARE(cache.value(QStringLiteral("composite_key")).toString(), QStringLiteral("tt0000001:1001:movie:abc"));

    const QJsonObject final = Fixture(QString()).collect();
    QVERIFY(!final.value(QStringLiteral("provisional")).toObject().value(QStringLiteral("provisional")).toBool());
}

QTEST_GUILESS_MAIN(TestRenderDiagnostics)
#include "tst_renderdiagnostics.moc"
