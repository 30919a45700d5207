#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// The web configurator (marquee.md §3, reference §1.5, §7): one self-contained page compiled into the
// daemon from resources/web (:/marquee/web), served at
//
//   GET /                          index.html — Cache-Control: no-cache, must-revalidate; ETag; 304
//   GET /web/{file}?v={version}    configurator.js / .css / icon.svg — immutable for a year when ?v=
//                                  names the current content, otherwise no-cache + ETag
//
// index.html references its assets with ?v= set to a hash of their content, so a daemon upgrade is
// never masked by a cached script. Gate: like /server-caps (403 only with ACCESS_KEY set, presets off
// and no valid ?access_key=), because the page itself is the same for everyone and it is /server-caps
// that decides whether it unlocks (reference §7.8). Every answer carries a Content-Security-Policy
// allowing only this origin, so the page can never make a request anywhere else.
class WebRoute
{
public:
    struct Asset
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;     // quoted, first 16 hex of SHA-256
        QByteArray version;  // unquoted etag, for ?v=
    };

    explicit WebRoute(const RouteContext &context);

    void registerOn(QHttpServer &server) const;

    QHttpServerResponse page(const QHttpServerRequest &request) const;
    QHttpServerResponse asset(const QString &name, const QHttpServerRequest &request) const;

    // The loaded files by name ("index.html", "configurator.js"…); empty when the resource is missing.
    const QHash<QString, Asset> &assets() const { return m_assets; }
    static QByteArray contentType(const QString &fileName);
    static QByteArray securityPolicy();

private:
    void load();
    QHttpServerResponse respond(const Asset &asset, const QByteArray &cacheControl,
                                const QHttpServerRequest &request) const;

    const RouteContext &m_context;
    QHash<QString, Asset> m_assets;
};

} // namespace Marquee::Http
