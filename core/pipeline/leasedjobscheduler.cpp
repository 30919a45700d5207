#include "core/pipeline/leasedjobscheduler.h"

#include <algorithm>
#include <exception>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

#include "core/coordination/coordinator.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcJobs, "marquee.pipeline.jobs")

} // namespace

struct LeasedJobScheduler::Worker
{
    explicit Worker(LeasedJob spec)
        : job(std::move(spec))
    {
    }

    LeasedJob job;
    QThread *thread = nullptr;        // the control thread; owned, deleted by stop()
    std::optional<QString> token;     // touched by the control thread only
    std::atomic<bool> leader{false};
    std::atomic<bool> leaseLost{false};
    std::atomic<int> runs{0};
};

JobControl::JobControl(const std::atomic<bool> &stopping, const std::atomic<bool> &leaseLost)
    : m_stopping(stopping)
    , m_leaseLost(leaseLost)
{
}

bool JobControl::shouldStop() const
{
    return m_stopping.load() || m_leaseLost.load();
}

LeasedJobScheduler::LeasedJobScheduler(Coordination::Coordinator &coordinator)
    : m_coordinator(coordinator)
{
}

LeasedJobScheduler::~LeasedJobScheduler()
{
    stop();
}

void LeasedJobScheduler::add(LeasedJob job)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    const bool duplicate = std::any_of(m_workers.cbegin(), m_workers.cend(),
                                       [&job](const auto &worker) { return worker->job.name == job.name; });
    if (duplicate) {
        qCWarning(lcJobs).noquote() << "job" << job.name << "is already scheduled; the second one is ignored";
        return;
    }
    m_workers.push_back(std::make_unique<Worker>(std::move(job)));
    if (m_started)
        launch(*m_workers.back());
}

void LeasedJobScheduler::start()
{
    QMutexLocker lock(&m_mutex);
    if (m_started || m_stopping)
        return;
    m_started = true;
    for (const auto &worker : m_workers)
        launch(*worker);
}

void LeasedJobScheduler::stop()
{
    QList<QThread *> threads;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
        for (const auto &worker : m_workers)
            threads.append(std::exchange(worker->thread, nullptr));
    }
    // Outside the lock: the control threads take it to sleep, and release their leases on the way out.
    for (QThread *thread : std::as_const(threads)) {
        if (!thread)
            continue;
        thread->wait();
        delete thread;
    }
}

int LeasedJobScheduler::runCount(const QString &name) const
{
    const Worker *worker = find(name);
    return worker ? worker->runs.load() : 0;
}

bool LeasedJobScheduler::holdsLease(const QString &name) const
{
    const Worker *worker = find(name);
    return worker && worker->leader.load();
}

const LeasedJobScheduler::Worker *LeasedJobScheduler::find(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &worker : m_workers) {
        if (worker->job.name == name)
            return worker.get();
    }
    return nullptr;
}

void LeasedJobScheduler::launch(Worker &worker)
{
    worker.thread = QThread::create([this, &worker] { controlLoop(worker); });
    worker.thread->setObjectName(QStringLiteral("job:") + worker.job.name);
    worker.thread->start(QThread::LowPriority);
}

void LeasedJobScheduler::controlLoop(Worker &worker)
{
    if (sleepFor(worker.job.startDelay)) {
        do {
            if (holdLease(worker))
                runOnce(worker);
        } while (sleepFor(worker.job.interval));
    }
    if (worker.token) {
        // Released now rather than left to its TTL: another replica can take the job over at once.
        m_coordinator.releaseLease(worker.job.name, *worker.token);
        worker.token.reset();
        worker.leader = false;
        qCInfo(lcJobs).noquote() << "job" << worker.job.name << "released its lease";
    }
}

bool LeasedJobScheduler::holdLease(Worker &worker)
{
    const qint64 ttlMs = worker.job.leaseTtl.count();
    if (worker.token && m_coordinator.refreshLease(worker.job.name, *worker.token, ttlMs))
        return true;
    if (worker.token)
        qCInfo(lcJobs).noquote() << "job" << worker.job.name << "lost its lease";
    worker.token = m_coordinator.acquireLease(worker.job.name, ttlMs);
    worker.leader = worker.token.has_value();
    if (worker.token)
        qCInfo(lcJobs).noquote() << "job" << worker.job.name << "holds its lease on this replica";
    return worker.leader;
}

void LeasedJobScheduler::runOnce(Worker &worker)
{
    worker.leaseLost = false;
    const JobControl control(m_stopping, worker.leaseLost);
    const LeasedJob &job = worker.job;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> runner(QThread::create([&job, &control] {
        try {
            job.run(control);
        } catch (const std::exception &error) {
            qCWarning(lcJobs).noquote() << "job" << job.name << "failed:" << error.what();
        }
    }));
    runner->setObjectName(QStringLiteral("run:") + job.name);
    runner->start(QThread::LowPriority);

    // A long run must not outlive its lease, or a second replica would start the same job.
    const qint64 refreshEveryMs = std::max<qint64>(1, job.leaseTtl.count() / 3);
    while (!runner->wait(QDeadlineTimer(refreshEveryMs))) {
        if (worker.leaseLost)
            continue;
        if (!m_coordinator.refreshLease(job.name, *worker.token, job.leaseTtl.count())) {
            qCWarning(lcJobs).noquote() << "job" << job.name << "lost its lease while running; asking it to stop";
            worker.token.reset();
            worker.leader = false;
            worker.leaseLost = true;
        }
    }
    ++worker.runs;
    qCInfo(lcJobs).noquote() << "job" << job.name << "finished in" << timer.elapsed() << "ms";
}

bool LeasedJobScheduler::sleepFor(std::chrono::milliseconds duration)
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(std::max<qint64>(0, duration.count()));
    while (!m_stopping) {
        if (!m_wake.wait(&m_mutex, deadline))
            break;  // the deadline passed
    }
    return !m_stopping;
}

} // namespace Marquee::Pipeline
