#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Marquee::Config {

// Every /poster render parameter (reference §1.2), in registry order. The enum is the compile-time
// handle; ParamRegistry holds the runtime facts (name, type, default, clamp, aliases, UI group) that
// the parser, the canonical hash, /server-caps, the web page and the desktop app all read.
enum class Param : int {
    // Core: canvas, fallback art, vignettes, landscape
    Shape,
    LandscapeArt,
    BadgePos,
    FallbackBgStyle,
    TopGradient,
    BottomGradient,
    TopGradientOpacity,
    TopGradientHeight,
    BottomGradientOpacity,
    BottomGradientHeight,
    TopVignetteSashOnly,
    VignettePosterColorTop,
    VignettePosterColorBottom,
    VignetteColorSaturation,
    VignetteColorLightness,
    VignetteColorBlur,
    VignetteColorRamp,
    VignetteColorLocal,
    // Rating
    RatingDisplayMode,
    ScoreColorMode,
    ScoreCustomPalette,
    RatingTextColor,
    HideGenre,
    AccentBarFontSizeRatio,
    AccentBarYOffset,
    AccentBarAppendMode,
    AccentBarBottomRatio,
    ScoreGlowThreshold,
    ScoreGlowBlur,
    ScoreGlowAlpha,
    ScoreGlowColor,
    NumericScoreFontSizeRatio,
    NumericScoreYOffset,
    ScoreOutOf10,
    MinimalistModeFontSizeRatio,
    MinimalistModeFontXOffset,
    MinimalistModeFontYOffset,
    MinimalistAppendMode,
    MinimalistScoreOutOf10,
    MinimalistCenter,
    MinimalistSeparator,
    MinimalistRatingSeparator,
    BarStyle,
    BarAccent,
    BarAppend,
    BarScoreOutOf10,
    BarHeightRatio,
    BarFontSizeRatio,
    BarFrostOpacity,
    BarFrostSaturation,
    BarBottomInset,
    FrostReference,
    // Logo
    Textless,
    UseOriginalArt,
    OriginalArtSource,
    LogoLanguage,
    LogoLanguageSecondary,
    LogoPriority,
    LogoMaxWRatio,
    LogoMaxHRatio,
    LogoBottomRatio,
    LogoBottomAnchor,
    // Sash
    SashMode,
    SashPriority,
    Muted,
    SashPosterColor,
    SashLengthRatio,
    SashHeightRatio,
    SashWinnerStar,
    SashTextColor,
    SashBadgeStyle,
    SashBadgeSizeW,
    SashBadgeSizeH,
    SashBadgePad,
    SashBadgeInset,
    SashBadgeFontRatio,
    SashBadgeFrostOpacity,
    SashBadgeFrostSaturation,
    NotchVignetteColor,
    CinemaGreyscale,
    CinemaGreyscaleSkipIfAvailable,
    ReleaseStatusCinemaOnly,
    ReleaseStatusDates,
    // Quality
    BadgeDisplayMode,
    BadgeHeight,
    BadgeGap,
    BadgeAnchorX,
    BadgeAnchorY,
    BadgeMinScore,
    CombinedBadgeStacked,
    WaitForQuality,
    GreyscaleNoQuality,
    // Weights
    MovieWeights,
    TvWeights,
    AnimeMovieWeights,
    AnimeTvWeights,
    FallbackToImdb,
    ImdbRatingSource,
    TmdbRatingSource,

    Count
};

constexpr int ParamCount = static_cast<int>(Param::Count);

enum class ParamType {
    Int,          // integer, clamped to [min, max]
    Real,         // floating point, clamped to [min, max]
    Bool,         // true/false/1/0/yes/no/on/off
    Choice,       // one of `choices` (case-insensitive); anything else → default
    Color,        // 6-hex RGB ("FFFFFF" or "#ffffff"); empty = unset
    ColorOrWord,  // 6-hex or one of `choices` (score_glow_color: "", "match", hex)
    Text,         // free text, trimmed, lower-cased when `choices` is empty and lowerCase is set
    SashPriority, // list or diff form of sash slots (reference §2.8)
    Weights,      // "src:w,src:w", w clamped 0–1, unknown sources dropped; empty = unset
    Palette,      // "score:hex" list, separators , ; newline
};

// The configurator tabs of reference §7.2; the app and the web page group controls by it.
enum class ParamGroup { Core, Rating, Logo, Sash, Quality, Weights };

struct ParamSpec
{
    Param id;
    QString name;            // the URL name, e.g. "rating_display_mode"
    ParamType type;
    QVariant defaultValue;   // server default (reference §1.2), already normalised
    double min = 0;          // clamp range for Int/Real
    double max = 0;
    QStringList choices;     // for Choice / ColorOrWord / SashPriority (known slots) / Weights (sources)
    QStringList aliases;     // plain renames (e.g. combined_badge_min_score → badge_min_score)
    ParamGroup group = ParamGroup::Core;
    bool published = true;   // false → listed in never_omitted_params, not in param_defaults
    bool lowerCase = false;  // Text: lower-case the value (locales such as "pt-br")
    // Legacy spellings of a value mapped to the current one before validation (lower-case keys),
    // e.g. top_gradient "true" → "high", shape "poster" → "portrait".
    QMap<QString, QString> valueAliases;
};

// Read-only table of every render parameter. Plain data, built once; not a service.
class ParamRegistry
{
public:
    static const QList<ParamSpec> &all();
    static const ParamSpec &spec(Param id);
    // Finds a spec by URL name or plain alias; nullptr when unknown.
    static const ParamSpec *find(QStringView name);
    static QString groupName(ParamGroup group);

    // Sash slots (reference §2.8): the 30-slot default order and the extra parseable tokens.
    static const QStringList &defaultSashPriority();
    static const QStringList &knownSashSlots();
    // Rating sources allowed per weight set (reference §3.2).
    static const QStringList &weightSources(Param weightsParam);

    // Retired parameter names that RenderConfig still understands through value mappings
    // (logo_native_fallback, show_award_sash…) or ignores (bar_match_notch…).
    static const QStringList &legacyNames();
    // never_omitted_params of /server-caps (reference §1.4): identity/control params plus the
    // unpublished client-dependent render params, sorted.
    static const QStringList &neverOmittedParams();
};

} // namespace Marquee::Config
