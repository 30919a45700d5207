// Error paths of /poster and /p: malformed input → 4xx with the reference's exact message (never 500),
// upstream 404/5xx/timeouts → 404/502/504, saturation → 503 + Retry-After: 5.
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include "daemon/http/errorresponse.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeupstream.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString LocalImdb = QStringLiteral("tt99999903");
const QString AccessKey = QStringLiteral("operator-key");

QString poster(const QString &query)
{
    return QStringLiteral("/poster?access_key=") + AccessKey + (query.isEmpty() ? QString() : QStringLiteral("&") + query);
}

} // namespace

class tst_Errors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void malformedInput_data();
    void malformedInput();
    void garbageNeverGives500_data();
    void garbageNeverGives500();
    void upstreamFailures_data();
    void upstreamFailures();
    void upstreamTimeout();
    void saturation();
    void clientLeavesBeforeTheAnswer();
    void errorMapping_data();
    void errorMapping();

private:
    void startVariant(const QString &variant, int upstreamTimeoutMs = 20000);

    DaemonHarness m_harness;
    FakeUpstream m_fake;
    QString m_library;
    QString m_running;
};

void tst_Errors::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    m_library = m_harness.writeLocalTitle(LocalImdb, QStringLiteral("Broken Compass"), 1999);
}

void tst_Errors::cleanup()
{
    m_fake.reset();
}

// "library": no API keys, a local library; "upstream": keys and bases pointing at the fake.
void tst_Errors::startVariant(const QString &variant, int upstreamTimeoutMs)
{
    const QString signature = variant + QString::number(upstreamTimeoutMs);
    if (signature == m_running && m_harness.daemon())
        return;
    auto settings = m_harness.baseSettings();
    settings.presetEnabled = true;
    settings.presetPublicTier = true;
    settings.accessKey = AccessKey;
    settings.libraryDirs = {m_library};
    settings.upstreamTimeoutMs = upstreamTimeoutMs;
    if (variant == QLatin1String("upstream")) {
        settings.tmdbApiBase = m_fake.tmdbApiBase();
        settings.tmdbImageBase = m_fake.tmdbImageBase();
        settings.mdblistApiBase = m_fake.mdbListApiBase();
        settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
        settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    }
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    m_running = signature;
}

void tst_Errors::malformedInput_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");  // exact message; empty for 200 rows

    const QString upstream = QStringLiteral("upstream");
    const QString library = QStringLiteral("library");
    const QString invalidId = QStringLiteral("Invalid id (expected tt…, a TMDB id or tmdb:<id>)");
    const QString missingTmdbId = QStringLiteral("Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL.");

    // /poster ids and type
    QTest::newRow("tmdb_id letters") << upstream << poster(QStringLiteral("tmdb_id=abc")) << 400 << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("tmdb_id negative") << upstream << poster(QStringLiteral("tmdb_id=-5")) << 400 << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("tmdb_id 11 digits") << upstream << poster(QStringLiteral("tmdb_id=12345678901")) << 400 << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("tmdb_id decimal") << upstream << poster(QStringLiteral("tmdb_id=10.5")) << 400 << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("imdb_id wrong prefix") << upstream << poster(QStringLiteral("tmdb_id=1001&imdb_id=nm0000001")) << 400 << QStringLiteral("Invalid imdb_id");
    QTest::newRow("imdb_id no digits") << upstream << poster(QStringLiteral("tmdb_id=1001&imdb_id=tt")) << 400 << QStringLiteral("Invalid imdb_id");
    QTest::newRow("imdb_id injection") << upstream << poster(QStringLiteral("tmdb_id=1001&imdb_id=tt1%27%3B--")) << 400 << QStringLiteral("Invalid imdb_id");
    QTest::newRow("bad type") << upstream << poster(QStringLiteral("tmdb_id=1001&type=book")) << 400 << QStringLiteral("Invalid type");
    QTest::newRow("missing tmdb_id") << upstream << poster(QStringLiteral("type=movie")) << 400 << missingTmdbId;
    QTest::newRow("placeholder tmdb_id") << upstream << poster(QStringLiteral("tmdb_id=%7Btmdb_id%7D")) << 400 << missingTmdbId;
    QTest::newRow("no TMDB key anywhere") << library << poster(QStringLiteral("tmdb_id=1001")) << 400
                                         << QStringLiteral("No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.");
    QTest::newRow("missing access key") << upstream << QStringLiteral("/poster?tmdb_id=1001") << 403
                                       << QStringLiteral("Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.");
    QTest::newRow("wrong access key") << upstream << QStringLiteral("/poster?tmdb_id=1001&access_key=nope") << 403
                                     << QStringLiteral("Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.");

    // numbers out of range or not numbers are clamped / defaulted, never errors
    QTest::newRow("huge numbers clamp") << upstream
                                       << poster(QStringLiteral("tmdb_id=1001&badge_height=99999999999999999999999&sash_length_ratio=1e308&score_glow_blur=2147483648"))
                                       << 200 << QString();
    QTest::newRow("negative numbers clamp") << upstream
                                           << poster(QStringLiteral("tmdb_id=1001&badge_gap=-99999&bar_height_ratio=-1e308"))
                                           << 200 << QString();
    QTest::newRow("non-numeric numbers default") << upstream
                                                << poster(QStringLiteral("tmdb_id=1001&rating_display_mode=abc&bar_height_ratio=NaN&score_glow_blur=inf&badge_anchor_x=0x10"))
                                                << 200 << QString();

    // /p path grammar
    QTest::newRow("p bad type") << upstream << QStringLiteral("/p/bar_notch/book/tt0000001.jpg") << 400 << QStringLiteral("Invalid type (movie|tv)");
    QTest::newRow("p bad id") << upstream << QStringLiteral("/p/bar_notch/movie/abc.jpg") << 400 << invalidId;
    QTest::newRow("p bare tt") << upstream << QStringLiteral("/p/bar_notch/movie/tt.jpg") << 400 << invalidId;
    QTest::newRow("p tmdb: without digits") << upstream << QStringLiteral("/p/bar_notch/movie/tmdb:x.jpg") << 400 << invalidId;
    QTest::newRow("p 11-digit id") << upstream << QStringLiteral("/p/bar_notch/movie/12345678901.jpg") << 400 << invalidId;
    QTest::newRow("p bad shape") << upstream << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=round") << 400
                                << QStringLiteral("Invalid shape (poster|landscape)");
    QTest::newRow("p unknown preset") << upstream << QStringLiteral("/p/nope/movie/tt0000001.jpg") << 404
                                     << QStringLiteral("Unknown preset 'nope'");
    QTest::newRow("p bad preset name") << upstream << QStringLiteral("/p/bad.name/movie/tt0000001.jpg") << 400
                                      << QStringLiteral("Invalid preset name");
    QTest::newRow("p markup preset name") << upstream << QStringLiteral("/p/%3Cscript%3E/movie/tt0000001.jpg") << 400
                                         << QStringLiteral("Invalid preset name");
    QTest::newRow("p overlong preset name") << upstream << QStringLiteral("/p/") + QString(65, QLatin1Char('a')) + QStringLiteral("/movie/tt0000001.jpg")
                                           << 400 << QStringLiteral("Invalid preset name");
    QTest::newRow("p no server key") << library << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg") << 503
                                    << QStringLiteral("Server TMDB key not configured");
    QTest::newRow("p retired preset resolves") << library << QStringLiteral("/p/mini/movie/") + LocalImdb + QStringLiteral(".jpg")
                                              << 200 << QString();
}

void tst_Errors::malformedInput()
{
    QFETCH(QString, variant);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, detail);
    startVariant(variant);
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.finished, "no answer");
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status >= 400) {
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.detail(), detail);
    }
}

void tst_Errors::garbageNeverGives500_data()
{
    QTest::addColumn<QString>("path");
    const QStringList garbage{
        QStringLiteral("tmdb_id=1001&sash_priority=%00%01%02"),
        QStringLiteral("tmdb_id=1001&score_custom_palette=;;;:::,,,"),
        QStringLiteral("tmdb_id=1001&movie_weights=imdb:abc,letterboxd:-5,unknown:1"),
        QStringLiteral("tmdb_id=1001&rating_text_color=zzzzzz&score_glow_color=%23GGGGGG"),
        QStringLiteral("tmdb_id=1001&logo_language=%E2%80%AE%F0%9F%92%A9"),
        QStringLiteral("tmdb_id=1001&top_gradient=custom&top_gradient_opacity=1e999&top_gradient_height=-0"),
        QStringLiteral("tmdb_id=1001&primary_client=%3Cscript%3E&season=-1&episode=abc"),
        QStringLiteral("tmdb_id=1001&quality=4K,,,REMUX,%00"),
        QStringLiteral("tmdb_id=1001&tmdb_id=abc"),
        QStringLiteral("stremio_id=kitsu:abc"),
        QStringLiteral("stremio_id=tt0000001:1:1"),
        QStringLiteral("type=tv&type=movie&tmdb_id=2001"),
        QStringLiteral("tmdb_id=1001&") + QString(4000, QLatin1Char('x')) + QStringLiteral("=1"),
    };
    for (const QString &query : garbage)
        QTest::newRow(qPrintable(query.left(60))) << poster(query);
    QTest::newRow("p id with spaces") << QStringLiteral("/p/bar_notch/movie/tt%20001.jpg");
    QTest::newRow("p id traversal") << QStringLiteral("/p/bar_notch/movie/..%2F..%2Fetc.jpg");
    QTest::newRow("p empty-ish id") << QStringLiteral("/p/bar_notch/movie/.jpg");
}

void tst_Errors::garbageNeverGives500()
{
    QFETCH(QString, path);
    startVariant(QStringLiteral("upstream"));
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.finished, "no answer");
    QVERIFY2(reply.status >= 200 && reply.status < 500, qPrintable(reply.describe()));
}

void tst_Errors::upstreamFailures_data()
{
    QTest::addColumn<QString>("faultPrefix");
    QTest::addColumn<int>("faultStatus");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");

    QTest::newRow("poster unknown title → 404") << QString() << 0 << poster(QStringLiteral("tmdb_id=999999")) << 404
                                               << QStringLiteral("Poster image not found on TMDB");
    QTest::newRow("p unknown tmdb id → 404") << QString() << 0 << QStringLiteral("/p/bar_notch/movie/999999.jpg") << 404
                                            << QStringLiteral("Title not found on TMDB");
    QTest::newRow("p unknown imdb id → 404") << QString() << 0 << QStringLiteral("/p/bar_notch/movie/tt9999999.jpg") << 404
                                            << QStringLiteral("No TMDB movie found for imdb_id tt9999999");
    QTest::newRow("details 500 → 502") << QStringLiteral("/3/movie/1002") << 500 << poster(QStringLiteral("tmdb_id=1002"))
                                      << 502 << QStringLiteral("Upstream error 500");
    QTest::newRow("details 503 → 502") << QStringLiteral("/3/movie/1005") << 503 << QStringLiteral("/p/bar_sash/movie/1005.jpg")
                                      << 502 << QStringLiteral("Upstream error 503");
    QTest::newRow("find 502 → 502") << QStringLiteral("/3/find/tt0000007") << 502 << QStringLiteral("/p/bar_sash/tv/tt0000007.jpg")
                                   << 502 << QStringLiteral("Upstream error 502");
    QTest::newRow("image 404 → 404") << QStringLiteral("/t/p") << 404 << poster(QStringLiteral("tmdb_id=1001&shape=landscape"))
                                    << 404 << QStringLiteral("Poster image not found on TMDB");
}

void tst_Errors::upstreamFailures()
{
    QFETCH(QString, faultPrefix);
    QFETCH(int, faultStatus);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, detail);
    startVariant(QStringLiteral("upstream"));
    if (!faultPrefix.isEmpty())
        m_fake.setFault(faultPrefix, FakeFault{.status = faultStatus});
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply.detail(), detail);
}

void tst_Errors::upstreamTimeout()
{
    startVariant(QStringLiteral("upstream"), 1500);
    m_fake.setFault(QStringLiteral("/3/movie/2002"), FakeFault{.hang = true});
    m_fake.setFault(QStringLiteral("/3/tv/2002"), FakeFault{.hang = true});
    const HttpReply reply = m_harness.get(poster(QStringLiteral("tmdb_id=2002&type=tv")));
    QVERIFY2(reply.status == 504, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("Upstream request timed out"));

    // The same title on /p: also 504 (the cold lookup goes by TMDB id, so no /find).
    const HttpReply preset = m_harness.get(QStringLiteral("/p/clean_notch/tv/2002.jpg"));
    QVERIFY2(preset.status == 504, qPrintable(preset.describe()));
}

void tst_Errors::saturation()
{
    // One render slot, a one-second queue, and an upstream that takes three seconds: of two
    // concurrent cold renders, one must be turned away with 503 + Retry-After: 5.
    auto settings = m_harness.baseSettings();
    settings.presetEnabled = true;
    settings.presetPublicTier = true;
    settings.accessKey = AccessKey;
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbImageBase = m_fake.tmdbImageBase();
    settings.mdblistApiBase = m_fake.mdbListApiBase();
    settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    settings.renderConcurrency = 1;
    settings.renderQueueTimeoutSec = 1;
    settings.upstreamTimeoutMs = 10000;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    m_running.clear();
    m_fake.setLatency(3000);

    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (const QString &id : {QStringLiteral("1003"), QStringLiteral("1005")})
        replies.append(network.get(QNetworkRequest(m_harness.url(poster(QStringLiteral("tmdb_id=") + id)))));
    QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 60000);

    QList<int> statuses;
    QNetworkReply *saturated = nullptr;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        statuses.append(status);
        if (status == 503)
            saturated = reply;
    }
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, QList<int>({200, 503}));
    QVERIFY(saturated);
    QCOMPARE(saturated->rawHeader("Retry-After"), QByteArray("5"));
    const QJsonObject body = QJsonDocument::fromJson(saturated->readAll()).object();
    QCOMPARE(body.value(QStringLiteral("detail")).toString(), QStringLiteral("Server saturated — try again shortly"));
    qDeleteAll(replies);

    // /live keeps answering while renders queue.
    QCOMPARE(m_harness.get(QStringLiteral("/live")).status, 200);
}

void tst_Errors::clientLeavesBeforeTheAnswer()
{
    // A client that hangs up while its poster renders must not take the daemon down: the answer is
    // dropped and the next request is served normally.
    startVariant(QStringLiteral("upstream"));
    m_fake.setLatency(1500);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(m_harness.url(poster(QStringLiteral("tmdb_id=1002")))));
    QTest::qWait(300);
    reply->abort();
    delete reply;
    QVERIFY(m_harness.daemon()->renderPool().waitForDone(30000));
    QTest::qWait(100);  // let the finished render's continuation run on the server thread
    m_fake.setLatency(0);
    const HttpReply live = m_harness.get(QStringLiteral("/live"));
    QCOMPARE(live.status, 200);
    const HttpReply again = m_harness.get(poster(QStringLiteral("tmdb_id=1002")));
    QVERIFY2(again.status == 200, qPrintable(again.describe()));
}

void tst_Errors::errorMapping_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("upstreamStatus");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    using K = Marquee::ErrorKind;
    QTest::newRow("InvalidInput") << int(K::InvalidInput) << "Invalid type" << 0 << 0 << 400 << "Invalid type" << QByteArray();
    QTest::newRow("NotFound") << int(K::NotFound) << "Gone" << 404 << 0 << 404 << "Gone" << QByteArray();
    QTest::newRow("Forbidden") << int(K::Forbidden) << "No" << 0 << 0 << 403 << "No" << QByteArray();
    QTest::newRow("RateLimited") << int(K::RateLimited) << "Rate limit exceeded (2 req/s)" << 0 << 1 << 429
                                 << "Rate limit exceeded (2 req/s)" << QByteArray("1");
    QTest::newRow("RateLimited default Retry-After") << int(K::RateLimited) << "" << 0 << 0 << 429 << "Rate limit exceeded"
                                                     << QByteArray("1");
    QTest::newRow("Saturated") << int(K::Saturated) << "Server saturated — try again shortly" << 0 << 0 << 503
                               << "Server saturated — try again shortly" << QByteArray("5");
    QTest::newRow("NotConfigured") << int(K::NotConfigured) << "Server TMDB key not configured" << 0 << 0 << 503
                                   << "Server TMDB key not configured" << QByteArray();
    QTest::newRow("UpstreamTimeout") << int(K::UpstreamTimeout) << "" << 0 << 0 << 504 << "Upstream request timed out"
                                     << QByteArray();
    QTest::newRow("UpstreamStatus without message") << int(K::UpstreamStatus) << "" << 500 << 0 << 502
                                                    << "Upstream error 500" << QByteArray();
    QTest::newRow("UpstreamStatus with message") << int(K::UpstreamStatus) << "Upstream error 429" << 429 << 30 << 502
                                                 << "Upstream error 429" << QByteArray();
    QTest::newRow("Internal hides its reason") << int(K::Internal) << "disk I/O error at /var/cache/x" << 0 << 0 << 500
                                               << "Failed to build poster" << QByteArray();
}

void tst_Errors::errorMapping()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(int, upstreamStatus);
    QFETCH(int, retryAfter);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QByteArray, retryAfterHeader);
    const Marquee::Error error{static_cast<Marquee::ErrorKind>(kind), message, upstreamStatus, retryAfter};
    const QHttpServerResponse response = Marquee::Http::ErrorResponse::from(error);
    QCOMPARE(static_cast<int>(response.statusCode()), status);
    QCOMPARE(response.mimeType(), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(response.data()).object().value(QStringLiteral("detail")).toString(), detail);
    const QList<QByteArray> header = response.headers("Retry-After");
    QCOMPARE(header.isEmpty() ? QByteArray() : header.first(), retryAfterHeader);
}

QTEST_MAIN(tst_Errors)
#include "tst_errors.moc"
