#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Marquee::Tests {

struct FakeRequest
{
    QByteArray method;
    QString target;                          // path + query as sent
    QString path;                            // decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;   // names lower-cased
};

struct FakeResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json;charset=utf-8");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct FakeKeys
{
    QString tmdb = QStringLiteral("test-tmdb-key");
    QString mdblist = QStringLiteral("test-mdblist-key");
};

// The upstream APIs themselves, answering from the title table: TMDB under /3, the image CDN under
// /t/p, MDBList under /mdblist. Pure request → response; faults and sockets live in FakeUpstream.
FakeResponse routeRequest(const FakeRequest &request, const FakeKeys &keys);

QByteArray reasonPhrase(int status);

} // namespace Marquee::Tests
