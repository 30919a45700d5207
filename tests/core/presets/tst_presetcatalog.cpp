#include <QSet>
#include <QTest>

#include "core/config/paramregistry.h"
#include "core/presets/presetcatalog.h"

using namespace Marquee::Config;
using namespace Marquee::Presets;

// The built-in presets of reference §4: the ten current ones in gallery order and the retired ids.
class TestPresetCatalog : public QObject
{
    Q_OBJECT

private slots:
    void tenCurrentPresetsInOrder();
    void idsAreUnique();
    void everyPresetDiffersFromDefaults_data() { perPreset(); }
    void everyPresetDiffersFromDefaults();
    void everyParamNameIsKnown_data() { perPreset(); }
    void everyParamNameIsKnown();
    void commonBlockOnCurrentPresets_data() { perCurrentPreset(); }
    void commonBlockOnCurrentPresets();
    void notchAndSashBlocks_data();
    void notchAndSashBlocks();
    void tintedMiniNotch();
    void originalArtPresets();
    void presetsDrawDifferentPosters();
    void retiredPresetsResolveButAreNotListed();
    void retiredSashListIsAuthoritative();
    void unknownIdIsNotFound();

private:
    static void perPreset();
    static void perCurrentPreset();
};

namespace {

QStringList currentIds()
{
    QStringList ids;
    for (const Preset &preset : PresetCatalog::current())
        ids.append(preset.id);
    return ids;
}

} // namespace

void TestPresetCatalog::perPreset()
{
    QTest::addColumn<QString>("id");
    for (const Preset &preset : PresetCatalog::builtIn())
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void TestPresetCatalog::perCurrentPreset()
{
    QTest::addColumn<QString>("id");
    for (const Preset &preset : PresetCatalog::current())
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void TestPresetCatalog::tenCurrentPresetsInOrder()
{
    const QStringList expected { QStringLiteral("tinted_mini_notch"), QStringLiteral("tinted_mini_sash"),
        QStringLiteral("bar_notch"), QStringLiteral("bar_sash"), QStringLiteral("ratingbar_notch"),
        QStringLiteral("ratingbar_sash"), QStringLiteral("clean_notch"), QStringLiteral("clean_sash"),
        QStringLiteral("mini_sash_oa"), QStringLiteral("bar_notch_oa") };
    QCOMPARE(currentIds(), expected);
    QCOMPARE(PresetCatalog::current().at(0).name, QStringLiteral("Tinted Minimalist Notch"));
    QCOMPARE(PresetCatalog::current().at(2).name, QStringLiteral("Bar with matching notch"));
    QCOMPARE(PresetCatalog::current().at(8).name, QStringLiteral("Original Art - Mini & Sash"));
    QCOMPARE(PresetCatalog::current().at(2).description,
        QStringLiteral("Notch and bar sampled from the posters colour, clean and easy to read."));
    for (const Preset &preset : PresetCatalog::current()) {
        QVERIFY(!preset.retired);
        QVERIFY2(!preset.name.isEmpty(), qPrintable(preset.id));
        QVERIFY2(!preset.description.isEmpty(), qPrintable(preset.id));
    }
}

void TestPresetCatalog::idsAreUnique()
{
    QSet<QString> ids;
    for (const Preset &preset : PresetCatalog::builtIn()) {
        QVERIFY2(!ids.contains(preset.id), qPrintable(preset.id));
        ids.insert(preset.id);
    }
    QCOMPARE(ids.size(), 18);
}

void TestPresetCatalog::everyPresetDiffersFromDefaults()
{
    QFETCH(QString, id);
    const Preset *preset = PresetCatalog::find(id);
    QVERIFY(preset);
    QCOMPARE(preset->id, id);
    QVERIFY(preset->config() != RenderConfig());
    QVERIFY(preset->config().hash16(QString()) != RenderConfig().hash16(QString()));
}

void TestPresetCatalog::everyParamNameIsKnown()
{
    QFETCH(QString, id);
    // A misspelt name would be silently ignored by the parser, so check every one explicitly.
    for (const auto &[name, value] : PresetCatalog::find(id)->params.queryItems()) {
        const bool known = ParamRegistry::find(name) || ParamRegistry::legacyNames().contains(name)
            || name == QLatin1String("primary_client");
        QVERIFY2(known, qPrintable(name));
        if (const ParamSpec *spec = ParamRegistry::find(name); spec && spec->type == ParamType::Choice)
            QVERIFY2(spec->choices.contains(value) || spec->valueAliases.contains(value),
                qPrintable(name + QLatin1Char('=') + value));
    }
}

void TestPresetCatalog::commonBlockOnCurrentPresets()
{
    QFETCH(QString, id);
    const Preset *preset = PresetCatalog::find(id);
    const RenderConfig config = preset->config();
    QCOMPARE(
        preset->params.queryItemValue(QStringLiteral("primary_client")), QStringLiteral("stremio_tv_nuvio"));
    QVERIFY(config.flag(Param::TopVignetteSashOnly));
    QVERIFY(config.flag(Param::FallbackToImdb));
    QCOMPARE(config.text(Param::ImdbRatingSource), QStringLiteral("fallback"));
    QCOMPARE(config.text(Param::TmdbRatingSource), QStringLiteral("fallback"));
    QCOMPARE(config.text(Param::MovieWeights), QStringLiteral("letterboxd:0.99,trakt:0.01"));
    QCOMPARE(config.text(Param::TvWeights), QStringLiteral("tomatoes:0.20,trakt:0.80"));
    QCOMPARE(config.text(Param::FallbackBgStyle), QStringLiteral("photoreal"));
    QCOMPARE(config.formatted(Param::LogoMaxHRatio), QStringLiteral("0.2"));
    QVERIFY(config.flag(Param::LogoBottomAnchor));
    QCOMPARE(config.integer(Param::BadgeDisplayMode), 0);
}

void TestPresetCatalog::notchAndSashBlocks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("notch");
    for (const Preset &preset : PresetCatalog::current())
        QTest::newRow(qPrintable(preset.id)) << preset.id << preset.id.contains(QLatin1String("notch"));
}

void TestPresetCatalog::notchAndSashBlocks()
{
    QFETCH(QString, id);
    QFETCH(bool, notch);
    const RenderConfig config = PresetCatalog::find(id)->config();
    if (notch) {
        QCOMPARE(config.text(Param::SashMode), QStringLiteral("notch"));
        QCOMPARE(config.formatted(Param::SashBadgeSizeW), QStringLiteral("1.8"));
        QCOMPARE(config.formatted(Param::SashBadgeSizeH), QStringLiteral("1.2"));
        QCOMPARE(config.formatted(Param::SashBadgeFontRatio), QStringLiteral("0.46"));
        QVERIFY(config.isDefault(Param::SashLengthRatio));
    } else {
        QCOMPARE(config.text(Param::SashMode), QStringLiteral("sash"));
        QCOMPARE(config.formatted(Param::SashLengthRatio), QStringLiteral("1.2"));
        QCOMPARE(config.formatted(Param::SashHeightRatio), QStringLiteral("0.135"));
        QVERIFY(config.isDefault(Param::SashBadgeSizeW));
    }
}

void TestPresetCatalog::tintedMiniNotch()
{
    const RenderConfig notch = PresetCatalog::find(u"tinted_mini_notch")->config();
    QCOMPARE(notch.text(Param::TopGradient), QStringLiteral("medium"));
    QCOMPARE(notch.text(Param::BottomGradient), QStringLiteral("medium"));
    QVERIFY(notch.flag(Param::VignettePosterColorBottom));
    QVERIFY(!notch.flag(Param::VignetteColorLocal));
    QCOMPARE(notch.integer(Param::RatingDisplayMode), 3);
    QCOMPARE(notch.formatted(Param::MinimalistModeFontSizeRatio), QStringLiteral("0.06"));
    QCOMPARE(notch.formatted(Param::MinimalistModeFontXOffset), QStringLiteral("0.065"));
    QCOMPARE(notch.text(Param::RatingTextColor), QStringLiteral("FFFFFF"));
    QCOMPARE(notch.formatted(Param::LogoBottomRatio), QStringLiteral("0.17"));
    QVERIFY(notch.flag(Param::NotchVignetteColor));
    const RenderConfig sash = PresetCatalog::find(u"tinted_mini_sash")->config();
    QVERIFY(!sash.flag(Param::NotchVignetteColor));
    QCOMPARE(sash.integer(Param::RatingDisplayMode), 3);
    QVERIFY(PresetCatalog::find(u"bar_sash")->config().flag(Param::SashPosterColor));
    QVERIFY(!PresetCatalog::find(u"bar_notch")->config().flag(Param::SashPosterColor));
    QCOMPARE(PresetCatalog::find(u"ratingbar_notch")->config().integer(Param::RatingDisplayMode), 1);
    QCOMPARE(PresetCatalog::find(u"ratingbar_notch")->config().text(Param::BottomGradient),
        QStringLiteral("high"));
    QCOMPARE(PresetCatalog::find(u"clean_sash")->config().formatted(Param::NumericScoreYOffset),
        QStringLiteral("0.91"));
}

void TestPresetCatalog::originalArtPresets()
{
    const RenderConfig mini = PresetCatalog::find(u"mini_sash_oa")->config();
    QVERIFY(mini.flag(Param::UseOriginalArt));
    QCOMPARE(mini.text(Param::TopGradient), QStringLiteral("low"));
    QCOMPARE(mini.formatted(Param::LogoBottomRatio), QStringLiteral("0.23"));
    const RenderConfig bar = PresetCatalog::find(u"bar_notch_oa")->config();
    QVERIFY(bar.flag(Param::UseOriginalArt));
    QCOMPARE(bar.text(Param::BottomGradient), QStringLiteral("low"));
    QCOMPARE(bar.integer(Param::RatingDisplayMode), 4);
}

void TestPresetCatalog::presetsDrawDifferentPosters()
{
    QSet<QString> canonical;
    for (const Preset &preset : PresetCatalog::builtIn()) {
        const QString text = preset.config().canonicalString();
        QVERIFY2(!canonical.contains(text), qPrintable(preset.id));
        canonical.insert(text);
    }
}

void TestPresetCatalog::retiredPresetsResolveButAreNotListed()
{
    const QStringList retired { QStringLiteral("prestige_rating_bar"), QStringLiteral("light_rating_bar"),
        QStringLiteral("mini"), QStringLiteral("frosted_notch"),
        QStringLiteral("black_rating_bar_light_notch"), QStringLiteral("black_rating_bar_oa"),
        QStringLiteral("frosted_rating_bar_oa"), QStringLiteral("mini_oa") };
    for (const QString &id : retired) {
        const Preset *preset = PresetCatalog::find(id);
        QVERIFY2(preset, qPrintable(id));
        QVERIFY(preset->retired);
        QVERIFY(!currentIds().contains(id));
    }
    // Legacy spellings inside retired presets still map: sash_badge=true → notch, the alias → min score.
    QCOMPARE(PresetCatalog::find(u"frosted_notch")->config().text(Param::SashMode), QStringLiteral("notch"));
    QCOMPARE(PresetCatalog::find(u"prestige_rating_bar")->config().integer(Param::BadgeMinScore), 5);
    QCOMPARE(PresetCatalog::find(u"frosted_rating_bar_oa")->config().text(Param::BarAppend),
        QStringLiteral("sash"));
}

void TestPresetCatalog::retiredSashListIsAuthoritative()
{
    const QStringList slotList = PresetCatalog::find(u"mini")->config().sashPriority();
    QCOMPARE(slotList.first(), QStringLiteral("wins"));
    QVERIFY(slotList.contains(QStringLiteral("binge_ready"))); // structural expanded
    QVERIFY(slotList.contains(QStringLiteral("production"))); // release_status expanded
    QVERIFY(!slotList.contains(QStringLiteral("trending_broad"))); // added later: stays off
    QVERIFY(!slotList.contains(QStringLiteral("premiere")));
}

void TestPresetCatalog::unknownIdIsNotFound()
{
    QCOMPARE(PresetCatalog::find(u"nope"), nullptr);
    QCOMPARE(PresetCatalog::find(u""), nullptr);
    QCOMPARE(PresetCatalog::find(u"Bar_Notch"), nullptr);
}

QTEST_APPLESS_MAIN(TestPresetCatalog)
#include "tst_presetcatalog.moc"
