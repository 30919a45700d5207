#include "tests/daemon/backendservers.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include "core/storage/storage.h"

namespace Marquee::Tests {

namespace {

constexpr int ListTimeoutMs = 10000;

QString queryValue(const QString &url, const QString &name)
{
    return QUrlQuery(QUrl(url).query()).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

QString BackendChoice::describe() const
{
    return QStringList{postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"),
                       redis ? QStringLiteral("redis") : QStringLiteral("in-process"),
                       s3 ? QStringLiteral("s3") : QStringLiteral("local")}
        .join(QLatin1Char('+'));
}

QString BackendServers::ensure(const BackendChoice &choice, bool *missing)
{
    *missing = false;
    if (choice.postgres && !m_postgres.isRunning()) {
        if (const QString why = Test::PostgresServer::unavailableReason(); !why.isEmpty()) {
            *missing = true;
            return why;
        }
        if (!m_postgres.start())
            return m_postgres.errorString();
    }
    if (choice.redis && !m_redis.isRunning()) {
        if (!Test::RedisServer::available()) {
            *missing = true;
            return QStringLiteral("redis-server is not installed");
        }
        if (!m_redis.start())
            return m_redis.errorString();
    }
    if (choice.s3 && !m_s3.isRunning()) {
        if (const QString why = Test::S3Server::unavailableReason(); !why.isEmpty()) {
            *missing = true;
            return why;
        }
        if (!m_s3.start())
            return m_s3.errorString();
    }
    return {};
}

bool BackendServers::apply(const BackendChoice &choice, const QString &name, Config::ServerSettings &settings,
                           QString *error)
{
    if (choice.postgres) {
        settings.databaseUrl = m_postgres.createDatabase(name);
        if (settings.databaseUrl.isEmpty()) {
            if (error)
                *error = m_postgres.errorString();
            return false;
        }
    }
    if (choice.redis) {
        settings.redisUrl = m_redis.url();
        settings.redisKeyPrefix = name;
    }
    if (choice.s3) {
        settings.objectStoreUrl = m_s3.objectStoreUrl(name);
        settings.awsAccessKeyId = Test::S3Server::accessKeyId();
        settings.awsSecretAccessKey = Test::S3Server::secretAccessKey();
    }
    return true;
}

void BackendServers::exportTo(const Config::ServerSettings &settings, QProcessEnvironment &env)
{
    const auto set = [&env](const char *name, const QString &value) {
        if (!value.isEmpty())
            env.insert(QLatin1String(name), value);
    };
    set("DATABASE_URL", settings.databaseUrl);
    set("REDIS_URL", settings.redisUrl);
    set("REDIS_KEY_PREFIX", settings.redisUrl.isEmpty() ? QString() : settings.redisKeyPrefix);
    set("OBJECT_STORE_URL", settings.objectStoreUrl);
    set("AWS_ACCESS_KEY_ID", settings.awsAccessKeyId);
    set("AWS_SECRET_ACCESS_KEY", settings.awsSecretAccessKey);
}

bool BackendServers::blobKeys(const Config::ServerSettings &settings, QStringList *keys, QString *error) const
{
    keys->clear();
    if (settings.objectStoreUrl.isEmpty()) {
        const QDir dir(QDir(settings.effectiveCacheDir()).filePath(QStringLiteral("composites")));
        *keys = dir.entryList(QDir::Files);
        return true;
    }
    // s3rver answers ListObjectsV2 without a signature; one page holds every key these tests write.
    const QString prefix = queryValue(settings.objectStoreUrl, QStringLiteral("prefix"));
    const QString listPrefix = prefix.isEmpty() ? QString() : prefix + QLatin1Char('/');
    QUrl url(queryValue(settings.objectStoreUrl, QStringLiteral("endpoint")) + QStringLiteral("/")
             + QUrl(settings.objectStoreUrl).host());
    url.setQuery(QStringLiteral("list-type=2&max-keys=1000&prefix=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(listPrefix)));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ListTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200) {
        *error = QStringLiteral("listing %1 answered %2: %3").arg(url.toString()).arg(status)
                     .arg(QString::fromUtf8(body.left(200)));
        return false;
    }
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Key")) {
            keys->append(xml.readElementText().mid(listPrefix.size()));
        } else if (xml.name() == QLatin1String("IsTruncated") && xml.readElementText() == QLatin1String("true")) {
            *error = QStringLiteral("more than 1000 blobs under %1").arg(listPrefix);
            return false;
        }
    }
    return true;
}

QStringList BackendServers::inconsistencies(Storage::Storage &storage, const Config::ServerSettings &settings) const
{
    const auto rows = storage.compositesWithPrefix(QString());
    if (!rows)
        return {QStringLiteral("cannot list composite rows: ") + rows.error().message};
    QStringList keys;
    QString error;
    if (!blobKeys(settings, &keys, &error))
        return {error};
    const QSet<QString> blobs(keys.cbegin(), keys.cend());
    QSet<QString> referenced;
    QStringList problems;
    for (const Storage::CompositeRow &row : *rows) {
        referenced.insert(row.blobKey);
        if (!blobs.contains(row.blobKey))
            problems.append(QStringLiteral("row %1 names the missing blob %2").arg(row.cacheKey, row.blobKey));
    }
    for (const QString &key : keys) {
        if (!referenced.contains(key))
            problems.append(QStringLiteral("blob %1 has no row").arg(key));
    }
    return problems;
}

} // namespace Marquee::Tests
