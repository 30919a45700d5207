#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace Marquee::Coordination { class Coordinator; }

namespace Marquee::Pipeline {

// What a running job may ask its scheduler: whether to stop early. True once the scheduler is
// stopping or the job's lease was lost (another replica may be running it now); a job checks it between
// batches and returns.
class JobControl
{
public:
    JobControl(const std::atomic<bool> &stopping, const std::atomic<bool> &leaseLost);
    bool shouldStop() const;

private:
    const std::atomic<bool> &m_stopping;
    const std::atomic<bool> &m_leaseLost;
};

// A periodic background job that one replica at a time runs, under the coordinator lease `name`.
struct LeasedJob
{
    QString name;                         // the lease name and the job's name in the logs
    std::chrono::milliseconds leaseTtl;   // longer than interval, so the holder stays the leader
    std::chrono::milliseconds interval;   // between two attempts (and runs) of this replica
    std::chrono::milliseconds startDelay; // before the first attempt
    std::function<void(const JobControl &)> run;  // on a worker thread; returns when done or told to stop
};

// Runs LeasedJobs on one replica at a time (reference §8.3 "background jobs leader-elected via
// leases"). Per job, a control thread waits startDelay, then every interval: refreshes the lease it
// holds (or acquires a free one) and, holding it, runs the job on a worker thread while refreshing the
// lease every leaseTtl/3; a refresh that fails tells the job to stop. The lease is kept between runs —
// leaseTtl > interval keeps one replica the leader, while the others' attempts fail — and released by
// stop(), so another replica takes over at its next attempt instead of after the TTL. With an
// in-process coordinator every daemon is its own leader.
//
// stop() must run before the coordinator (and whatever the jobs use) is destroyed; the Daemon calls it
// first thing in shutdown. Usage (the trending refresh is added the same way):
//
//   Pipeline::LeasedJobScheduler jobs(coordinator);
//   jobs.add({QStringLiteral("trending-fetch"), 26h, 24h, 10s, [&trending](const Pipeline::JobControl &control) {
//       trending.refresh(control);             // checks control.shouldStop() between titles
//   }});
//   jobs.start();
//   …
//   jobs.stop();                               // waits for running jobs, releases every lease
class LeasedJobScheduler
{
public:
    explicit LeasedJobScheduler(Coordination::Coordinator &coordinator);
    ~LeasedJobScheduler();

    LeasedJobScheduler(const LeasedJobScheduler &) = delete;
    LeasedJobScheduler &operator=(const LeasedJobScheduler &) = delete;

    // Before or after start(); names must be unique (a duplicate is ignored with a warning).
    void add(LeasedJob job);
    void start();
    // Tells running jobs to stop, waits for them, releases held leases. Idempotent; no restart.
    void stop();

    // Completed runs of the job on this replica, and whether this replica holds its lease now.
    int runCount(const QString &name) const;
    bool holdsLease(const QString &name) const;

private:
    struct Worker;

    void launch(Worker &worker);
    void controlLoop(Worker &worker);
    bool holdLease(Worker &worker);
    void runOnce(Worker &worker);
    // Sleeps up to `duration`; false as soon as stop() is called.
    bool sleepFor(std::chrono::milliseconds duration);
    const Worker *find(const QString &name) const;

    Coordination::Coordinator &m_coordinator;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::atomic<bool> m_stopping{false};
    bool m_started = false;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace Marquee::Pipeline
