#include "core/coordination/redisendpoint.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Marquee::Coordination {

namespace {

constexpr int DefaultPort = 6379;

QString tr(const char *text)
{
    return QCoreApplication::translate("Marquee::Coordination", text);
}

// A database number is a small non-negative integer; anything else is a typo worth refusing.
Result<int> databaseNumber(const QString &text, const QString &redactedUrl)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int db = text.toInt(&ok);
    if (!ok || db < 0)
        return fail(ErrorKind::InvalidInput,
                    tr("REDIS_URL: '%1' is not a database number (in %2)").arg(text, redactedUrl));
    return db;
}

QString withoutPassword(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(QStringLiteral("***"));
    QUrlQuery query(copy);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("***"));
        copy.setQuery(query);
    }
    return copy.toString();
}

Result<RedisEndpoint> parseUnix(const QUrl &url, const QString &redactedUrl)
{
    RedisEndpoint endpoint;
    endpoint.socketPath = url.path(QUrl::FullyDecoded);
    // unix://run/redis.sock would read "run" as a host: only unix:///absolute/path is unambiguous.
    if (!url.host().isEmpty() || endpoint.socketPath.isEmpty() || !endpoint.socketPath.startsWith(QLatin1Char('/')))
        return fail(ErrorKind::InvalidInput,
                    tr("REDIS_URL: a unix:// URL needs an absolute socket path, as in unix:///run/redis/redis.sock (got %1)")
                        .arg(redactedUrl));
    const QUrlQuery query(url);
    endpoint.username = url.userName(QUrl::FullyDecoded);
    endpoint.password = url.password(QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("password")))
        endpoint.password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    auto db = databaseNumber(query.queryItemValue(QStringLiteral("db")), redactedUrl);
    if (!db)
        return fail(db.error());
    endpoint.database = *db;
    return endpoint;
}

Result<RedisEndpoint> parseTcp(const QUrl &url, const QString &redactedUrl)
{
    RedisEndpoint endpoint;
    endpoint.host = url.host(QUrl::FullyDecoded);
    if (endpoint.host.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("REDIS_URL: no host in %1").arg(redactedUrl));
    endpoint.port = url.port(DefaultPort);
    if (endpoint.port <= 0 || endpoint.port > 65535)
        return fail(ErrorKind::InvalidInput, tr("REDIS_URL: invalid port in %1").arg(redactedUrl));
    endpoint.username = url.userName(QUrl::FullyDecoded);
    endpoint.password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    auto db = databaseNumber(path, redactedUrl);
    if (!db)
        return fail(db.error());
    endpoint.database = *db;
    return endpoint;
}

} // namespace

QString RedisEndpoint::redacted() const
{
    const QString auth = password.isEmpty() ? (username.isEmpty() ? QString() : username + QLatin1Char('@'))
                                            : username + QStringLiteral(":***@");
    if (isUnixSocket())
        return QStringLiteral("unix://") + auth + socketPath + QStringLiteral("?db=") + QString::number(database);
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("redis://") + auth + shownHost + QLatin1Char(':') + QString::number(port) + QLatin1Char('/')
           + QString::number(database);
}

Result<RedisEndpoint> RedisEndpoint::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString redactedUrl = withoutPassword(url);
    if (!url.isValid())
        return fail(ErrorKind::InvalidInput, tr("REDIS_URL: not a valid URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("unix"))
        return parseUnix(url, redactedUrl);
    if (scheme == QLatin1String("redis"))
        return parseTcp(url, redactedUrl);
    if (scheme == QLatin1String("rediss"))
        return fail(ErrorKind::InvalidInput,
                    tr("REDIS_URL: rediss:// (TLS) is not supported by this build (hiredis without TLS); "
                       "use redis:// through a local TLS tunnel such as stunnel"));
    return fail(ErrorKind::InvalidInput,
                tr("REDIS_URL: unsupported scheme '%1' (use redis:// or unix://, or leave it empty for in-process coordination)")
                    .arg(url.scheme()));
}

} // namespace Marquee::Coordination
