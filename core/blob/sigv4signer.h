#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace Marquee::Blob {

// One HTTP request as AWS Signature Version 4 sees it.
struct SigV4Request
{
    QByteArray method;                              // "GET", "PUT", …
    QByteArray canonicalUri;                        // the path exactly as sent, already URI-encoded ("/b/a%3Ab")
    QList<QPair<QByteArray, QByteArray>> query;     // decoded names and values; encoded and sorted when signing
    QList<QPair<QByteArray, QByteArray>> headers;   // every header to sign, host included
    QByteArray payloadHash;                         // hex SHA-256 of the body (sha256Hex of "" for none)
};

// AWS Signature Version 4 (header form) for S3-compatible stores: AWS, MinIO, B2, R2.
// Pure and thread-safe; the secret never leaves this object except as derived HMAC keys.
//
//   Blob::SigV4Signer signer(accessKeyId, secretAccessKey, "us-east-1");
//   Blob::SigV4Request request{"GET", "/composites/key", {}, {{"host", "127.0.0.1:4569"}},
//                              Blob::SigV4Signer::sha256Hex({})};
//   signer.sign(request, QDateTime::currentDateTimeUtc());   // adds x-amz-* and Authorization
class SigV4Signer
{
public:
    SigV4Signer(QByteArray accessKeyId, QByteArray secretAccessKey, QByteArray region,
                QByteArray service = QByteArrayLiteral("s3"));

    // Appends x-amz-date and x-amz-content-sha256 to request.headers (unless present), then Authorization.
    void sign(SigV4Request &request, const QDateTime &when) const;
    // The Authorization header value for a request whose headers already carry x-amz-date.
    QByteArray authorization(const SigV4Request &request, const QDateTime &when) const;

    // The steps, public so tests can compare each with AWS's published worked examples.
    static QByteArray canonicalRequest(const SigV4Request &request, QByteArray *signedHeaders = nullptr);
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &when) const;
    QByteArray signingKey(const QByteArray &yyyymmdd) const;
    QByteArray credentialScope(const QDateTime &when) const;

    // RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ as %XX (upper-case hex);
    // '/' kept when encodeSlash is false (object key paths).
    static QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash = true);
    static QByteArray sha256Hex(const QByteArray &bytes);
    static QByteArray amzDate(const QDateTime &when);   // 20130524T000000Z

private:
    QByteArray m_accessKeyId;
    QByteArray m_secretAccessKey;
    QByteArray m_region;
    QByteArray m_service;
};

} // namespace Marquee::Blob
