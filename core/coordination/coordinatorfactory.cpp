#include "core/coordination/coordinatorfactory.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "core/coordination/inprocesscoordinator.h"
#include "core/coordination/rediscoordinator.h"
#include "core/coordination/redisendpoint.h"

namespace Marquee::Coordination {

namespace {

Q_LOGGING_CATEGORY(lcFactory, "marquee.coordination")

} // namespace

Result<std::unique_ptr<Coordinator>> openCoordinator(const QString &redisUrl, const QString &keyPrefix)
{
    if (redisUrl.trimmed().isEmpty())
        return std::unique_ptr<Coordinator>(std::make_unique<InProcessCoordinator>());
    auto endpoint = RedisEndpoint::parse(redisUrl);
    if (!endpoint)
        return fail(endpoint.error());
    auto coordinator = std::make_unique<RedisCoordinator>(*endpoint, keyPrefix);
    // Not fatal: replicas must start (and serve posters) while Redis is down; they fail open until it is back.
    if (const VoidResult ok = coordinator->ping(); !ok)
        qCWarning(lcFactory).noquote() << "Redis does not answer yet; coordination fails open until it does:"
                                       << ok.error().message;
    return std::unique_ptr<Coordinator>(std::move(coordinator));
}

} // namespace Marquee::Coordination
