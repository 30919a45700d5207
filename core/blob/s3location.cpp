#include "core/blob/s3location.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

#include "core/blob/sigv4signer.h"

namespace Marquee::Blob {

namespace {

tl::unexpected<Error> invalid(const QString &why)
{
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("Marquee::Blob", "OBJECT_STORE_URL: %1").arg(why));
}

QString trimSlashes(QString text)
{
    while (text.startsWith(QLatin1Char('/')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

// Prefix segments are joined with the blob key into object keys, so they get the blob alphabet plus '/'
// and no traversal.
bool isValidPrefix(const QString &prefix)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*$"));
    if (prefix.isEmpty())
        return true;
    if (prefix.size() > 200 || !allowed.match(prefix).hasMatch())
        return false;
    const QStringList segments = prefix.split(QLatin1Char('/'));
    return std::none_of(segments.cbegin(), segments.cend(),
                        [](const QString &s) { return s == QLatin1String(".") || s == QLatin1String(".."); });
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';   // IPv6 literal
    const int port = url.port();
    const int standard = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (port > 0 && port != standard)
        host += ':' + QByteArray::number(port);
    return host;
}

S3Target target(const QUrl &endpoint, const QByteArray &host, const QByteArray &path)
{
    // Built from text already encoded the SigV4 way, so QUrl sends exactly the signed bytes.
    const QByteArray text = endpoint.scheme().toLatin1() + "://" + host + path;
    return S3Target{QUrl::fromEncoded(text, QUrl::StrictMode), path, host};
}

} // namespace

bool S3Location::isValidBucket(const QString &bucket)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    return pattern.match(bucket).hasMatch() && !bucket.contains(QLatin1String(".."));
}

Result<S3Location> S3Location::parse(const QString &objectStoreUrl)
{
    const QUrl url(objectStoreUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("s3") && scheme != QLatin1String("s3+http")
                           && scheme != QLatin1String("s3+https")))
        return invalid(QCoreApplication::translate("Marquee::Blob", "not an s3://, s3+http:// or s3+https:// URL"));
    if (!url.userInfo().isEmpty())
        return invalid(QCoreApplication::translate(
            "Marquee::Blob", "credentials belong in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, not in the URL"));

    S3Location location;
    const QUrlQuery query(url);
    QString addressing;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("endpoint"))
            location.endpoint = QUrl(item.second, QUrl::StrictMode);
        else if (item.first == QLatin1String("region"))
            location.region = item.second;
        else if (item.first == QLatin1String("prefix"))
            location.prefix = trimSlashes(item.second);
        else if (item.first == QLatin1String("addressing"))
            addressing = item.second.toLower();
        else
            return invalid(QCoreApplication::translate("Marquee::Blob", "unknown parameter '%1'").arg(item.first));
    }

    if (scheme == QLatin1String("s3")) {
        location.bucket = url.host();
        if (!trimSlashes(url.path()).isEmpty() && location.prefix.isEmpty())
            location.prefix = trimSlashes(url.path());
    } else {
        if (!location.endpoint.isEmpty())
            return invalid(QCoreApplication::translate("Marquee::Blob", "endpoint= is only for s3:// URLs"));
        location.endpoint.setScheme(scheme.mid(3));
        location.endpoint.setHost(url.host());
        location.endpoint.setPort(url.port());
        const QString path = trimSlashes(url.path());
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        location.bucket = slash < 0 ? path : path.left(slash);
        if (slash >= 0 && location.prefix.isEmpty())
            location.prefix = path.mid(slash + 1);
    }

    const bool custom = !location.endpoint.isEmpty();
    if (custom) {
        const QString endpointScheme = location.endpoint.scheme();
        if (!location.endpoint.isValid() || location.endpoint.host().isEmpty()
            || (endpointScheme != QLatin1String("http") && endpointScheme != QLatin1String("https"))
            || !location.endpoint.userInfo().isEmpty())
            return invalid(QCoreApplication::translate("Marquee::Blob", "the endpoint must be an http:// or https:// URL"));
        location.endpoint = location.endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    }
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
    if (!regionPattern.match(location.region).hasMatch())
        return invalid(QCoreApplication::translate("Marquee::Blob", "invalid region"));
    if (!isValidBucket(location.bucket))
        return invalid(QCoreApplication::translate("Marquee::Blob", "invalid bucket name '%1'").arg(location.bucket));
    if (!isValidPrefix(location.prefix))
        return invalid(QCoreApplication::translate("Marquee::Blob", "invalid prefix"));

    if (addressing.isEmpty())
        location.virtualHost = !custom;
    else if (addressing == QLatin1String("path") || addressing == QLatin1String("virtual"))
        location.virtualHost = addressing == QLatin1String("virtual");
    else
        return invalid(QCoreApplication::translate("Marquee::Blob", "addressing must be path or virtual"));
    if (!custom)
        location.endpoint = QUrl(QStringLiteral("https://s3.%1.amazonaws.com").arg(location.region));
    return location;
}

QString S3Location::objectKey(const QString &blobKey) const
{
    return prefix.isEmpty() ? blobKey : prefix + QLatin1Char('/') + blobKey;
}

S3Target S3Location::bucketTarget() const
{
    if (virtualHost) {
        QUrl host = endpoint;
        host.setHost(bucket + QLatin1Char('.') + endpoint.host());
        return target(endpoint, hostHeader(host), QByteArrayLiteral("/"));
    }
    return target(endpoint, hostHeader(endpoint), '/' + SigV4Signer::uriEncode(bucket.toUtf8()));
}

S3Target S3Location::objectTarget(const QString &key) const
{
    const QByteArray encodedKey = SigV4Signer::uriEncode(key.toUtf8(), false);
    if (virtualHost) {
        QUrl host = endpoint;
        host.setHost(bucket + QLatin1Char('.') + endpoint.host());
        return target(endpoint, hostHeader(host), '/' + encodedKey);
    }
    return target(endpoint, hostHeader(endpoint), '/' + SigV4Signer::uriEncode(bucket.toUtf8()) + '/' + encodedKey);
}

QString S3Location::describe() const
{
    return QCoreApplication::translate("Marquee::Blob", "%1, bucket %2")
        .arg(endpoint.toString(QUrl::RemoveUserInfo), bucket);
}

} // namespace Marquee::Blob
