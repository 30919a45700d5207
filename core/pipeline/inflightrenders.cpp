#include "core/pipeline/inflightrenders.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace Marquee::Pipeline {

InFlightRenders::Claim::Claim(InFlightRenders *owner, QString key, bool leader,
                              std::shared_future<Outcome> future, std::shared_ptr<std::promise<Outcome>> promise)
    : m_owner(owner)
    , m_key(std::move(key))
    , m_leader(leader)
    , m_future(std::move(future))
    , m_promise(std::move(promise))
{
}

InFlightRenders::Claim::Claim(Claim &&other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr))
    , m_key(std::move(other.m_key))
    , m_leader(std::exchange(other.m_leader, false))
    , m_future(std::move(other.m_future))
    , m_promise(std::move(other.m_promise))
{
}

InFlightRenders::Claim::~Claim()
{
    if (m_leader && m_promise)
        publish(fail(ErrorKind::Internal,
                     QCoreApplication::translate("Marquee::Pipeline::InFlightRenders", "Failed to build poster")));
}

InFlightRenders::Outcome InFlightRenders::Claim::wait() const
{
    return m_future.get();
}

void InFlightRenders::Claim::publish(const Outcome &outcome)
{
    if (!m_leader || !m_promise)
        return;
    // Forget the key first: a request arriving after this point starts a fresh render (or hits the cache).
    m_owner->finish(m_key);
    m_promise->set_value(outcome);
    m_promise.reset();
}

InFlightRenders::Claim InFlightRenders::join(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    if (auto it = m_entries.constFind(key); it != m_entries.cend()) {
        ++m_coalesced;
        return Claim(this, key, false, it->future, nullptr);
    }
    auto promise = std::make_shared<std::promise<Outcome>>();
    std::shared_future<Outcome> future = promise->get_future().share();
    m_entries.insert(key, Entry{promise, future});
    return Claim(this, key, true, future, promise);
}

void InFlightRenders::finish(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    m_entries.remove(key);
}

int InFlightRenders::inFlight() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

qint64 InFlightRenders::coalescedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_coalesced;
}

} // namespace Marquee::Pipeline
