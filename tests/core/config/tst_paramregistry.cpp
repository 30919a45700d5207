#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "core/config/paramregistry.h"

using namespace Marquee::Config;

// The registry checked against the reference's parameter table (§1.2), written out independently.
class TestParamRegistry : public QObject
{
    Q_OBJECT

private slots:
    void tableFollowsTheEnum();
    void namesAreUniqueSnakeCase();
    void serverDefaults_data();
    void serverDefaults();
    void everyParamHasAReferenceDefault();
    void rangesAndChoicesAreSane_data();
    void rangesAndChoicesAreSane();
    void clampRanges_data();
    void clampRanges();
    void aliasesFindTheCurrentName();
    void unknownNamesAreNotFound();
    void onlyClientInsetsAreUnpublished();
    void neverOmittedMatchesServerCaps();
    void groupsFollowTheConfiguratorTabs_data();
    void groupsFollowTheConfiguratorTabs();
    void sashSlots();
    void weightSourcesPerSet();

private:
    static QList<QPair<QString, QString>> referenceDefaults();
};

QList<QPair<QString, QString>> TestParamRegistry::referenceDefaults()
{
    const QString defaultSash = QStringLiteral(
        "wins,gg_wins,festival,pic_noms,metacritic,gg_noms,trending,trending_broad,premiere,new_release,"
        "just_added,new_season,season_finale,studio,director,cast,cult,foreign,true_story,short_film,"
        "mini_series,binge_ready,returning,airing,cancelled,ended,physical,streaming,cinema,production");
    QList<QPair<QString, QString>> rows;
    const auto add = [&rows](const char *name, const QString &value) {
        rows.append({ QLatin1String(name), value });
    };
    const auto s = [](const char *value) { return QString::fromLatin1(value); };
    add("shape", s("portrait"));
    add("landscape_art", s("textless"));
    add("badge_pos", s("top_left"));
    add("fallback_bg_style", s("minimal"));
    add("top_gradient", s("high"));
    add("bottom_gradient", s("high"));
    add("top_gradient_opacity", s("0.86"));
    add("top_gradient_height", s("0.4"));
    add("bottom_gradient_opacity", s("0.88"));
    add("bottom_gradient_height", s("0.5"));
    add("top_vignette_sash_only", s("false"));
    add("vignette_poster_color_top", s("false"));
    add("vignette_poster_color_bottom", s("false"));
    add("vignette_color_saturation", s("2.5"));
    add("vignette_color_lightness", s("1.3"));
    add("vignette_color_blur", s("1"));
    add("vignette_color_ramp", s("true"));
    add("vignette_color_local", s("true"));
    add("rating_display_mode", s("1"));
    add("score_color_mode", s("2"));
    add("score_custom_palette", QString());
    add("rating_text_color", QString());
    add("hide_genre", s("false"));
    add("accent_bar_font_size_ratio", s("0.08"));
    add("accent_bar_y_offset", s("0.9"));
    add("accent_bar_append_mode", s("0"));
    add("accent_bar_bottom_ratio", s("0.04"));
    add("score_glow_threshold", s("85"));
    add("score_glow_blur", s("1"));
    add("score_glow_alpha", s("40"));
    add("score_glow_color", QString());
    add("numeric_score_font_size_ratio", s("0.1"));
    add("numeric_score_y_offset", s("0.9"));
    add("score_out_of_10", s("false"));
    add("minimalist_mode_font_size_ratio", s("0.055"));
    add("minimalist_mode_font_x_offset", s("0.05"));
    add("minimalist_mode_font_y_offset", s("0.92"));
    add("minimalist_append_mode", s("0"));
    add("minimalist_score_out_of_10", s("false"));
    add("minimalist_center", s("false"));
    add("minimalist_separator", s("pip"));
    add("minimalist_rating_separator", s("star"));
    add("bar_style", s("frosted"));
    add("bar_accent", s("silver"));
    add("bar_append", s("rating_year"));
    add("bar_score_out_of_10", s("false"));
    add("bar_height_ratio", s("0.08"));
    add("bar_font_size_ratio", s("0.55"));
    add("bar_frost_opacity", s("0.85"));
    add("bar_frost_saturation", s("1.2"));
    add("bar_bottom_inset", s("0"));
    add("frost_reference", s("false"));
    add("textless", s("false"));
    add("use_original_art", s("false"));
    add("original_art_source", s("primary"));
    add("logo_language", s("en"));
    add("logo_language_secondary", QString());
    add("logo_priority", s("native_original"));
    add("logo_max_w_ratio", s("0.75"));
    add("logo_max_h_ratio", s("0.25"));
    add("logo_bottom_ratio", s("0.28"));
    add("logo_bottom_anchor", s("false"));
    add("sash_mode", s("sash"));
    add("sash_priority", defaultSash);
    add("muted", s("false"));
    add("sash_poster_color", s("false"));
    add("sash_length_ratio", s("1.15"));
    add("sash_height_ratio", s("0.12"));
    add("sash_winner_star", s("false"));
    add("sash_text_color", QString());
    add("sash_badge_style", s("frosted"));
    add("sash_badge_size_w", s("1.05"));
    add("sash_badge_size_h", s("1.05"));
    add("sash_badge_pad", s("1"));
    add("sash_badge_inset", s("0"));
    add("sash_badge_font_ratio", s("0.43"));
    add("sash_badge_frost_opacity", s("0.75"));
    add("sash_badge_frost_saturation", s("1.2"));
    add("notch_vignette_color", s("false"));
    add("cinema_greyscale", s("true"));
    add("cinema_greyscale_skip_if_available", s("false"));
    add("release_status_cinema_only", s("false"));
    add("release_status_dates", s("true"));
    add("badge_display_mode", s("4"));
    add("badge_height", s("20"));
    add("badge_gap", s("8"));
    add("badge_anchor_x", s("0.05"));
    add("badge_anchor_y", s("0.05"));
    add("badge_min_score", s("2"));
    add("combined_badge_stacked", s("false"));
    add("wait_for_quality", s("false"));
    add("greyscale_no_quality", s("false"));
    add("movie_weights", QString());
    add("tv_weights", QString());
    add("anime_movie_weights", QString());
    add("anime_tv_weights", QString());
    add("fallback_to_imdb", s("false"));
    add("imdb_rating_source", s("mdblist"));
    add("tmdb_rating_source", s("mdblist"));
    return rows;
}

static QString formatDefault(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamType::Bool:
        return spec.defaultValue.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ParamType::Real:
        return QString::number(spec.defaultValue.toDouble(), 'f', QLocale::FloatingPointShortest);
    default:
        return spec.defaultValue.toString();
    }
}

void TestParamRegistry::tableFollowsTheEnum()
{
    QCOMPARE(ParamRegistry::all().size(), ParamCount);
    for (int i = 0; i < ParamCount; ++i) {
        QCOMPARE(static_cast<int>(ParamRegistry::all().at(i).id), i);
        QCOMPARE(&ParamRegistry::spec(static_cast<Param>(i)), &ParamRegistry::all().at(i));
    }
}

void TestParamRegistry::namesAreUniqueSnakeCase()
{
    static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QSet<QString> seen;
    for (const ParamSpec &spec : ParamRegistry::all()) {
        for (const QString &name : QStringList { spec.name } + spec.aliases) {
            QVERIFY2(snake.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
        }
    }
}

void TestParamRegistry::serverDefaults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    for (const auto &[name, value] : referenceDefaults())
        QTest::newRow(qPrintable(name)) << name << value;
}

void TestParamRegistry::serverDefaults()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const ParamSpec *spec = ParamRegistry::find(name);
    QVERIFY2(spec, qPrintable(name));
    QCOMPARE(spec->name, name);
    QCOMPARE(formatDefault(*spec), expected);
}

void TestParamRegistry::everyParamHasAReferenceDefault()
{
    QSet<QString> listed;
    for (const auto &row : referenceDefaults())
        listed.insert(row.first);
    for (const ParamSpec &spec : ParamRegistry::all())
        QVERIFY2(listed.contains(spec.name), qPrintable(spec.name));
    QCOMPARE(listed.size(), ParamCount);
}

void TestParamRegistry::rangesAndChoicesAreSane_data()
{
    QTest::addColumn<int>("param");
    for (const ParamSpec &spec : ParamRegistry::all())
        QTest::newRow(qPrintable(spec.name)) << static_cast<int>(spec.id);
}

void TestParamRegistry::rangesAndChoicesAreSane()
{
    QFETCH(int, param);
    const ParamSpec &spec = ParamRegistry::spec(static_cast<Param>(param));
    switch (spec.type) {
    case ParamType::Int:
    case ParamType::Real:
        QVERIFY(spec.min < spec.max);
        QVERIFY(spec.defaultValue.toDouble() >= spec.min);
        QVERIFY(spec.defaultValue.toDouble() <= spec.max);
        break;
    case ParamType::Choice:
        QVERIFY(spec.choices.size() >= 2);
        QVERIFY(spec.choices.contains(spec.defaultValue.toString()));
        for (const QString &choice : spec.choices)
            QCOMPARE(choice, choice.toLower());
        break;
    case ParamType::Weights:
        QVERIFY(!spec.choices.isEmpty());
        QCOMPARE(spec.choices, ParamRegistry::weightSources(spec.id));
        break;
    case ParamType::SashPriority:
        QCOMPARE(spec.choices, ParamRegistry::knownSashSlots());
        break;
    default:
        break;
    }
}

void TestParamRegistry::clampRanges_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::newRow("rating_display_mode") << "rating_display_mode" << 0.0 << 4.0;
    QTest::newRow("score_color_mode") << "score_color_mode" << 0.0 << 3.0;
    QTest::newRow("accent_bar_font_size_ratio") << "accent_bar_font_size_ratio" << 0.0 << 0.5;
    QTest::newRow("score_glow_alpha") << "score_glow_alpha" << 0.0 << 255.0;
    QTest::newRow("score_glow_blur") << "score_glow_blur" << 0.0 << 50.0;
    QTest::newRow("minimalist_append_mode") << "minimalist_append_mode" << 0.0 << 3.0;
    QTest::newRow("bar_height_ratio") << "bar_height_ratio" << 0.04 << 0.20;
    QTest::newRow("bar_font_size_ratio") << "bar_font_size_ratio" << 0.15 << 0.70;
    QTest::newRow("bar_bottom_inset") << "bar_bottom_inset" << 0.0 << 0.10;
    QTest::newRow("logo_max_w_ratio") << "logo_max_w_ratio" << 0.0 << 1.5;
    QTest::newRow("vignette_color_lightness") << "vignette_color_lightness" << 0.4 << 2.5;
    QTest::newRow("sash_length_ratio") << "sash_length_ratio" << 0.8 << 1.5;
    QTest::newRow("sash_height_ratio") << "sash_height_ratio" << 0.06 << 0.20;
    QTest::newRow("sash_badge_size_w") << "sash_badge_size_w" << 0.5 << 2.0;
    QTest::newRow("sash_badge_pad") << "sash_badge_pad" << 0.5 << 1.5;
    QTest::newRow("sash_badge_inset") << "sash_badge_inset" << -0.02 << 0.02;
    QTest::newRow("sash_badge_font_ratio") << "sash_badge_font_ratio" << 0.1 << 1.0;
    QTest::newRow("badge_display_mode") << "badge_display_mode" << 0.0 << 6.0;
    QTest::newRow("badge_height") << "badge_height" << 1.0 << 200.0;
    QTest::newRow("badge_gap") << "badge_gap" << 0.0 << 100.0;
    QTest::newRow("badge_min_score") << "badge_min_score" << 2.0 << 6.0;
}

void TestParamRegistry::clampRanges()
{
    QFETCH(QString, name);
    QFETCH(double, min);
    QFETCH(double, max);
    const ParamSpec *spec = ParamRegistry::find(name);
    QVERIFY(spec);
    QCOMPARE(spec->min, min);
    QCOMPARE(spec->max, max);
}

void TestParamRegistry::aliasesFindTheCurrentName()
{
    QCOMPARE(ParamRegistry::find(u"combined_badge_min_score")->id, Param::BadgeMinScore);
    QCOMPARE(ParamRegistry::find(u"landscape_badge_pos")->id, Param::BadgePos);
    QCOMPARE(ParamRegistry::find(u"badge_min_score")->id, Param::BadgeMinScore);
}

void TestParamRegistry::unknownNamesAreNotFound()
{
    QCOMPARE(ParamRegistry::find(u"tmdb_id"), nullptr);
    QCOMPARE(ParamRegistry::find(u"show_award_sash"), nullptr); // legacy: a value mapping, not a param
    QCOMPARE(ParamRegistry::find(u"Rating_Display_Mode"), nullptr);
    QCOMPARE(ParamRegistry::find(u""), nullptr);
    QVERIFY(ParamRegistry::legacyNames().contains(QStringLiteral("show_award_sash")));
}

void TestParamRegistry::onlyClientInsetsAreUnpublished()
{
    QStringList unpublished;
    for (const ParamSpec &spec : ParamRegistry::all()) {
        if (!spec.published)
            unpublished.append(spec.name);
    }
    QCOMPARE(unpublished,
        (QStringList { QStringLiteral("bar_bottom_inset"), QStringLiteral("sash_badge_inset") }));
}

void TestParamRegistry::neverOmittedMatchesServerCaps()
{
    const QStringList expected { QStringLiteral("access_key"), QStringLiteral("anilist_id"),
        QStringLiteral("bar_bottom_inset"), QStringLiteral("imdb_id"), QStringLiteral("kitsu_id"),
        QStringLiteral("mdblist_key"), QStringLiteral("primary_client"), QStringLiteral("quality"),
        QStringLiteral("sash_badge_inset"), QStringLiteral("stremio_id"), QStringLiteral("tmdb_id"),
        QStringLiteral("tmdb_key"), QStringLiteral("type") };
    QCOMPARE(ParamRegistry::neverOmittedParams(), expected);
}

void TestParamRegistry::groupsFollowTheConfiguratorTabs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("group");
    const auto row = [](const char *name, ParamGroup group) {
        QTest::newRow(name) << QString::fromLatin1(name) << static_cast<int>(group);
    };
    row("top_gradient", ParamGroup::Core);
    row("logo_language", ParamGroup::Core);
    row("logo_priority", ParamGroup::Core);
    row("fallback_bg_style", ParamGroup::Core);
    row("rating_display_mode", ParamGroup::Rating);
    row("hide_genre", ParamGroup::Rating);
    row("bar_bottom_inset", ParamGroup::Rating);
    row("use_original_art", ParamGroup::Logo);
    row("logo_max_w_ratio", ParamGroup::Logo);
    row("sash_priority", ParamGroup::Sash);
    row("cinema_greyscale", ParamGroup::Sash);
    row("notch_vignette_color", ParamGroup::Sash);
    row("badge_min_score", ParamGroup::Quality);
    row("wait_for_quality", ParamGroup::Quality);
    row("movie_weights", ParamGroup::Weights);
    row("imdb_rating_source", ParamGroup::Weights);
    row("fallback_to_imdb", ParamGroup::Weights);
}

void TestParamRegistry::groupsFollowTheConfiguratorTabs()
{
    QFETCH(QString, name);
    QFETCH(int, group);
    QCOMPARE(static_cast<int>(ParamRegistry::find(name)->group), group);
    QVERIFY(!ParamRegistry::groupName(static_cast<ParamGroup>(group)).isEmpty());
}

void TestParamRegistry::sashSlots()
{
    const QStringList &slotList = ParamRegistry::defaultSashPriority();
    QCOMPARE(slotList.size(), 30);
    QCOMPARE(slotList.first(), QStringLiteral("wins"));
    QCOMPARE(slotList.at(7), QStringLiteral("trending_broad"));
    QCOMPARE(slotList.last(), QStringLiteral("production"));
    QCOMPARE(QSet<QString>(slotList.begin(), slotList.end()).size(), 30);
    const QStringList &known = ParamRegistry::knownSashSlots();
    QCOMPARE(known.size(), 35);
    for (const char *extra : { "release_status", "structural", "emmy_noms", "noms", "digital_release" })
        QVERIFY2(known.contains(QLatin1String(extra)), extra);
}

void TestParamRegistry::weightSourcesPerSet()
{
    const QStringList &movie = ParamRegistry::weightSources(Param::MovieWeights);
    const QStringList &tv = ParamRegistry::weightSources(Param::TvWeights);
    const QStringList &animeMovie = ParamRegistry::weightSources(Param::AnimeMovieWeights);
    const QStringList &animeTv = ParamRegistry::weightSources(Param::AnimeTvWeights);
    QCOMPARE(movie.size(), 12);
    QCOMPARE(animeMovie.size(), 12);
    QCOMPARE(tv.size(), 10);
    QVERIFY(!tv.contains(QStringLiteral("letterboxd")));
    QVERIFY(!tv.contains(QStringLiteral("rogerebert")));
    QCOMPARE(animeTv.size(), 10);
    QVERIFY(!animeTv.contains(QStringLiteral("metacritic")));
    QVERIFY(!animeTv.contains(QStringLiteral("rogerebert")));
    QVERIFY(animeTv.contains(QStringLiteral("letterboxd")));
    QVERIFY(ParamRegistry::weightSources(Param::RatingDisplayMode).isEmpty());
}

QTEST_APPLESS_MAIN(TestParamRegistry)
#include "tst_paramregistry.moc"
