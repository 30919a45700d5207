#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include "core/config/paramregistry.h"
#include "core/config/renderconfig.h"

using namespace Marquee::Config;

Q_DECLARE_METATYPE(Marquee::Config::Param)

// Parsing, clamping and canonical form of every /poster render parameter. The per-parameter tests
// iterate the registry, so a parameter added later is covered without touching this file.
class TestRenderConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaultWhenAbsent_data() { perParam(); }
    void defaultWhenAbsent();
    void lowClamp_data() { perNumericParam(); }
    void lowClamp();
    void highClamp_data() { perNumericParam(); }
    void highClamp();
    void garbageFallsBackToDefault_data();
    void garbageFallsBackToDefault();
    void validValueIsNormalised_data() { perParam(); }
    void validValueIsNormalised();
    void aliasEqualsName_data();
    void aliasEqualsName();
    void sendingDefaultEqualsOmitting_data();
    void sendingDefaultEqualsOmitting();

    void boolSpellings_data();
    void boolSpellings();
    void realFormatting_data();
    void realFormatting();
    void colors();
    void glowColor();
    void palette();
    void weightsUnsetVersusZero();
    void weightsNormalised_data();
    void weightsNormalised();

    void sashListIsAuthoritative();
    void sashAllExclusionsMeansNone();
    void sashDiffForm();
    void sashDiffAndExplicitHashEqual();

    void legacyValueMappings_data();
    void legacyValueMappings();
    void currentNameBeatsLegacyInAnyOrder_data();
    void currentNameBeatsLegacyInAnyOrder();
    void removedParamsAreIgnored();

    void hashStableAcrossQueryOrder();
    void hashDependsOnSignatureAndValues();
    void memoisedHashMatchesTheFullComputation_data() { perParam(); }
    void memoisedHashMatchesTheFullComputation();
    void canonicalStringListsEveryParamSorted();
    void roundTrip_data();
    void roundTrip();
    void toQueryOmitsDefaults();
    void setValueNormalises();

private:
    static void perParam();
    static void perNumericParam();
};

namespace {

RenderConfig parse(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    query.setQueryItems(items);
    return RenderConfig::fromQuery(query);
}

RenderConfig parseOne(const QString &name, const QString &value)
{
    return parse({ { name, value } });
}

RenderConfig parseString(const char *query)
{
    return RenderConfig::fromQuery(QUrlQuery(QString::fromLatin1(query)));
}

QString fmt(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString defaultText(const ParamSpec &spec)
{
    return RenderConfig().formatted(spec.id);
}

// A valid, non-default raw value for each type, spelled unusually, and its normalised form.
QPair<QString, QString> sample(const ParamSpec &spec)
{
    const double def = spec.defaultValue.toDouble();
    switch (spec.type) {
    case ParamType::Int: {
        const int v = int(def == spec.max ? spec.min : spec.max);
        return { QString::number(v), QString::number(v) };
    }
    case ParamType::Real: {
        const double v = def == spec.max ? spec.min : spec.max;
        return { QString::number(v, 'f', 4), fmt(v) };
    }
    case ParamType::Bool:
        return spec.defaultValue.toBool()
            ? QPair<QString, QString> { QStringLiteral("No"), QStringLiteral("false") }
            : QPair<QString, QString> { QStringLiteral("YES"), QStringLiteral("true") };
    case ParamType::Choice:
        for (const QString &choice : spec.choices) {
            if (choice != spec.defaultValue.toString())
                return { choice.toUpper(), choice };
        }
        break;
    case ParamType::Color:
        return { QStringLiteral("#a1b2c3"), QStringLiteral("A1B2C3") };
    case ParamType::ColorOrWord:
        return { QStringLiteral("Match"), QStringLiteral("match") };
    case ParamType::Text:
        return { QStringLiteral("PT_BR"), QStringLiteral("pt-br") };
    case ParamType::SashPriority:
        return { QStringLiteral("Wins, Cult"), QStringLiteral("wins,cult") };
    case ParamType::Weights:
        return { spec.choices.first() + QStringLiteral(":0.5"),
            spec.choices.first() + QStringLiteral(":0.50") };
    case ParamType::Palette:
        return { QStringLiteral("50:#ffd25a;0:ff5050"), QStringLiteral("0:FF5050,50:FFD25A") };
    }
    return {};
}

// The default written differently from its normalised form ("0.0800", "1", "HIGH"…).
QString alternateDefaultSpelling(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamType::Int:
        return QStringLiteral("%1.0").arg(spec.defaultValue.toInt());
    case ParamType::Real:
        return QString::number(spec.defaultValue.toDouble(), 'f', 4);
    case ParamType::Bool:
        return spec.defaultValue.toBool() ? QStringLiteral("1") : QStringLiteral("off");
    case ParamType::Choice:
    case ParamType::Text:
        return QLatin1Char(' ') + spec.defaultValue.toString().toUpper();
    case ParamType::SashPriority:
        return QStringLiteral("default");
    default:
        return QStringLiteral("  ");
    }
}

bool isNumeric(const ParamSpec &spec)
{
    return spec.type == ParamType::Int || spec.type == ParamType::Real;
}

} // namespace

void TestRenderConfig::perParam()
{
    QTest::addColumn<Param>("param");
    for (const ParamSpec &spec : ParamRegistry::all())
        QTest::newRow(qPrintable(spec.name)) << spec.id;
}

void TestRenderConfig::perNumericParam()
{
    QTest::addColumn<Param>("param");
    for (const ParamSpec &spec : ParamRegistry::all()) {
        if (isNumeric(spec))
            QTest::newRow(qPrintable(spec.name)) << spec.id;
    }
}

void TestRenderConfig::defaultWhenAbsent()
{
    QFETCH(Param, param);
    const ParamSpec &spec = ParamRegistry::spec(param);
    const RenderConfig fromEmpty
        = RenderConfig::fromQuery(QUrlQuery(QStringLiteral("tmdb_id=603&type=movie")));
    QCOMPARE(fromEmpty.value(param), spec.defaultValue);
    QVERIFY(fromEmpty.isDefault(param));
    QVERIFY(RenderConfig().isDefault(param));
}

void TestRenderConfig::lowClamp()
{
    QFETCH(Param, param);
    const ParamSpec &spec = ParamRegistry::spec(param);
    const QString expected = spec.type == ParamType::Int ? QString::number(int(spec.min)) : fmt(spec.min);
    QCOMPARE(parseOne(spec.name, QString::number(spec.min - 1)).formatted(param), expected);
    QCOMPARE(parseOne(spec.name, QStringLiteral("-1e9")).formatted(param), expected);
}

void TestRenderConfig::highClamp()
{
    QFETCH(Param, param);
    const ParamSpec &spec = ParamRegistry::spec(param);
    const QString expected = spec.type == ParamType::Int ? QString::number(int(spec.max)) : fmt(spec.max);
    QCOMPARE(parseOne(spec.name, QString::number(spec.max + 1)).formatted(param), expected);
    QCOMPARE(parseOne(spec.name, QStringLiteral("1e9")).formatted(param), expected);
}

void TestRenderConfig::garbageFallsBackToDefault_data()
{
    QTest::addColumn<Param>("param");
    QTest::addColumn<QString>("raw");
    for (const ParamSpec &spec : ParamRegistry::all()) {
        QTest::addRow("%s garbage", qPrintable(spec.name)) << spec.id << QStringLiteral("garbage!");
        QTest::addRow("%s empty", qPrintable(spec.name)) << spec.id << QString();
        if (isNumeric(spec)) {
            QTest::addRow("%s nan", qPrintable(spec.name)) << spec.id << QStringLiteral("nan");
            QTest::addRow("%s inf", qPrintable(spec.name)) << spec.id << QStringLiteral("inf");
            QTest::addRow("%s comma decimal", qPrintable(spec.name)) << spec.id << QStringLiteral("0,5");
        }
    }
}

void TestRenderConfig::garbageFallsBackToDefault()
{
    QFETCH(Param, param);
    QFETCH(QString, raw);
    const ParamSpec &spec = ParamRegistry::spec(param);
    // Start from a non-default value so "falls back to the default" is observable.
    RenderConfig config = parseOne(spec.name, sample(spec).first);
    QVERIFY(!config.isDefault(param));
    QVERIFY(config.set(spec.name, raw));
    QCOMPARE(config.formatted(param), defaultText(spec));
    QCOMPARE(parseOne(spec.name, raw).formatted(param), defaultText(spec));
}

void TestRenderConfig::validValueIsNormalised()
{
    QFETCH(Param, param);
    const ParamSpec &spec = ParamRegistry::spec(param);
    const auto [raw, expected] = sample(spec);
    const RenderConfig config = parseOne(spec.name, raw);
    QCOMPARE(config.formatted(param), expected);
    QVERIFY(!config.isDefault(param));
    QVERIFY(config != RenderConfig());
    QCOMPARE(RenderConfig::fromQuery(config.toQuery(true)), config);
}

void TestRenderConfig::aliasEqualsName_data()
{
    QTest::addColumn<Param>("param");
    QTest::addColumn<QString>("alias");
    for (const ParamSpec &spec : ParamRegistry::all()) {
        for (const QString &alias : spec.aliases)
            QTest::newRow(qPrintable(alias)) << spec.id << alias;
    }
}

void TestRenderConfig::aliasEqualsName()
{
    QFETCH(Param, param);
    QFETCH(QString, alias);
    const ParamSpec &spec = ParamRegistry::spec(param);
    const QString raw = sample(spec).first;
    const RenderConfig viaAlias = parseOne(alias, raw);
    QCOMPARE(viaAlias.formatted(param), sample(spec).second);
    QCOMPARE(viaAlias, parseOne(spec.name, raw));
    // The current name wins over the alias, whichever comes first in the query.
    const QString current = defaultText(spec);
    QCOMPARE(parse({ { alias, raw }, { spec.name, current } }).formatted(param), current);
    QCOMPARE(parse({ { spec.name, current }, { alias, raw } }).formatted(param), current);
}

void TestRenderConfig::sendingDefaultEqualsOmitting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("raw");
    for (const ParamSpec &spec : ParamRegistry::all()) {
        QTest::addRow("%s normalised", qPrintable(spec.name)) << spec.name << defaultText(spec);
        QTest::addRow("%s respelled", qPrintable(spec.name)) << spec.name << alternateDefaultSpelling(spec);
    }
}

void TestRenderConfig::sendingDefaultEqualsOmitting()
{
    QFETCH(QString, name);
    QFETCH(QString, raw);
    const RenderConfig omitted;
    const RenderConfig sent = parseOne(name, raw);
    QCOMPARE(sent.canonicalString(), omitted.canonicalString());
    QCOMPARE(sent.hash16(QStringLiteral("render=1")), omitted.hash16(QStringLiteral("render=1")));
    QCOMPARE(sent, omitted);
}

void TestRenderConfig::boolSpellings_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("expected");
    for (const char *yes : { "true", "TRUE", "1", "yes", "Yes", "on" })
        QTest::newRow(yes) << QString::fromLatin1(yes) << true;
    for (const char *no : { "false", "False", "0", "no", "off", "OFF" })
        QTest::newRow(no) << QString::fromLatin1(no) << false;
}

void TestRenderConfig::boolSpellings()
{
    QFETCH(QString, raw);
    QFETCH(bool, expected);
    QCOMPARE(parseOne(QStringLiteral("hide_genre"), raw).flag(Param::HideGenre), expected);
    // vignette_color_ramp defaults to true, so "false" spellings are observable too.
    QCOMPARE(parseOne(QStringLiteral("vignette_color_ramp"), raw).flag(Param::VignetteColorRamp), expected);
}

void TestRenderConfig::realFormatting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing zero") << "accent_bar_font_size_ratio"
                                   << "0.080"
                                   << "0.08";
    QTest::newRow("one decimal") << "bar_frost_saturation"
                                 << "1.20"
                                 << "1.2";
    QTest::newRow("zero") << "bar_bottom_inset"
                          << "0.000"
                          << "0";
    QTest::newRow("rounded to 4 decimals") << "logo_bottom_ratio"
                                           << "0.123456"
                                           << "0.1235";
    QTest::newRow("negative zero") << "sash_badge_inset"
                                   << "-0.00001"
                                   << "0";
    QTest::newRow("negative inset") << "sash_badge_inset"
                                    << "-0.015"
                                    << "-0.015";
    QTest::newRow("exponent") << "logo_bottom_ratio"
                              << "2.5e-1"
                              << "0.25";
    QTest::newRow("int from real") << "badge_height"
                                   << "28.0"
                                   << "28";
    QTest::newRow("int rounded") << "badge_height"
                                 << "27.6"
                                 << "28";
}

void TestRenderConfig::realFormatting()
{
    QFETCH(QString, name);
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(parseOne(name, raw).formatted(ParamRegistry::find(name)->id), expected);
}

void TestRenderConfig::colors()
{
    const RenderConfig config = parseString("rating_text_color=%23ffcc00&sash_text_color=abcdef");
    QCOMPARE(config.text(Param::RatingTextColor), QStringLiteral("FFCC00"));
    QCOMPARE(config.color(Param::RatingTextColor).value_or(QColor()), QColor(255, 204, 0));
    QCOMPARE(config.text(Param::SashTextColor), QStringLiteral("ABCDEF"));
    for (const char *bad : { "fff", "#12345", "1234567", "zzzzzz", "" }) {
        const RenderConfig invalid = parseOne(QStringLiteral("rating_text_color"), QString::fromLatin1(bad));
        QVERIFY2(!invalid.color(Param::RatingTextColor).has_value(), bad);
        QVERIFY(invalid.isDefault(Param::RatingTextColor));
    }
}

void TestRenderConfig::glowColor()
{
    const QString name = QStringLiteral("score_glow_color");
    QCOMPARE(parseOne(name, QStringLiteral("MATCH")).text(Param::ScoreGlowColor), QStringLiteral("match"));
    QCOMPARE(parseOne(name, QStringLiteral("#00ff7f")).text(Param::ScoreGlowColor), QStringLiteral("00FF7F"));
    QCOMPARE(parseOne(name, QStringLiteral("#00ff7f")).color(Param::ScoreGlowColor).value_or(QColor()),
        QColor(0, 255, 127));
    QVERIFY(parseOne(name, QStringLiteral("white")).isDefault(Param::ScoreGlowColor));
    QVERIFY(parseOne(name, QString()).isDefault(Param::ScoreGlowColor));
    QVERIFY(!parseOne(name, QStringLiteral("match")).color(Param::ScoreGlowColor).has_value());
}

void TestRenderConfig::palette()
{
    const QString name = QStringLiteral("score_custom_palette");
    const RenderConfig config = parseOne(
        name, QStringLiteral("85:#BE8CFF\n0:#ff5050; 50:FFD25A,70:bad,x:FFFFFF,120:78ffa0,50:FFD25B"));
    // Later duplicate wins, invalid entries skipped, scores clamped to 0–100, sorted.
    QCOMPARE(
        config.text(Param::ScoreCustomPalette), QStringLiteral("0:FF5050,50:FFD25B,85:BE8CFF,100:78FFA0"));
    const QList<PaletteStop> stops = config.customPalette();
    QCOMPARE(stops.size(), 4);
    QCOMPARE(stops.at(0).score, 0);
    QCOMPARE(stops.at(0).color, QColor(0xFF, 0x50, 0x50));
    QCOMPARE(stops.at(3).score, 100);
    QVERIFY(parseOne(name, QStringLiteral("70:bad;nothing")).customPalette().isEmpty());
}

void TestRenderConfig::weightsUnsetVersusZero()
{
    const RenderConfig absent;
    const RenderConfig empty = parseString("movie_weights=");
    const RenderConfig zero = parseString("movie_weights=imdb:0.00");
    const RenderConfig allZero = parseString("movie_weights=letterboxd:0,tomatoes:0");
    QVERIFY(!absent.weights(Param::MovieWeights).has_value());
    QVERIFY(!empty.weights(Param::MovieWeights).has_value());
    QCOMPARE(empty, absent);
    // "imdb:0.00" is a valid set that scores nothing (fallback path), not "use the server's weights".
    QVERIFY(zero.weights(Param::MovieWeights).has_value());
    QCOMPARE(zero.weights(Param::MovieWeights)->value(QStringLiteral("imdb"), -1.0), 0.0);
    QVERIFY(zero != absent);
    QVERIFY(zero.hash16(QString()) != absent.hash16(QString()));
    QCOMPARE(allZero.text(Param::MovieWeights), QStringLiteral("imdb:0.00"));
    QCOMPARE(allZero, zero);
}

void TestRenderConfig::weightsNormalised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sorted, two decimals") << "movie_weights"
                                          << "tomatoes:0.2,letterboxd:0.8"
                                          << "letterboxd:0.80,tomatoes:0.20";
    QTest::newRow("unknown source dropped") << "movie_weights"
                                            << "letterboxd:0.8,bogus:0.2"
                                            << "letterboxd:0.80";
    QTest::newRow("clamped") << "movie_weights"
                             << "letterboxd:1.7,imdb:-3"
                             << "letterboxd:1.00";
    QTest::newRow("zero weight dropped") << "movie_weights"
                                         << "letterboxd:0.8,imdb:0"
                                         << "letterboxd:0.80";
    QTest::newRow("case and spaces") << "movie_weights"
                                     << " Letterboxd : 0.5 "
                                     << "letterboxd:0.50";
    QTest::newRow("bad number skipped") << "movie_weights"
                                        << "letterboxd:abc,trakt:0.3"
                                        << "trakt:0.30";
    QTest::newRow("tv has no letterboxd") << "tv_weights"
                                          << "letterboxd:0.8"
                                          << "";
    QTest::newRow("anime tv has no metacritic") << "anime_tv_weights"
                                                << "metacritic:0.5,myanimelist:0.6"
                                                << "myanimelist:0.60";
    QTest::newRow("anime tv zero set") << "anime_tv_weights"
                                       << "kitsu:0"
                                       << "imdb:0.00";
}

void TestRenderConfig::weightsNormalised()
{
    QFETCH(QString, name);
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const Param param = ParamRegistry::find(name)->id;
    const RenderConfig config = parseOne(name, raw);
    QCOMPARE(config.text(param), expected);
    QCOMPARE(config.weights(param).has_value(), !expected.isEmpty());
}

void TestRenderConfig::sashListIsAuthoritative()
{
    const RenderConfig config = parseString("sash_priority=wins,cult");
    QCOMPARE(config.sashPriority(), (QStringList { QStringLiteral("wins"), QStringLiteral("cult") }));
    // Slots that the list does not name, including newer ones, stay off.
    QVERIFY(!config.sashPriority().contains(QStringLiteral("trending_broad")));
    QVERIFY(!config.isDefault(Param::SashPriority));
}

void TestRenderConfig::sashAllExclusionsMeansNone()
{
    const RenderConfig config = parseString("sash_priority=-wins,-cult");
    QVERIFY(config.sashPriority().isEmpty());
    QVERIFY(!config.isDefault(Param::SashPriority));
    QVERIFY(config.hash16(QString()) != RenderConfig().hash16(QString()));
    QCOMPARE(RenderConfig::fromQuery(config.toQuery(true)).sashPriority(), QStringList());
    QCOMPARE(RenderConfig().sashPriority(), ParamRegistry::defaultSashPriority());
}

void TestRenderConfig::sashDiffForm()
{
    const RenderConfig config = parseString("sash_priority=default,-cult,festival@0");
    const QStringList slotList = config.sashPriority();
    QCOMPARE(slotList.size(), 29);
    QCOMPARE(slotList.first(), QStringLiteral("festival"));
    QCOMPARE(slotList.at(1), QStringLiteral("wins"));
    QCOMPARE(slotList.at(2), QStringLiteral("gg_wins"));
    QVERIFY(!slotList.contains(QStringLiteral("cult")));
    QVERIFY(parseString("sash_priority=default").isDefault(Param::SashPriority));
    QVERIFY(parseString("sash_priority=default,-bogus").isDefault(Param::SashPriority));
}

void TestRenderConfig::sashDiffAndExplicitHashEqual()
{
    const RenderConfig diff = parseString("sash_priority=default,-cult,festival@0");
    const RenderConfig explicitList
        = parseOne(QStringLiteral("sash_priority"), diff.sashPriority().join(QLatin1Char(',')));
    QCOMPARE(diff.canonicalString(), explicitList.canonicalString());
    QCOMPARE(diff.hash16(QStringLiteral("sig")), explicitList.hash16(QStringLiteral("sig")));
    const RenderConfig fullDefault = parseOne(
        QStringLiteral("sash_priority"), ParamRegistry::defaultSashPriority().join(QLatin1Char(',')));
    QCOMPARE(fullDefault.hash16(QString()), RenderConfig().hash16(QString()));
    const RenderConfig grouped = parseString("sash_priority=wins,structural");
    QCOMPARE(grouped, parseString("sash_priority=wins,short_film,mini_series,binge_ready"));
}

void TestRenderConfig::legacyValueMappings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    for (const char *yes : { "true", "1", "yes", "True" }) {
        QTest::addRow("top_gradient=%s", yes)
            << QStringLiteral("top_gradient=") + QLatin1String(yes) << "top_gradient"
            << "high";
        QTest::addRow("bottom_gradient=%s", yes)
            << QStringLiteral("bottom_gradient=") + QLatin1String(yes) << "bottom_gradient"
            << "high";
    }
    for (const char *no : { "false", "0", "no" }) {
        QTest::addRow("top_gradient=%s", no)
            << QStringLiteral("top_gradient=") + QLatin1String(no) << "top_gradient"
            << "off";
        QTest::addRow("bottom_gradient=%s", no)
            << QStringLiteral("bottom_gradient=") + QLatin1String(no) << "bottom_gradient"
            << "off";
    }
    QTest::newRow("logo_native_fallback=false") << "logo_native_fallback=false"
                                                << "logo_priority"
                                                << "native_text";
    QTest::newRow("logo_native_fallback=true") << "logo_native_fallback=true"
                                               << "logo_priority"
                                               << "native_original";
    QTest::newRow("vignette_poster_color top") << "vignette_poster_color=true"
                                               << "vignette_poster_color_top"
                                               << "true";
    QTest::newRow("vignette_poster_color bottom") << "vignette_poster_color=1"
                                                  << "vignette_poster_color_bottom"
                                                  << "true";
    QTest::newRow("show_award_sash=false") << "show_award_sash=false"
                                           << "sash_mode"
                                           << "hidden";
    QTest::newRow("show_award_sash=true") << "show_award_sash=true"
                                          << "sash_mode"
                                          << "sash";
    QTest::newRow("sash_badge=true") << "sash_badge=true"
                                     << "sash_mode"
                                     << "notch";
    QTest::newRow("sash_badge=false") << "sash_badge=false"
                                      << "sash_mode"
                                      << "sash";
    QTest::newRow("award sash off beats notch") << "show_award_sash=false&sash_badge=true"
                                                << "sash_mode"
                                                << "hidden";
    QTest::newRow("show_quality_badges=false") << "show_quality_badges=false"
                                               << "badge_display_mode"
                                               << "0";
    QTest::newRow("show_quality_badges=true") << "show_quality_badges=true"
                                              << "badge_display_mode"
                                              << "4";
    QTest::newRow("show_quality_badges=garbage") << "show_quality_badges=maybe"
                                                 << "badge_display_mode"
                                                 << "4";
    QTest::newRow("shape=poster") << "shape=poster"
                                  << "shape"
                                  << "portrait";
    QTest::newRow("shape=square") << "shape=square"
                                  << "shape"
                                  << "portrait";
    QTest::newRow("shape=landscape") << "shape=Landscape"
                                     << "shape"
                                     << "landscape";
}

void TestRenderConfig::legacyValueMappings()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const RenderConfig config = RenderConfig::fromQuery(QUrlQuery(query));
    QCOMPARE(config.formatted(ParamRegistry::find(name)->id), expected);
}

void TestRenderConfig::currentNameBeatsLegacyInAnyOrder_data()
{
    QTest::addColumn<QString>("legacy");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sash_badge vs sash_mode") << "sash_badge=true"
                                             << "sash_mode=sash"
                                             << "sash_mode"
                                             << "sash";
    QTest::newRow("show_award_sash vs sash_mode") << "show_award_sash=false"
                                                  << "sash_mode=notch"
                                                  << "sash_mode"
                                                  << "notch";
    QTest::newRow("logo_native_fallback vs logo_priority") << "logo_native_fallback=false"
                                                           << "logo_priority=original_native"
                                                           << "logo_priority"
                                                           << "original_native";
    QTest::newRow("vignette_poster_color vs top") << "vignette_poster_color=true"
                                                  << "vignette_poster_color_top=false"
                                                  << "vignette_poster_color_top"
                                                  << "false";
    QTest::newRow("vignette_poster_color keeps bottom") << "vignette_poster_color=true"
                                                        << "vignette_poster_color_top=false"
                                                        << "vignette_poster_color_bottom"
                                                        << "true";
    QTest::newRow("show_quality_badges vs mode") << "show_quality_badges=false"
                                                 << "badge_display_mode=6"
                                                 << "badge_display_mode"
                                                 << "6";
    QTest::newRow("combined_badge_min_score vs badge_min_score") << "combined_badge_min_score=5"
                                                                 << "badge_min_score=3"
                                                                 << "badge_min_score"
                                                                 << "3";
}

void TestRenderConfig::currentNameBeatsLegacyInAnyOrder()
{
    QFETCH(QString, legacy);
    QFETCH(QString, current);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const Param param = ParamRegistry::find(name)->id;
    QCOMPARE(
        RenderConfig::fromQuery(QUrlQuery(legacy + QLatin1Char('&') + current)).formatted(param), expected);
    QCOMPARE(
        RenderConfig::fromQuery(QUrlQuery(current + QLatin1Char('&') + legacy)).formatted(param), expected);
}

void TestRenderConfig::removedParamsAreIgnored()
{
    RenderConfig config;
    QVERIFY(config.set(u"sash_badge_notch_offset", QStringLiteral("0.3")));
    QVERIFY(config.set(u"bar_match_notch", QStringLiteral("true")));
    QCOMPARE(config, RenderConfig());
    QCOMPARE(parseString("sash_badge_notch_offset=0.3&bar_match_notch=true&tmdb_id=5"), RenderConfig());
    QVERIFY(!config.set(u"tmdb_id", QStringLiteral("5")));
    QVERIFY(!config.set(u"not_a_param", QStringLiteral("1")));
}

void TestRenderConfig::hashStableAcrossQueryOrder()
{
    const QList<QPair<QString, QString>> items {
        { QStringLiteral("rating_display_mode"), QStringLiteral("4") },
        { QStringLiteral("bar_style"), QStringLiteral("gold") },
        { QStringLiteral("sash_priority"), QStringLiteral("default,-cult") },
        { QStringLiteral("movie_weights"), QStringLiteral("tomatoes:0.2,letterboxd:0.8") },
        { QStringLiteral("logo_language"), QStringLiteral("fr") },
    };
    QList<QPair<QString, QString>> reversed = items;
    std::reverse(reversed.begin(), reversed.end());
    const QString hash = parse(items).hash16(QStringLiteral("render=1|format=jpeg"));
    QCOMPARE(parse(reversed).hash16(QStringLiteral("render=1|format=jpeg")), hash);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(hash).hasMatch());
}

void TestRenderConfig::hashDependsOnSignatureAndValues()
{
    const RenderConfig config;
    QVERIFY(config.hash16(QStringLiteral("format=jpeg")) != config.hash16(QStringLiteral("format=webp")));
    QVERIFY(config.hash16(QString()) != parseString("hide_genre=true").hash16(QString()));
    QCOMPARE(config.hash16(QStringLiteral("x")), RenderConfig().hash16(QStringLiteral("x")));
}

void TestRenderConfig::memoisedHashMatchesTheFullComputation()
{
    // hash16 memoises by the exact values; one changed parameter must never get another config's hash.
    QFETCH(Param, param);
    const ParamSpec &spec = ParamRegistry::spec(param);
    const RenderConfig config = parseOne(spec.name, sample(spec).first);
    const QString signature = QStringLiteral("format=jpeg");
    QVERIFY(!RenderConfig().hash16(signature).isEmpty());   // the defaults are in the memo
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash((config.canonicalString() + QLatin1Char('|') + signature).toUtf8(),
                                 QCryptographicHash::Sha256).toHex().left(16));
    QCOMPARE(config.hash16(signature), expected);
    QCOMPARE(config.hash16(signature), expected);   // now from the memo
    QVERIFY(config.hash16(signature) != RenderConfig().hash16(signature));
}

void TestRenderConfig::canonicalStringListsEveryParamSorted()
{
    const QStringList lines = RenderConfig().canonicalString().split(QLatin1Char('&'));
    QCOMPARE(lines.size(), ParamCount);
    QStringList names;
    for (const QString &line : lines)
        names.append(line.section(QLatin1Char('='), 0, 0));
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QVERIFY(lines.contains(QStringLiteral("accent_bar_font_size_ratio=0.08")));
    QVERIFY(lines.contains(QStringLiteral("hide_genre=false")));
    QVERIFY(lines.contains(QStringLiteral("movie_weights=")));
}

void TestRenderConfig::roundTrip_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("omitDefaults");
    for (bool omit : { true, false }) {
        const char *suffix = omit ? "omit" : "full";
        QTest::addRow("defaults %s", suffix) << QString() << omit;
        QTest::addRow("mixed %s", suffix)
            << "rating_display_mode=3&sash_priority=default,-cult,festival@0&movie_weights=imdb:0"
               "&score_custom_palette=0:ff0000;90:00ff00&logo_language=pt_BR&bar_bottom_inset=0.007"
            << omit;
        QTest::addRow("no sashes %s", suffix) << "sash_priority=-wins&sash_mode=notch" << omit;
        QString everything;
        for (const ParamSpec &spec : ParamRegistry::all())
            everything += spec.name + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(sample(spec).first)) + QLatin1Char('&');
        QTest::addRow("every param %s", suffix) << everything << omit;
    }
}

void TestRenderConfig::roundTrip()
{
    QFETCH(QString, query);
    QFETCH(bool, omitDefaults);
    const RenderConfig config = RenderConfig::fromQuery(QUrlQuery(query));
    const QUrlQuery written = config.toQuery(omitDefaults);
    const RenderConfig reread = RenderConfig::fromQuery(QUrlQuery(written.toString(QUrl::FullyEncoded)));
    QCOMPARE(reread, config);
    QCOMPARE(reread.canonicalString(), config.canonicalString());
    QCOMPARE(reread.toQuery(omitDefaults).toString(), written.toString());
}

void TestRenderConfig::toQueryOmitsDefaults()
{
    // Client insets are never omitted: their default depends on the client (reference §2.16).
    QCOMPARE(
        RenderConfig().toQuery(true).toString(), QStringLiteral("bar_bottom_inset=0&sash_badge_inset=0"));
    QCOMPARE(RenderConfig().toQuery(false).queryItems().size(), ParamCount);
    const QUrlQuery diff = parseString("sash_priority=default,-cult,festival@0&hide_genre=1").toQuery(true);
    QCOMPARE(
        diff.queryItemValue(QStringLiteral("sash_priority")), QStringLiteral("default,-cult,festival@0"));
    QCOMPARE(diff.queryItemValue(QStringLiteral("hide_genre")), QStringLiteral("true"));
    QCOMPARE(diff.queryItems().size(), 4);
}

void TestRenderConfig::setValueNormalises()
{
    RenderConfig config;
    config.setValue(Param::RatingDisplayMode, 9);
    QCOMPARE(config.integer(Param::RatingDisplayMode), 4);
    config.setValue(Param::BarHeightRatio, 0.0123456);
    QCOMPARE(config.formatted(Param::BarHeightRatio), QStringLiteral("0.04"));
    config.setValue(Param::LogoBottomRatio, QStringLiteral("0.3"));
    QCOMPARE(config.real(Param::LogoBottomRatio), 0.3);
    config.setValue(Param::TopGradient, QStringLiteral("LOW"));
    QCOMPARE(config.text(Param::TopGradient), QStringLiteral("low"));
    config.setValue(Param::MovieWeights, QVariant::fromValue(Weights { { QStringLiteral("trakt"), 0.25 } }));
    QCOMPARE(config.text(Param::MovieWeights), QStringLiteral("trakt:0.25"));
    config.setValue(Param::SashPriority, QStringList { QStringLiteral("cult"), QStringLiteral("wins") });
    QCOMPARE(config.sashPriority(), (QStringList { QStringLiteral("cult"), QStringLiteral("wins") }));
    config.setValue(Param::RatingTextColor, QColor(1, 2, 3));
    QCOMPARE(config.text(Param::RatingTextColor), QStringLiteral("010203"));
    config.setValue(Param::HideGenre, true);
    QVERIFY(config.flag(Param::HideGenre));
}

QTEST_APPLESS_MAIN(TestRenderConfig)
#include "tst_renderconfig.moc"
