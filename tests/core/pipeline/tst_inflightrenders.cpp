#include <thread>
#include <vector>

#include <QTest>

#include "core/pipeline/inflightrenders.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

PosterResult poster(const QByteArray &bytes)
{
    PosterResult result;
    result.bytes = bytes;
    result.mimeType = QByteArrayLiteral("image/jpeg");
    result.persisted = true;
    result.expiresAt = 1234;
    return result;
}

// Starts `count` followers for `key` and collects their outcomes.
struct Followers
{
    std::vector<std::thread> threads;
    std::vector<InFlightRenders::Outcome> outcomes;

    Followers(InFlightRenders &inflight, const QString &key, int count)
        : outcomes(count, fail(ErrorKind::Internal, QStringLiteral("not run")))
    {
        for (int i = 0; i < count; ++i) {
            threads.emplace_back([&inflight, key, i, this] {
                auto claim = inflight.join(key);
                if (claim.isLeader()) {
                    outcomes[i] = fail(ErrorKind::Internal, QStringLiteral("unexpected leader"));
                    claim.publish(outcomes[i]);
                    return;
                }
                outcomes[i] = claim.wait();
            });
        }
    }
    void join()
    {
        for (std::thread &thread : threads)
            thread.join();
    }
};

} // namespace

class tst_InFlightRenders : public QObject
{
    Q_OBJECT

private slots:
    void followersShareTheLeadersPoster();
    void followersShareTheLeadersError();
    void abandonedLeadershipFailsFollowers();
    void keysAreIndependentAndFreedAfterPublish();
};

void tst_InFlightRenders::followersShareTheLeadersPoster()
{
    InFlightRenders inflight;
    const QString key = QStringLiteral("tt1:1:movie:abc");
    auto leader = inflight.join(key);
    QVERIFY(leader.isLeader());
    Followers followers(inflight, key, 3);
    QTRY_COMPARE(inflight.coalescedCount(), qint64(3));
    QCOMPARE(inflight.inFlight(), 1);

    leader.publish(poster(QByteArrayLiteral("jpeg")));
    followers.join();
    for (const auto &outcome : followers.outcomes) {
        QVERIFY(outcome);
        QCOMPARE(outcome->bytes, QByteArrayLiteral("jpeg"));
        QCOMPARE(outcome->expiresAt, qint64(1234));
        QVERIFY(outcome->persisted);
    }
    QCOMPARE(inflight.inFlight(), 0);
}

void tst_InFlightRenders::followersShareTheLeadersError()
{
    InFlightRenders inflight;
    const QString key = QStringLiteral("tt2:2:movie:abc");
    auto leader = inflight.join(key);
    Followers followers(inflight, key, 2);
    QTRY_COMPARE(inflight.coalescedCount(), qint64(2));

    leader.publish(fail(ErrorKind::UpstreamStatus, QStringLiteral("Upstream error 503"), 503));
    followers.join();
    for (const auto &outcome : followers.outcomes) {
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, ErrorKind::UpstreamStatus);
        QCOMPARE(outcome.error().message, QStringLiteral("Upstream error 503"));
        QCOMPARE(outcome.error().upstreamStatus, 503);
    }
}

void tst_InFlightRenders::abandonedLeadershipFailsFollowers()
{
    InFlightRenders inflight;
    const QString key = QStringLiteral("tt3:3:movie:abc");
    std::optional<InFlightRenders::Claim> leader(inflight.join(key));
    Followers followers(inflight, key, 1);
    QTRY_COMPARE(inflight.coalescedCount(), qint64(1));
    leader.reset();  // e.g. the leader's thread unwound without publishing
    followers.join();
    QVERIFY(!followers.outcomes.front());
    QCOMPARE(followers.outcomes.front().error().kind, ErrorKind::Internal);
    QCOMPARE(followers.outcomes.front().error().message, QStringLiteral("Failed to build poster"));
    QCOMPARE(inflight.inFlight(), 0);
}

void tst_InFlightRenders::keysAreIndependentAndFreedAfterPublish()
{
    InFlightRenders inflight;
    auto a = inflight.join(QStringLiteral("a"));
    auto b = inflight.join(QStringLiteral("b"));
    QVERIFY(a.isLeader());
    QVERIFY(b.isLeader());
    QCOMPARE(inflight.inFlight(), 2);
    a.publish(poster(QByteArrayLiteral("a")));
    auto again = inflight.join(QStringLiteral("a"));
    QVERIFY(again.isLeader());  // a finished render is not joined: the cache answers from now on
    again.publish(poster(QByteArrayLiteral("a2")));
    b.publish(poster(QByteArrayLiteral("b")));
    QCOMPARE(inflight.inFlight(), 0);
    QCOMPARE(inflight.coalescedCount(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_InFlightRenders)
#include "tst_inflightrenders.moc"
