#pragma once

#include <QString>
#include <QUrlQuery>

#include "core/coordination/coordinator.h"
#include "core/util/error.h"

namespace Marquee::Http {

// The daemon's request budgets (reference §1.2 step 2, §1.3, §1.6, §8.3), all fixed 1-second windows
// in the Coordinator:
//
//   route                       bucket                                   limit
//   /poster                     sha256(tmdb_key|mdblist_key)[:16],       RATE_LIMIT_RPS
//                               else "operator"
//   /p                          "preset"                                 RATE_LIMIT_RPS
//   /search, /resolve-imdb      sha256(tmdb_key)[:16]; with a valid      RATE_LIMIT_RPS
//                               access key "operator"; else "anonymous"  ANONYMOUS_TMDB_RPS
//
// A limit of 0 switches that budget off. Denied → RateLimited "Rate limit exceeded (N req/s)" with
// retryAfterSeconds 1, which ErrorResponse turns into 429 + Retry-After. Keys only ever enter as hashes.
class RateLimiter
{
public:
    RateLimiter(Coordination::Coordinator &coordinator, int tenantRps, int anonymousTmdbRps);

    VoidResult checkPoster(const QUrlQuery &query) const;
    VoidResult checkPreset() const;
    // `operatorKey`: the request carried the configured ACCESS_KEY.
    VoidResult checkTmdbProxy(const QString &userTmdbKey, bool operatorKey) const;

    // The /poster tenant of a query: a hash of its TMDB key, else of its MDBList key, else "operator".
    static QString posterTenant(const QUrlQuery &query);
    // First 16 hex digits of SHA-256 of the key's UTF-8.
    static QString keyBucket(const QString &key);

private:
    VoidResult check(const QString &bucket, int limitPerSecond) const;

    Coordination::Coordinator &m_coordinator;
    int m_tenantRps;
    int m_anonymousTmdbRps;
};

} // namespace Marquee::Http
