#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// GET /server-caps (reference §1.4): what this server can do and its exact render defaults, so the
// web configurator and the desktop app omit parameters equal to them (Appendix B 4). Marquee adds a
// `params` array describing every parameter (type, range, choices, group, aliases) from which both
// clients build their controls.
class CapsRoute
{
public:
    explicit CapsRoute(const RouteContext &context);

    void registerOn(QHttpServer &server) const;
    QHttpServerResponse serverCaps(const QHttpServerRequest &request) const;

    // The document for a caller presenting `suppliedKey` (public for tests and the app's in-process use).
    QJsonObject caps(const QString &suppliedKey) const;

    QJsonObject paramDefaults() const;
    QJsonArray paramDescriptions() const;

private:
    const RouteContext &m_context;
};

} // namespace Marquee::Http
