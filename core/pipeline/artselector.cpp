#include "core/pipeline/artselector.h"

#include <algorithm>

#include "core/pipeline/saliencycrop.h"

namespace Marquee::Pipeline {

using Sources::ImageInfo;
using Sources::TitleMetadata;

namespace {

QList<ImageInfo> neutral(const QList<ImageInfo> &images, bool wantNeutral)
{
    QList<ImageInfo> picked;
    for (const ImageInfo &image : images) {
        if (ArtSelector::isLanguageNeutral(image) == wantNeutral && !image.filePath.isEmpty())
            picked.append(image);
    }
    return picked;
}

bool higherVoted(const ImageInfo &a, const ImageInfo &b)
{
    if (a.voteAverage != b.voteAverage)
        return a.voteAverage > b.voteAverage;
    return a.voteCount > b.voteCount;
}

ArtChoice choice(ArtChoice::Kind kind, const QString &path, const QString &size, bool baked, bool crop)
{
    return ArtChoice{kind, path, size, baked, crop};
}

QString baseLanguage(const QString &language)
{
    return language.section(QLatin1Char('-'), 0, 0);
}

// The best-voted image whose language is `language` exactly, else its base language ("pt-br" → "pt").
std::optional<ImageInfo> bestInLanguage(const QList<ImageInfo> &images, const QString &language)
{
    const auto bestWhere = [&images](const QString &wanted) -> std::optional<ImageInfo> {
        std::optional<ImageInfo> best;
        for (const ImageInfo &image : images) {
            if (!image.filePath.isEmpty() && image.language.toLower() == wanted && (!best || higherVoted(image, *best)))
                best = image;
        }
        return best;
    };
    if (language.isEmpty())
        return std::nullopt;
    if (auto exact = bestWhere(language))
        return exact;
    return baseLanguage(language) != language ? bestWhere(baseLanguage(language)) : std::nullopt;
}

std::optional<ImageInfo> bestNeutral(const QList<ImageInfo> &images)
{
    std::optional<ImageInfo> best;
    for (const ImageInfo &image : images) {
        if (!image.filePath.isEmpty() && ArtSelector::isLanguageNeutral(image) && (!best || higherVoted(image, *best)))
            best = image;
    }
    return best;
}

} // namespace

LanguagePreference LanguagePreference::from(const Config::RenderConfig &config, const TitleMetadata &metadata)
{
    LanguagePreference preference;
    preference.native = config.text(Config::Param::LogoLanguage).trimmed().toLower();
    preference.original = metadata.originalLanguage.trimmed().toLower();
    preference.secondary = config.text(Config::Param::LogoLanguageSecondary).trimmed().toLower();
    preference.priority = config.text(Config::Param::LogoPriority).trimmed().toLower();
    return preference;
}

QString LanguagePreference::metadataLanguage(const Config::RenderConfig &config)
{
    const QString native = config.text(Config::Param::LogoLanguage);
    const QString secondary = config.text(Config::Param::LogoLanguageSecondary).trimmed().toLower();
    const QString priority = config.text(Config::Param::LogoPriority).trimmed().toLower();
    const bool custom = priority == QLatin1String("native_custom_text") || priority == QLatin1String("native_custom_original_text");
    return custom && !secondary.isEmpty() && secondary != native.trimmed().toLower() ? native + QLatin1Char(',') + secondary
                                                                                     : native;
}

bool LanguagePreference::textForward() const
{
    return priority.endsWith(QLatin1String("_text"));
}

QStringList LanguagePreference::order() const
{
    const QString english = QStringLiteral("en");
    QStringList languages;
    if (priority == QLatin1String("original_native"))
        languages = {original, native};
    else if (priority == QLatin1String("native_if_original_english"))
        languages = baseLanguage(original) == baseLanguage(native) ? QStringList {native, english, original}
                                                                   : QStringList {english, original};
    else if (priority == QLatin1String("native_text"))
        languages = {native};
    else if (priority == QLatin1String("native_custom_text"))
        languages = {native, secondary};
    else if (priority == QLatin1String("native_custom_original_text"))
        languages = {native, secondary, original};
    else
        languages = {native, original};  // native_original (the default)
    QStringList unique;
    for (const QString &language : languages) {
        if (!language.isEmpty() && !unique.contains(language))
            unique.append(language);
    }
    return unique;
}

bool ArtSelector::isLanguageNeutral(const ImageInfo &image)
{
    // TMDB marks textless art with a null iso_639_1; "xx" is its explicit "No Language".
    return image.language.isEmpty() || image.language == QLatin1String("xx");
}

std::optional<ImageInfo> ArtSelector::bestByVotes(const QList<ImageInfo> &candidates)
{
    if (candidates.isEmpty())
        return std::nullopt;
    double best = candidates.first().voteAverage;
    for (const ImageInfo &image : candidates)
        best = std::max(best, image.voteAverage);
    QList<ImageInfo> close;
    for (const ImageInfo &image : candidates) {
        if (image.voteAverage >= best - MaxScoreDrop)
            close.append(image);
    }
    QList<ImageInfo> voted;
    for (const ImageInfo &image : close) {
        if (image.voteCount >= MinVotes)
            voted.append(image);
    }
    const QList<ImageInfo> &pool = voted.isEmpty() ? close : voted;
    return *std::min_element(pool.cbegin(), pool.cend(), higherVoted);
}

ArtChoice ArtSelector::portrait(const TitleMetadata &metadata, bool useOriginalArt)
{
    if (useOriginalArt && !metadata.posterPath.isEmpty())
        return choice(ArtChoice::Kind::PrimaryPoster, metadata.posterPath, QStringLiteral("w500"), true, false);
    if (auto poster = bestByVotes(neutral(metadata.posters, true)))
        return choice(ArtChoice::Kind::TextlessPoster, poster->filePath, QStringLiteral("w500"), false, false);
    if (auto backdrop = bestByVotes(neutral(metadata.backdrops, true)))
        return choice(ArtChoice::Kind::BackdropCrop, backdrop->filePath, QStringLiteral("w1280"), false, true);
    if (!metadata.posterPath.isEmpty())
        return choice(ArtChoice::Kind::PrimaryPoster, metadata.posterPath, QStringLiteral("w500"), true, false);
    if (auto tagged = bestByVotes(neutral(metadata.posters, false)))
        return choice(ArtChoice::Kind::PrimaryPoster, tagged->filePath, QStringLiteral("w500"), true, false);
    return {};
}

ArtChoice ArtSelector::portrait(const TitleMetadata &metadata, const Config::RenderConfig &config)
{
    if (!config.flag(Config::Param::UseOriginalArt))
        return portrait(metadata, false);
    const bool topRated = config.text(Config::Param::OriginalArtSource).toLower() == QLatin1String("top_rated");
    if (const auto path = originalArt(metadata, LanguagePreference::from(config, metadata), topRated))
        return choice(ArtChoice::Kind::PrimaryPoster, *path, QStringLiteral("w500"), true, false);
    return portrait(metadata, false);  // no poster at all: a textless backdrop crop or the genre canvas
}

std::optional<QString> ArtSelector::originalArt(const TitleMetadata &metadata, const LanguagePreference &preference,
                                                bool topRated)
{
    QStringList order = preference.order();
    if (!order.contains(QStringLiteral("en")))
        order.append(QStringLiteral("en"));
    // TMDB's primary poster is the English one: when English comes first it is the natural choice.
    if (!topRated && baseLanguage(order.first()) == QLatin1String("en") && !metadata.posterPath.isEmpty())
        return metadata.posterPath;
    for (const QString &language : order) {
        if (const auto poster = bestInLanguage(metadata.posters, language))
            return poster->filePath;
    }
    if (!metadata.posterPath.isEmpty())
        return metadata.posterPath;
    if (const auto tagged = bestByVotes(neutral(metadata.posters, false)))
        return tagged->filePath;
    if (const auto any = bestNeutral(metadata.posters))
        return any->filePath;
    return std::nullopt;
}

ArtChoice ArtSelector::landscape(const TitleMetadata &metadata, bool preferOriginal)
{
    const QList<ImageInfo> textless = neutral(metadata.backdrops, true);
    const QList<ImageInfo> tagged = neutral(metadata.backdrops, false);
    const auto first = bestByVotes(preferOriginal ? tagged : textless);
    const auto second = bestByVotes(preferOriginal ? textless : tagged);
    if (const auto &backdrop = first ? first : second)
        return choice(ArtChoice::Kind::Backdrop, backdrop->filePath, QStringLiteral("w1280"),
                      !isLanguageNeutral(*backdrop), false);
    if (!metadata.backdropPath.isEmpty())
        return choice(ArtChoice::Kind::Backdrop, metadata.backdropPath, QStringLiteral("w1280"), false, false);
    return {};
}

std::optional<ImageInfo> ArtSelector::logo(const TitleMetadata &metadata, const QString &logoLanguage)
{
    const QString wanted = logoLanguage.trimmed().toLower();
    const QString base = wanted.section(QLatin1Char('-'), 0, 0);
    const QStringList order{wanted, base, QStringLiteral("en")};
    auto bestIn = [&](auto matches) -> std::optional<ImageInfo> {
        std::optional<ImageInfo> best;
        for (const ImageInfo &logo : metadata.logos) {
            if (!logo.filePath.isEmpty() && matches(logo) && (!best || higherVoted(logo, *best)))
                best = logo;
        }
        return best;
    };
    for (const QString &language : order) {
        if (language.isEmpty())
            continue;
        if (auto found = bestIn([&](const ImageInfo &logo) { return logo.language.toLower() == language; }))
            return found;
    }
    return bestIn([](const ImageInfo &logo) { return isLanguageNeutral(logo); });
}

std::optional<ImageInfo> ArtSelector::logo(const TitleMetadata &metadata, const LanguagePreference &preference)
{
    for (const QString &language : preference.order()) {
        if (auto found = bestInLanguage(metadata.logos, language))
            return found;
    }
    // Text-forward priorities would rather show an English title than a neutral mark; the others
    // prefer the language-free logo before falling back to English.
    if (preference.textForward()) {
        if (auto english = bestInLanguage(metadata.logos, QStringLiteral("en")))
            return english;
        return bestNeutral(metadata.logos);
    }
    if (auto neutralLogo = bestNeutral(metadata.logos))
        return neutralLogo;
    return bestInLanguage(metadata.logos, QStringLiteral("en"));
}

QImage ArtSelector::cropToPortrait(const QImage &backdrop)
{
    const int width = backdrop.height() * 2 / 3;
    if (backdrop.isNull() || width <= 0 || width >= backdrop.width())
        return backdrop;
    return backdrop.copy(SaliencyCrop::bestLeft(backdrop, width), 0, width, backdrop.height());
}

} // namespace Marquee::Pipeline
