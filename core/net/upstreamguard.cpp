#include "core/net/upstreamguard.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSemaphore>

namespace Marquee::Net {

namespace {

QString hostKey(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host().toLower() + QLatin1Char(':')
           + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

int stateValue(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return 0;
    case CircuitBreaker::State::HalfOpen:
        return 1;
    case CircuitBreaker::State::Open:
        return 2;
    }
    return 0;
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArrayLiteral("# HELP ") + name + ' ' + help + '\n';
    out += QByteArrayLiteral("# TYPE ") + name + ' ' + type + '\n';
}

} // namespace

UpstreamGuard::HostSlot &UpstreamGuard::HostSlot::operator=(HostSlot &&other) noexcept
{
    if (this != &other) {
        if (m_semaphore)
            m_semaphore->release();
        m_semaphore = std::exchange(other.m_semaphore, nullptr);
    }
    return *this;
}

UpstreamGuard::HostSlot::~HostSlot()
{
    if (m_semaphore)
        m_semaphore->release();
}

UpstreamGuard::UpstreamGuard(UpstreamPolicy policy, CircuitBreaker::Clock clock)
    : m_policy(policy)
    , m_clock(std::move(clock))
{
}

UpstreamGuard::~UpstreamGuard()
{
    qDeleteAll(m_hosts);
}

void UpstreamGuard::addService(const QString &service, const QString &urlPrefix, bool retry)
{
    QMutexLocker locker(&m_mutex);
    breakerLocked(service);
    if (!retry && !m_noRetry.contains(service))
        m_noRetry.append(service);
    if (urlPrefix.isEmpty())
        return;
    m_prefixes.append({urlPrefix, service});
    // Longest first, so the first match is the most specific one.
    std::stable_sort(m_prefixes.begin(), m_prefixes.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QString UpstreamGuard::serviceFor(const QUrl &url) const
{
    const QString text = url.toString(QUrl::RemoveUserInfo);
    QMutexLocker locker(&m_mutex);
    for (const auto &[prefix, service] : m_prefixes) {
        if (text.startsWith(prefix))
            return service;
    }
    return QStringLiteral("other");
}

CircuitBreaker &UpstreamGuard::breakerLocked(const QString &service)
{
    auto it = m_breakers.find(service);
    if (it == m_breakers.end())
        it = m_breakers.emplace(service, std::make_unique<CircuitBreaker>(m_policy.breakerThreshold,
                                                                          m_policy.breakerCooldownMs, m_clock))
                 .first;
    return *it->second;
}

CircuitBreaker &UpstreamGuard::breaker(const QString &service)
{
    QMutexLocker locker(&m_mutex);
    return breakerLocked(service);
}

std::optional<UpstreamGuard::HostSlot> UpstreamGuard::acquireHost(const QUrl &url, qint64 waitMs)
{
    if (m_policy.maxPerHost <= 0)
        return HostSlot();
    QSemaphore *semaphore = nullptr;
    {
        QMutexLocker locker(&m_mutex);
        const QString key = hostKey(url);
        semaphore = m_hosts.value(key);
        if (!semaphore) {
            if (m_hosts.size() >= MaxHosts)
                return HostSlot();
            semaphore = new QSemaphore(m_policy.maxPerHost);
            m_hosts.insert(key, semaphore);
        }
    }
    const int wait = int(std::clamp<qint64>(waitMs, 0, std::numeric_limits<int>::max()));
    if (!semaphore->tryAcquire(1, wait))
        return std::nullopt;
    return HostSlot(semaphore);
}

int UpstreamGuard::backoffMs(int retry) const
{
    if (m_policy.backoffMs <= 0)
        return 0;
    const double base = std::min<double>(m_policy.backoffCapMs,
                                         m_policy.backoffMs * std::pow(2.0, std::clamp(retry, 0, 20)));
    // ±25% so replicas and threads that failed together do not retry in lockstep.
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return std::max(1, int(std::lround(base * jitter)));
}

int UpstreamGuard::retriesFor(const QString &service) const
{
    QMutexLocker locker(&m_mutex);
    return m_noRetry.contains(service) ? 0 : std::max(0, m_policy.retries);
}

void UpstreamGuard::countCall(const QString &service, const QString &result)
{
    QMutexLocker locker(&m_mutex);
    ++m_calls[{service, result}];
}

QString UpstreamGuard::resultLabel(int httpStatus)
{
    if (httpStatus < 100 || httpStatus > 599)
        return QStringLiteral("error");
    return QString::number(httpStatus / 100) + QLatin1String("xx");
}

QJsonObject UpstreamGuard::snapshot() const
{
    QMutexLocker locker(&m_mutex);
    QJsonObject services;
    for (const auto &[name, breaker] : m_breakers) {
        QJsonObject calls;
        for (const auto &[key, count] : m_calls) {
            if (key.first == name)
                calls.insert(key.second, count);
        }
        services.insert(name, QJsonObject{
                                  {QStringLiteral("state"), CircuitBreaker::stateName(breaker->state())},
                                  {QStringLiteral("consecutive_failures"), breaker->consecutiveFailures()},
                                  {QStringLiteral("trips"), breaker->tripCount()},
                                  {QStringLiteral("rejected"), breaker->rejectedCount()},
                                  {QStringLiteral("calls"), calls},
                              });
    }
    return services;
}

QByteArray UpstreamGuard::exposition() const
{
    QMutexLocker locker(&m_mutex);
    QByteArray out;
    family(out, "marquee_upstream_breaker_state", "gauge",
           "Circuit breaker per upstream service: 0 closed, 1 half-open (a probe may go out), 2 open (failing fast).");
    for (const auto &[name, breaker] : m_breakers)
        out += "marquee_upstream_breaker_state{service=\"" + name.toUtf8() + "\"} "
               + QByteArray::number(stateValue(breaker->state())) + '\n';
    family(out, "marquee_upstream_breaker_trips_total", "counter", "How often each service's breaker opened.");
    for (const auto &[name, breaker] : m_breakers)
        out += "marquee_upstream_breaker_trips_total{service=\"" + name.toUtf8() + "\"} "
               + QByteArray::number(breaker->tripCount()) + '\n';
    family(out, "marquee_upstream_calls_total", "counter",
           "Upstream requests by service and result (2xx, 4xx, 5xx, timeout, error, circuit_open).");
    for (const auto &[key, count] : m_calls)
        out += "marquee_upstream_calls_total{service=\"" + key.first.toUtf8() + "\",status=\"" + key.second.toUtf8()
               + "\"} " + QByteArray::number(count) + '\n';
    return out;
}

} // namespace Marquee::Net
