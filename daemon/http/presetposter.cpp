#include "daemon/http/presetposter.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include "core/config/posterquery.h"
#include "core/presets/presetresolver.h"
#include "daemon/http/cacheheaders.h"

namespace Marquee::Http {

namespace {

const QString DefaultPrimaryClient = QStringLiteral("stremio_tv_nuvio");

struct Source
{
    QUrlQuery params;
    CacheHeaders::Route route = CacheHeaders::Route::Poster;
};

Result<Source> resolveSource(const RouteContext &context, const QString &presetName)
{
    if (presetName.isEmpty())
        return Source{};  // the operator's key: the server's default look
    const auto preset = Presets::PresetResolver(context.storage).resolve(presetName);
    if (!preset)
        return fail(preset.error());
    return Source{preset->params, preset->builtIn ? CacheHeaders::Route::Preset : CacheHeaders::Route::Poster};
}

Result<Pipeline::PosterResult> produce(const RouteContext &context, Pipeline::PosterRequest request, bool guessType)
{
    Result<Pipeline::PosterResult> result = context.pipeline.produce(request);
    // RPDB's imdb ids carry no type: a title that is no film (TMDB's 404, or a local series that a
    // keyless server cannot look up as a film) may be a series. Other failures are not retried.
    const bool retryable = !result
        && (result.error().kind == ErrorKind::NotFound || result.error().kind == ErrorKind::NotConfigured);
    if (retryable && guessType && request.query.title.type == MediaType::Movie) {
        request.query.title.type = MediaType::Tv;
        Result<Pipeline::PosterResult> asSeries = context.pipeline.produce(request);
        if (asSeries)
            return asSeries;
    }
    return result;
}

} // namespace

PresetPoster::Look PresetPoster::look(QUrlQuery params, bool landscape, const QString &language,
                                      const Config::ServerSettings &settings)
{
    if (landscape) {
        params.removeAllQueryItems(QStringLiteral("shape"));
        params.addQueryItem(QStringLiteral("shape"), QStringLiteral("landscape"));
    }
    if (!language.isEmpty() && !params.hasQueryItem(QStringLiteral("logo_language")))
        params.addQueryItem(QStringLiteral("logo_language"), language);
    Look look;
    look.config = Config::RenderConfig::fromQuery(params);
    look.primaryClient = params.queryItemValue(QStringLiteral("primary_client"));
    if (look.primaryClient.isEmpty())
        look.primaryClient = DefaultPrimaryClient;
    Config::applyClientInsets(look.config, look.primaryClient, params);
    Config::applyDefaultLogoLanguage(look.config, settings.defaultLogoLanguage, params);
    return look;
}

Pipeline::PosterRequest PresetPoster::request(const QUrlQuery &presetParams, const PresetTarget &target,
                                              const Config::ServerSettings &settings)
{
    Look look = PresetPoster::look(presetParams, target.landscape, target.language, settings);
    Pipeline::PosterRequest request;
    Config::PosterQuery &query = request.query;
    query.title = target.title;
    query.config = std::move(look.config);
    query.primaryClient = std::move(look.primaryClient);
    query.accessKey = target.accessKey;
    query.nocache = target.nocache;
    request.format = target.format;
    request.presetRoute = true;  // cached data in the foreground, like /p
    return request;
}

QFuture<QHttpServerResponse> PresetPoster::serve(const RouteContext &context, const QString &presetName,
                                                 const PresetTarget &target, const RequestTrace &trace,
                                                 const QByteArray &ifNoneMatch, const QString &unknownMessage)
{
    const RouteContext *ctx = &context;
    return QtConcurrent::run(&context.renderPool, [ctx, presetName, target, trace, ifNoneMatch, unknownMessage] {
        const Result<Source> source = resolveSource(*ctx, presetName);
        if (!source) {
            Error error = source.error();
            if (error.kind == ErrorKind::NotFound && !unknownMessage.isEmpty())
                error.message = unknownMessage;
            return ctx->failure(trace, error);
        }
        const Pipeline::PosterRequest posterRequest = request(source->params, target, ctx->settings);
        const Result<Pipeline::PosterResult> result = produce(*ctx, posterRequest, target.guessType);
        if (!result)
            return ctx->failure(trace, result.error());
        return ctx->finish(trace, ctx->cacheHeaders.respond(*result, source->route, ifNoneMatch,
                                                            QDateTime::currentSecsSinceEpoch()));
    });
}

} // namespace Marquee::Http
