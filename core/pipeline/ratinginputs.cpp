#include "core/pipeline/ratinginputs.h"

#include "core/sources/imdbdataset.h"
#include "core/sources/weightedscore.h"

namespace Marquee::Pipeline {

namespace {

using Config::Param;

const QString Imdb = QStringLiteral("imdb");
const QString Tmdb = QStringLiteral("tmdb");

// A value MDBList gave that the score could use (present and past the vote floor).
bool usable(const std::optional<Sources::RatingsRecord> &record, const QString &source, int minVotes)
{
    if (!record)
        return false;
    const auto rating = record->ratings.constFind(source);
    return rating != record->ratings.cend() && Sources::passesVoteFloor(source, *rating, minVotes);
}

void put(RatingsOutcome &ratings, const QString &source, const Sources::RatingValue &value)
{
    if (!ratings.record)
        ratings.record = Sources::RatingsRecord{};
    ratings.record->ratings.insert(source, value);
}

QString applyImdb(RatingsOutcome &ratings, const QString &mode, const QString &imdbId,
                  Sources::ImdbDataset *dataset, int minVotes)
{
    if (mode != QLatin1String("dataset") && mode != QLatin1String("fallback"))
        return QStringLiteral("mdblist");
    if (mode == QLatin1String("fallback") && usable(ratings.record, Imdb, minVotes))
        return QStringLiteral("mdblist (dataset not needed)");
    if (!dataset)
        return QStringLiteral("dataset disabled on this server");
    if (imdbId.isEmpty())
        return QStringLiteral("no imdb id for the dataset");
    const std::optional<Sources::RatingValue> value = dataset->lookup(imdbId);
    if (!value)
        return dataset->ready() ? QStringLiteral("not in dataset (or below IMDB_DATASET_MIN_VOTES)")
                                : QStringLiteral("dataset not imported yet");
    const bool hardGap = !ratings.determined || !ratings.record;
    put(ratings, Imdb, *value);
    if (mode == QLatin1String("dataset"))
        return QStringLiteral("dataset");
    return hardGap ? QStringLiteral("dataset (mdblist failed)") : QStringLiteral("dataset (mdblist had none)");
}

QString applyTmdb(RatingsOutcome &ratings, const QString &mode, const Sources::TitleMetadata &metadata)
{
    if (mode != QLatin1String("direct") && mode != QLatin1String("fallback"))
        return QStringLiteral("mdblist");
    if (mode == QLatin1String("fallback") && ratings.record && ratings.record->ratings.contains(Tmdb))
        return QStringLiteral("mdblist (direct not needed)");
    if (metadata.voteAverage <= 0)
        return QStringLiteral("tmdb unrated (vote_average 0)");
    put(ratings, Tmdb, Sources::RatingValue{metadata.voteAverage * 10.0, metadata.voteCount});
    return mode == QLatin1String("direct") ? QStringLiteral("direct") : QStringLiteral("direct (mdblist had none)");
}

} // namespace

QJsonObject RatingInputs::Notes::toJson() const
{
    return {{QStringLiteral("imdb"), imdb}, {QStringLiteral("tmdb"), tmdb}};
}

RatingsOutcome RatingInputs::apply(RatingsOutcome ratings, const Sources::TitleMetadata &metadata,
                                   const QString &imdbId, const Config::RenderConfig &config, Sources::ImdbDataset *dataset, int minVotes,
                                   Notes *notes)
{
    const QString imdb = applyImdb(ratings, config.text(Param::ImdbRatingSource).toLower(), imdbId,
                                   dataset, minVotes);
    const QString tmdb = applyTmdb(ratings, config.text(Param::TmdbRatingSource).toLower(), metadata);
    if (notes)
        *notes = {imdb, tmdb};
    return ratings;
}

} // namespace Marquee::Pipeline
