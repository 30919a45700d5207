#include "tests/fakeupstream/fakequalityroutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Marquee::Tests {

namespace {

// One release as AIOStreams parses it; the scraper and QualiCache answers are derived from it.
struct Release
{
    QString resolution;     // "2160p", "1080p", "720p"
    QStringList visualTags;
    QString quality;        // "BluRay REMUX", "WEB-DL"
    QStringList audioTags;
};

enum class Kind { Releases, Empty, Pending, Error, Unavailable, NotIndexed, UnknownStatus };

struct Crafted
{
    QString imdbId;
    Kind kind = Kind::Releases;
    QList<Release> releases;
    QStringList qualiCacheTokens;
};

const QList<Crafted> &crafted()
{
    static const QList<Crafted> table{
        {QStringLiteral("tt0000001"), Kind::Releases,
         {{QStringLiteral("2160p"), {QStringLiteral("DV"), QStringLiteral("HDR10")}, QStringLiteral("BluRay REMUX"),
           {QStringLiteral("Atmos"), QStringLiteral("TrueHD")}},
          {QStringLiteral("1080p"), {}, QStringLiteral("WEB-DL"), {QStringLiteral("DD+")}}},
         {QStringLiteral("4K"), QStringLiteral("REMUX"), QStringLiteral("DV"), QStringLiteral("ATMOS")}},
        {QStringLiteral("tt0000002"), Kind::Releases,
         {{QStringLiteral("1080p"), {QStringLiteral("HDR10")}, QStringLiteral("BluRay REMUX"), {QStringLiteral("DTS-HD MA")}}},
         {QStringLiteral("1080P"), QStringLiteral("REMUX"), QStringLiteral("HDR10")}},
        {QStringLiteral("tt0000004"), Kind::Releases,
         {{QStringLiteral("1080p"), {}, QStringLiteral("WEB-DL"), {QStringLiteral("DD+")}}},
         {QStringLiteral("1080P"), QStringLiteral("WEBRIP")}},
        {QStringLiteral("tt0000005"), Kind::Empty, {}, {}},
        {QStringLiteral("tt0000006"), Kind::Pending, {}, {}},
        {QStringLiteral("tt0000003"), Kind::Releases,
         {{QStringLiteral("2160p"), {QStringLiteral("HDR10+")}, QStringLiteral("WEB-DL"), {QStringLiteral("DTS:X")}}},
         {QStringLiteral("4K"), QStringLiteral("WEBDL"), QStringLiteral("HDR10+"), QStringLiteral("DTSX")}},
        {QStringLiteral("tt9000001"), Kind::Error, {}, {}},
        {QStringLiteral("tt9000002"), Kind::Releases,
         {{QStringLiteral("720p"), {}, QStringLiteral("WEB-DL"), {}},
          {QStringLiteral("720p"), {}, QStringLiteral("WEB-DL"), {}},
          {QStringLiteral("720p"), {}, QStringLiteral("WEB-DL"), {}},
          {QStringLiteral("720p"), {}, QStringLiteral("WEB-DL"), {}},
          {QStringLiteral("720p"), {}, QStringLiteral("WEB-DL"), {}},
          {QStringLiteral("2160p"), {QStringLiteral("DV")}, QStringLiteral("BluRay REMUX"), {QStringLiteral("Atmos")}}},
         {QStringLiteral("8K"), QStringLiteral("1440P"), QStringLiteral("720P"), QStringLiteral("SD"), QStringLiteral("HDTV"),
          QStringLiteral("BLURAY"), QStringLiteral("HDR10")}},
        {QStringLiteral("tt9000003"), Kind::Unavailable, {}, {}},
        {QStringLiteral("tt9000004"), Kind::UnknownStatus, {}, {}},
        {QStringLiteral("tt9000005"), Kind::NotIndexed, {}, {}},
    };
    return table;
}

Crafted find(const QString &imdbId)
{
    for (const Crafted &entry : crafted()) {
        if (entry.imdbId == imdbId)
            return entry;
    }
    return Crafted{imdbId, Kind::Empty, {}, {}};
}

FakeResponse json(int status, const QJsonObject &object)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse plain(int status, const QByteArray &body)
{
    return FakeResponse{status, QByteArrayLiteral("text/plain"), body, {}};
}

// "tt1:2:3" → ("tt1", 2, 3); a movie id has season/episode 0.
struct StreamId
{
    QString imdbId;
    int season = 0;
    int episode = 0;
};

StreamId parseStreamId(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char(':'));
    StreamId parsed{parts.value(0)};
    if (parts.size() == 3) {
        parsed.season = parts[1].toInt();
        parsed.episode = parts[2].toInt();
    }
    return parsed;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

FakeResponse aioStreams(const FakeRequest &request)
{
    if (request.headers.value(QByteArrayLiteral("authorization")) != "Basic " + fakeAioStreamsAuth().toUtf8())
        return json(401, {{QStringLiteral("success"), false},
                          {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid credentials")}}}});
    const QString type = request.query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
    if (type != QLatin1String("movie") && type != QLatin1String("series"))
        return json(400, {{QStringLiteral("success"), false}});
    const Crafted title = find(parseStreamId(request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded)).imdbId);
    QJsonArray results;
    QJsonArray errors;
    switch (title.kind) {
    case Kind::Releases:
        for (const Release &release : title.releases) {
            results.append(QJsonObject{{QStringLiteral("parsedFile"),
                                        QJsonObject{{QStringLiteral("resolution"), release.resolution},
                                                    {QStringLiteral("visualTags"), strings(release.visualTags)},
                                                    {QStringLiteral("quality"), release.quality},
                                                    {QStringLiteral("audioTags"), strings(release.audioTags)}}}});
        }
        break;
    case Kind::Pending:
        errors.append(QJsonObject{{QStringLiteral("description"), QStringLiteral("Torrentio: timed out")}});
        break;
    case Kind::Error:
        return json(200, {{QStringLiteral("success"), false},
                          {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("internal error")}}}});
    case Kind::Unavailable:
        return plain(503, QByteArrayLiteral("Service Unavailable"));
    case Kind::NotIndexed:
        return json(404, {{QStringLiteral("success"), false}});
    case Kind::Empty:
    case Kind::UnknownStatus:
        break;
    }
    return json(200, {{QStringLiteral("success"), true},
                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("errors"), errors}}}});
}

// A Torrentio-like stream: quality in the name, a release file name as the title and in behaviorHints.
QJsonObject stream(const Release &release)
{
    QStringList name{QStringLiteral("FakeScraper")};
    name.append(release.resolution == QLatin1String("2160p") ? QStringLiteral("4k") : release.resolution);
    QStringList parts{QStringLiteral("Fake.Title.2024"), release.resolution,
                      QString(release.quality).replace(QLatin1Char(' '), QLatin1Char('.')),
                      release.visualTags.join(QLatin1Char('.')), release.audioTags.join(QLatin1Char('.'))};
    parts.removeAll(QString());
    const QString file = parts.join(QLatin1Char('.')) + QStringLiteral(".mkv");
    const QString title = file + QStringLiteral("\n42 seeders, 12.3 GB");
    const QString bingeGroup = QStringLiteral("fake|") + release.resolution;
    return QJsonObject{{QStringLiteral("name"), name.join(QLatin1Char('\n'))},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("behaviorHints"),
                        QJsonObject{{QStringLiteral("bingeGroup"), bingeGroup}, {QStringLiteral("filename"), file}}}};
}

FakeResponse scraper(const FakeRequest &request)
{
    if (request.path.endsWith(QLatin1String("/manifest.json"))) {
        return json(200, {{QStringLiteral("id"), QStringLiteral("org.marquee.fakescraper")},
                          {QStringLiteral("version"), QStringLiteral("1.0.0")},
                          {QStringLiteral("resources"), QJsonArray{QStringLiteral("stream")}},
                          {QStringLiteral("types"), QJsonArray{QStringLiteral("movie"), QStringLiteral("series")}}});
    }
    const qsizetype at = request.path.indexOf(QLatin1String("/stream/"));
    const QStringList parts = at < 0 ? QStringList() : request.path.mid(at + 8).split(QLatin1Char('/'));
    if (parts.size() != 2 || !parts[1].endsWith(QLatin1String(".json")))
        return plain(404, QByteArrayLiteral("Not Found"));
    const StreamId id = parseStreamId(parts[1].chopped(5));
    const Crafted title = find(id.imdbId);
    // The series is indexed for its first episode only; its show-level answer covers the rest.
    if (parts[0] == QLatin1String("series") && id.season > 0 && !(id.season == 1 && id.episode == 1))
        return plain(404, QByteArrayLiteral("Not Found"));
    QJsonArray streams;
    switch (title.kind) {
    case Kind::Releases:
        for (const Release &release : title.releases)
            streams.append(stream(release));
        break;
    case Kind::Pending:
    case Kind::NotIndexed:
        return plain(404, QByteArrayLiteral("Not Found"));
    case Kind::Error:
        return FakeResponse{200, QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"streams\": [oops"), {}};
    case Kind::Unavailable:
        return plain(503, QByteArrayLiteral("Service Unavailable"));
    case Kind::Empty:
    case Kind::UnknownStatus:
        break;
    }
    return json(200, {{QStringLiteral("streams"), streams}});
}

FakeResponse qualiCache(const FakeRequest &request)
{
    if (request.headers.value(QByteArrayLiteral("x-api-key")) != fakeQualiCacheKey().toUtf8())
        return json(401, {{QStringLiteral("detail"), QStringLiteral("Invalid or missing API key")}});
    const QStringList parts = request.path.mid(int(qstrlen("/qualicache/v1/quality/"))).split(QLatin1Char('/'));
    if (!request.path.startsWith(QLatin1String("/qualicache/v1/quality/")) || parts.size() != 2
        || (parts[0] != QLatin1String("movie") && parts[0] != QLatin1String("series")))
        return json(404, {{QStringLiteral("detail"), QStringLiteral("Not Found")}});
    const QString trust = request.query.queryItemValue(QStringLiteral("min_trust"));
    if (trust != QLatin1String("high") && trust != QLatin1String("medium") && trust != QLatin1String("low"))
        return json(422, {{QStringLiteral("detail"), QStringLiteral("min_trust must be high, medium or low")}});
    const Crafted title = find(parts[1]);
    QJsonObject answer{{QStringLiteral("imdb_id"), parts[1]}, {QStringLiteral("tokens"), QJsonArray()},
                       {QStringLiteral("last_error"), QJsonValue::Null}};
    switch (title.kind) {
    case Kind::Releases:
        answer.insert(QStringLiteral("status"), QStringLiteral("ready"));
        answer.insert(QStringLiteral("tokens"), strings(title.qualiCacheTokens));
        break;
    case Kind::Empty:
        answer.insert(QStringLiteral("status"), QStringLiteral("empty"));
        break;
    case Kind::Pending:
        answer.insert(QStringLiteral("status"), QStringLiteral("pending"));
        break;
    case Kind::Error:
        answer.insert(QStringLiteral("status"), QStringLiteral("error"));
        answer.insert(QStringLiteral("last_error"), QStringLiteral("addon timed out"));
        break;
    case Kind::UnknownStatus:
        answer.insert(QStringLiteral("status"), QStringLiteral("weird"));
        break;
    case Kind::Unavailable:
        return plain(503, QByteArrayLiteral("Service Unavailable"));
    case Kind::NotIndexed:
        return json(404, {{QStringLiteral("detail"), QStringLiteral("Unknown title")}});
    }
    return json(200, answer);
}

} // namespace

QString fakeAioStreamsAuth()
{
    return QString::fromLatin1(QByteArrayLiteral("fake-uuid:fake-password").toBase64());
}

QString fakeQualiCacheKey()
{
    return QStringLiteral("fake-qualicache-key");
}

bool isFakeQualityPath(const QString &path)
{
    return path.startsWith(QLatin1String("/aiostreams/")) || path.startsWith(QLatin1String("/scraper/"))
           || path.startsWith(QLatin1String("/qualicache/"));
}

FakeResponse qualityRoute(const FakeRequest &request)
{
    if (request.path == QLatin1String("/aiostreams/api/v1/search"))
        return aioStreams(request);
    if (request.path.startsWith(QLatin1String("/scraper/")))
        return scraper(request);
    if (request.path.startsWith(QLatin1String("/qualicache/")))
        return qualiCache(request);
    return plain(404, QByteArrayLiteral("Not Found"));
}

} // namespace Marquee::Tests
