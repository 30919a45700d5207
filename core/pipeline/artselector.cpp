#include "core/pipeline/artselector.h"

#include <algorithm>

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

} // namespace

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

QImage ArtSelector::cropToPortrait(const QImage &backdrop)
{
    const int width = backdrop.height() * 2 / 3;
    if (backdrop.isNull() || width <= 0 || width >= backdrop.width())
        return backdrop;
    return backdrop.copy((backdrop.width() - width) / 2, 0, width, backdrop.height());
}

} // namespace Marquee::Pipeline
