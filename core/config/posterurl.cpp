#include "core/config/posterurl.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Marquee::Config {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marquee::Config::PosterUrlCodec", text);
}

tl::unexpected<Error> invalid(const QString &message)
{
    return fail(ErrorKind::InvalidInput, message);
}

// Placeholders such as "{access_key}" are template slots, not values.
QString concrete(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.startsWith(QLatin1Char('{')) && trimmed.endsWith(QLatin1Char('}')) ? QString() : trimmed;
}

QString lastValue(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    return values.isEmpty() ? QString() : values.last().trimmed();
}

QString baseOf(const QUrl &url, const QStringList &prefixSegments)
{
    QString base;
    if (!url.scheme().isEmpty())
        base = url.scheme() + QStringLiteral("://") + url.authority(QUrl::FullyEncoded);
    for (const QString &segment : prefixSegments)
        base += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return base;
}

QString trimmedBase(const QString &base)
{
    QString result = base.trimmed();
    while (result.endsWith(QLatin1Char('/')))
        result.chop(1);
    return result;
}

QString encoded(const QString &value)
{
    // ',' and ':' keep weights, palettes and sash lists readable; both are legal in a query value.
    return QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral(",:")));
}

QString joinItems(const QList<QPair<QString, QString>> &items)
{
    QStringList pairs;
    pairs.reserve(items.size());
    for (const auto &[name, value] : items)
        pairs.append(name + QLatin1Char('=') + value);
    return pairs.join(QLatin1Char('&'));
}

// Render params without defaults, and without client insets that merely repeat the client's default.
QList<QPair<QString, QString>> renderItems(const RenderConfig &config, const QString &primaryClient)
{
    RenderConfig clientDefaults;
    applyClientInsets(clientDefaults, primaryClient, QUrlQuery());
    QList<QPair<QString, QString>> items;
    for (const auto &[name, value] : config.toQuery(true).queryItems(QUrl::FullyDecoded)) {
        const ParamSpec *spec = ParamRegistry::find(name);
        if (spec && !spec->published && config.formatted(spec->id) == clientDefaults.formatted(spec->id))
            continue;
        items.append({name, encoded(value)});
    }
    return items;
}

void appendKeys(QList<QPair<QString, QString>> &items, const PosterUrlOptions &options)
{
    if (!options.accessKey.isEmpty())
        items.append({QStringLiteral("access_key"), encoded(options.accessKey)});
    if (!options.tmdbKey.isEmpty())
        items.append({QStringLiteral("tmdb_key"), encoded(options.tmdbKey)});
    if (!options.mdblistKey.isEmpty())
        items.append({QStringLiteral("mdblist_key"), encoded(options.mdblistKey)});
}

QString withQuery(const QString &url, const QList<QPair<QString, QString>> &items)
{
    return items.isEmpty() ? url : url + QLatin1Char('?') + joinItems(items);
}

QString idText(const TitleId &title)
{
    return title.imdbId.isEmpty() ? QString::number(title.tmdbId) : title.imdbId;
}

Result<QUrlQuery> presetParams(const QString &name, const PosterUrlCodec::PresetLookup &presets)
{
    const std::optional<QUrlQuery> params = presets ? presets(name) : std::nullopt;
    if (!params)
        return invalid(tr("Unknown preset '%1'").arg(name));
    return *params;
}

Result<PosterUrl> parsePoster(const QUrl &url, const QStringList &segments)
{
    // A template's type={type} says "any type"; the parser would call it an invalid type.
    QUrlQuery params(url);
    if (concrete(lastValue(params, QStringLiteral("type"))).isEmpty())
        params.removeAllQueryItems(QStringLiteral("type"));
    const Result<PosterQuery> query = parsePosterQuery(params);
    if (!query)
        return fail(query.error());
    PosterUrl result;
    result.form = PosterUrlForm::Poster;
    result.base = baseOf(url, segments.mid(0, segments.size() - 1));
    result.title = query->title;
    result.config = query->config;
    result.primaryClient = query->primaryClient;
    result.accessKey = query->accessKey;
    result.tmdbKey = query->tmdbKey;
    result.mdblistKey = query->mdblistKey;
    return result;
}

Result<PosterUrl> parsePreset(const QUrl &url, const QStringList &segments, const PosterUrlCodec::PresetLookup &presets)
{
    const QUrlQuery query(url);
    const qsizetype at = segments.size() - 4;
    const Result<PresetPath> path = parsePresetPath(segments.at(at + 1), segments.at(at + 2), segments.at(at + 3),
                                                    lastValue(query, QStringLiteral("shape")));
    if (!path)
        return fail(path.error());
    const Result<QUrlQuery> params = presetParams(path->preset, presets);
    if (!params)
        return fail(params.error());
    PosterUrl result;
    result.form = PosterUrlForm::Preset;
    result.base = baseOf(url, segments.mid(0, at));
    result.preset = path->preset;
    result.title = path->title;
    result.config = RenderConfig::fromQuery(*params);
    if (path->landscape)
        result.config.setValue(Param::Shape, QStringLiteral("landscape"));
    result.accessKey = concrete(lastValue(query, QStringLiteral("access_key")));
    return result;
}

// RPDB ids: tt… under /imdb/; digits, "movie-123" or "series-123" under /tmdb/.
Result<PosterUrl> parseRpdb(const QUrl &url, const QStringList &segments, const PosterUrlCodec::PresetLookup &presets)
{
    const qsizetype at = segments.size() - 4;
    const QString key = segments.at(at);
    const bool tmdb = segments.at(at + 1) == QLatin1String("tmdb");
    QString id = segments.at(at + 3);
    QString type = QStringLiteral("movie");
    if (tmdb) {
        for (const QString &prefix : {QStringLiteral("movie-"), QStringLiteral("series-"), QStringLiteral("tv-")}) {
            if (id.startsWith(prefix)) {
                type = prefix == QLatin1String("movie-") ? QStringLiteral("movie") : QStringLiteral("tv");
                id = id.mid(prefix.size());
            }
        }
    } else if (!id.startsWith(QLatin1String("tt"))) {
        return invalid(tr("Invalid id (expected tt… under /imdb/)"));
    }
    const Result<PresetPath> path = parsePresetPath(key, type, id, QString());
    if (!path)
        return fail(path.error());
    const Result<QUrlQuery> params = presetParams(key, presets);
    if (!params)
        return fail(params.error());
    PosterUrl result;
    result.form = PosterUrlForm::Rpdb;
    result.base = baseOf(url, segments.mid(0, at));
    result.preset = key;
    result.title = path->title;
    result.config = RenderConfig::fromQuery(*params);
    return result;
}

} // namespace

Result<PosterUrl> PosterUrlCodec::parse(const QString &text, const PresetLookup &presets)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::TolerantMode);
    const bool absolute = !url.scheme().isEmpty() && !url.host().isEmpty();
    if (trimmed.isEmpty() || !url.isValid() || (!absolute && !trimmed.startsWith(QLatin1Char('/'))))
        return invalid(tr("Not a valid URL"));
    if (absolute && url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return invalid(tr("Not a valid URL"));

    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype n = segments.size();
    if (n >= 1 && segments.last() == QLatin1String("poster"))
        return parsePoster(url, segments);
    if (n >= 4 && segments.at(n - 4) == QLatin1String("p"))
        return parsePreset(url, segments, presets);
    if (n >= 4 && segments.at(n - 2) == QLatin1String("poster-default")
        && (segments.at(n - 3) == QLatin1String("imdb") || segments.at(n - 3) == QLatin1String("tmdb")))
        return parseRpdb(url, segments, presets);
    return invalid(tr("Not a poster URL (expected /poster?…, /p/{preset}/{type}/{id}.jpg or "
                      "/{key}/imdb/poster-default/{id}.jpg)"));
}

QString PosterUrlCodec::posterTemplate(const RenderConfig &config, const PosterUrlOptions &options)
{
    const QString client = options.primaryClient.isEmpty() ? defaultPrimaryClient() : options.primaryClient;
    QList<QPair<QString, QString>> items = renderItems(config, client);
    if (client != defaultPrimaryClient())
        items.append({QStringLiteral("primary_client"), client});
    appendKeys(items, options);
    if (options.tmdbIdPlaceholder)
        items.append({QStringLiteral("tmdb_id"), QStringLiteral("{tmdb_id}")});
    else
        items.append({QStringLiteral("imdb_id"), QStringLiteral("{imdb_id}")});
    items.append({QStringLiteral("type"), QStringLiteral("{type}")});
    return withQuery(trimmedBase(options.base) + QStringLiteral("/poster"), items);
}

QString PosterUrlCodec::presetTemplate(const QString &preset, bool landscape, const PosterUrlOptions &options)
{
    const QString id = options.tmdbIdPlaceholder ? QStringLiteral("{tmdb_id}") : QStringLiteral("{imdb_id}");
    QList<QPair<QString, QString>> items;
    if (landscape)
        items.append({QStringLiteral("shape"), QStringLiteral("landscape")});
    if (!options.accessKey.isEmpty())
        items.append({QStringLiteral("access_key"), encoded(options.accessKey)});
    return withQuery(trimmedBase(options.base) + QStringLiteral("/p/") + preset + QStringLiteral("/{type}/") + id
                         + QStringLiteral(".jpg"),
                     items);
}

QString PosterUrlCodec::rpdbTemplate(const QString &key, const PosterUrlOptions &options)
{
    const QString source = options.tmdbIdPlaceholder ? QStringLiteral("tmdb") : QStringLiteral("imdb");
    const QString id = options.tmdbIdPlaceholder ? QStringLiteral("{tmdb_id}") : QStringLiteral("{imdb_id}");
    return trimmedBase(options.base) + QLatin1Char('/') + key + QLatin1Char('/') + source
           + QStringLiteral("/poster-default/") + id + QStringLiteral(".jpg");
}

QString PosterUrlCodec::posterUrl(const RenderConfig &config, const TitleId &title, const PosterUrlOptions &options)
{
    const QString client = options.primaryClient.isEmpty() ? defaultPrimaryClient() : options.primaryClient;
    QList<QPair<QString, QString>> items = renderItems(config, client);
    if (client != defaultPrimaryClient())
        items.append({QStringLiteral("primary_client"), client});
    appendKeys(items, options);
    if (title.tmdbId > 0)
        items.append({QStringLiteral("tmdb_id"), QString::number(title.tmdbId)});
    if (!title.imdbId.isEmpty())
        items.append({QStringLiteral("imdb_id"), title.imdbId});
    items.append({QStringLiteral("type"), mediaTypeName(title.type)});
    return withQuery(trimmedBase(options.base) + QStringLiteral("/poster"), items);
}

QString PosterUrlCodec::presetUrl(const QString &preset, const TitleId &title, bool landscape,
                                  const PosterUrlOptions &options)
{
    QList<QPair<QString, QString>> items;
    if (landscape)
        items.append({QStringLiteral("shape"), QStringLiteral("landscape")});
    if (!options.accessKey.isEmpty())
        items.append({QStringLiteral("access_key"), encoded(options.accessKey)});
    return withQuery(trimmedBase(options.base) + QStringLiteral("/p/") + preset + QLatin1Char('/')
                         + mediaTypeName(title.type) + QLatin1Char('/') + idText(title) + QStringLiteral(".jpg"),
                     items);
}

QString PosterUrlCodec::rpdbUrl(const QString &key, const TitleId &title, const PosterUrlOptions &options)
{
    if (title.imdbId.isEmpty()) {
        const QString typed = (title.type == MediaType::Tv ? QStringLiteral("series-") : QStringLiteral("movie-"))
                              + QString::number(title.tmdbId);
        return trimmedBase(options.base) + QLatin1Char('/') + key + QStringLiteral("/tmdb/poster-default/") + typed
               + QStringLiteral(".jpg");
    }
    return trimmedBase(options.base) + QLatin1Char('/') + key + QStringLiteral("/imdb/poster-default/")
           + title.imdbId + QStringLiteral(".jpg");
}

QString PosterUrlCodec::presetQueryString(const RenderConfig &config)
{
    return joinItems(renderItems(config, defaultPrimaryClient()));
}

QString PosterUrlCodec::defaultPrimaryClient()
{
    return QStringLiteral("stremio_tv_nuvio");
}

} // namespace Marquee::Config
