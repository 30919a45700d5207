#include "daemon/http/rpdbroutes.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "core/presets/presetresolver.h"
#include "daemon/http/deferredresponder.h"
#include "daemon/http/errorresponse.h"
#include "daemon/http/presetposter.h"
#include "daemon/http/ratelimiter.h"
#include "daemon/http/servingswitch.h"

namespace Marquee::Http {

namespace {

bool isDigits(QStringView text)
{
    return !text.isEmpty() && text.size() <= 10
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString stripExtension(const QString &id)
{
    for (const char *ext : {".jpg", ".jpeg", ".webp", ".png"}) {
        if (id.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return id.left(id.size() - qsizetype(qstrlen(ext)));
    }
    return id;
}

// [A-Za-z0-9_-]{1,64}: what a preset name can look like at all (built-in ids and user names).
bool presetShaped(QStringView key)
{
    return !key.isEmpty() && key.size() <= 64 && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-';
    });
}

std::optional<MediaType> typeFromHint(const QString &hint)
{
    const QString type = hint.trimmed().toLower();
    if (type == QLatin1String("movie"))
        return MediaType::Movie;
    if (type == QLatin1String("tv") || type == QLatin1String("series") || type == QLatin1String("show"))
        return MediaType::Tv;
    return std::nullopt;
}

Error invalidId()
{
    return Error{ErrorKind::InvalidInput,
                 QCoreApplication::translate("Marquee::Http::RpdbRoutes",
                                             "Invalid id (imdb: tt…; tmdb: movie-<id>, series-<id> or <id>)")};
}

} // namespace

RpdbRoutes::RpdbRoutes(const RouteContext &context)
    : m_context(context)
{
}

void RpdbRoutes::registerOn(QHttpServer &server) const
{
    QHttpServer *owner = &server;
    server.route(QStringLiteral("/<arg>/<arg>/poster-default/<arg>"),
                 [this, owner](QString key, QString source, QString id, const QHttpServerRequest &request,
                               QHttpServerResponder &&responder) {
                     DeferredResponder::send(owner, std::move(responder), poster(key, source, id, request));
                 });
    server.route(QStringLiteral("/<arg>/isValid"),
                 [this, owner](QString key, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(owner, std::move(responder), isValid(key, request));
                 });
}

QString RpdbRoutes::unknownKeyMessage()
{
    return QCoreApplication::translate("Marquee::Http::RpdbRoutes", "Unknown preset or access key");
}

QString RpdbRoutes::normalisedLanguage(const QString &lang)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[a-z]{2})?$"));
    const QString value = lang.trimmed().toLower();
    return pattern.match(value).hasMatch() ? value : QString();
}

Result<RpdbRoutes::ParsedId> RpdbRoutes::parseId(const QString &source, const QString &rawId, const QString &typeHint)
{
    const QString id = stripExtension(rawId.trimmed());
    const QString kind = source.trimmed().toLower();
    const std::optional<MediaType> hinted = typeFromHint(typeHint);
    ParsedId parsed;
    if (hinted) {
        parsed.title.type = *hinted;
        parsed.typeKnown = true;
    }
    if (kind == QLatin1String("imdb")) {
        if (!id.startsWith(QLatin1String("tt")) || !isDigits(QStringView(id).mid(2)))
            return fail(invalidId());
        parsed.title.imdbId = id;
        return parsed;
    }
    if (kind == QLatin1String("tmdb")) {
        // RPDB spells TMDB ids with their type: movie-278, series-1399 (tv- accepted too).
        const qsizetype dash = id.indexOf(QLatin1Char('-'));
        QString digits = id;
        if (dash > 0) {
            const std::optional<MediaType> type = typeFromHint(id.left(dash));
            if (!type)
                return fail(invalidId());
            parsed.title.type = *type;
            parsed.typeKnown = true;
            digits = id.mid(dash + 1);
        }
        if (!isDigits(digits) || digits.toLongLong() <= 0)
            return fail(invalidId());
        parsed.title.tmdbId = digits.toLongLong();
        parsed.typeKnown = true;  // bare digits: ?type= or a film, as RPDB does
        return parsed;
    }
    if (kind == QLatin1String("tvdb"))
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("Marquee::Http::RpdbRoutes",
                                                "TVDB ids cannot be resolved by this server; use the imdb or tmdb form"));
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("Marquee::Http::RpdbRoutes", "Invalid id source (imdb|tmdb|tvdb)"));
}

RpdbRoutes::KeyKind RpdbRoutes::classify(const QString &key) const
{
    if (m_context.gate.keyMatches(key))
        return KeyKind::Operator;
    if (m_context.gate.presetEnabled() && presetShaped(key))
        return KeyKind::Preset;
    return KeyKind::Invalid;
}

namespace {

// The key is the first path segment: the access log must not see it unless it is a built-in preset id.
RequestTrace redactedTrace(const RouteContext &context, const QHttpServerRequest &request, const QString &key)
{
    RequestTrace trace = context.trace(request);
    if (!Presets::PresetResolver::isReservedName(key)) {
        QString path = trace.url.path();
        const qsizetype end = path.indexOf(QLatin1Char('/'), 1);
        path = QStringLiteral("/***") + (end > 0 ? path.mid(end) : QString());
        trace.url.setPath(path);
    }
    return trace;
}

} // namespace

QFuture<QHttpServerResponse> RpdbRoutes::poster(const QString &key, const QString &source, const QString &id,
                                                const QHttpServerRequest &request) const
{
    const RequestTrace trace = redactedTrace(m_context, request, key);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());
    if (const VoidResult open = m_context.serving.check(); !open)
        return m_context.failed(trace, open.error());

    const KeyKind kind = classify(key);
    if (kind == KeyKind::Invalid)
        return m_context.failed(trace, Error{ErrorKind::Forbidden, AccessGate::unauthorizedMessage()});
    const QUrlQuery query = request.query();
    if (kind == KeyKind::Operator) {
        QUrlQuery tenant;
        tenant.addQueryItem(QStringLiteral("access_key"), key);
        if (const VoidResult within = m_context.rateLimiter.checkPoster(tenant); !within)
            return m_context.failed(trace, within.error());
    } else if (const VoidResult within = m_context.rateLimiter.checkPreset(); !within) {
        return m_context.failed(trace, within.error());
    }

    const Result<ParsedId> parsed = parseId(source, id, query.queryItemValue(QStringLiteral("type")));
    if (!parsed)
        return m_context.failed(trace, parsed.error());

    PresetTarget target;
    target.title = parsed->title;
    target.guessType = !parsed->typeKnown;
    target.language = normalisedLanguage(query.queryItemValue(QStringLiteral("lang"), QUrl::FullyDecoded));
    target.format = Pipeline::negotiateFormat(m_context.settings.imageFormat,
                                              request.value(QByteArrayLiteral("accept")));
    if (kind == KeyKind::Operator)
        target.accessKey = key;
    const QString presetName = kind == KeyKind::Operator ? QString() : key;
    return PresetPoster::serve(m_context, presetName, target, trace,
                               request.value(QByteArrayLiteral("if-none-match")), unknownKeyMessage());
}

QFuture<QHttpServerResponse> RpdbRoutes::isValid(const QString &key, const QHttpServerRequest &request) const
{
    const RequestTrace trace = redactedTrace(m_context, request, key);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());
    const QJsonObject valid{{QStringLiteral("valid"), true}};
    switch (classify(key)) {
    case KeyKind::Operator:
        return m_context.ready(trace, QHttpServerResponse(valid));
    case KeyKind::Invalid:
        return m_context.failed(trace, Error{ErrorKind::Forbidden, AccessGate::unauthorizedMessage()});
    case KeyKind::Preset:
        break;
    }
    if (Presets::PresetResolver::builtIn(key))
        return m_context.ready(trace, QHttpServerResponse(valid));
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.proxyPool, [context, trace, key, valid] {
        const auto preset = Presets::PresetResolver(context->storage).resolve(key);
        if (preset)
            return context->finish(trace, QHttpServerResponse(valid));
        Error error = preset.error();
        if (error.kind == ErrorKind::NotFound)
            error.message = unknownKeyMessage();
        return context->failure(trace, error);
    });
}

} // namespace Marquee::Http
