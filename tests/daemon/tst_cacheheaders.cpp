// CacheHeaders: every Cache-Control rule of reference §1.2/§1.3 as a table, plus ETag/304 behaviour.
#include <QHttpServerResponse>
#include <QTest>

#include "daemon/http/cacheheaders.h"

using Marquee::Config::ServerSettings;
using Marquee::Http::CacheHeaders;
using Marquee::Pipeline::PosterResult;

namespace {

constexpr qint64 Now = 1'700'000'000;
const QByteArray NoStore = QByteArrayLiteral("no-store, no-cache, must-revalidate");
const QByteArray None = QByteArrayLiteral("<none>");

PosterResult makeResult(bool provisional, bool oneOff, bool persisted, qint64 expiresIn)
{
    PosterResult result;
    result.bytes = QByteArrayLiteral("poster-bytes");
    result.mimeType = QByteArrayLiteral("image/jpeg");
    result.provisional = provisional;
    result.oneOff = oneOff;
    result.persisted = persisted;
    result.expiresAt = expiresIn == 0 ? 0 : Now + expiresIn;
    result.etag = (provisional || oneOff) ? QByteArray() : QByteArrayLiteral("\"0123456789abcdef\"");
    return result;
}

QByteArray headerValue(const CacheHeaders::HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first == name)
            return header.second;
    }
    return None;
}

QByteArray responseHeader(const QHttpServerResponse &response, const QByteArray &name)
{
    const QList<QByteArray> values = response.headers(name);
    return values.isEmpty() ? None : values.first();
}

} // namespace

class tst_CacheHeaders : public QObject
{
    Q_OBJECT

private slots:
    void cacheControl_data();
    void cacheControl();
    void provisionalHasNoEtagAndNever304();
    void etagAnd304();
    void etagMatching_data();
    void etagMatching();
    void varyAcceptOnlyForAuto_data();
    void varyAcceptOnlyForAuto();
    void contentTypeFromResult();
};

void tst_CacheHeaders::cacheControl_data()
{
    QTest::addColumn<bool>("preset");
    QTest::addColumn<QString>("cdnTtl");
    QTest::addColumn<int>("presetTtl");
    QTest::addColumn<bool>("disableCache");
    QTest::addColumn<bool>("provisional");
    QTest::addColumn<bool>("oneOff");
    QTest::addColumn<bool>("persisted");
    QTest::addColumn<qint64>("expiresIn");  // 0 = no deadline
    QTest::addColumn<QByteArray>("expected");

    // /poster
    QTest::newRow("poster unset ttl → none") << false << "" << 86400 << false << false << false << true << qint64(500) << None;
    QTest::newRow("poster ttl 0 → none") << false << "0" << 86400 << false << false << false << true << qint64(500) << None;
    QTest::newRow("poster auto → remaining") << false << "auto" << 86400 << false << false << false << true << qint64(500)
                                            << QByteArray("public, max-age=500");
    QTest::newRow("poster AUTO case-insensitive") << false << "AUTO" << 86400 << false << false << false << true << qint64(42)
                                                 << QByteArray("public, max-age=42");
    QTest::newRow("poster auto without deadline → none") << false << "auto" << 86400 << false << false << false << false
                                                        << qint64(0) << None;
    QTest::newRow("poster N below remaining → N") << false << "300" << 86400 << false << false << false << true << qint64(500)
                                                 << QByteArray("public, max-age=300");
    QTest::newRow("poster N above remaining → remaining") << false << "3600" << 86400 << false << false << false << true
                                                         << qint64(500) << QByteArray("public, max-age=500");
    QTest::newRow("poster N without deadline → N") << false << "3600" << 86400 << false << false << false << false << qint64(0)
                                                  << QByteArray("public, max-age=3600");
    QTest::newRow("poster auto expired → revalidate") << false << "auto" << 86400 << false << false << false << true
                                                     << qint64(-10) << QByteArray("public, max-age=0, must-revalidate");
    QTest::newRow("poster N expired → revalidate") << false << "300" << 86400 << false << false << false << true << qint64(-1)
                                                  << QByteArray("public, max-age=0, must-revalidate");
    QTest::newRow("poster invalid ttl → none") << false << "soon" << 86400 << false << false << false << true << qint64(500)
                                              << None;
    QTest::newRow("poster provisional → no-store") << false << "auto" << 86400 << false << true << false << false << qint64(0)
                                                  << NoStore;
    QTest::newRow("poster provisional, ttl unset → no-store") << false << "" << 86400 << false << true << false << false
                                                             << qint64(0) << NoStore;
    QTest::newRow("poster one-off → no-store") << false << "300" << 86400 << false << false << true << false << qint64(0)
                                              << NoStore;
    QTest::newRow("poster DISABLE_COMPOSITE_CACHE → no-store") << false << "auto" << 86400 << true << false << false << false
                                                              << qint64(500) << NoStore;
    // /p
    QTest::newRow("preset persisted → min(ttl, remaining)") << true << "" << 86400 << false << false << false << true
                                                           << qint64(500) << QByteArray("public, max-age=500");
    QTest::newRow("preset persisted, far deadline → ttl") << true << "" << 86400 << false << false << false << true
                                                         << qint64(604800) << QByteArray("public, max-age=86400");
    QTest::newRow("preset persisted, no deadline → ttl") << true << "" << 86400 << false << false << false << true << qint64(0)
                                                        << QByteArray("public, max-age=86400");
    QTest::newRow("preset persisted, expired → revalidate") << true << "" << 86400 << false << false << false << true
                                                           << qint64(-5) << QByteArray("public, max-age=0, must-revalidate");
    QTest::newRow("preset not persisted → 60") << true << "" << 86400 << false << false << false << false << qint64(500)
                                              << QByteArray("public, max-age=60");
    QTest::newRow("preset provisional → 60") << true << "" << 86400 << false << true << false << false << qint64(0)
                                            << QByteArray("public, max-age=60");
    QTest::newRow("preset small ttl caps the 60") << true << "" << 30 << false << false << false << false << qint64(0)
                                                 << QByteArray("public, max-age=30");
    QTest::newRow("preset ttl 0 → none") << true << "" << 0 << false << false << false << true << qint64(500) << None;
    QTest::newRow("preset ignores CDN_CACHE_TTL") << true << "5" << 86400 << false << false << false << true << qint64(500)
                                                 << QByteArray("public, max-age=500");
    QTest::newRow("preset DISABLE_COMPOSITE_CACHE → no-store") << true << "" << 86400 << true << false << false << true
                                                              << qint64(500) << NoStore;
    QTest::newRow("preset one-off → no-store") << true << "" << 86400 << false << false << true << false << qint64(0)
                                              << NoStore;
}

void tst_CacheHeaders::cacheControl()
{
    QFETCH(bool, preset);
    QFETCH(QString, cdnTtl);
    QFETCH(int, presetTtl);
    QFETCH(bool, disableCache);
    QFETCH(bool, provisional);
    QFETCH(bool, oneOff);
    QFETCH(bool, persisted);
    QFETCH(qint64, expiresIn);
    QFETCH(QByteArray, expected);

    ServerSettings settings;
    settings.cdnCacheTtl = cdnTtl;
    settings.presetCdnCacheTtl = presetTtl;
    settings.disableCompositeCache = disableCache;
    const CacheHeaders headers(settings);
    const auto route = preset ? CacheHeaders::Route::Preset : CacheHeaders::Route::Poster;
    const PosterResult result = makeResult(provisional, oneOff, persisted, expiresIn);

    const CacheHeaders::HeaderList list = headers.headers(result, route, Now);
    QCOMPARE(headerValue(list, "Cache-Control"), expected);
    QCOMPARE(headerValue(list, "Pragma"), expected == NoStore ? QByteArray("no-cache") : None);
    // The response carries exactly the same headers.
    const QHttpServerResponse response = headers.respond(result, route, {}, Now);
    QCOMPARE(responseHeader(response, "Cache-Control"), expected);
}

void tst_CacheHeaders::provisionalHasNoEtagAndNever304()
{
    ServerSettings settings;
    settings.cdnCacheTtl = QStringLiteral("auto");
    const CacheHeaders headers(settings);
    for (const auto route : {CacheHeaders::Route::Poster, CacheHeaders::Route::Preset}) {
        PosterResult result = makeResult(true, false, false, 0);
        result.etag = QByteArrayLiteral("\"abc\"");  // even if the pipeline filled one in
        const QHttpServerResponse response = headers.respond(result, route, "\"abc\"", Now);
        QCOMPARE(response.statusCode(), QHttpServerResponse::StatusCode::Ok);
        QCOMPARE(responseHeader(response, "ETag"), None);
        QCOMPARE(response.data(), result.bytes);
    }
    PosterResult oneOff = makeResult(false, true, false, 0);
    oneOff.etag = QByteArrayLiteral("\"abc\"");
    const QHttpServerResponse response = headers.respond(oneOff, CacheHeaders::Route::Poster, "\"abc\"", Now);
    QCOMPARE(response.statusCode(), QHttpServerResponse::StatusCode::Ok);
    QCOMPARE(responseHeader(response, "ETag"), None);
}

void tst_CacheHeaders::etagAnd304()
{
    ServerSettings settings;
    settings.cdnCacheTtl = QStringLiteral("auto");
    const CacheHeaders headers(settings);
    const PosterResult result = makeResult(false, false, true, 1000);

    const QHttpServerResponse full = headers.respond(result, CacheHeaders::Route::Poster, {}, Now);
    QCOMPARE(full.statusCode(), QHttpServerResponse::StatusCode::Ok);
    QCOMPARE(responseHeader(full, "ETag"), result.etag);
    QCOMPARE(full.data(), result.bytes);

    const QHttpServerResponse notModified = headers.respond(result, CacheHeaders::Route::Poster, result.etag, Now);
    QCOMPARE(notModified.statusCode(), QHttpServerResponse::StatusCode::NotModified);
    QCOMPARE(responseHeader(notModified, "ETag"), result.etag);
    QCOMPARE(responseHeader(notModified, "Cache-Control"), QByteArray("public, max-age=1000"));
    QVERIFY(notModified.data().isEmpty());

    const QHttpServerResponse other = headers.respond(result, CacheHeaders::Route::Poster, "\"different\"", Now);
    QCOMPARE(other.statusCode(), QHttpServerResponse::StatusCode::Ok);
}

void tst_CacheHeaders::etagMatching_data()
{
    QTest::addColumn<QByteArray>("ifNoneMatch");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QByteArray("\"abc\"") << true;
    QTest::newRow("weak") << QByteArray("W/\"abc\"") << true;
    QTest::newRow("list") << QByteArray("\"x\", \"abc\"") << true;
    QTest::newRow("star") << QByteArray("*") << true;
    QTest::newRow("other") << QByteArray("\"abd\"") << false;
    QTest::newRow("unquoted") << QByteArray("abc") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_CacheHeaders::etagMatching()
{
    QFETCH(QByteArray, ifNoneMatch);
    QFETCH(bool, matches);
    QCOMPARE(CacheHeaders::etagMatches(ifNoneMatch, "\"abc\""), matches);
}

void tst_CacheHeaders::varyAcceptOnlyForAuto_data()
{
    QTest::addColumn<QString>("imageFormat");
    QTest::addColumn<QByteArray>("vary");
    QTest::newRow("auto") << "auto" << QByteArray("Accept");
    QTest::newRow("jpeg") << "jpeg" << None;
    QTest::newRow("webp") << "webp" << None;
}

void tst_CacheHeaders::varyAcceptOnlyForAuto()
{
    QFETCH(QString, imageFormat);
    QFETCH(QByteArray, vary);
    ServerSettings settings;
    settings.imageFormat = imageFormat;
    const CacheHeaders headers(settings);
    const PosterResult result = makeResult(false, false, true, 100);
    QCOMPARE(responseHeader(headers.respond(result, CacheHeaders::Route::Poster, {}, Now), "Vary"), vary);
    // A 304 varies the same way.
    QCOMPARE(responseHeader(headers.respond(result, CacheHeaders::Route::Preset, result.etag, Now), "Vary"), vary);
}

void tst_CacheHeaders::contentTypeFromResult()
{
    const CacheHeaders headers{ServerSettings{}};
    PosterResult result = makeResult(false, false, true, 100);
    result.mimeType = QByteArrayLiteral("image/webp");
    const QHttpServerResponse response = headers.respond(result, CacheHeaders::Route::Poster, {}, Now);
    QCOMPARE(response.mimeType(), QByteArray("image/webp"));
}

QTEST_GUILESS_MAIN(tst_CacheHeaders)
#include "tst_cacheheaders.moc"
