#pragma once

#include <QString>

#include <optional>

#include "tests/fakeupstream/fakeroutes.h"

namespace Marquee::Tests {

// Per-key MDBList behaviour of the fake upstream (process-wide, thread-safe; reset() between tests):
// extra accepted keys besides FakeKeys::mdblist (so a server can rotate between two), 429 answers for
// one key only (burst limit with Retry-After, or the daily quota: x-ratelimit-remaining 0 and
// x-ratelimit-reset), and a request counter per key.
//
//   FakeMdbListKeys::addKey(QStringLiteral("second-key"));
//   FakeMdbListKeys::rateLimit(QStringLiteral("test-mdblist-key"), 2);   // 429, Retry-After: 2, for 2 s
//   … FakeMdbListKeys::requestCount(QStringLiteral("second-key")) …
class FakeMdbListKeys
{
public:
    static void addKey(const QString &key);
    // 429 with Retry-After: retryAfterSeconds for every request with `key` during the next
    // limitedForSeconds (default: as long as Retry-After says).
    static void rateLimit(const QString &key, int retryAfterSeconds, int limitedForSeconds = -1);
    // 429 without Retry-After, x-ratelimit-remaining 0 and x-ratelimit-reset resetAt (epoch seconds),
    // until cleared.
    static void exhaustQuota(const QString &key, qint64 resetAt);
    static void clearLimits();
    static int requestCount(const QString &key);
    static void reset();   // keys, limits and counters

    // The dispatch step of routeRequest: counts the key; answers 429 when it is limited; otherwise lets
    // an extra key through as the main one (rewrites `request`) and returns nullopt.
    static std::optional<FakeResponse> intercept(FakeRequest &request, const FakeKeys &keys);
};

} // namespace Marquee::Tests
