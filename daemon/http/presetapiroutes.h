#pragma once

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "core/storage/storage.h"
#include "core/util/error.h"
#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// The user-preset API the desktop app and the web page save looks through (marquee.md §3):
//
//   GET    /api/presets          → 200 {"presets":[{"name","query","updated_at"}]} sorted by name
//   GET    /api/presets/{name}   → 200 {"name","query","updated_at"}, 404
//   PUT    /api/presets/{name}   body {"query":"rating_display_mode=4&…"} → 200 the stored object;
//                                 400 bad name / body / query, 409 a built-in or retired preset id
//   DELETE /api/presets/{name}   → 204, 404 when absent
//
// Auth: the operator's ACCESS_KEY in `X-Access-Key` or `?access_key=` (constant time); when no
// ACCESS_KEY is configured only loopback clients may use it (403 otherwise), because a preset served
// at /p/{name}/… is visible to everyone. Storage work runs on the proxy pool, never the HTTP thread.
class PresetApiRoutes
{
public:
    static constexpr qsizetype MaxBodyBytes = 16 * 1024;

    explicit PresetApiRoutes(const RouteContext &context);

    void registerOn(QHttpServer &server) const;

    QFuture<QHttpServerResponse> collection(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> item(const QString &name, const QHttpServerRequest &request) const;

    static QJsonObject toJson(const Storage::UserPresetRow &row);
    // Every user preset as toJson() objects, for /server-caps; empty (and logged) when Storage fails.
    static QJsonArray userPresetList(Storage::Storage &storage);
    // The query of a PUT body: InvalidInput unless it is a JSON object with a string "query".
    static Result<QString> queryFromBody(const QByteArray &body);

private:
    VoidResult authorize(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> put(const QString &name, const QByteArray &body, const RequestTrace &trace) const;
    QFuture<QHttpServerResponse> get(const QString &name, const RequestTrace &trace) const;
    QFuture<QHttpServerResponse> remove(const QString &name, const RequestTrace &trace) const;

    const RouteContext &m_context;
};

} // namespace Marquee::Http
