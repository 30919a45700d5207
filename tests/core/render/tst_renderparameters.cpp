// Every render parameter of reference §1.2 visibly changes the poster, or is listed as deciding only
// data the pipeline picks (which art, which logo, which sash, which score) or cache identity — with the
// reason. The test walks the ParamRegistry, so a new parameter fails it until it is put in a table.
// "Visibly" = the half-size renders (the golden resolution) differ beyond a small tolerance: more than
// 0.02 % of pixels by more than 32 levels, or a mean difference above 1.

#include <QHash>
#include <QLinearGradient>
#include <QPainter>
#include <QTest>
#include <QUrlQuery>

#include "core/config/paramregistry.h"
#include "core/config/renderconfig.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "tests/core/render/syntheticart.h"
#include "tests/support/imagecompare.h"

using namespace Marquee;
using Config::Param;
using Config::ParamRegistry;
using Render::RenderInputs;
using Test::ImageCompare;

namespace {

enum class Input { Standard, Sunset, TwoTone, Ocean, NoArt, WebQuality };

struct VisibleRow
{
    const char *param;    // URL name
    const char *value;    // a non-default value
    const char *context;  // parameters that make it matter (both renders get them); may be empty
    Input input = Input::Standard;
};

// Params that change the picture, each with the value and context that show it.
const VisibleRow Visible[] = {
    {"shape", "landscape", ""},
    {"badge_pos", "top_right", "shape=landscape"},
    {"fallback_bg_style", "photoreal", "", Input::NoArt},
    {"top_gradient", "off", "sash_mode=hidden"},
    {"bottom_gradient", "off", ""},
    {"top_gradient_opacity", "0.2", "top_gradient=custom&sash_mode=hidden"},
    {"top_gradient_height", "0.8", "top_gradient=custom&sash_mode=hidden"},
    {"bottom_gradient_opacity", "0.2", "bottom_gradient=custom"},
    {"bottom_gradient_height", "0.8", "bottom_gradient=custom"},
    {"top_vignette_sash_only", "true", "sash_mode=hidden"},
    {"vignette_poster_color_top", "true", "sash_mode=hidden", Input::Sunset},
    {"vignette_poster_color_bottom", "true", "", Input::Sunset},
    {"vignette_color_saturation", "0.3", "vignette_poster_color_bottom=true", Input::Sunset},
    {"vignette_color_lightness", "2.2", "vignette_poster_color_bottom=true", Input::Sunset},
    {"vignette_color_blur", "0", "vignette_poster_color_bottom=true", Input::TwoTone},
    {"vignette_color_ramp", "false", "vignette_poster_color_bottom=true", Input::TwoTone},
    {"vignette_color_local", "false", "vignette_poster_color_bottom=true&vignette_color_blur=0", Input::Sunset},
    {"rating_display_mode", "3", ""},
    {"score_color_mode", "0", ""},
    {"score_custom_palette", "0:ff2020", "score_color_mode=3"},
    {"rating_text_color", "ff2020", ""},
    {"hide_genre", "true", ""},
    {"accent_bar_font_size_ratio", "0.12", ""},
    {"accent_bar_y_offset", "0.7", ""},
    {"accent_bar_append_mode", "1", ""},
    {"accent_bar_bottom_ratio", "0.15", ""},
    {"score_glow_threshold", "50", "score_glow_alpha=220&score_glow_blur=6"},
    {"score_glow_blur", "12", "score_glow_threshold=50&score_glow_alpha=220"},
    {"score_glow_alpha", "220", "score_glow_threshold=50&score_glow_blur=6"},
    {"score_glow_color", "ff2020", "score_glow_threshold=50&score_glow_alpha=220&score_glow_blur=6"},
    {"numeric_score_font_size_ratio", "0.15", "rating_display_mode=2"},
    {"numeric_score_y_offset", "0.7", "rating_display_mode=2"},
    {"score_out_of_10", "true", "rating_display_mode=2"},
    {"minimalist_mode_font_size_ratio", "0.09", "rating_display_mode=3"},
    {"minimalist_mode_font_x_offset", "0.2", "rating_display_mode=3"},
    {"minimalist_mode_font_y_offset", "0.7", "rating_display_mode=3"},
    {"minimalist_append_mode", "1", "rating_display_mode=3"},
    {"minimalist_score_out_of_10", "true", "rating_display_mode=3&minimalist_append_mode=1"},
    {"minimalist_center", "true", "rating_display_mode=3"},
    {"minimalist_separator", "bullet", "rating_display_mode=3"},
    {"minimalist_rating_separator", "pip", "rating_display_mode=3&minimalist_append_mode=1"},
    {"bar_style", "pure_black", "rating_display_mode=4"},
    {"bar_accent", "gold", "rating_display_mode=4&bar_style=rating_black"},
    {"bar_append", "year", "rating_display_mode=4"},
    {"bar_score_out_of_10", "true", "rating_display_mode=4"},
    {"bar_height_ratio", "0.15", "rating_display_mode=4"},
    {"bar_font_size_ratio", "0.3", "rating_display_mode=4"},
    {"bar_frost_opacity", "0.2", "rating_display_mode=4"},
    {"bar_frost_saturation", "2", "rating_display_mode=4&bar_frost_opacity=1", Input::Sunset},
    {"bar_bottom_inset", "0.1", "rating_display_mode=4"},
    {"frost_reference", "true", "rating_display_mode=4&bar_frost_opacity=1", Input::Ocean},
    {"textless", "true", ""},
    {"use_original_art", "true", ""},
    {"logo_max_w_ratio", "0.3", ""},
    {"logo_max_h_ratio", "0.1", ""},
    {"logo_bottom_ratio", "0.5", ""},
    {"logo_bottom_anchor", "true", ""},
    {"sash_mode", "notch", ""},
    {"muted", "true", ""},
    {"sash_poster_color", "true", "", Input::Sunset},
    {"sash_length_ratio", "0.8", ""},
    {"sash_height_ratio", "0.2", ""},
    {"sash_winner_star", "true", ""},
    {"sash_text_color", "ff2020", ""},
    {"sash_badge_style", "black", "sash_mode=notch"},
    {"sash_badge_size_w", "2", "sash_mode=notch"},
    {"sash_badge_size_h", "2", "sash_mode=notch"},
    {"sash_badge_pad", "1.5", "sash_mode=notch&sash_badge_size_h=1.6"},
    {"sash_badge_inset", "0.02", "sash_mode=notch"},
    {"sash_badge_font_ratio", "0.7", "sash_mode=notch"},
    {"sash_badge_frost_opacity", "0.1", "sash_mode=notch&sash_badge_size_h=1.6", Input::Sunset},
    {"sash_badge_frost_saturation", "2", "sash_mode=notch&sash_badge_size_h=1.6&sash_badge_frost_opacity=1", Input::Sunset},
    {"notch_vignette_color", "true", "sash_mode=notch&vignette_poster_color_bottom=true&sash_badge_size_h=1.6"
                                     "&vignette_color_local=false", Input::Sunset},
    {"badge_display_mode", "5", ""},
    {"badge_height", "44", ""},
    {"badge_gap", "40", "badge_display_mode=2"},
    {"badge_anchor_x", "0.4", ""},
    {"badge_anchor_y", "0.4", ""},
    {"badge_min_score", "4", "", Input::WebQuality},
    {"combined_badge_stacked", "true", "badge_display_mode=5&badge_height=30"},
};

struct DataRow
{
    const char *param;
    const char *reason;
};

// Params the renderer never reads: they decide inputs upstream (or only the cache key). Each says
// where that decision is made and tested.
const DataRow DataOnly[] = {
    {"landscape_art", "which backdrop the pipeline fetches (ArtSelector::landscape, tst_artselector)"},
    {"original_art_source", "which language-tagged poster original-art mode fetches (ArtSelector::originalArt)"},
    {"logo_language", "which logo is fetched and the sash vocabulary language (ArtSelector::logo, sash picker)"},
    {"logo_language_secondary", "the secondary logo language of the custom priorities (ArtSelector::logo)"},
    {"logo_priority", "the logo language order (LanguagePreference, tst_artselector logoPriority)"},
    {"sash_priority", "which sash the pipeline picks (SashPicker); the renderer gets the picked label"},
    {"cinema_greyscale", "whether the pipeline sets RenderInputs::greyscale (release status)"},
    {"cinema_greyscale_skip_if_available", "whether the pipeline sets RenderInputs::greyscale (quality tokens)"},
    {"release_status_cinema_only", "which release statuses become sashes (SashPicker)"},
    {"release_status_dates", "the wording of the release-status sash label (sash vocabulary)"},
    {"wait_for_quality", "whether the pipeline waits for quality tokens before rendering"},
    {"greyscale_no_quality", "whether the pipeline sets RenderInputs::greyscale when no tokens arrived"},
    {"movie_weights", "the score the ratings blend gives (RenderInputs::score)"},
    {"tv_weights", "the score the ratings blend gives (RenderInputs::score)"},
    {"anime_movie_weights", "the score the ratings blend gives for anime (RenderInputs::score)"},
    {"anime_tv_weights", "the score the ratings blend gives for anime (RenderInputs::score)"},
    {"fallback_to_imdb", "whether an unweighted title scores its IMDb rating (RenderInputs::score)"},
    {"imdb_rating_source", "where the IMDb value comes from (ratings pipeline)"},
    {"tmdb_rating_source", "where the TMDB value comes from (ratings pipeline)"},
};

// Orange on the left, a related rose on the right, each with some texture: a band with a clear
// secondary hue for the two-tone ramp and different local colours per column.
QImage twoTone()
{
    QImage image(600, 900, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient across(0, 0, 600, 0);
    across.setColorAt(0.0, QColor(235, 135, 40));
    across.setColorAt(0.45, QColor(225, 120, 45));
    across.setColorAt(0.65, QColor(215, 60, 110));
    across.setColorAt(1.0, QColor(205, 50, 120));
    p.fillRect(image.rect(), across);
    for (int y = 0; y < 900; y += 30)
        p.fillRect(QRect(0, y, 600, 8), QColor(0, 0, 0, 60));
    return image;
}

// Deep blue water under a pale sky: a dark, chromatic dominant colour.
QImage ocean()
{
    QImage image(600, 900, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(QRect(0, 0, 600, 300), QColor(120, 150, 190));
    p.fillRect(QRect(0, 300, 600, 600), QColor(20, 50, 140));
    return image;
}

RenderInputs inputsFor(Input kind)
{
    RenderInputs in;
    switch (kind) {
    case Input::Sunset:
        in.art = Test::SyntheticArt::sunset();
        break;
    case Input::TwoTone:
        in.art = twoTone();
        break;
    case Input::Ocean:
        in.art = ocean();
        break;
    default:
        in.art = Test::SyntheticArt::discs(1);
        break;
    }
    if (kind == Input::NoArt)
        in.art = QImage();
    in.title = QStringLiteral("The Long Night Harbor");
    in.genre = QStringLiteral("Drama");
    in.year = 2019;
    in.score = 78;
    in.sash = Render::SashInfo {QStringLiteral("Oscar Winner"), Render::SashType::Win};
    in.qualityTokens = kind == Input::WebQuality
        ? QStringList {QStringLiteral("1080P"), QStringLiteral("WEBDL")}
        : QStringList {QStringLiteral("4K"), QStringLiteral("REMUX"), QStringLiteral("DV"), QStringLiteral("ATMOS")};
    in.ageRating = 16;
    return in;
}

// Stricter than the golden tolerance in one respect: a small element (the 4-px quality notch) that
// moves or disappears changes only ~0.03 % of the pixels, so ≥ 0.02 % (19 half-size pixels) differing
// by more than 32 levels counts as visible.
const ImageCompare::Tolerance Visibly {1.0, 32, 0.0002};

QImage halfSize(const QImage &poster)
{
    return poster.scaled(poster.width() / 2, poster.height() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB888);
}

} // namespace

class tst_RenderParameters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyParameterIsClassified_data();
    void everyParameterIsClassified();
    void tablesNameOnlyRealParametersOnce();
    void parameterChangesThePoster_data();
    void parameterChangesThePoster();
    void dataOnlyParametersLeaveThePixelsAlone_data();
    void dataOnlyParametersLeaveThePixelsAlone();
    void documentListsTheDataOnlyParameters();

private:
    Render::FontBook *m_fonts = nullptr;
    Render::PosterRenderer *m_renderer = nullptr;
};

void tst_RenderParameters::initTestCase()
{
    static Render::FontBook fonts;
    QVERIFY2(fonts.isValid(), qPrintable(fonts.failedFonts().join(QLatin1Char(','))));
    m_fonts = &fonts;
    static Render::PosterRenderer renderer(fonts);
    m_renderer = &renderer;
}

void tst_RenderParameters::everyParameterIsClassified_data()
{
    QTest::addColumn<QString>("name");
    for (const Config::ParamSpec &spec : ParamRegistry::all())
        QTest::newRow(qPrintable(spec.name)) << spec.name;
}

void tst_RenderParameters::everyParameterIsClassified()
{
    QFETCH(QString, name);
    int found = 0;
    for (const VisibleRow &row : Visible)
        found += name == QLatin1String(row.param);
    for (const DataRow &row : DataOnly)
        found += name == QLatin1String(row.param);
    QVERIFY2(found == 1, qPrintable(QStringLiteral("%1 is in %2 tables; put it in exactly one (Visible with a value "
                                                   "that shows, or DataOnly with the reason)")
                                        .arg(name).arg(found)));
}

void tst_RenderParameters::tablesNameOnlyRealParametersOnce()
{
    QHash<QString, int> seen;
    for (const VisibleRow &row : Visible)
        ++seen[QLatin1String(row.param)];
    for (const DataRow &row : DataOnly)
        ++seen[QLatin1String(row.param)];
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QVERIFY2(ParamRegistry::find(it.key()), qPrintable(it.key() + QStringLiteral(" is not a render parameter")));
        QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" is listed twice")));
    }
    QCOMPARE(seen.size(), qsizetype(Config::ParamCount));
}

void tst_RenderParameters::parameterChangesThePoster_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("input");
    for (const VisibleRow &row : Visible) {
        QTest::newRow(row.param) << QString::fromLatin1(row.param) << QString::fromLatin1(row.value)
                                 << QString::fromLatin1(row.context) << int(row.input);
    }
}

void tst_RenderParameters::parameterChangesThePoster()
{
    QFETCH(QString, param);
    QFETCH(QString, value);
    QFETCH(QString, context);
    QFETCH(int, input);
    const Config::RenderConfig base = Config::RenderConfig::fromQuery(QUrlQuery(context));
    Config::RenderConfig changed = base;
    QVERIFY(changed.set(param, value));
    const Config::ParamSpec *spec = ParamRegistry::find(param);
    QVERIFY(spec);
    QVERIFY2(changed.value(spec->id) != base.value(spec->id),
             qPrintable(QStringLiteral("%1=%2 is not a change from the context's value").arg(param, value)));

    const RenderInputs inputs = inputsFor(Input(input));
    const QImage a = halfSize(m_renderer->render(inputs, base));
    const QImage b = halfSize(m_renderer->render(inputs, changed));
    if (a.size() != b.size())
        return;  // a different canvas is as visible as it gets
    const ImageCompare::Result result = ImageCompare::compare(b, a, Visibly);
    QVERIFY2(!result.passed, qPrintable(QStringLiteral("%1=%2 (context \"%3\") does not visibly change the poster: %4")
                                            .arg(param, value, context, result.explanation)));
}

void tst_RenderParameters::dataOnlyParametersLeaveThePixelsAlone_data()
{
    QTest::addColumn<QString>("param");
    for (const DataRow &row : DataOnly)
        QTest::newRow(row.param) << QString::fromLatin1(row.param);
}

// The other half of the classification: a data-only parameter really is invisible to the renderer
// (if it starts to matter there, it belongs in Visible with a value that shows it).
void tst_RenderParameters::dataOnlyParametersLeaveThePixelsAlone()
{
    QFETCH(QString, param);
    const Config::ParamSpec *spec = ParamRegistry::find(param);
    QVERIFY(spec);
    Config::RenderConfig changed;
    switch (spec->type) {
    case Config::ParamType::Bool:
        changed.setValue(spec->id, !spec->defaultValue.toBool());
        break;
    case Config::ParamType::Choice:
        changed.setValue(spec->id, spec->choices.last() == spec->defaultValue.toString() ? spec->choices.first()
                                                                                          : spec->choices.last());
        break;
    case Config::ParamType::Weights:
        QVERIFY(changed.set(param, spec->choices.first() + QStringLiteral(":1")));
        break;
    case Config::ParamType::SashPriority:
        QVERIFY(changed.set(param, QStringLiteral("cult")));
        break;
    default:
        QVERIFY(changed.set(param, QStringLiteral("fr")));
        break;
    }
    QVERIFY2(changed != Config::RenderConfig(), qPrintable(param + QStringLiteral(": no non-default value chosen")));
    const RenderInputs inputs = inputsFor(Input::Standard);
    QCOMPARE(m_renderer->render(inputs, changed), m_renderer->render(inputs, Config::RenderConfig()));
}

void tst_RenderParameters::documentListsTheDataOnlyParameters()
{
    QFile doc(QStringLiteral(MARQUEE_SOURCE_DIR "/docs/render-parameters.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const DataRow &row : DataOnly) {
        QVERIFY2(text.contains(QLatin1Char('`') + QLatin1String(row.param) + QLatin1Char('`')),
                 qPrintable(QStringLiteral("docs/render-parameters.md does not list `%1`").arg(QLatin1String(row.param))));
    }
}

QTEST_MAIN(tst_RenderParameters)
#include "tst_renderparameters.moc"
