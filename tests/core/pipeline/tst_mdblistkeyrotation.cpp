// The MDBList key rotation state machine: server keys in order, a 429 parks that key for its delay
// (locally and through the coordinator), one rescue with the next key, no call while all keys cool,
// request keys never swapped. The clock and the upstream are fakes; the coordinator is the in-process one.
#include <QCryptographicHash>
#include <QTest>

#include "core/coordination/inprocesscoordinator.h"
#include "core/pipeline/mdblistkeyrotation.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

const QString KeyOne = QStringLiteral("server-key-one");
const QString KeyTwo = QStringLiteral("server-key-two");
const QString RequestKey = QStringLiteral("request-key");

// Answers 429 (with its delay) for the keys in `limited`, a record otherwise; logs every key asked.
class ScriptedSource : public Sources::RatingSource
{
public:
    Result<Sources::RatingsRecord> ratings(const TitleId &, const QString &apiKey) override
    {
        calls.append(apiKey);
        if (limited.contains(apiKey)) {
            Error error{ErrorKind::RateLimited, QStringLiteral("MDBList rate limit reached"), 429, limited.value(apiKey)};
            return fail(error);
        }
        Sources::RatingsRecord record;
        record.ratings.insert(QStringLiteral("imdb"), {7.5, 1000});
        return record;
    }

    QHash<QString, int> limited;  // key → Retry-After seconds
    QStringList calls;
};

TitleId title()
{
    return TitleId{MediaType::Movie, QStringLiteral("tt0000001"), 1001};
}

} // namespace

class TestMdbListKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void firstHealthyKeyServes();
    void rateLimitParksThatKeyAndRescuesWithTheNext();
    void bothCoolingMeansNoCall();
    void cooldownPassesWithTheClock();
    void cooldownIsFleetWideThroughTheCoordinator();
    void requestKeyIsNeverSwapped();
    void keyIdIsAHashPrefixNotTheKey();
    void errorsNeverNameTheKey();

private:
    qint64 m_now = 1'700'000'000;
    ScriptedSource m_source;
    std::unique_ptr<Coordination::InProcessCoordinator> m_coordinator;
    std::unique_ptr<MdbListKeyRotation> m_rotation;
};

void TestMdbListKeyRotation::init()
{
    m_now = 1'700'000'000;
    m_source = ScriptedSource{};
    // The coordinator's flags expire on the same fake clock (milliseconds).
    m_coordinator = std::make_unique<Coordination::InProcessCoordinator>([this] { return m_now * 1000; });
    m_rotation = std::make_unique<MdbListKeyRotation>(m_source, QStringList{KeyOne, KeyTwo}, m_coordinator.get(),
                                                      [this] { return m_now; });
}

void TestMdbListKeyRotation::firstHealthyKeyServes()
{
    QVERIFY(m_rotation->ratings(title(), KeyOne).has_value());
    QVERIFY(m_rotation->ratings(title(), QString()).has_value());
    QCOMPARE(m_source.calls, (QStringList{KeyOne, KeyOne}));
}

void TestMdbListKeyRotation::rateLimitParksThatKeyAndRescuesWithTheNext()
{
    m_source.limited.insert(KeyOne, 120);
    const auto rescued = m_rotation->ratings(title(), KeyOne);
    QVERIFY(rescued.has_value());
    QCOMPARE(m_source.calls, (QStringList{KeyOne, KeyTwo}));
    QCOMPARE(m_rotation->localCooldownRemaining(KeyOne), 120);
    QCOMPARE(m_rotation->localCooldownRemaining(KeyTwo), 0);

    // While key #1 cools, calls go straight to key #2.
    m_source.calls.clear();
    QVERIFY(m_rotation->ratings(title(), KeyOne).has_value());
    QCOMPARE(m_source.calls, QStringList{KeyTwo});
}

void TestMdbListKeyRotation::bothCoolingMeansNoCall()
{
    m_source.limited.insert(KeyOne, 300);
    m_source.limited.insert(KeyTwo, 600);
    const auto first = m_rotation->ratings(title(), KeyOne);
    QVERIFY(!first.has_value());
    QCOMPARE(first.error().kind, ErrorKind::RateLimited);
    QCOMPARE(m_source.calls.size(), 2);

    m_source.calls.clear();
    const auto second = m_rotation->ratings(title(), KeyOne);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().kind, ErrorKind::RateLimited);
    QCOMPARE(second.error().message, QStringLiteral("All MDBList keys are cooling down"));
    QCOMPARE(second.error().retryAfterSeconds, 300);  // the first key back
    QVERIFY(m_source.calls.isEmpty());
    QCOMPARE(m_rotation->skippedCalls(), 1);
}

void TestMdbListKeyRotation::cooldownPassesWithTheClock()
{
    m_source.limited.insert(KeyOne, 60);
    m_source.limited.insert(KeyTwo, 90);
    QVERIFY(!m_rotation->ratings(title(), KeyOne).has_value());
    m_source.limited.clear();
    m_source.calls.clear();

    m_now += 59;
    QVERIFY(!m_rotation->ratings(title(), KeyOne).has_value());
    QVERIFY(m_source.calls.isEmpty());

    m_now += 1;  // key #1's minute is over; key #2 still cools
    QVERIFY(m_rotation->ratings(title(), KeyOne).has_value());
    QCOMPARE(m_source.calls, QStringList{KeyOne});
    QVERIFY(m_rotation->coolingDown(KeyTwo));
    m_now += 30;
    QVERIFY(!m_rotation->coolingDown(KeyTwo));
}

void TestMdbListKeyRotation::cooldownIsFleetWideThroughTheCoordinator()
{
    // A second replica sharing the coordinator never saw the 429 itself.
    ScriptedSource otherSource;
    MdbListKeyRotation other(otherSource, {KeyOne, KeyTwo}, m_coordinator.get(), [this] { return m_now; });
    m_source.limited.insert(KeyOne, 120);
    QVERIFY(m_rotation->ratings(title(), KeyOne).has_value());
    QVERIFY(m_coordinator->hasFlag(MdbListKeyRotation::Namespace, MdbListKeyRotation::keyId(KeyOne)));

    QVERIFY(other.ratings(title(), KeyOne).has_value());
    QCOMPARE(otherSource.calls, QStringList{KeyTwo});
    QCOMPARE(other.localCooldownRemaining(KeyOne), 0);  // it only knows through the coordinator

    m_now += 121;
    otherSource.calls.clear();
    QVERIFY(other.ratings(title(), KeyOne).has_value());
    QCOMPARE(otherSource.calls, QStringList{KeyOne});
}

void TestMdbListKeyRotation::requestKeyIsNeverSwapped()
{
    m_source.limited.insert(RequestKey, 30);
    const auto limited = m_rotation->ratings(title(), RequestKey);
    QVERIFY(!limited.has_value());
    QCOMPARE(m_source.calls, QStringList{RequestKey});
    // Cooled in this process only: no fleet flag for a user's key.
    QVERIFY(!m_coordinator->hasFlag(MdbListKeyRotation::Namespace, MdbListKeyRotation::keyId(RequestKey)));

    m_source.calls.clear();
    const auto again = m_rotation->ratings(title(), RequestKey);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().kind, ErrorKind::RateLimited);
    QCOMPARE(again.error().retryAfterSeconds, 30);
    QVERIFY(m_source.calls.isEmpty());
}

void TestMdbListKeyRotation::keyIdIsAHashPrefixNotTheKey()
{
    const QString id = MdbListKeyRotation::keyId(KeyOne);
    QCOMPARE(id.size(), 16);
    QVERIFY(!id.contains(KeyOne));
    // sha256("server-key-one")[:16]
    QCOMPARE(id, QString::fromLatin1(QCryptographicHash::hash(KeyOne.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)));
    QCOMPARE(MdbListKeyRotation::label(1), QStringLiteral("configured key #2"));
}

void TestMdbListKeyRotation::errorsNeverNameTheKey()
{
    m_source.limited.insert(KeyOne, 10);
    m_source.limited.insert(KeyTwo, 10);
    QVERIFY(!m_rotation->ratings(title(), KeyOne).has_value());
    const auto error = m_rotation->ratings(title(), KeyOne).error();
    QVERIFY(!error.message.contains(KeyOne));
    QVERIFY(!error.message.contains(KeyTwo));
}

QTEST_GUILESS_MAIN(TestMdbListKeyRotation)
#include "tst_mdblistkeyrotation.moc"
