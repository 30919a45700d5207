// GET /debug/canvas (reference §1.8): the no-art fallback card, operator-gated, validated, cached in memory.
#include <QTest>

#include "tests/daemon/daemonharness.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::HttpReply;

namespace {

const QString AccessKey = QStringLiteral("debug-operator-key");
const QSize Portrait(500, 750);

} // namespace

class tst_DebugCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rendersTheFallbackCard_data();
    void rendersTheFallbackCard();
    void titleTooLong();
    void titleAtTheLimitIsAccepted();
    void gateNeedsTheAccessKey_data();
    void gateNeedsTheAccessKey();
    void cacheHitReturnsIdenticalBytes();
    void paramsChangeTheCard();
    void otherMethodsAreRejected();

private:
    QString canvas(const QString &query) const;

    DaemonHarness m_harness;
};

void tst_DebugCanvas::init()
{
    auto settings = m_harness.baseSettings();
    settings.accessKey = AccessKey;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

QString tst_DebugCanvas::canvas(const QString &query) const
{
    return QStringLiteral("/debug/canvas?") + query + QStringLiteral("&access_key=") + AccessKey;
}

void tst_DebugCanvas::rendersTheFallbackCard_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("reference example")
        << QStringLiteral("genre=Action&title=Sample%20Title&style=minimal&year=2024&score=84");
    QTest::newRow("photoreal style") << QStringLiteral("genre=Horror&title=Night&style=photoreal");
    QTest::newRow("unknown genre uses the default tint") << QStringLiteral("genre=Polka&title=Tuba");
    QTest::newRow("lower-case genre") << QStringLiteral("genre=sci-fi&title=Orbit");
    QTest::newRow("garbage score is ignored") << QStringLiteral("genre=Drama&score=8x4");
    QTest::newRow("score above 100 is ignored") << QStringLiteral("genre=Drama&score=101");
    QTest::newRow("negative score is ignored") << QStringLiteral("genre=Drama&score=-5");
    QTest::newRow("garbage year is ignored") << QStringLiteral("genre=Drama&year=20x4");
    QTest::newRow("unknown style falls back") << QStringLiteral("style=watercolour");
    QTest::newRow("no parameters at all") << QString();
}

void tst_DebugCanvas::rendersTheFallbackCard()
{
    QFETCH(QString, query);
    const HttpReply reply = m_harness.get(canvas(query));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(reply.header("cache-control"), QByteArray("private, max-age=300"));
    QCOMPARE(reply.image().size(), Portrait);
}

void tst_DebugCanvas::titleTooLong()
{
    const HttpReply reply = m_harness.get(canvas(QStringLiteral("title=") + QString(201, QLatin1Char('x'))));
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("Title too long"));
}

void tst_DebugCanvas::titleAtTheLimitIsAccepted()
{
    const HttpReply reply = m_harness.get(canvas(QStringLiteral("title=") + QString(200, QLatin1Char('x'))));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
}

void tst_DebugCanvas::gateNeedsTheAccessKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("no key") << QStringLiteral("/debug/canvas?genre=Action");
    QTest::newRow("wrong key") << QStringLiteral("/debug/canvas?genre=Action&access_key=nope");
}

void tst_DebugCanvas::gateNeedsTheAccessKey()
{
    QFETCH(QString, path);
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == 403, qPrintable(reply.describe()));
    QVERIFY(!reply.detail().isEmpty());
}

void tst_DebugCanvas::cacheHitReturnsIdenticalBytes()
{
    const QString path = canvas(QStringLiteral("genre=Comedy&title=Twice&year=2001&score=77"));
    const HttpReply first = m_harness.get(path);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const HttpReply second = m_harness.get(path);
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("cache-control"), QByteArray("private, max-age=300"));
}

void tst_DebugCanvas::paramsChangeTheCard()
{
    // Guards the cache key: a different title must not be answered with the cached card.
    const HttpReply first = m_harness.get(canvas(QStringLiteral("genre=Crime&title=First")));
    const HttpReply second = m_harness.get(canvas(QStringLiteral("genre=Crime&title=Second%20Card")));
    QVERIFY2(first.status == 200 && second.status == 200, qPrintable(second.describe()));
    QVERIFY(first.body != second.body);
}

void tst_DebugCanvas::otherMethodsAreRejected()
{
    const HttpReply reply = m_harness.send(QByteArrayLiteral("POST"), canvas(QStringLiteral("genre=Action")));
    QVERIFY2(reply.status == 405, qPrintable(reply.describe()));
}

QTEST_MAIN(tst_DebugCanvas)
#include "tst_debugcanvas.moc"
