#include "tests/fakeupstream/fakemdblistkeys.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace Marquee::Tests {

namespace {

struct Limit
{
    qint64 untilMs = 0;         // burst limit: 429 until then
    int retryAfterSeconds = 0;
    qint64 quotaResetAt = 0;    // > 0: daily quota spent
};

struct KeyState
{
    QMutex mutex;
    QSet<QString> extraKeys;
    QHash<QString, Limit> limits;
    QHash<QString, int> counts;
};

KeyState &state()
{
    static KeyState instance;
    return instance;
}

FakeResponse tooManyRequests(const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    return FakeResponse{429, QByteArrayLiteral("application/json;charset=utf-8"), body, std::move(headers)};
}

} // namespace

void FakeMdbListKeys::addKey(const QString &key)
{
    QMutexLocker lock(&state().mutex);
    state().extraKeys.insert(key);
}

void FakeMdbListKeys::rateLimit(const QString &key, int retryAfterSeconds, int limitedForSeconds)
{
    QMutexLocker lock(&state().mutex);
    const int seconds = limitedForSeconds >= 0 ? limitedForSeconds : retryAfterSeconds;
    Limit &limit = state().limits[key];
    limit.untilMs = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
    limit.retryAfterSeconds = retryAfterSeconds;
}

void FakeMdbListKeys::exhaustQuota(const QString &key, qint64 resetAt)
{
    QMutexLocker lock(&state().mutex);
    state().limits[key].quotaResetAt = resetAt;
}

void FakeMdbListKeys::clearLimits()
{
    QMutexLocker lock(&state().mutex);
    state().limits.clear();
}

int FakeMdbListKeys::requestCount(const QString &key)
{
    QMutexLocker lock(&state().mutex);
    return state().counts.value(key);
}

void FakeMdbListKeys::reset()
{
    QMutexLocker lock(&state().mutex);
    state().extraKeys.clear();
    state().limits.clear();
    state().counts.clear();
}

std::optional<FakeResponse> FakeMdbListKeys::intercept(FakeRequest &request, const FakeKeys &keys)
{
    const QString key = request.query.queryItemValue(QStringLiteral("apikey"), QUrl::FullyDecoded);
    QMutexLocker lock(&state().mutex);
    ++state().counts[key];
    const Limit limit = state().limits.value(key);
    if (limit.quotaResetAt > 0) {
        return tooManyRequests(QByteArrayLiteral("{\"error\":\"API Limit Reached!\"}"),
                               {{QByteArrayLiteral("X-RateLimit-Limit"), QByteArrayLiteral("1000")},
                                {QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0")},
                                {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(limit.quotaResetAt)}});
    }
    if (limit.untilMs > QDateTime::currentMSecsSinceEpoch()) {
        return tooManyRequests(QByteArrayLiteral("{\"error\":\"Too many requests\"}"),
                               {{QByteArrayLiteral("Retry-After"), QByteArray::number(limit.retryAfterSeconds)}});
    }
    if (state().extraKeys.contains(key)) {
        request.query.removeAllQueryItems(QStringLiteral("apikey"));
        request.query.addQueryItem(QStringLiteral("apikey"), keys.mdblist);
    }
    return std::nullopt;
}

} // namespace Marquee::Tests
