#include "core/net/deadline.h"

#include <algorithm>
#include <chrono>

namespace Marquee::Net {

namespace {

constexpr qint64 None = -1;

// Absolute monotonic milliseconds (steady_clock); None = no deadline.
thread_local qint64 t_deadline = None;

qint64 monotonicNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

Deadline::Scope::Scope(qint64 budgetMs)
    : m_previous(t_deadline)
{
    t_deadline = budgetMs > 0 ? monotonicNow() + budgetMs : None;
}

Deadline::Scope::~Scope()
{
    t_deadline = m_previous;
}

bool Deadline::active()
{
    return t_deadline != None;
}

qint64 Deadline::remainingMs()
{
    if (t_deadline == None)
        return -1;
    return std::max<qint64>(0, t_deadline - monotonicNow());
}

qint64 Deadline::clamp(qint64 timeoutMs)
{
    const qint64 left = remainingMs();
    return left < 0 ? timeoutMs : std::min(timeoutMs, left);
}

} // namespace Marquee::Net
