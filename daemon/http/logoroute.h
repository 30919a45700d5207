#pragma once

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

#include "daemon/http/routecontext.h"

class QHttpServer;
class QUrlQuery;

namespace Marquee::Http {

// GET /logo?tmdb_id=&type=movie&lang=en&imdb_id=&tmdb_key=&access_key= (reference §1.6): the title's
// best logo as PNG. Operator-gated like /poster; ids and type are validated with /poster's messages.
// The lookup may go upstream, so it runs on the render pool and holds a render slot there.
class LogoRoute
{
public:
    explicit LogoRoute(const RouteContext &context);

    void registerOn(QHttpServer &server) const;

    QFuture<QHttpServerResponse> logo(const QHttpServerRequest &request) const;

    // `lang` when it looks like a language code ("en", "pt-BR"), else the server's default logo language.
    static QString language(const QString &requested, const QString &serverDefault);

private:
    const RouteContext &m_context;
};

} // namespace Marquee::Http
