#include <QTest>

#include "core/pipeline/compositekey.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

class tst_CompositeKey : public QObject
{
    Q_OBJECT

private slots:
    void keyShape();
    void serverInputsChangeTheHash_data();
    void serverInputsChangeTheHash();
    void expiryJitterIsDeterministicAndCentred();
};

void tst_CompositeKey::keyShape()
{
    const Config::RenderConfig config;
    const CompositeKey::ServerInputs inputs;
    QCOMPARE(CompositeKey::build(TitleId{MediaType::Movie, QStringLiteral("tt0111161"), 278}, config, inputs),
             QStringLiteral("tt0111161:278:movie:") + config.hash16(CompositeKey::serverSignature(inputs)));
    const QString tmdbOnly = CompositeKey::build(TitleId{MediaType::Tv, QString(), 1396}, config, inputs);
    QVERIFY(tmdbOnly.startsWith(QLatin1String("tmdb:1396:1396:tv:")));
    QCOMPARE(tmdbOnly.section(QLatin1Char(':'), 4).size(), 16);
    QCOMPARE(CompositeKey::serverSignature(inputs),
             QStringLiteral("render=1|format=jpeg|q=85|src=tmdb|rp=10|w=|mdb=0"));
}

void tst_CompositeKey::serverInputsChangeTheHash_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("format") << 0;
    QTest::newRow("quality") << 1;
    QTest::newRow("local source") << 2;
    QTest::newRow("vote floor") << 3;
    QTest::newRow("server weights") << 4;
    QTest::newRow("mdblist configured") << 5;
}

void tst_CompositeKey::serverInputsChangeTheHash()
{
    QFETCH(int, field);
    CompositeKey::ServerInputs base{QStringLiteral("jpeg"), 85, false, 10, QStringLiteral("letterboxd:0.80"), true};
    CompositeKey::ServerInputs changed = base;
    switch (field) {
    case 0: changed.format = QStringLiteral("webp"); break;
    case 1: changed.quality = 80; break;
    case 2: changed.localSource = true; break;
    case 3: changed.ratingMinVotes = 20; break;
    case 4: changed.serverWeights = QStringLiteral("letterboxd:0.50"); break;
    default: changed.mdblistConfigured = false; break;
    }
    const TitleId id{MediaType::Movie, QStringLiteral("tt1"), 1};
    QVERIFY(CompositeKey::build(id, {}, base) != CompositeKey::build(id, {}, changed));
}

void tst_CompositeKey::expiryJitterIsDeterministicAndCentred()
{
    constexpr qint64 now = 1'800'000'000;
    constexpr qint64 ttl = 604800;
    constexpr qint64 jitter = 172800;
    qint64 lowest = ttl;
    qint64 highest = 0;
    for (int i = 0; i < 200; ++i) {
        const QString key = QStringLiteral("tt%1:1:movie:abc").arg(i);
        const qint64 expires = CompositeKey::expiresAt(key, now, ttl, jitter);
        QCOMPARE(CompositeKey::expiresAt(key, now, ttl, jitter), expires);  // same key, same deadline
        QVERIFY(expires >= now + ttl - jitter / 2);
        QVERIFY(expires < now + ttl + jitter / 2);
        lowest = std::min(lowest, expires - now);
        highest = std::max(highest, expires - now);
    }
    QVERIFY(lowest < ttl && highest > ttl);  // spread on both sides of the TTL
    QCOMPARE(CompositeKey::expiresAt(QStringLiteral("k"), now, ttl, 0), now + ttl);
    QCOMPARE(CompositeKey::weightsText({{QStringLiteral("letterboxd"), 0.8}, {QStringLiteral("tomatoes"), 0.2}}),
             QStringLiteral("letterboxd:0.80,tomatoes:0.20"));
}

QTEST_GUILESS_MAIN(tst_CompositeKey)
#include "tst_compositekey.moc"
