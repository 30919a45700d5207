#include "tests/fakeupstream/fakeroutes.h"

#include <algorithm>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

#include "tests/fakeupstream/fakeimages.h"
#include "tests/fakeupstream/fakeimdbdataset.h"
#include "tests/fakeupstream/fakemdblistkeys.h"
#include "tests/fakeupstream/fakequalityroutes.h"
#include "tests/fakeupstream/fakeupstreamdata.h"

namespace Marquee::Tests {

namespace {

FakeResponse json(int status, const QJsonObject &object)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse tmdbNotFound()
{
    return json(404, {{QStringLiteral("success"), false}, {QStringLiteral("status_code"), 34},
                      {QStringLiteral("status_message"), QStringLiteral("The resource you requested could not be found.")}});
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// include_image_language as TMDB applies it: listed codes, "null" for textless; absent = everything.
QJsonArray imageArray(const QList<FakeImage> &images, const FakeRequest &request)
{
    const bool filtered = request.query.hasQueryItem(QStringLiteral("include_image_language"));
    const QStringList languages = request.query.queryItemValue(QStringLiteral("include_image_language"), QUrl::FullyDecoded)
                                      .toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonArray array;
    for (const FakeImage &image : images) {
        const QString code = image.language.isEmpty() ? QStringLiteral("null") : image.language.toLower();
        if (filtered && !languages.contains(code))
            continue;
        array.append(QJsonObject{
            {QStringLiteral("aspect_ratio"), double(image.width) / image.height},
            {QStringLiteral("height"), image.height},
            {QStringLiteral("iso_639_1"), nullable(image.language)},
            {QStringLiteral("iso_3166_1"), image.language.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(QStringLiteral("US"))},
            {QStringLiteral("file_path"), image.file},
            {QStringLiteral("vote_average"), image.voteAverage},
            {QStringLiteral("vote_count"), image.voteCount},
            {QStringLiteral("width"), image.width},
        });
    }
    return array;
}

QJsonObject imagesObject(const FakeTitle &title, const FakeRequest &request)
{
    return {{QStringLiteral("id"), title.tmdbId},
            {QStringLiteral("posters"), imageArray(title.posters, request)},
            {QStringLiteral("logos"), imageArray(title.logos, request)},
            {QStringLiteral("backdrops"), imageArray(title.backdrops, request)}};
}

QJsonObject externalIds(const FakeTitle &title)
{
    return {{QStringLiteral("id"), title.tmdbId}, {QStringLiteral("imdb_id"), nullable(title.imdbId)},
            {QStringLiteral("tvdb_id"), QJsonValue::Null}, {QStringLiteral("wikidata_id"), QJsonValue::Null}};
}

QJsonObject credits(const FakeTitle &title)
{
    QJsonArray cast;
    for (int i = 0; i < title.cast.size(); ++i) {
        cast.append(QJsonObject{{QStringLiteral("id"), 5000 + i}, {QStringLiteral("name"), title.cast.at(i)},
                                {QStringLiteral("character"), QStringLiteral("Role %1").arg(i + 1)},
                                {QStringLiteral("order"), i}});
    }
    QJsonArray crew;
    for (const auto &member : title.crew) {
        crew.append(QJsonObject{{QStringLiteral("id"), 6000 + crew.size()}, {QStringLiteral("job"), member.first},
                                {QStringLiteral("name"), member.second},
                                {QStringLiteral("department"), QStringLiteral("Directing")}});
    }
    return {{QStringLiteral("id"), title.tmdbId}, {QStringLiteral("cast"), cast}, {QStringLiteral("crew"), crew}};
}

QJsonArray genres(const FakeTitle &title)
{
    QJsonArray array;
    for (int id : title.genreIds)
        array.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), fakeGenreName(id)}});
    return array;
}

// TMDB's primary poster is usually a localised one; textless art is what clients go looking for.
QString primaryPath(const QList<FakeImage> &images)
{
    for (const FakeImage &image : images) {
        if (!image.language.isEmpty())
            return image.file;
    }
    return images.isEmpty() ? QString() : images.first().file;
}

QJsonValue episode(const FakeEpisode &episode)
{
    if (episode.season <= 0)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("air_date"), episode.airDate},
                       {QStringLiteral("season_number"), episode.season},
                       {QStringLiteral("episode_number"), episode.episode}};
}

// Seasons a year apart from the first air date; a crafted last episode pins its own season's start
// (a week per episode before it) and wins over the derived one.
void addTvFields(const FakeTitle &title, QJsonObject &object)
{
    const int year = title.releaseDate.left(4).toInt();
    const QString monthDay = title.releaseDate.mid(4);
    const FakeEpisode derived{QString::number(year + std::max(0, title.seasons - 1)) + monthDay, title.seasons,
                              title.seasons > 0 ? title.episodes / title.seasons : 0};
    const FakeEpisode last = title.lastEpisode.season > 0 ? title.lastEpisode : derived;
    QJsonArray seasons;
    const int perSeason = title.seasons > 0 ? title.episodes / title.seasons : 0;
    for (int season = 1; season <= title.seasons; ++season) {
        QString airDate = QString::number(year + season - 1) + monthDay;
        if (title.lastEpisode.season == season)
            airDate = QDate::fromString(last.airDate, Qt::ISODate).addDays(-7 * (last.episode - 1)).toString(Qt::ISODate);
        seasons.append(QJsonObject{{QStringLiteral("season_number"), season},
                                   {QStringLiteral("episode_count"), perSeason},
                                   {QStringLiteral("air_date"), airDate}});
    }
    object.insert(QStringLiteral("name"), title.title);
    object.insert(QStringLiteral("original_name"), title.originalTitle);
    object.insert(QStringLiteral("first_air_date"), nullable(title.releaseDate));
    object.insert(QStringLiteral("last_air_date"), title.seasons > 0 ? nullable(last.airDate) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("episode_run_time"), QJsonArray{title.runtime});
    object.insert(QStringLiteral("number_of_seasons"), title.seasons);
    object.insert(QStringLiteral("number_of_episodes"), title.episodes);
    object.insert(QStringLiteral("seasons"), seasons);
    object.insert(QStringLiteral("next_episode_to_air"), episode(title.nextEpisode));
    object.insert(QStringLiteral("last_episode_to_air"), title.seasons > 0 ? episode(last) : QJsonValue(QJsonValue::Null));
}

QJsonObject details(const FakeTitle &title, const FakeRequest &request)
{
    QJsonArray companies;
    for (const QString &company : title.companies)
        companies.append(QJsonObject{{QStringLiteral("id"), 700 + companies.size()}, {QStringLiteral("name"), company},
                                     {QStringLiteral("logo_path"), QJsonValue::Null},
                                     {QStringLiteral("origin_country"), QStringLiteral("US")}});
    QJsonObject object{
        {QStringLiteral("id"), title.tmdbId},
        {QStringLiteral("adult"), false},
        {QStringLiteral("genres"), genres(title)},
        {QStringLiteral("original_language"), title.originalLanguage},
        {QStringLiteral("overview"), QStringLiteral("A title of the Marquee fake upstream.")},
        {QStringLiteral("poster_path"), nullable(primaryPath(title.posters))},
        {QStringLiteral("backdrop_path"), nullable(title.backdrops.isEmpty() ? QString() : title.backdrops.first().file)},
        {QStringLiteral("production_companies"), companies},
        {QStringLiteral("status"), title.status},
        {QStringLiteral("vote_average"), title.voteAverage},
        {QStringLiteral("vote_count"), title.voteCount},
        {QStringLiteral("popularity"), 10.0 + title.voteCount / 100.0},
    };
    if (title.type == MediaType::Movie) {
        object.insert(QStringLiteral("title"), title.title);
        object.insert(QStringLiteral("original_title"), title.originalTitle);
        object.insert(QStringLiteral("release_date"), title.releaseDate);
        object.insert(QStringLiteral("runtime"), title.runtime);
        object.insert(QStringLiteral("imdb_id"), nullable(title.imdbId));
        object.insert(QStringLiteral("video"), false);
    } else {
        addTvFields(title, object);
    }
    const QStringList appended = request.query.queryItemValue(QStringLiteral("append_to_response"), QUrl::FullyDecoded)
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (appended.contains(QLatin1String("images")))
        object.insert(QStringLiteral("images"), imagesObject(title, request));
    if (appended.contains(QLatin1String("credits")))
        object.insert(QStringLiteral("credits"), credits(title));
    if (appended.contains(QLatin1String("external_ids")))
        object.insert(QStringLiteral("external_ids"), externalIds(title));
    return object;
}

QJsonObject releaseDates(const FakeTitle &title)
{
    QMap<QString, QJsonArray> byCountry;
    for (const FakeReleaseDate &date : title.releaseDates) {
        byCountry[date.country].append(QJsonObject{
            {QStringLiteral("type"), date.type},
            {QStringLiteral("release_date"), QString(date.date + QStringLiteral("T00:00:00.000Z"))},
            {QStringLiteral("certification"), date.certification},
            {QStringLiteral("note"), QString()}});
    }
    QJsonArray results;
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it)
        results.append(QJsonObject{{QStringLiteral("iso_3166_1"), it.key()}, {QStringLiteral("release_dates"), it.value()}});
    return {{QStringLiteral("id"), title.tmdbId}, {QStringLiteral("results"), results}};
}

QJsonObject listEntry(const FakeTitle &title)
{
    const bool movie = title.type == MediaType::Movie;
    QJsonArray genreIds;
    for (int id : title.genreIds)
        genreIds.append(id);
    return {{QStringLiteral("id"), title.tmdbId},
            {QStringLiteral("media_type"), movie ? QStringLiteral("movie") : QStringLiteral("tv")},
            {movie ? QStringLiteral("title") : QStringLiteral("name"), title.title},
            {movie ? QStringLiteral("original_title") : QStringLiteral("original_name"), title.originalTitle},
            {movie ? QStringLiteral("release_date") : QStringLiteral("first_air_date"), title.releaseDate},
            {QStringLiteral("poster_path"), nullable(primaryPath(title.posters))},
            {QStringLiteral("original_language"), title.originalLanguage},
            {QStringLiteral("genre_ids"), genreIds},
            {QStringLiteral("vote_average"), title.voteAverage}};
}

QJsonObject page(const QJsonArray &results)
{
    return {{QStringLiteral("page"), 1}, {QStringLiteral("results"), results},
            {QStringLiteral("total_pages"), 1}, {QStringLiteral("total_results"), results.size()}};
}

FakeResponse tmdbList(const QString &typeFilter, const QString &query)
{
    QJsonArray results;
    for (const FakeTitle &title : fakeTitles()) {
        const QString type = title.type == MediaType::Movie ? QStringLiteral("movie") : QStringLiteral("tv");
        if (typeFilter != QLatin1String("all") && typeFilter != QLatin1String("multi") && type != typeFilter)
            continue;
        if (!query.isNull() && !title.title.contains(query, Qt::CaseInsensitive)
            && !title.originalTitle.contains(query, Qt::CaseInsensitive))
            continue;
        results.append(listEntry(title));
    }
    return json(200, page(results));
}

// /trending/{movie|tv}/{day|week}?page=N: the crafted ranks, 20 a page as TMDB pages them.
FakeResponse trending(const QString &type, const QString &window, const FakeRequest &request)
{
    if ((type != QLatin1String("movie") && type != QLatin1String("tv"))
        || (window != QLatin1String("day") && window != QLatin1String("week")))
        return tmdbNotFound();
    const MediaType media = type == QLatin1String("movie") ? MediaType::Movie : MediaType::Tv;
    const QList<const FakeTitle *> ranked = fakeTrending(media, window);
    constexpr int PageSize = 20;
    const int pageNumber = std::max(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    QJsonArray results;
    for (qsizetype i = qsizetype(pageNumber - 1) * PageSize; i < ranked.size() && results.size() < PageSize; ++i) {
        if (ranked.at(i)) {
            results.append(listEntry(*ranked.at(i)));
        } else {  // a position before a crafted rank: an id the table does not know
            results.append(QJsonObject{{QStringLiteral("id"), 900000 + i}, {QStringLiteral("media_type"), type},
                                       {QStringLiteral("title"), QStringLiteral("Filler %1").arg(i + 1)}});
        }
    }
    const int totalPages = std::max<int>(1, int((ranked.size() + PageSize - 1) / PageSize));
    return json(200, {{QStringLiteral("page"), pageNumber}, {QStringLiteral("results"), results},
                      {QStringLiteral("total_pages"), totalPages}, {QStringLiteral("total_results"), ranked.size()}});
}

FakeResponse tmdbRoute(const QStringList &parts, const FakeRequest &request, const FakeKeys &keys)
{
    if (request.query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded) != keys.tmdb) {
        return json(401, {{QStringLiteral("success"), false}, {QStringLiteral("status_code"), 7},
                          {QStringLiteral("status_message"), QStringLiteral("Invalid API key: You must be granted a valid key.")}});
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("find")) {
        const FakeTitle *title = findFakeTitleByImdb(parts[1]);
        QJsonArray movies, shows;
        if (title)
            (title->type == MediaType::Movie ? movies : shows).append(listEntry(*title));
        return json(200, {{QStringLiteral("movie_results"), movies}, {QStringLiteral("tv_results"), shows},
                          {QStringLiteral("person_results"), QJsonArray()}});
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("search"))
        return tmdbList(parts[1], request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded));
    if (parts.size() == 3 && parts[0] == QLatin1String("trending"))
        return trending(parts[1], parts[2], request);
    if ((parts.size() == 2 || parts.size() == 3)
        && (parts[0] == QLatin1String("movie") || parts[0] == QLatin1String("tv"))) {
        const MediaType type = parts[0] == QLatin1String("movie") ? MediaType::Movie : MediaType::Tv;
        const FakeTitle *title = findFakeTitle(type, parts[1].toLongLong());
        if (!title)
            return tmdbNotFound();
        if (parts.size() == 2)
            return json(200, details(*title, request));
        if (parts[2] == QLatin1String("external_ids"))
            return json(200, externalIds(*title));
        if (parts[2] == QLatin1String("images"))
            return json(200, imagesObject(*title, request));
        if (parts[2] == QLatin1String("release_dates") && type == MediaType::Movie)
            return json(200, releaseDates(*title));
    }
    return tmdbNotFound();
}

QJsonObject mdbListTitle(const FakeTitle &title)
{
    // MDBList lists every site, with nulls where the site has no rating.
    static const QStringList sites = {
        QStringLiteral("imdb"), QStringLiteral("metacritic"), QStringLiteral("metacriticuser"),
        QStringLiteral("trakt"), QStringLiteral("tomatoes"), QStringLiteral("popcorn"),
        QStringLiteral("tmdb"), QStringLiteral("letterboxd"), QStringLiteral("rogerebert"),
        QStringLiteral("myanimelist")};
    QJsonArray ratings;
    for (const QString &site : sites) {
        QJsonObject entry{{QStringLiteral("source"), site}, {QStringLiteral("value"), QJsonValue::Null},
                          {QStringLiteral("score"), QJsonValue::Null}, {QStringLiteral("votes"), QJsonValue::Null}};
        for (const FakeRating &rating : title.ratings) {
            if (rating.source != site)
                continue;
            entry.insert(QStringLiteral("value"), rating.value);
            entry.insert(QStringLiteral("score"), rating.score);
            if (rating.votes >= 0)
                entry.insert(QStringLiteral("votes"), rating.votes);
        }
        ratings.append(entry);
    }
    QJsonArray keywords;
    for (const QString &keyword : title.keywords)
        keywords.append(QJsonObject{{QStringLiteral("id"), 9000 + keywords.size()}, {QStringLiteral("name"), keyword}});
    const bool movie = title.type == MediaType::Movie;
    return {{QStringLiteral("title"), title.title},
            {QStringLiteral("year"), title.releaseDate.left(4).toInt()},
            {QStringLiteral("released"), title.releaseDate},
            {QStringLiteral("type"), movie ? QStringLiteral("movie") : QStringLiteral("show")},
            {QStringLiteral("language"), title.originalLanguage},
            {QStringLiteral("runtime"), title.runtime},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("keywords"), keywords},
            {QStringLiteral("age_rating"), title.ageRating < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(title.ageRating)},
            {QStringLiteral("ids"), QJsonObject{{QStringLiteral("imdb"), nullable(title.imdbId)},
                                                {QStringLiteral("tmdb"), title.tmdbId}}}};
}

FakeResponse mdbListRoute(const QStringList &parts, const FakeRequest &request, const FakeKeys &keys)
{
    if (request.query.queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded) != keys.mdblist)
        return json(403, {{QStringLiteral("error"), QStringLiteral("Invalid API key!")}});
    const FakeResponse notFound = json(404, {{QStringLiteral("response"), false},
                                             {QStringLiteral("error"), QStringLiteral("Title not found")}});
    if (parts.size() != 3 || (parts[1] != QLatin1String("movie") && parts[1] != QLatin1String("show")))
        return notFound;
    const MediaType type = parts[1] == QLatin1String("movie") ? MediaType::Movie : MediaType::Tv;
    const FakeTitle *title = nullptr;
    if (parts[0] == QLatin1String("imdb"))
        title = findFakeTitleByImdb(parts[2]);
    else if (parts[0] == QLatin1String("tmdb"))
        title = findFakeTitle(type, parts[2].toLongLong());
    if (!title || title->type != type || !title->inMdbList)
        return notFound;
    return json(200, mdbListTitle(*title));
}

FakeResponse imageRoute(const QStringList &parts)
{
    FakeResponse notFound{404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Not Found"), {}};
    if (parts.size() != 2)
        return notFound;
    const QString file = QLatin1Char('/') + parts[1];
    const QString key = parts[0] + file;
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;  // generated once per size and file
    QByteArray bytes;
    {
        QMutexLocker lock(&mutex);
        bytes = cache.value(key);
    }
    if (bytes.isEmpty()) {
        bytes = fakeImageBytes(findFakeImage(file), parts[0]);
        if (bytes.isEmpty())
            return notFound;
        QMutexLocker lock(&mutex);
        cache.insert(key, bytes);
    }
    const bool png = file.endsWith(QLatin1String(".png"));
    return FakeResponse{200, png ? QByteArrayLiteral("image/png") : QByteArrayLiteral("image/jpeg"), bytes,
                        {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("max-age=31536000")}}};
}

// A custom trending list (reference §5.6) at /lists/marquee/picks/json (MDBList list JSON: id, rank,
// mediatype; not in rank order) and /lists/marquee/picks/tmdb ({"results":[…]} in rank order). No key.
FakeResponse customListRoute(const QStringList &parts)
{
    if (parts.size() != 3 || parts[0] != QLatin1String("marquee") || parts[1] != QLatin1String("picks"))
        return FakeResponse{404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Not Found"), {}};
    const auto list = fakeCustomList();
    if (parts[2] == QLatin1String("json")) {
        QJsonArray items;
        for (auto it = list.crbegin(); it != list.crend(); ++it) {   // MDBList does not promise order
            const FakeTitle *title = it->first;
            items.append(QJsonObject{{QStringLiteral("id"), title->tmdbId}, {QStringLiteral("rank"), it->second},
                                     {QStringLiteral("title"), title->title}, {QStringLiteral("imdb_id"), title->imdbId},
                                     {QStringLiteral("mediatype"), title->type == MediaType::Movie ? QStringLiteral("movie")
                                                                                                   : QStringLiteral("show")}});
        }
        FakeResponse response;
        response.body = QJsonDocument(items).toJson(QJsonDocument::Compact);
        return response;
    }
    if (parts[2] == QLatin1String("tmdb")) {
        QJsonArray results;
        for (const auto &entry : list)
            results.append(listEntry(*entry.first));
        return json(200, page(results));
    }
    return FakeResponse{404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Not Found"), {}};
}

QStringList segmentsAfter(const QString &path, const QString &prefix)
{
    return path.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

FakeResponse routeRequest(const FakeRequest &request, const FakeKeys &keys)
{
    if (request.method != "GET")
        return FakeResponse{405, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Method Not Allowed"), {}};
    if (request.path.startsWith(QLatin1String("/3/")))
        return tmdbRoute(segmentsAfter(request.path, QStringLiteral("/3/")), request, keys);
    if (request.path.startsWith(QLatin1String("/t/p/")))
        return imageRoute(segmentsAfter(request.path, QStringLiteral("/t/p/")));
    if (request.path.startsWith(QLatin1String("/mdblist/"))) {
        FakeRequest admitted = request;
        if (auto limited = FakeMdbListKeys::intercept(admitted, keys))  // per-key 429s, extra keys
            return *limited;
        return mdbListRoute(segmentsAfter(request.path, QStringLiteral("/mdblist/")), admitted, keys);
    }
    if (request.path.startsWith(QLatin1String("/imdb/")))
        return FakeImdbDataset::route(request);
    if (isFakeQualityPath(request.path))
        return qualityRoute(request);
    if (request.path.startsWith(QLatin1String("/lists/")))
        return customListRoute(segmentsAfter(request.path, QStringLiteral("/lists/")));
    return FakeResponse{404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Not Found"), {}};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

} // namespace Marquee::Tests
