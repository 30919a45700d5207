#pragma once

#include <QtGlobal>

namespace Marquee::Net {

// The calling thread's upstream deadline (marquee.md §4 "Never hang"). A poster request opens a Scope
// with its foreground budget; every HttpClient call made on that thread while it is open is cut to the
// time left (and retries stop when none is left), without threading a parameter through every
// source. Background fetch threads open none, so their calls keep the plain socket timeout.
//
//   const Net::Deadline::Scope budget(settings.upstreamDeadlineMs);   // 0 = no deadline
//   auto details = tmdb.details(...);   // bounded by the budget
class Deadline
{
public:
    class Scope
    {
    public:
        // Replaces the thread's deadline by now + budgetMs until destruction, then restores the
        // previous one. budgetMs <= 0 means "no deadline" inside the scope.
        explicit Scope(qint64 budgetMs);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        qint64 m_previous;
    };

    static bool active();
    // Milliseconds left (≥ 0) while a deadline is active; -1 when there is none.
    static qint64 remainingMs();
    static bool expired() { return remainingMs() == 0; }
    // `timeoutMs` cut to the time left; unchanged without a deadline.
    static qint64 clamp(qint64 timeoutMs);
};

} // namespace Marquee::Net
