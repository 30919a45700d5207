#include "core/blob/sigv4signer.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Marquee::Blob {

namespace {

const QByteArray Algorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Header values are trimmed and inner runs of spaces collapse to one (SigV4 "Trimall").
QByteArray trimAll(const QByteArray &value)
{
    return value.simplified();
}

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

bool hasHeader(const SigV4Request &request, const QByteArray &lowerName)
{
    return std::any_of(request.headers.cbegin(), request.headers.cend(),
                       [&lowerName](const auto &header) { return header.first.toLower() == lowerName; });
}

} // namespace

SigV4Signer::SigV4Signer(QByteArray accessKeyId, QByteArray secretAccessKey, QByteArray region, QByteArray service)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
    , m_region(std::move(region))
    , m_service(std::move(service))
{
}

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool encodeSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (unreserved(c) || (c == '/' && !encodeSlash)) {
            out += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0x0f];
        }
    }
    return out;
}

QByteArray SigV4Signer::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::amzDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request, QByteArray *signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &item : request.query)
        query.append({uriEncode(item.first), uriEncode(item.second)});
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &item : query)
        queryParts.append(item.first + '=' + item.second);

    // Lower-case names, sorted; repeated names join their values with commas in request order.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.toLower().trimmed();
        auto same = std::find_if(headers.begin(), headers.end(), [&name](const auto &h) { return h.first == name; });
        if (same != headers.end())
            same->second += ',' + trimAll(header.second);
        else
            headers.append({name, trimAll(header.second)});
    }
    std::stable_sort(headers.begin(), headers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &header : headers) {
        canonicalHeaders += header.first + ':' + header.second + '\n';
        names.append(header.first);
    }
    const QByteArray signedList = names.join(';');
    if (signedHeaders)
        *signedHeaders = signedList;

    const QByteArray uri = request.canonicalUri.isEmpty() ? QByteArrayLiteral("/") : request.canonicalUri;
    return request.method + '\n' + uri + '\n' + queryParts.join('&') + '\n' + canonicalHeaders + '\n'
           + signedList + '\n' + request.payloadHash;
}

QByteArray SigV4Signer::credentialScope(const QDateTime &when) const
{
    return amzDate(when).left(8) + '/' + m_region + '/' + m_service + QByteArrayLiteral("/aws4_request");
}

QByteArray SigV4Signer::stringToSign(const QByteArray &canonical, const QDateTime &when) const
{
    return Algorithm + '\n' + amzDate(when) + '\n' + credentialScope(when) + '\n' + sha256Hex(canonical);
}

QByteArray SigV4Signer::signingKey(const QByteArray &yyyymmdd) const
{
    const QByteArray dateKey = hmac(QByteArrayLiteral("AWS4") + m_secretAccessKey, yyyymmdd);
    const QByteArray regionKey = hmac(dateKey, m_region);
    const QByteArray serviceKey = hmac(regionKey, m_service);
    return hmac(serviceKey, QByteArrayLiteral("aws4_request"));
}

QByteArray SigV4Signer::authorization(const SigV4Request &request, const QDateTime &when) const
{
    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequest(request, &signedHeaders);
    const QByteArray signature = hmac(signingKey(amzDate(when).left(8)), stringToSign(canonical, when)).toHex();
    return Algorithm + QByteArrayLiteral(" Credential=") + m_accessKeyId + '/' + credentialScope(when)
           + QByteArrayLiteral(",SignedHeaders=") + signedHeaders + QByteArrayLiteral(",Signature=") + signature;
}

void SigV4Signer::sign(SigV4Request &request, const QDateTime &when) const
{
    if (!hasHeader(request, QByteArrayLiteral("x-amz-date")))
        request.headers.append({QByteArrayLiteral("x-amz-date"), amzDate(when)});
    if (!hasHeader(request, QByteArrayLiteral("x-amz-content-sha256")))
        request.headers.append({QByteArrayLiteral("x-amz-content-sha256"), request.payloadHash});
    const QByteArray value = authorization(request, when);
    request.headers.append({QByteArrayLiteral("Authorization"), value});
}

} // namespace Marquee::Blob
