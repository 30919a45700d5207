#pragma once

#include <future>
#include <memory>

#include <QHash>
#include <QMutex>
#include <QString>

#include "core/pipeline/posterpipeline.h"

namespace Marquee::Pipeline {

// Coalesces identical renders in this process (reference §8.3): the first request for a composite key
// becomes the leader and renders; requests for the same key that arrive meanwhile wait for the leader's
// Result — the same poster, or the same Error. Joining happens before render admission, so followers
// never take a slot.
//
//   auto claim = inflight.join(key);
//   if (!claim.isLeader()) return claim.wait();
//   auto result = renderFresh();
//   claim.publish(result);
class InFlightRenders
{
public:
    using Outcome = Result<PosterResult>;

    class Claim
    {
    public:
        Claim(Claim &&other) noexcept;
        Claim &operator=(Claim &&) = delete;
        Claim(const Claim &) = delete;
        ~Claim();  // a leader that never published hands its followers an Internal error

        bool isLeader() const { return m_leader; }
        Outcome wait() const;                  // followers: blocks until the leader publishes
        void publish(const Outcome &outcome);  // leader: wakes the followers, forgets the key

    private:
        friend class InFlightRenders;
        Claim(InFlightRenders *owner, QString key, bool leader, std::shared_future<Outcome> future,
              std::shared_ptr<std::promise<Outcome>> promise);

        InFlightRenders *m_owner = nullptr;
        QString m_key;
        bool m_leader = false;
        std::shared_future<Outcome> m_future;
        std::shared_ptr<std::promise<Outcome>> m_promise;  // leader only
    };

    Claim join(const QString &key);

    int inFlight() const;              // distinct keys being rendered
    qint64 coalescedCount() const;     // followers served so far

private:
    struct Entry
    {
        std::shared_ptr<std::promise<Outcome>> promise;
        std::shared_future<Outcome> future;
    };

    void finish(const QString &key);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qint64 m_coalesced = 0;
};

} // namespace Marquee::Pipeline
