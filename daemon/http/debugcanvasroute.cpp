#include "daemon/http/debugcanvasroute.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHttpServer>
#include <QMutexLocker>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "core/config/renderconfig.h"
#include "core/render/posterrenderer.h"
#include "core/render/renderinputs.h"
#include "daemon/http/deferredresponder.h"

namespace Marquee::Http {

namespace {

// The reference's debug genre map (§1.8); anything else draws the default tint.
const QStringList KnownGenres = {
    QStringLiteral("Action"),   QStringLiteral("Adventure"), QStringLiteral("Animation"),
    QStringLiteral("Comedy"),   QStringLiteral("Crime"),     QStringLiteral("Documentary"),
    QStringLiteral("Drama"),    QStringLiteral("Family"),    QStringLiteral("Fantasy"),
    QStringLiteral("History"),  QStringLiteral("Horror"),    QStringLiteral("Music"),
    QStringLiteral("Mystery"),  QStringLiteral("Romance"),   QStringLiteral("Sci-Fi"),
    QStringLiteral("Thriller"), QStringLiteral("War"),       QStringLiteral("Western"),
};

const QString UnknownGenre = QStringLiteral("Unknown");
const QString DefaultTitle = QStringLiteral("Sample Title");
const QString DefaultStyle = QStringLiteral("minimal");
constexpr int MaxYearDigits = 4;
constexpr int MaxScore = 100;

QString value(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

QString canonicalGenre(const QString &raw)
{
    for (const QString &genre : KnownGenres) {
        if (genre.compare(raw, Qt::CaseInsensitive) == 0)
            return genre;
    }
    return UnknownGenre;
}

} // namespace

DebugCanvasRoute::DebugCanvasRoute(const RouteContext &context, const Render::PosterRenderer &renderer)
    : m_context(context)
    , m_renderer(renderer)
    , m_encoder(context.settings.jpegQuality, context.settings.webpQuality)
{
    m_clock.start();
}

void DebugCanvasRoute::registerOn(QHttpServer &server)
{
    QHttpServer *context = &server;
    server.route(QStringLiteral("/debug/canvas"),
                 [this, context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), canvas(request));
                 });
}

Result<DebugCanvasRoute::Params> DebugCanvasRoute::parse(const QUrlQuery &query)
{
    Params params;
    params.title = value(query, QStringLiteral("title"));
    if (params.title.size() > MaxTitleLength)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Http::DebugCanvasRoute", "Title too long"));
    if (params.title.isEmpty())
        params.title = DefaultTitle;
    params.genre = canonicalGenre(value(query, QStringLiteral("genre")));
    const QString style = value(query, QStringLiteral("style")).toLower();
    params.style = style == QLatin1String("photoreal") ? style : DefaultStyle;
    const QString year = value(query, QStringLiteral("year"));
    if (allDigits(year) && year.size() <= MaxYearDigits)
        params.year = year.toInt();
    const QString score = value(query, QStringLiteral("score"));
    // Digits only: "84.5", "-3" or "abc" draw no score at all, never a guess.
    if (allDigits(score) && score.size() <= 3 && score.toInt() <= MaxScore)
        params.score = score.toInt();
    return params;
}

QString DebugCanvasRoute::cacheKey(const Params &params, Pipeline::ImageFormat format)
{
    const QString score = params.score ? QString::number(*params.score) : QStringLiteral("-");
    const QString encoding = format == Pipeline::ImageFormat::WebP ? QStringLiteral("webp") : QStringLiteral("jpeg");
    // The title goes last: it is the only part that may contain the separator.
    return params.genre % QLatin1Char('|') % params.style % QLatin1Char('|') % QString::number(params.year)
           % QLatin1Char('|') % score % QLatin1Char('|') % encoding % QLatin1Char('|') % params.title;
}

QFuture<QHttpServerResponse> DebugCanvasRoute::canvas(const QHttpServerRequest &request)
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());

    const QUrlQuery query = request.query();
    if (const VoidResult allowed = m_context.gate.check(AccessGate::Route::Poster, RouteContext::accessKey(query));
        !allowed)
        return m_context.failed(trace, allowed.error());
    const Result<Params> params = parse(query);
    if (!params)
        return m_context.failed(trace, params.error());

    const Pipeline::ImageFormat format = Pipeline::negotiateFormat(m_context.settings.imageFormat,
                                                                   request.value(QByteArrayLiteral("accept")));
    const QString key = cacheKey(*params, format);
    if (const auto hit = cached(key))
        return m_context.ready(trace, respond(format, *hit));

    return QtConcurrent::run(&m_context.renderPool, [this, params = *params, format, key, trace]() {
        const Result<QByteArray> bytes = render(params, format);
        if (!bytes)
            return m_context.failure(trace, bytes.error());
        store(key, *bytes);
        return m_context.finish(trace, respond(format, *bytes));
    });
}

Result<QByteArray> DebugCanvasRoute::render(const Params &params, Pipeline::ImageFormat format) const
{
    Config::RenderConfig config;  // the server's defaults; only the background style is the caller's
    config.setValue(Config::Param::FallbackBgStyle, params.style);
    Render::RenderInputs inputs;
    inputs.title = params.title;
    inputs.genre = params.genre;
    inputs.year = params.year;
    inputs.score = params.score;
    return m_encoder.encode(m_renderer.render(inputs, config), format);
}

QHttpServerResponse DebugCanvasRoute::respond(Pipeline::ImageFormat format, const QByteArray &bytes)
{
    QHttpServerResponse response(Pipeline::mimeType(format), bytes);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=300"));
    return response;
}

std::optional<QByteArray> DebugCanvasRoute::cached(const QString &key)
{
    QMutexLocker locker(&m_cacheLock);
    const auto found = m_cache.constFind(key);
    if (found == m_cache.cend())
        return std::nullopt;
    if (found->expiresAtMs <= m_clock.elapsed()) {
        m_cache.erase(found);
        return std::nullopt;
    }
    return found->bytes;
}

void DebugCanvasRoute::store(const QString &key, const QByteArray &bytes)
{
    QMutexLocker locker(&m_cacheLock);
    const qint64 now = m_clock.elapsed();
    m_cache.removeIf([now](QHash<QString, CacheEntry>::iterator entry) { return entry->expiresAtMs <= now; });
    if (m_cache.size() >= CacheCapacity && !m_cache.contains(key)) {
        // Full of live entries: the one closest to expiry (the oldest) makes room.
        const auto oldest = std::min_element(m_cache.cbegin(), m_cache.cend(),
                                             [](const CacheEntry &a, const CacheEntry &b) {
                                                 return a.expiresAtMs < b.expiresAtMs;
                                             });
        m_cache.erase(oldest);
    }
    m_cache.insert(key, CacheEntry{bytes, now + CacheTtlMs});
}

} // namespace Marquee::Http
