#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include "core/sources/ratingsource.h"

namespace Marquee::Coordination { class Coordinator; }

namespace Marquee::Pipeline {

// MDBList key rotation and 429 cooldowns (reference §3.3), as a RatingSource in front of the real one.
//
// Server keys (MDBLIST_API_KEY, MDBLIST_API_KEY_2 — "configured key #1/#2"): a call asks for a server
// key and gets the first one that is not cooling down. A 429 parks THAT key for the delay the answer
// implies (Retry-After, the daily-quota reset, else an hour) locally and fleet-wide through the
// coordinator flag ("mdblist-global", sha256(key)[:16]), then one rescue attempt goes to the next
// healthy key. While every server key cools, no MDBList call happens: the answer is RateLimited with
// the time until the first key returns, and the caller draws cached / last-good ratings.
// A request's own mdblist_key is never swapped for a server key; its 429 cools it in this process only.
//
// Keys never reach logs or errors: they are named by label() and keyId().
class MdbListKeyRotation : public Sources::RatingSource
{
public:
    using Clock = std::function<qint64()>;  // Unix seconds

    MdbListKeyRotation(Sources::RatingSource &source, QStringList serverKeys,
                       Coordination::Coordinator *coordinator, Clock clock = {});

    Result<Sources::RatingsRecord> ratings(const TitleId &title, const QString &apiKey) override;

    // The server key a call would use now (nullopt: all cooling); checks the fleet flags.
    std::optional<int> healthyServerKey(int skipIndex = -1);
    bool coolingDown(const QString &key);
    // Seconds until `key` may be used again as this process knows it (0 = usable).
    qint64 localCooldownRemaining(const QString &key) const;
    // Parks `key` for `seconds`: locally and, for server keys, fleet-wide.
    void coolDown(const QString &key, int seconds);

    int serverKeyCount() const { return int(m_keys.size()); }
    qint64 skippedCalls() const;   // calls answered without MDBList because every key cooled

    static QString keyId(const QString &key);   // first 16 hex digits of SHA-256(key)
    static QString label(int index);            // "configured key #N" (1-based)
    static const QString Namespace;             // "mdblist-global"

private:
    Result<Sources::RatingsRecord> serverCall(const TitleId &title);
    Result<Sources::RatingsRecord> requestKeyCall(const TitleId &title, const QString &key);
    Result<Sources::RatingsRecord> allCooling() const;
    qint64 now() const { return m_clock(); }

    Sources::RatingSource &m_source;
    QStringList m_keys;
    QStringList m_keyIds;
    Coordination::Coordinator *m_coordinator;
    Clock m_clock;

    mutable QMutex m_mutex;
    QHash<QString, qint64> m_coolUntil;  // key id → Unix seconds
    qint64 m_skipped = 0;
};

} // namespace Marquee::Pipeline
