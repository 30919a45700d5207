// GET / and /web/{file}: the configurator page from resources, content types, caching (ETag/304,
// versioned immutable assets), the security policy that keeps the page on this origin, and the gate.
#include <QRegularExpression>
#include <QTest>

#include "daemon/http/webroute.h"
#include "tests/daemon/daemonharness.h"

using Marquee::Http::WebRoute;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::HttpReply;

class tst_WebRoute : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contentType_data();
    void contentType();
    void pageIsServed();
    void pageRevalidates();
    void assets_data();
    void assets();
    void staleAssetVersionIsNotImmutable();
    void unknownAssetIs404();
    void pageHasNoExternalReferences();
    void gate_data();
    void gate();

private:
    HttpReply page();
    DaemonHarness m_harness;
};

void tst_WebRoute::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.start(m_harness.baseSettings(), &error), qPrintable(error));
}

HttpReply tst_WebRoute::page()
{
    return m_harness.get(QStringLiteral("/"));
}

void tst_WebRoute::contentType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("html") << "index.html" << QByteArray("text/html; charset=utf-8");
    QTest::newRow("js") << "configurator.js" << QByteArray("text/javascript; charset=utf-8");
    QTest::newRow("css") << "configurator.css" << QByteArray("text/css; charset=utf-8");
    QTest::newRow("svg") << "icon.svg" << QByteArray("image/svg+xml");
    QTest::newRow("unknown") << "data.bin" << QByteArray("application/octet-stream");
}

void tst_WebRoute::contentType()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, type);
    QCOMPARE(WebRoute::contentType(file), type);
}

void tst_WebRoute::pageIsServed()
{
    const HttpReply reply = page();
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(reply.header("cache-control"), QByteArray("no-cache, must-revalidate"));
    QCOMPARE(reply.header("content-security-policy"), WebRoute::securityPolicy());
    QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(reply.body.contains("<title>Marquee"));
    QVERIFY2(!reply.body.contains("{{"), "every placeholder is substituted");
    QVERIFY(reply.body.contains("v" MARQUEE_VERSION));
}

void tst_WebRoute::pageRevalidates()
{
    const HttpReply first = page();
    QVERIFY(first.header("etag").startsWith('"'));
    const HttpReply again = m_harness.get(QStringLiteral("/"), {{QByteArrayLiteral("If-None-Match"), first.header("etag")}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("etag"), first.header("etag"));
}

void tst_WebRoute::assets_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("script") << "configurator.js";
    QTest::newRow("style") << "configurator.css";
    QTest::newRow("icon") << "icon.svg";
}

void tst_WebRoute::assets()
{
    QFETCH(QString, file);
    // The page names each asset with its content version; that URL is cacheable for good.
    const QRegularExpression link(QStringLiteral("/web/%1\\?v=([0-9a-f]{16})").arg(QRegularExpression::escape(file)));
    const QRegularExpressionMatch match = link.match(QString::fromUtf8(page().body));
    QVERIFY2(match.hasMatch(), qPrintable(file));
    const HttpReply reply = m_harness.get(match.captured(0));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), WebRoute::contentType(file));
    QCOMPARE(reply.header("cache-control"), QByteArray("public, max-age=31536000, immutable"));
    QCOMPARE(reply.header("etag"), '"' + match.captured(1).toUtf8() + '"');
    QVERIFY(reply.body.size() > 100);
}

void tst_WebRoute::staleAssetVersionIsNotImmutable()
{
    const HttpReply reply = m_harness.get(QStringLiteral("/web/configurator.js?v=0000000000000000"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("cache-control"), QByteArray("no-cache"));
}

void tst_WebRoute::unknownAssetIs404()
{
    for (const QString &path : {QStringLiteral("/web/nothing.js"), QStringLiteral("/web/index.html"),
                                QStringLiteral("/web/..%2Fdaemon.cpp")}) {
        const HttpReply reply = m_harness.get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.detail(), QStringLiteral("Not found"));
    }
}

void tst_WebRoute::pageHasNoExternalReferences()
{
    // The browser test checks requests at run time; this catches a stray CDN link in any asset.
    const QRegularExpression external(QStringLiteral("(src|href)\\s*=\\s*[\"']?(https?:)?//"));
    for (const QString &file : {QStringLiteral("/"), QStringLiteral("/web/configurator.js"),
                                QStringLiteral("/web/configurator.css")}) {
        const HttpReply reply = m_harness.get(file);
        QVERIFY2(!external.match(QString::fromUtf8(reply.body)).hasMatch(), qPrintable(file));
        QVERIFY2(!reply.body.contains("@import"), qPrintable(file));
    }
}

void tst_WebRoute::gate_data()
{
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<bool>("presetEnabled");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("open") << QString() << true << QString() << 200;
    QTest::newRow("key set, presets on: page loads (it locks itself)") << QStringLiteral("k") << true << QString() << 200;
    QTest::newRow("key set, presets off, no key") << QStringLiteral("k") << false << QString() << 403;
    QTest::newRow("key set, presets off, wrong key") << QStringLiteral("k") << false << QStringLiteral("?access_key=x") << 403;
    QTest::newRow("key set, presets off, key") << QStringLiteral("k") << false << QStringLiteral("?access_key=k") << 200;
}

void tst_WebRoute::gate()
{
    QFETCH(QString, accessKey);
    QFETCH(bool, presetEnabled);
    QFETCH(QString, query);
    QFETCH(int, status);
    auto settings = m_harness.baseSettings();
    settings.accessKey = accessKey;
    settings.presetEnabled = presetEnabled;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    const HttpReply reply = m_harness.get(QStringLiteral("/") + query);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("content-type").startsWith("text/html"));
    if (status == 403)
        QVERIFY(reply.body.contains("access_key"));
    // Assets are static and ungated, like the reference's /static.
    QCOMPARE(m_harness.get(QStringLiteral("/web/icon.svg")).status, 200);
}

QTEST_MAIN(tst_WebRoute)
#include "tst_webroute.moc"
