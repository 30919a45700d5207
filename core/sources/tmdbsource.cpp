#include "core/sources/tmdbsource.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

#include "core/sources/upstreamreply_p.h"

namespace Marquee::Sources {

namespace {

// Posters and logos are far below this; anything larger is not an image we want to decode.
constexpr qint64 MaxImageBytes = 20 * 1024 * 1024;

bool isImdbId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^tt\\d{1,10}$"));
    return pattern.match(id).hasMatch();
}

// Only a single path segment of safe characters may reach the image CDN: no traversal, no host,
// no query, so user input can never point the fetch anywhere else.
bool isSafeImagePath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^/[A-Za-z0-9._-]{1,128}$"));
    return pattern.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

bool isImageSize(const QString &size)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[wh]\\d{2,4}|original)$"));
    return pattern.match(size).hasMatch();
}

// include_image_language: each requested locale ("pt-br" or "pt-br,fr": logo_language and the secondary
// language) and its base language, English, then textless ("null"). The title's original language is
// unknown until the details arrive: supplementalImages() asks for it afterwards.
QString imageLanguages(const QString &requested)
{
    static const QRegularExpression localePattern(QStringLiteral("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?$"));
    QStringList languages;
    const auto add = [&languages](const QString &code) {
        if (!code.isEmpty() && !languages.contains(code, Qt::CaseInsensitive))
            languages.append(code);
    };
    for (const QString &part : requested.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString language = part.trimmed();
        if (localePattern.match(language).hasMatch()) {
            add(language);
            add(language.section(QRegularExpression(QStringLiteral("[-_]")), 0, 0));
        }
    }
    add(QStringLiteral("en"));
    add(QStringLiteral("null"));
    return languages.join(QLatin1Char(','));
}

QList<ImageInfo> parseImages(const QJsonValue &value)
{
    QList<ImageInfo> images;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        ImageInfo image;
        image.filePath = object.value(QLatin1String("file_path")).toString();
        if (image.filePath.isEmpty())
            continue;
        image.language = object.value(QLatin1String("iso_639_1")).toString();  // null → textless
        image.voteAverage = object.value(QLatin1String("vote_average")).toDouble();
        image.voteCount = object.value(QLatin1String("vote_count")).toInt();
        image.width = object.value(QLatin1String("width")).toInt();
        image.height = object.value(QLatin1String("height")).toInt();
        images.append(image);
    }
    return images;
}

QString firstString(const QJsonObject &json, const char *primary, const char *secondary)
{
    const QString value = json.value(QLatin1String(primary)).toString();
    return value.isEmpty() ? json.value(QLatin1String(secondary)).toString() : value;
}

EpisodeInfo parseEpisode(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();  // null when there is no such episode
    return EpisodeInfo{object.value(QLatin1String("air_date")).toString(),
                       object.value(QLatin1String("season_number")).toInt(),
                       object.value(QLatin1String("episode_number")).toInt()};
}

void parseTvSchedule(const QJsonObject &json, TitleMetadata &meta)
{
    meta.lastAirDate = json.value(QLatin1String("last_air_date")).toString();
    meta.nextEpisode = parseEpisode(json.value(QLatin1String("next_episode_to_air")));
    meta.lastEpisode = parseEpisode(json.value(QLatin1String("last_episode_to_air")));
    for (const QJsonValue &entry : json.value(QLatin1String("seasons")).toArray()) {
        const QJsonObject season = entry.toObject();
        meta.seasons.append(SeasonInfo{season.value(QLatin1String("season_number")).toInt(),
                                       season.value(QLatin1String("episode_count")).toInt(),
                                       season.value(QLatin1String("air_date")).toString()});
    }
}

TitleMetadata parseDetails(const QJsonObject &json, MediaType type, qint64 requestedId)
{
    const bool movie = type == MediaType::Movie;
    TitleMetadata meta;
    meta.origin = QStringLiteral("tmdb");
    meta.id.type = type;
    meta.id.tmdbId = json.value(QLatin1String("id")).toInteger(requestedId);
    meta.id.imdbId = json.value(QLatin1String("external_ids")).toObject().value(QLatin1String("imdb_id")).toString();
    if (meta.id.imdbId.isEmpty())
        meta.id.imdbId = json.value(QLatin1String("imdb_id")).toString();
    meta.title = movie ? firstString(json, "title", "name") : firstString(json, "name", "title");
    meta.originalTitle = movie ? firstString(json, "original_title", "original_name")
                               : firstString(json, "original_name", "original_title");
    meta.originalLanguage = json.value(QLatin1String("original_language")).toString();
    meta.releaseDate = movie ? firstString(json, "release_date", "first_air_date")
                             : firstString(json, "first_air_date", "release_date");
    meta.year = meta.releaseDate.left(4).toInt();
    for (const QJsonValue &genre : json.value(QLatin1String("genres")).toArray())
        meta.genreIds.append(genre.toObject().value(QLatin1String("id")).toInt());
    meta.status = json.value(QLatin1String("status")).toString();
    meta.runtime = json.value(QLatin1String("runtime")).toInt();
    if (meta.runtime == 0)  // TV details give per-episode runtimes instead
        meta.runtime = json.value(QLatin1String("episode_run_time")).toArray().at(0).toInt();
    meta.numberOfSeasons = json.value(QLatin1String("number_of_seasons")).toInt();
    meta.numberOfEpisodes = json.value(QLatin1String("number_of_episodes")).toInt();
    meta.voteAverage = json.value(QLatin1String("vote_average")).toDouble();
    meta.voteCount = json.value(QLatin1String("vote_count")).toInt();
    meta.posterPath = json.value(QLatin1String("poster_path")).toString();
    meta.backdropPath = json.value(QLatin1String("backdrop_path")).toString();
    const QJsonObject images = json.value(QLatin1String("images")).toObject();
    meta.posters = parseImages(images.value(QLatin1String("posters")));
    meta.logos = parseImages(images.value(QLatin1String("logos")));
    meta.backdrops = parseImages(images.value(QLatin1String("backdrops")));
    if (!movie)
        parseTvSchedule(json, meta);
    return meta;
}

// GET returning a JSON object; 404 becomes NotFound with the given message.
Result<QJsonObject> getJson(const Net::HttpClient &http, const QUrl &url, const QString &notFoundMessage)
{
    const Result<Net::HttpResponse> response = http.get(url);
    if (!response)
        return fail(response.error());
    if (response->status == 404)
        return fail(ErrorKind::NotFound, notFoundMessage, 404);
    if (!Upstream::isSuccess(response->status))
        return fail(Upstream::statusError(*response));
    const std::optional<QJsonObject> json = Upstream::jsonObject(response->body);
    if (!json)
        return fail(Upstream::malformedJson());
    return *json;
}

std::optional<Error> checkKey(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return Error{ErrorKind::NotConfigured, QCoreApplication::translate("Marquee::Sources::TmdbSource", "No TMDB API key configured"), 0, 0};
    return std::nullopt;
}

} // namespace

TmdbSource::TmdbSource(const Net::HttpClient &http, QString apiBase, QString imageBase)
    : m_http(http)
    , m_apiBase(Upstream::trimmedBase(std::move(apiBase)))
    , m_imageBase(Upstream::trimmedBase(std::move(imageBase)))
{
}

Result<qint64> TmdbSource::findTmdbId(const QString &imdbId, MediaType type, const QString &apiKey)
{
    if (!isImdbId(imdbId))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Invalid IMDb id"));
    if (const auto error = checkKey(apiKey))
        return fail(*error);

    QUrl url(m_apiBase + QLatin1String("/find/") + imdbId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api_key"), apiKey);
    query.addQueryItem(QStringLiteral("external_source"), QStringLiteral("imdb_id"));
    url.setQuery(query);

    const QString notFound = QCoreApplication::translate("Marquee::Sources::TmdbSource", "No TMDB %1 found for imdb_id %2").arg(mediaTypeName(type), imdbId);
    const Result<QJsonObject> json = getJson(m_http, url, notFound);
    if (!json)
        return fail(json.error());
    const char *resultsKey = type == MediaType::Movie ? "movie_results" : "tv_results";
    const QJsonArray results = json->value(QLatin1String(resultsKey)).toArray();
    const qint64 id = results.isEmpty() ? 0 : results.first().toObject().value(QLatin1String("id")).toInteger();
    if (id <= 0)
        return fail(ErrorKind::NotFound, notFound);
    return id;
}

namespace {

void appendNew(QList<ImageInfo> &images, const QList<ImageInfo> &more)
{
    for (const ImageInfo &image : more) {
        const bool known = std::any_of(images.cbegin(), images.cend(),
                                       [&image](const ImageInfo &other) { return other.filePath == image.filePath; });
        if (!known)
            images.append(image);
    }
}

// Reference §5.1 "Supplemental images": logos and original art in the title's original language, which
// the details call could not ask for (it learns the language from its own answer). Best effort: the
// poster is drawn from what the details call brought when this fails.
void addOriginalLanguageImages(const Net::HttpClient &http, const QString &apiBase, TitleMetadata &meta,
                               const QString &requested, const QString &apiKey)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z]{2,3}$"));
    const QString original = meta.originalLanguage.trimmed().toLower();
    if (!codePattern.match(original).hasMatch())
        return;
    const QStringList asked = imageLanguages(requested).toLower().split(QLatin1Char(','));
    if (asked.contains(original))
        return;
    QUrl url(apiBase + QLatin1Char('/') + mediaTypeName(meta.id.type) + QLatin1Char('/')
             + QString::number(meta.id.tmdbId) + QLatin1String("/images"));
    url.setQuery(QUrlQuery{{QStringLiteral("api_key"), apiKey}, {QStringLiteral("include_image_language"), original}});
    const Result<QJsonObject> json = getJson(http, url, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Title not found on TMDB"));
    if (!json)
        return;
    appendNew(meta.posters, parseImages(json->value(QLatin1String("posters"))));
    appendNew(meta.logos, parseImages(json->value(QLatin1String("logos"))));
    appendNew(meta.backdrops, parseImages(json->value(QLatin1String("backdrops"))));
}

} // namespace

Result<TitleMetadata> TmdbSource::details(MediaType type, qint64 tmdbId, const QString &language,
                                          const QString &apiKey)
{
    if (tmdbId <= 0)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Invalid TMDB id"));
    if (const auto error = checkKey(apiKey))
        return fail(*error);

    QUrl url(m_apiBase + QLatin1Char('/') + mediaTypeName(type) + QLatin1Char('/') + QString::number(tmdbId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api_key"), apiKey);
    query.addQueryItem(QStringLiteral("append_to_response"), QStringLiteral("images,credits,external_ids"));
    query.addQueryItem(QStringLiteral("include_image_language"), imageLanguages(language));
    url.setQuery(query);

    const Result<QJsonObject> json = getJson(m_http, url, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Title not found on TMDB"));
    if (!json)
        return fail(json.error());
    TitleMetadata meta = parseDetails(*json, type, tmdbId);
    addOriginalLanguageImages(m_http, m_apiBase, meta, language, apiKey);
    return meta;
}

Result<QList<ReleaseDate>> TmdbSource::releaseDates(qint64 movieId, const QString &apiKey)
{
    if (movieId <= 0)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Invalid TMDB id"));
    if (const auto error = checkKey(apiKey))
        return fail(*error);
    QUrl url(m_apiBase + QLatin1String("/movie/") + QString::number(movieId) + QLatin1String("/release_dates"));
    url.setQuery(QUrlQuery{{QStringLiteral("api_key"), apiKey}});
    const Result<QJsonObject> json = getJson(m_http, url, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Title not found on TMDB"));
    if (!json)
        return fail(json.error());
    return ReleaseStatusRules::parseReleaseDates(*json);
}

Result<QList<qint64>> TmdbSource::trending(MediaType type, const QString &window, int page, const QString &apiKey)
{
    if (window != QLatin1String("day") && window != QLatin1String("week"))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Invalid trending window"));
    if (const auto error = checkKey(apiKey))
        return fail(*error);
    QUrl url(m_apiBase + QLatin1String("/trending/") + mediaTypeName(type) + QLatin1Char('/') + window);
    url.setQuery(QUrlQuery{{QStringLiteral("api_key"), apiKey}, {QStringLiteral("page"), QString::number(std::max(1, page))}});
    const Result<QJsonObject> json = getJson(m_http, url, QCoreApplication::translate("Marquee::Sources::TmdbSource", "No trending list on TMDB"));
    if (!json)
        return fail(json.error());
    QList<qint64> ids;
    for (const QJsonValue &entry : json->value(QLatin1String("results")).toArray()) {
        const qint64 id = entry.toObject().value(QLatin1String("id")).toInteger();
        if (id > 0)
            ids.append(id);
    }
    return ids;
}

Result<QByteArray> TmdbSource::image(const QString &filePath, const QString &size)
{
    if (!isSafeImagePath(filePath))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Invalid image path"));
    if (!isImageSize(size))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Invalid image size"));

    const QUrl url(m_imageBase + QLatin1Char('/') + size + filePath);
    const Result<Net::HttpResponse> response = m_http.get(url, {}, -1, MaxImageBytes);
    if (!response)
        return fail(response.error());
    if (response->status == 404)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Poster image not found on TMDB"), 404);
    if (!Upstream::isSuccess(response->status))
        return fail(Upstream::statusError(*response));
    if (response->body.isEmpty())
        return fail(ErrorKind::UpstreamStatus, QCoreApplication::translate("Marquee::Sources::TmdbSource", "Upstream sent an empty image"), 502);
    return response->body;
}

} // namespace Marquee::Sources
