#include "app/params/paramlabels.h"

#include <QHash>

namespace Marquee::App {

using Config::Param;

QString ParamLabels::label(Param param)
{
    switch (param) {
    case Param::Shape:
        return tr("Shape");
    case Param::LandscapeArt:
        return tr("Landscape art");
    case Param::BadgePos:
        return tr("Landscape badge position");
    case Param::FallbackBgStyle:
        return tr("Fallback poster style");
    case Param::TopGradient:
        return tr("Top vignette");
    case Param::BottomGradient:
        return tr("Bottom vignette");
    case Param::TopGradientOpacity:
        return tr("Top vignette opacity");
    case Param::TopGradientHeight:
        return tr("Top vignette height");
    case Param::BottomGradientOpacity:
        return tr("Bottom vignette opacity");
    case Param::BottomGradientHeight:
        return tr("Bottom vignette height");
    case Param::TopVignetteSashOnly:
        return tr("Top vignette only with a sash");
    case Param::VignettePosterColorTop:
        return tr("Top vignette colour from poster");
    case Param::VignettePosterColorBottom:
        return tr("Bottom vignette colour from poster");
    case Param::VignetteColorSaturation:
        return tr("Vignette colour saturation");
    case Param::VignetteColorLightness:
        return tr("Vignette colour lightness");
    case Param::VignetteColorBlur:
        return tr("Vignette colour blur");
    case Param::VignetteColorRamp:
        return tr("Two-tone vignette");
    case Param::VignetteColorLocal:
        return tr("Blend into nearby art");
    case Param::RatingDisplayMode:
        return tr("Rating display mode");
    case Param::ScoreColorMode:
        return tr("Colour palette");
    case Param::ScoreCustomPalette:
        return tr("Custom palette");
    case Param::RatingTextColor:
        return tr("Rating text colour");
    case Param::HideGenre:
        return tr("Hide genre");
    case Param::AccentBarFontSizeRatio:
        return tr("Accent bar font size");
    case Param::AccentBarYOffset:
        return tr("Accent bar text position");
    case Param::AccentBarAppendMode:
        return tr("Accent bar label suffix");
    case Param::AccentBarBottomRatio:
        return tr("Accent bar position");
    case Param::ScoreGlowThreshold:
        return tr("Glow threshold");
    case Param::ScoreGlowBlur:
        return tr("Glow blur");
    case Param::ScoreGlowAlpha:
        return tr("Glow brightness");
    case Param::ScoreGlowColor:
        return tr("Glow colour");
    case Param::NumericScoreFontSizeRatio:
        return tr("Score font size");
    case Param::NumericScoreYOffset:
        return tr("Score position");
    case Param::ScoreOutOf10:
        return tr("Score out of 10");
    case Param::MinimalistModeFontSizeRatio:
        return tr("Minimalist font size");
    case Param::MinimalistModeFontXOffset:
        return tr("Minimalist horizontal position");
    case Param::MinimalistModeFontYOffset:
        return tr("Minimalist vertical position");
    case Param::MinimalistAppendMode:
        return tr("Minimalist append");
    case Param::MinimalistScoreOutOf10:
        return tr("Minimalist score out of 10");
    case Param::MinimalistCenter:
        return tr("Centre under the logo");
    case Param::MinimalistSeparator:
        return tr("Minimalist separator");
    case Param::MinimalistRatingSeparator:
        return tr("Minimalist rating separator");
    case Param::BarStyle:
        return tr("Bar style");
    case Param::BarAccent:
        return tr("Rating bar colour");
    case Param::BarAppend:
        return tr("Bar append");
    case Param::BarScoreOutOf10:
        return tr("Bar score out of 10");
    case Param::BarHeightRatio:
        return tr("Bar height");
    case Param::BarFontSizeRatio:
        return tr("Bar font size");
    case Param::BarFrostOpacity:
        return tr("Bar opacity");
    case Param::BarFrostSaturation:
        return tr("Bar colour saturation");
    case Param::BarBottomInset:
        return tr("Bar inset from bottom");
    case Param::FrostReference:
        return tr("Reference colour");
    case Param::Textless:
        return tr("Textless art");
    case Param::UseOriginalArt:
        return tr("Original art");
    case Param::OriginalArtSource:
        return tr("Original art source");
    case Param::LogoLanguage:
        return tr("Logo language");
    case Param::LogoLanguageSecondary:
        return tr("Secondary logo language");
    case Param::LogoPriority:
        return tr("Language priority");
    case Param::LogoMaxWRatio:
        return tr("Logo width");
    case Param::LogoMaxHRatio:
        return tr("Logo height");
    case Param::LogoBottomRatio:
        return tr("Logo position");
    case Param::LogoBottomAnchor:
        return tr("Anchor logo at its bottom");
    case Param::SashMode:
        return tr("Info sash mode");
    case Param::SashPriority:
        return tr("Sash priority");
    case Param::Muted:
        return tr("Muted sashes");
    case Param::SashPosterColor:
        return tr("Sash colour from poster");
    case Param::SashLengthRatio:
        return tr("Sash distance from corner");
    case Param::SashHeightRatio:
        return tr("Sash size");
    case Param::SashWinnerStar:
        return tr("Winner star");
    case Param::SashTextColor:
        return tr("Sash text colour");
    case Param::SashBadgeStyle:
        return tr("Notch style");
    case Param::SashBadgeSizeW:
        return tr("Notch width");
    case Param::SashBadgeSizeH:
        return tr("Notch height");
    case Param::SashBadgePad:
        return tr("Notch padding");
    case Param::SashBadgeInset:
        return tr("Notch inset");
    case Param::SashBadgeFontRatio:
        return tr("Notch font size");
    case Param::SashBadgeFrostOpacity:
        return tr("Notch opacity");
    case Param::SashBadgeFrostSaturation:
        return tr("Notch colour saturation");
    case Param::NotchVignetteColor:
        return tr("Match tinted vignette");
    case Param::CinemaGreyscale:
        return tr("Greyscale poster if unavailable");
    case Param::CinemaGreyscaleSkipIfAvailable:
        return tr("Consider available if a source is found");
    case Param::ReleaseStatusCinemaOnly:
        return tr("Release status: unavailable only");
    case Param::ReleaseStatusDates:
        return tr("Release status: show date");
    case Param::BadgeDisplayMode:
        return tr("Quality display mode");
    case Param::BadgeHeight:
        return tr("Badge size");
    case Param::BadgeGap:
        return tr("Badge gap");
    case Param::BadgeAnchorX:
        return tr("Badge horizontal position");
    case Param::BadgeAnchorY:
        return tr("Badge vertical position");
    case Param::BadgeMinScore:
        return tr("Minimum quality");
    case Param::CombinedBadgeStacked:
        return tr("Stacked layout");
    case Param::WaitForQuality:
        return tr("Wait for quality");
    case Param::GreyscaleNoQuality:
        return tr("Greyscale if no quality");
    case Param::MovieWeights:
        return tr("Movie weights");
    case Param::TvWeights:
        return tr("TV weights");
    case Param::AnimeMovieWeights:
        return tr("Anime movie weights");
    case Param::AnimeTvWeights:
        return tr("Anime TV weights");
    case Param::FallbackToImdb:
        return tr("Fall back to IMDb");
    case Param::ImdbRatingSource:
        return tr("IMDb rating source");
    case Param::TmdbRatingSource:
        return tr("TMDB rating source");
    case Param::Count:
        break;
    }
    return {};
}

QList<QPair<int, QString>> ParamLabels::modes(Param param)
{
    switch (param) {
    case Param::RatingDisplayMode:
        return {{0, tr("Hidden")}, {1, tr("Accent bar")}, {2, tr("Numeric score")}, {3, tr("Minimalist line")}, {4, tr("Rating bar")}};
    case Param::ScoreColorMode:
        return {{0, tr("Light")}, {1, tr("Dark/light")}, {2, tr("Prestige")}, {3, tr("Custom")}};
    case Param::AccentBarAppendMode:
        return {{0, tr("Year")}, {1, tr("Info sash")}, {2, tr("Year and info sash")}};
    case Param::MinimalistAppendMode:
        return {{0, tr("Year")}, {1, tr("Rating")}, {2, tr("Both")}, {3, tr("Split")}};
    case Param::BadgeDisplayMode:
        return {{0, tr("Hidden")}, {1, tr("Quality and age rating")}, {2, tr("Quality badge row")}, {3, tr("Age rating only")}, {4, tr("Quality notch")}, {5, tr("Combined badge")}, {6, tr("Quality bookmark")}};
    default:
        return {};
    }
}

QString ParamLabels::choice(const QString &token)
{
    // Built per call so a language switch shows at once; the table is small.
    const QHash<QString, QString> names{
        {QStringLiteral("portrait"), tr("Portrait")},
        {QStringLiteral("landscape"), tr("Landscape")},
        {QStringLiteral("textless"), tr("Textless")},
        {QStringLiteral("original"), tr("Original")},
        {QStringLiteral("top_left"), tr("Top left")},
        {QStringLiteral("top_right"), tr("Top right")},
        {QStringLiteral("logo"), tr("Beside the logo")},
        {QStringLiteral("minimal"), tr("Textured backdrop")},
        {QStringLiteral("photoreal"), tr("Photorealistic")},
        {QStringLiteral("off"), tr("Off")},
        {QStringLiteral("low"), tr("Low")},
        {QStringLiteral("medium"), tr("Medium")},
        {QStringLiteral("high"), tr("High")},
        {QStringLiteral("custom"), tr("Custom")},
        {QStringLiteral("pip"), tr("Bar")},
        {QStringLiteral("bullet"), tr("Bullet")},
        {QStringLiteral("star"), tr("Star")},
        {QStringLiteral("frosted"), tr("Frosted")},
        {QStringLiteral("pure_black"), tr("Pure black")},
        {QStringLiteral("silver"), tr("Silver")},
        {QStringLiteral("gold"), tr("Gold")},
        {QStringLiteral("rating_black"), tr("Rating black")},
        {QStringLiteral("rating_frosted"), tr("Rating frosted")},
        {QStringLiteral("sample"), tr("Colour sample")},
        {QStringLiteral("palette_0"), tr("Light palette")},
        {QStringLiteral("palette_1"), tr("Dark/light palette")},
        {QStringLiteral("palette_2"), tr("Prestige palette")},
        {QStringLiteral("palette_custom"), tr("Custom palette")},
        {QStringLiteral("rating_year"), tr("Rating and year")},
        {QStringLiteral("rating"), tr("Rating")},
        {QStringLiteral("year"), tr("Year")},
        {QStringLiteral("sash"), tr("Sash")},
        {QStringLiteral("primary"), tr("Primary")},
        {QStringLiteral("top_rated"), tr("Top rated")},
        {QStringLiteral("native_original"), tr("Native, then original")},
        {QStringLiteral("original_native"), tr("Original, then native")},
        {QStringLiteral("native_if_original_english"), tr("Native if the original is English")},
        {QStringLiteral("native_text"), tr("Native, else title text")},
        {QStringLiteral("native_custom_text"), tr("Native, custom, else text")},
        {QStringLiteral("native_custom_original_text"), tr("Native, custom, original, else text")},
        {QStringLiteral("hidden"), tr("Hidden")},
        {QStringLiteral("notch"), tr("Notch")},
        {QStringLiteral("black"), tr("Black")},
        {QStringLiteral("mdblist"), tr("MDBList")},
        {QStringLiteral("dataset"), tr("IMDb dataset")},
        {QStringLiteral("fallback"), tr("Fallback")},
        {QStringLiteral("direct"), tr("Direct (TMDB)")},
        {QStringLiteral("match"), tr("Match the score")}};
    return names.value(token, token);
}

} // namespace Marquee::App
