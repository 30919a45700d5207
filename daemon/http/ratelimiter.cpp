#include "daemon/http/ratelimiter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Marquee::Http {

namespace {

const QString OperatorBucket = QStringLiteral("operator");
const QString PresetBucket = QStringLiteral("preset");
const QString AnonymousBucket = QStringLiteral("anonymous");
constexpr int BucketHexDigits = 16;

QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

} // namespace

RateLimiter::RateLimiter(Coordination::Coordinator &coordinator, int tenantRps, int anonymousTmdbRps)
    : m_coordinator(coordinator)
    , m_tenantRps(tenantRps)
    , m_anonymousTmdbRps(anonymousTmdbRps)
{
}

VoidResult RateLimiter::checkPoster(const QUrlQuery &query) const
{
    if (m_tenantRps <= 0)
        return {};  // skip hashing the keys when the limit is off
    return check(posterTenant(query), m_tenantRps);
}

VoidResult RateLimiter::checkPreset() const
{
    return check(PresetBucket, m_tenantRps);
}

VoidResult RateLimiter::checkTmdbProxy(const QString &userTmdbKey, bool operatorKey) const
{
    if (!userTmdbKey.isEmpty())
        return m_tenantRps > 0 ? check(keyBucket(userTmdbKey), m_tenantRps) : VoidResult{};
    if (operatorKey)
        return check(OperatorBucket, m_tenantRps);
    return check(AnonymousBucket, m_anonymousTmdbRps);
}

QString RateLimiter::posterTenant(const QUrlQuery &query)
{
    for (const QString &name : {QStringLiteral("tmdb_key"), QStringLiteral("mdblist_key")}) {
        const QString key = queryValue(query, name);
        if (!key.isEmpty())
            return keyBucket(key);
    }
    return OperatorBucket;
}

QString RateLimiter::keyBucket(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(BucketHexDigits));
}

VoidResult RateLimiter::check(const QString &bucket, int limitPerSecond) const
{
    if (limitPerSecond <= 0)
        return {};
    const Coordination::RateDecision decision = m_coordinator.allowRate(bucket, limitPerSecond);
    if (decision.allowed)
        return {};
    Error error{ErrorKind::RateLimited,
                QCoreApplication::translate("Marquee::Http::RateLimiter", "Rate limit exceeded (%1 req/s)")
                    .arg(limitPerSecond),
                0, decision.retryAfterSeconds};
    return fail(std::move(error));
}

} // namespace Marquee::Http
