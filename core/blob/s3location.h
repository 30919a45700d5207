#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "core/util/error.h"

namespace Marquee::Blob {

// Where one request goes: the URL to send, the path as signed, and the Host header as signed.
struct S3Target
{
    QUrl url;
    QByteArray canonicalUri;   // URI-encoded path, identical to what goes on the wire
    QByteArray host;           // host[:port] as the Host header carries it
};

// The bucket an OBJECT_STORE_URL names (reference §6.4) and how to address it:
//
//   s3://composites?endpoint=http://127.0.0.1:9000&region=us-east-1&prefix=marquee   (path-style)
//   s3://composites?region=eu-west-1                       (AWS: https://composites.s3.eu-west-1.amazonaws.com)
//   s3+https://minio.example.net/composites/marquee        (endpoint, bucket, prefix from the path)
//   s3+http://127.0.0.1:9000/composites?addressing=virtual
//
// `addressing=path|virtual` overrides the default: path-style when an endpoint is given, virtual-host
// for AWS itself. Credentials never come from the URL (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).
struct S3Location
{
    QUrl endpoint;              // scheme://host[:port], no path
    QString bucket;
    QString region = QStringLiteral("us-east-1");
    QString prefix;             // without leading or trailing '/'; empty = bucket root
    bool virtualHost = false;

    // InvalidInput naming OBJECT_STORE_URL for anything malformed.
    static Result<S3Location> parse(const QString &objectStoreUrl);

    QString objectKey(const QString &blobKey) const;          // "{prefix}/{blobKey}" or the key alone
    S3Target bucketTarget() const;                            // HEAD bucket
    S3Target objectTarget(const QString &objectKey) const;    // GET/PUT/DELETE/HEAD object
    QString describe() const;                                 // "http://host:port, bucket b" for messages

    static bool isValidBucket(const QString &bucket);
};

} // namespace Marquee::Blob
