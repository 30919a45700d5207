#include "daemon/http/capsroute.h"

#include <QHttpServer>
#include <QUrlQuery>

#include "core/config/paramregistry.h"
#include "core/config/renderconfig.h"
#include "core/presets/presetcatalog.h"
#include "daemon/http/presetapiroutes.h"

namespace Marquee::Http {

namespace {

QString typeName(Config::ParamType type)
{
    using T = Config::ParamType;
    switch (type) {
    case T::Int:
        return QStringLiteral("int");
    case T::Real:
        return QStringLiteral("real");
    case T::Bool:
        return QStringLiteral("bool");
    case T::Choice:
        return QStringLiteral("choice");
    case T::Color:
        return QStringLiteral("color");
    case T::ColorOrWord:
        return QStringLiteral("color_or_word");
    case T::Text:
        return QStringLiteral("text");
    case T::SashPriority:
        return QStringLiteral("sash_priority");
    case T::Weights:
        return QStringLiteral("weights");
    case T::Palette:
        break;
    }
    return QStringLiteral("palette");
}

// Numbers and booleans stay typed for the clients' controls; everything else is its URL spelling.
QJsonValue typedDefault(const Config::ParamSpec &spec, const Config::RenderConfig &defaults)
{
    switch (spec.type) {
    case Config::ParamType::Int:
        return defaults.integer(spec.id);
    case Config::ParamType::Real:
        return defaults.real(spec.id);
    case Config::ParamType::Bool:
        return defaults.flag(spec.id);
    default:
        break;
    }
    return defaults.formatted(spec.id);
}

QJsonValue rangeBound(const Config::ParamSpec &spec, double bound)
{
    if (spec.type == Config::ParamType::Int)
        return static_cast<qint64>(bound);
    if (spec.type == Config::ParamType::Real)
        return bound;
    return QJsonValue::Null;
}

QJsonArray presetList()
{
    QJsonArray list;
    for (const Presets::Preset &preset : Presets::PresetCatalog::current()) {
        list.append(QJsonObject{
            {QStringLiteral("id"), preset.id},
            {QStringLiteral("name"), preset.name},
            {QStringLiteral("description"), preset.description},
            // The parameters, so the configurators can load a preset into their controls.
            {QStringLiteral("query"), preset.params.toString(QUrl::FullyEncoded)},
        });
    }
    return list;
}

} // namespace

CapsRoute::CapsRoute(const RouteContext &context)
    : m_context(context)
{
}

void CapsRoute::registerOn(QHttpServer &server) const
{
    server.route(QStringLiteral("/server-caps"), [this](const QHttpServerRequest &request) {
        return serverCaps(request);
    });
}

QHttpServerResponse CapsRoute::serverCaps(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.finish(trace, RouteContext::methodNotAllowed());
    const QString key = RouteContext::accessKey(request.query());
    if (const VoidResult allowed = m_context.gate.check(AccessGate::Route::ServerCaps, key); !allowed)
        return m_context.failure(trace, allowed.error());
    return m_context.finish(trace, QHttpServerResponse(caps(key)));
}

QJsonObject CapsRoute::paramDefaults() const
{
    const Config::RenderConfig defaults = m_context.settings.renderDefaults();
    QJsonObject object;
    for (const Config::ParamSpec &spec : Config::ParamRegistry::all()) {
        if (spec.published)
            object.insert(spec.name, defaults.formatted(spec.id));
    }
    return object;
}

QJsonArray CapsRoute::paramDescriptions() const
{
    const Config::RenderConfig defaults = m_context.settings.renderDefaults();
    QJsonArray list;
    for (const Config::ParamSpec &spec : Config::ParamRegistry::all()) {
        list.append(QJsonObject{
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("type"), typeName(spec.type)},
            {QStringLiteral("default"), typedDefault(spec, defaults)},
            {QStringLiteral("min"), rangeBound(spec, spec.min)},
            {QStringLiteral("max"), rangeBound(spec, spec.max)},
            {QStringLiteral("choices"), QJsonArray::fromStringList(spec.choices)},
            {QStringLiteral("group"), Config::ParamRegistry::groupName(spec.group)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(spec.aliases)},
            {QStringLiteral("published"), spec.published},
        });
    }
    return list;
}

QJsonObject CapsRoute::caps(const QString &suppliedKey) const
{
    const Config::ServerSettings &settings = m_context.settings;
    const bool presetEnabled = m_context.gate.presetEnabled();
    return QJsonObject{
        {QStringLiteral("tmdb_key_set"), !settings.tmdbApiKey.isEmpty()},
        {QStringLiteral("mdblist_key_set"), !settings.mdblistApiKeys.isEmpty()},
        {QStringLiteral("mdblist_key_count"), static_cast<int>(settings.mdblistApiKeys.size())},
        // Quality sources, trending and the IMDb dataset are not part of this build yet.
        {QStringLiteral("aiostreams_configured"), false},
        {QStringLiteral("quality_source"), QJsonValue::Null},
        {QStringLiteral("quality_configured"), false},
        {QStringLiteral("trending_fetch_count"), QJsonValue::Null},
        {QStringLiteral("trending_fetch_time"), QJsonValue::Null},
        {QStringLiteral("trending_fetch_timezone"), QJsonValue::Null},
        {QStringLiteral("trending_next_refresh_hours"), QJsonValue::Null},
        {QStringLiteral("param_defaults"), paramDefaults()},
        {QStringLiteral("never_omitted_params"),
         QJsonArray::fromStringList(Config::ParamRegistry::neverOmittedParams())},
        {QStringLiteral("sash_priority_default"),
         QJsonArray::fromStringList(Config::ParamRegistry::defaultSashPriority())},
        {QStringLiteral("sash_priority_diff_seed"), QStringLiteral("default")},
        {QStringLiteral("imdb_dataset_enabled"), false},
        {QStringLiteral("imdb_dataset_titles"), 0},
        {QStringLiteral("preset_enabled"), presetEnabled},
        {QStringLiteral("presets"), presetEnabled ? presetList() : QJsonArray()},
        // Served at /p/{name}/… beside the built-ins (a small indexed read; caps is not a hot path).
        {QStringLiteral("user_presets"), presetEnabled ? PresetApiRoutes::userPresetList(m_context.storage) : QJsonArray()},
        {QStringLiteral("access_key_valid"), m_context.gate.operatorAccess(suppliedKey)},
        {QStringLiteral("version"), QStringLiteral(MARQUEE_VERSION)},
        {QStringLiteral("poster_resolve_imdb"), settings.posterResolveImdb},
        {QStringLiteral("params"), paramDescriptions()},
    };
}

} // namespace Marquee::Http
