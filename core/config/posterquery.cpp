#include "core/config/posterquery.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/config/paramvalue_p.h"

namespace Marquee::Config {

namespace {

const QString &defaultClient()
{
    static const QString client = QStringLiteral("stremio_tv_nuvio");
    return client;
}

QString lastValue(const QUrlQuery &query, const QString &key)
{
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    return values.isEmpty() ? QString() : values.last().trimmed();
}

// Addon templates send "{tmdb_id}" or "{tmdb_id?}" when they have no value to substitute.
bool isPlaceholder(const QString &value, QLatin1String name)
{
    return value.size() >= name.size() + 2 && value.startsWith(QLatin1Char('{'))
        && QStringView(value).mid(1, name.size()) == name
        && (value.mid(name.size() + 1) == QLatin1String("}")
            || value.mid(name.size() + 1) == QLatin1String("?}"));
}

// Keys are never validated, but an unsubstituted template placeholder is no key.
QString keyValue(const QUrlQuery &query, const QString &key)
{
    const QString value = lastValue(query, key);
    return value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}')) ? QString() : value;
}

// Hand-written checks instead of regular expressions: /p parses a path on every (cached) request.
bool isDigits(QStringView value) // \d{1,10}
{
    return !value.isEmpty() && value.size() <= 10
        && std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isImdbId(QStringView value) // tt\d{1,10}
{
    return value.startsWith(QLatin1String("tt")) && isDigits(value.mid(2));
}

bool isPresetName(QStringView value) // [A-Za-z0-9_-]{1,64}
{
    return !value.isEmpty() && value.size() <= 64 && std::all_of(value.begin(), value.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-';
    });
}

int positiveInt(const QString &value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? std::max(1, number) : 1;
}

std::optional<MediaType> parseType(const QString &raw)
{
    const QString type = raw.toLower();
    if (type.isEmpty() || type == QLatin1String("movie"))
        return MediaType::Movie;
    if (type == QLatin1String("tv") || type == QLatin1String("series"))
        return MediaType::Tv;
    return std::nullopt;
}

// stremio_id "tt123[:s:e]" supplies the IMDb id and "tmdb:123[:s:e]" the TMDB id when the query
// has none. Anime ids (kitsu:, anilist:) belong to the later anime path and are ignored here.
void applyStremioId(TitleId &title, const QString &stremioId)
{
    const QStringList parts = stremioId.split(QLatin1Char(':'));
    if (title.imdbId.isEmpty() && isImdbId(parts.first()))
        title.imdbId = parts.first();
    if (title.tmdbId == 0 && parts.size() >= 2 && parts.first() == QLatin1String("tmdb")
        && isDigits(parts.at(1)))
        title.tmdbId = parts.at(1).toLongLong();
}

QString stripImageExtension(const QString &id)
{
    for (const char *ext : { ".jpg", ".jpeg", ".webp", ".png" }) {
        if (id.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return id.left(id.size() - qsizetype(qstrlen(ext)));
    }
    return id;
}

} // namespace

QUrlQuery PosterQuery::replayQuery() const
{
    QUrlQuery query;
    if (title.tmdbId > 0)
        query.addQueryItem(QStringLiteral("tmdb_id"), QString::number(title.tmdbId));
    if (!title.imdbId.isEmpty())
        query.addQueryItem(QStringLiteral("imdb_id"), title.imdbId);
    query.addQueryItem(QStringLiteral("type"), mediaTypeName(title.type));
    for (const auto &[name, value] : config.toQuery(true).queryItems(QUrl::FullyDecoded))
        query.addQueryItem(name, value);
    return query;
}

Result<PosterQuery> parsePosterQuery(const QUrlQuery &query)
{
    PosterQuery result;
    const std::optional<MediaType> type = parseType(lastValue(query, QStringLiteral("type")));
    if (!type)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Config", "Invalid type"));
    result.title.type = *type;

    const QString tmdbId = lastValue(query, QStringLiteral("tmdb_id"));
    if (!tmdbId.isEmpty() && !isPlaceholder(tmdbId, QLatin1String("tmdb_id"))) {
        if (!isDigits(tmdbId))
            return fail(
                ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Config", "Invalid tmdb_id"));
        result.title.tmdbId = tmdbId.toLongLong();
    }
    const QString imdbId = lastValue(query, QStringLiteral("imdb_id"));
    if (!imdbId.isEmpty() && !isPlaceholder(imdbId, QLatin1String("imdb_id"))) {
        if (!isImdbId(imdbId))
            return fail(
                ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Config", "Invalid imdb_id"));
        result.title.imdbId = imdbId;
    }
    applyStremioId(result.title, lastValue(query, QStringLiteral("stremio_id")));

    result.tmdbKey = keyValue(query, QStringLiteral("tmdb_key"));
    result.mdblistKey = keyValue(query, QStringLiteral("mdblist_key"));
    result.accessKey = keyValue(query, QStringLiteral("access_key"));
    const QString client = lastValue(query, QStringLiteral("primary_client")).toLower();
    static const QStringList clients { defaultClient(), QStringLiteral("stremio_desktop_web"),
        QStringLiteral("plex"), QStringLiteral("jellyfin") };
    result.primaryClient = clients.contains(client) ? client : defaultClient();
    for (const QString &token : lastValue(query, QStringLiteral("quality")).split(QLatin1Char(','))) {
        if (!token.trimmed().isEmpty())
            result.qualityOverride.append(token.trimmed().toUpper());
    }
    result.season = positiveInt(lastValue(query, QStringLiteral("season")));
    result.episode = positiveInt(lastValue(query, QStringLiteral("episode")));
    result.debug = ParamValue::parseBool(lastValue(query, QStringLiteral("debug"))).value_or(false);
    result.nocache = ParamValue::parseBool(lastValue(query, QStringLiteral("nocache"))).value_or(false);

    result.config = RenderConfig::fromQuery(query);
    applyClientInsets(result.config, result.primaryClient, query);
    return result;
}

Result<PresetPath> parsePresetPath(
    const QString &preset, const QString &type, const QString &idWithExtension, const QString &shape)
{
    PresetPath path;
    if (!isPresetName(preset))
        return fail(
            ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Config", "Invalid preset name"));
    path.preset = preset;

    const QString mediaType = type.trimmed().toLower();
    if (mediaType == QLatin1String("movie"))
        path.title.type = MediaType::Movie;
    else if (mediaType == QLatin1String("tv") || mediaType == QLatin1String("series"))
        path.title.type = MediaType::Tv;
    else
        return fail(ErrorKind::InvalidInput,
            QCoreApplication::translate("Marquee::Config", "Invalid type (movie|tv)"));

    const QString id = stripImageExtension(idWithExtension.trimmed());
    if (isImdbId(id))
        path.title.imdbId = id;
    else if (isDigits(id))
        path.title.tmdbId = id.toLongLong();
    else if (id.startsWith(QLatin1String("tmdb:")) && isDigits(QStringView(id).mid(5)))
        path.title.tmdbId = id.mid(5).toLongLong();
    if (path.title.imdbId.isEmpty() && path.title.tmdbId <= 0) {
        return fail(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "Marquee::Config", "Invalid id (expected tt…, a TMDB id or tmdb:<id>)"));
    }

    const QString shapeName = shape.trimmed().toLower();
    static const QStringList portrait { QString(), QStringLiteral("poster"), QStringLiteral("portrait"),
        QStringLiteral("square") };
    if (shapeName == QLatin1String("landscape"))
        path.landscape = true;
    else if (!portrait.contains(shapeName))
        return fail(ErrorKind::InvalidInput,
            QCoreApplication::translate("Marquee::Config", "Invalid shape (poster|landscape)"));
    return path;
}

void applyClientInsets(RenderConfig &config, const QString &primaryClient, const QUrlQuery &query)
{
    // Stremio desktop/web crops the poster's edges, so its bar and notch sit slightly inside.
    const bool cropsEdges = primaryClient == QLatin1String("stremio_desktop_web");
    const struct
    {
        Param param;
        double insetForCroppingClient;
    } insets[] = { { Param::BarBottomInset, 0.007 }, { Param::SashBadgeInset, 0.004 } };
    for (const auto &inset : insets) {
        if (!query.hasQueryItem(ParamRegistry::spec(inset.param).name))
            config.setValue(inset.param, cropsEdges ? inset.insetForCroppingClient : 0.0);
    }
}

void applyDefaultLogoLanguage(RenderConfig &config, const QString &serverDefault, const QUrlQuery &query)
{
    if (!query.hasQueryItem(ParamRegistry::spec(Param::LogoLanguage).name))
        config.setValue(Param::LogoLanguage, serverDefault);
}

} // namespace Marquee::Config
