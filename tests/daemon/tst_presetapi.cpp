// The user-preset API (/api/presets) and user presets at /p/{name}/…: the contract the desktop app codes
// against (status codes, JSON shapes, canonical stored query), its auth rules, and that a changed or
// deleted preset never serves an old composite.
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include "core/storage/storage.h"
#include "tests/daemon/daemonharness.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::HttpReply;

namespace {

const QString AccessKey = QStringLiteral("operator-secret");

} // namespace

class tst_PresetApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void putGetListDelete();
    void storedQueryIsCanonical();
    void badRequests_data();
    void badRequests();
    void builtInNamesConflict_data();
    void builtInNamesConflict();
    void deleteAbsentIs404();
    void methodNotAllowed();
    void accessKeyRequiredWhenConfigured_data();
    void accessKeyRequiredWhenConfigured();
    void remoteClientsNeedAKey();
    void userPresetServedAtP();
    void builtInNameAlwaysWins();
    void changedPresetIsNotStale();
    void deletedPresetIs404();
    void listedInServerCaps();

private:
    HttpReply request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QUrl &base = {});
    HttpReply put(const QString &name, const QString &query);
    void start(const QString &accessKey = QString(), const QString &host = QStringLiteral("127.0.0.1"));

    DaemonHarness m_harness;
    QNetworkAccessManager m_network;
    QString m_key;
    int m_starts = 0;
};

void tst_PresetApi::start(const QString &accessKey, const QString &host)
{
    auto settings = m_harness.baseSettings();
    settings.accessKey = accessKey;
    settings.host = host;
    // A fresh database per test: presets saved by one test must not leak into the next.
    settings.cacheDir = m_harness.dir() + QStringLiteral("/cache-") + QString::number(++m_starts);
    m_key = accessKey;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

void tst_PresetApi::init()
{
    start();
}

HttpReply tst_PresetApi::request(const QByteArray &verb, const QString &path, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, const QUrl &base)
{
    QNetworkRequest request(base.isEmpty() ? m_harness.url(path) : base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    HttpReply result;
    result.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply tst_PresetApi::put(const QString &name, const QString &query)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!m_key.isEmpty())
        headers.append({QByteArrayLiteral("X-Access-Key"), m_key.toUtf8()});
    return request("PUT", QStringLiteral("/api/presets/") + name, body, headers);
}

void tst_PresetApi::putGetListDelete()
{
    const HttpReply saved = put(QStringLiteral("my_look"), QStringLiteral("rating_display_mode=4"));
    QVERIFY2(saved.status == 200, qPrintable(saved.describe()));
    QCOMPARE(saved.json().value(QStringLiteral("name")).toString(), QStringLiteral("my_look"));
    QVERIFY(saved.json().value(QStringLiteral("query")).toString().contains(QLatin1String("rating_display_mode=4")));
    QVERIFY(saved.json().value(QStringLiteral("updated_at")).toInteger() > 1600000000);
    QCOMPARE(saved.header("cache-control"), QByteArray("no-store"));

    QVERIFY(put(QStringLiteral("another-1"), QString()).status == 200);
    const HttpReply list = request("GET", QStringLiteral("/api/presets"));
    QVERIFY2(list.status == 200, qPrintable(list.describe()));
    const QJsonArray presets = list.json().value(QStringLiteral("presets")).toArray();
    QCOMPARE(presets.size(), 2);
    QCOMPARE(presets.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("another-1"));
    QCOMPARE(presets.at(1).toObject(), saved.json());

    const HttpReply one = request("GET", QStringLiteral("/api/presets/my_look"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json(), saved.json());

    const HttpReply removed = request("DELETE", QStringLiteral("/api/presets/my_look"));
    QCOMPARE(removed.status, 204);
    QVERIFY(removed.body.isEmpty());
    QCOMPARE(request("GET", QStringLiteral("/api/presets/my_look")).status, 404);
    QCOMPARE(request("GET", QStringLiteral("/api/presets")).json().value(QStringLiteral("presets")).toArray().size(), 1);
}

void tst_PresetApi::storedQueryIsCanonical()
{
    const HttpReply saved = put(QStringLiteral("canon"),
                                QStringLiteral("tmdb_key=SECRET&access_key=KEY&mdblist_key=M&rating_display_mode=1"
                                               "&sash_mode=notch&combined_badge_min_score=4"));
    QVERIFY2(saved.status == 200, qPrintable(saved.describe()));
    const QString query = saved.json().value(QStringLiteral("query")).toString();
    QVERIFY2(!query.contains(QLatin1String("SECRET")) && !query.contains(QLatin1String("KEY"))
                 && !query.contains(QLatin1String("mdblist_key")),
             qPrintable(query));
    QVERIFY2(!query.contains(QLatin1String("rating_display_mode")), qPrintable(query));  // the default
    QVERIFY2(query.contains(QLatin1String("sash_mode=notch")), qPrintable(query));
    QVERIFY2(query.contains(QLatin1String("badge_min_score=4")), qPrintable(query));  // alias → name
    const auto row = m_harness.daemon()->storage().userPreset(QStringLiteral("canon"));
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->query, query);
}

void tst_PresetApi::badRequests_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    const QString nameRule = QStringLiteral("A preset name is 1–40 characters of a–z, 0–9, '_' or '-'");
    QTest::newRow("upper-case name") << QStringLiteral("MyLook") << QByteArray(R"({"query":""})") << nameRule;
    QTest::newRow("long name") << QString(41, QLatin1Char('a')) << QByteArray(R"({"query":""})") << nameRule;
    QTest::newRow("dot in name") << QStringLiteral("my.look") << QByteArray(R"({"query":""})") << nameRule;
    QTest::newRow("not json") << QStringLiteral("ok") << QByteArray("rating_display_mode=4")
                              << QStringLiteral("The body must be a JSON object like {\"query\": \"rating_display_mode=4\"}");
    QTest::newRow("array body") << QStringLiteral("ok") << QByteArray("[]")
                                << QStringLiteral("The body must be a JSON object like {\"query\": \"rating_display_mode=4\"}");
    QTest::newRow("query not a string") << QStringLiteral("ok") << QByteArray(R"({"query":4})")
                                        << QStringLiteral("The body needs a string field \"query\"");
    QTest::newRow("unknown parameter") << QStringLiteral("ok") << QByteArray(R"({"query":"colour=red"})")
                                       << QStringLiteral("Unknown parameter 'colour' in the preset query");
    QTest::newRow("huge body") << QStringLiteral("ok") << QByteArray(20000, ' ')
                               << QStringLiteral("The request body is larger than 16 KiB");
}

void tst_PresetApi::badRequests()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const HttpReply reply = request("PUT", QStringLiteral("/api/presets/") + name, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), detail);
    QCOMPARE(request("GET", QStringLiteral("/api/presets")).json().value(QStringLiteral("presets")).toArray().size(), 0);
}

void tst_PresetApi::builtInNamesConflict_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("current") << QStringLiteral("bar_notch");
    QTest::newRow("retired") << QStringLiteral("frosted_notch");
}

void tst_PresetApi::builtInNamesConflict()
{
    QFETCH(QString, name);
    const HttpReply reply = put(name, QStringLiteral("rating_display_mode=0"));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), QStringLiteral("'%1' is a built-in preset id; choose another name").arg(name));
}

void tst_PresetApi::deleteAbsentIs404()
{
    const HttpReply reply = request("DELETE", QStringLiteral("/api/presets/nothing"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.detail(), QStringLiteral("No user preset named 'nothing'"));
}

void tst_PresetApi::methodNotAllowed()
{
    const HttpReply onItem = request("POST", QStringLiteral("/api/presets/x"), QByteArray("{}"));
    QCOMPARE(onItem.status, 405);
    QCOMPARE(onItem.header("allow"), QByteArray("GET, PUT, DELETE"));
    const HttpReply onList = request("DELETE", QStringLiteral("/api/presets"));
    QCOMPARE(onList.status, 405);
    QCOMPARE(onList.header("allow"), QByteArray("GET"));
}

void tst_PresetApi::accessKeyRequiredWhenConfigured_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("no key") << QByteArray() << QString() << 403;
    QTest::newRow("wrong header") << QByteArray("nope") << QString() << 403;
    QTest::newRow("non-ascii header") << QByteArray("cl\xc3\xa9") << QString() << 403;
    QTest::newRow("wrong query key") << QByteArray() << QStringLiteral("?access_key=nope") << 403;
    QTest::newRow("header") << AccessKey.toUtf8() << QString() << 200;
    QTest::newRow("query key") << QByteArray() << QStringLiteral("?access_key=") + AccessKey << 200;
}

void tst_PresetApi::accessKeyRequiredWhenConfigured()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, query);
    QFETCH(int, status);
    start(AccessKey);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({QByteArrayLiteral("X-Access-Key"), header});
    const HttpReply reply = request("GET", QStringLiteral("/api/presets") + query, {}, headers);
    QCOMPARE(reply.status, status);
    if (status == 403) {
        QCOMPARE(reply.detail(), QStringLiteral("Unauthorized, your access key is not valid for this instance."));
        QVERIFY(!reply.body.contains(AccessKey.toUtf8()));
    }
}

void tst_PresetApi::remoteClientsNeedAKey()
{
    QHostAddress lan;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            lan = address;
            break;
        }
    }
    if (lan.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to connect from");
    start(QString(), lan.toString());
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(lan.toString());
    base.setPort(m_harness.daemon()->port());
    const HttpReply reply = request("GET", QStringLiteral("/api/presets"), {}, {}, base);
    QCOMPARE(reply.status, 403);
    QVERIFY2(reply.detail().contains(QLatin1String("only answers clients on this machine")), qPrintable(reply.detail()));
    // Posters and the page stay reachable from the network: only the API is loopback-only.
    QCOMPARE(request("GET", QStringLiteral("/server-caps"), {}, {}, base).status, 200);
}

void tst_PresetApi::userPresetServedAtP()
{
    QVERIFY(put(QStringLiteral("mine"), QStringLiteral("rating_display_mode=4&sash_mode=hidden")).status == 200);
    const HttpReply poster = m_harness.get(QStringLiteral("/p/mine/movie/tt90000001.jpg"));
    QVERIFY2(poster.status == 200, qPrintable(poster.describe()));
    QCOMPARE(poster.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(poster.image().size(), QSize(500, 750));
    // A user preset can change under its URL: no long public TTL, but an ETag to revalidate.
    QVERIFY(!poster.header("cache-control").contains("max-age=86400"));
    QVERIFY(poster.hasHeader("etag"));
    // It is the same look as the equivalent /poster URL, so it shares its composite.
    const HttpReply same = m_harness.get(
        QStringLiteral("/poster?imdb_id=tt90000001&tmdb_id=90000001&type=movie&rating_display_mode=4&sash_mode=hidden"));
    QVERIFY2(same.status == 200, qPrintable(same.describe()));
    QCOMPARE(same.header("etag"), poster.header("etag"));

    const HttpReply landscape = m_harness.get(QStringLiteral("/p/mine/movie/tt90000001.jpg?shape=landscape"));
    QVERIFY2(landscape.status == 200, qPrintable(landscape.describe()));
    QCOMPARE(landscape.image().size(), QSize(1000, 563));
}

void tst_PresetApi::builtInNameAlwaysWins()
{
    // Even a row written behind the API's back cannot shadow a built-in id.
    QVERIFY(m_harness.daemon()->storage().putUserPreset({QStringLiteral("bar_notch"), QStringLiteral("rating_display_mode=0"), 1}));
    const HttpReply builtIn = m_harness.get(QStringLiteral("/p/bar_notch/movie/tt90000001.jpg"));
    QVERIFY2(builtIn.status == 200, qPrintable(builtIn.describe()));
    const HttpReply hidden = m_harness.get(QStringLiteral("/poster?imdb_id=tt90000001&tmdb_id=90000001&rating_display_mode=0"));
    QVERIFY(hidden.status == 200);
    QVERIFY(builtIn.header("etag") != hidden.header("etag"));
    QVERIFY(builtIn.header("cache-control").startsWith("public"));
}

void tst_PresetApi::changedPresetIsNotStale()
{
    QVERIFY(put(QStringLiteral("shifty"), QStringLiteral("rating_display_mode=2")).status == 200);
    const HttpReply before = m_harness.get(QStringLiteral("/p/shifty/movie/tt90000002.jpg"));
    QVERIFY2(before.status == 200, qPrintable(before.describe()));
    QVERIFY(put(QStringLiteral("shifty"), QStringLiteral("rating_display_mode=3")).status == 200);
    const HttpReply after = m_harness.get(QStringLiteral("/p/shifty/movie/tt90000002.jpg"),
                                          {{QByteArrayLiteral("If-None-Match"), before.header("etag")}});
    QVERIFY2(after.status == 200, qPrintable(after.describe()));  // not a 304 for the old look
    QVERIFY(after.header("etag") != before.header("etag"));
    QVERIFY(after.body != before.body);
}

void tst_PresetApi::deletedPresetIs404()
{
    QVERIFY(put(QStringLiteral("brief"), QStringLiteral("rating_display_mode=2")).status == 200);
    QCOMPARE(m_harness.get(QStringLiteral("/p/brief/movie/tt90000001.jpg")).status, 200);
    QCOMPARE(request("DELETE", QStringLiteral("/api/presets/brief")).status, 204);
    const HttpReply gone = m_harness.get(QStringLiteral("/p/brief/movie/tt90000001.jpg"));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.detail(), QStringLiteral("Unknown preset 'brief'"));
}

void tst_PresetApi::listedInServerCaps()
{
    QVERIFY(put(QStringLiteral("listed"), QStringLiteral("sash_mode=notch")).status == 200);
    const QJsonObject caps = m_harness.get(QStringLiteral("/server-caps")).json();
    const QJsonArray users = caps.value(QStringLiteral("user_presets")).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("listed"));
    QVERIFY(users.at(0).toObject().value(QStringLiteral("query")).toString().contains(QLatin1String("sash_mode=notch")));
    // Built-ins carry their parameters too, so the configurators can load them.
    const QJsonArray builtIns = caps.value(QStringLiteral("presets")).toArray();
    QVERIFY(!builtIns.isEmpty());
    QVERIFY(builtIns.at(0).toObject().value(QStringLiteral("query")).toString().contains(QLatin1String("rating_display_mode=")));
}

QTEST_MAIN(tst_PresetApi)
#include "tst_presetapi.moc"
