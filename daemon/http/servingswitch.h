#pragma once

#include <QCoreApplication>

#include <atomic>

#include "core/util/error.h"

namespace Marquee::Http {

// The tray's pause button. Paused, the render routes (/poster, /p, the RPDB shape) answer 503 with a
// reason and Retry-After instead of rendering, while /, /server-caps, the preset API and the probes
// keep answering: the operator can still see and configure the daemon, and clients get a clear,
// retryable answer rather than a refused connection that looks like a crash.
class ServingSwitch
{
public:
    void setPaused(bool paused) { m_paused.store(paused, std::memory_order_relaxed); }
    bool paused() const { return m_paused.load(std::memory_order_relaxed); }

    // Saturated (→ 503 + Retry-After) while paused.
    VoidResult check() const
    {
        if (!paused())
            return {};
        return fail(ErrorKind::Saturated,
                    QCoreApplication::translate("Marquee::Http::ServingSwitch",
                                                "Poster serving is paused by the operator; try again later"));
    }

private:
    std::atomic<bool> m_paused{false};
};

} // namespace Marquee::Http
