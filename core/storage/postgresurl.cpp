#include "core/storage/postgresurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace Marquee::Storage {

namespace {

constexpr int ConnectTimeoutSeconds = 10;

QString passwordOf(const QUrl &parsed)
{
    QString password = parsed.password(QUrl::FullyDecoded);
    if (password.isEmpty())
        password = QUrlQuery(parsed).queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    return password;
}

} // namespace

bool PostgresUrl::isPostgres(const QString &url)
{
    const QString scheme = QUrl(url.trimmed()).scheme().toLower();
    return scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql");
}

QString PostgresUrl::redacted(const QString &url)
{
    QUrl parsed(url.trimmed());
    if (!parsed.isValid())
        return QStringLiteral("(unparsable URL)");
    QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("***"));
        parsed.setQuery(query);
    }
    return parsed.toString(QUrl::RemovePassword);
}

std::string PostgresUrl::connectionString(const QString &url)
{
    QUrl parsed(url.trimmed());
    QUrlQuery query(parsed);
    if (!query.hasQueryItem(QStringLiteral("connect_timeout"))) {
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(ConnectTimeoutSeconds));
        parsed.setQuery(query);
    }
    return parsed.toString(QUrl::FullyEncoded).toStdString();
}

QString PostgresUrl::scrubbed(const QString &text, const QString &url)
{
    const QUrl parsed(url.trimmed());
    QString result = text;
    for (const QString &secret : {passwordOf(parsed), parsed.password(QUrl::FullyEncoded)}) {
        if (secret.size() >= 1)
            result.replace(secret, QStringLiteral("***"));
    }
    return result;
}

} // namespace Marquee::Storage
