#pragma once

#include <QString>

#include "core/blob/blobstore.h"
#include "core/blob/s3location.h"
#include "core/blob/s3transport.h"
#include "core/blob/sigv4signer.h"

namespace Marquee::Blob {

// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Both empty = unsigned requests (a public bucket).
struct S3Credentials
{
    QString accessKeyId;
    QString secretAccessKey;

    bool isEmpty() const { return accessKeyId.isEmpty() || secretAccessKey.isEmpty(); }
};

// Composite bytes as objects in an S3-compatible bucket (AWS, MinIO, B2, R2; reference §6.4), signed
// with SigV4 over Qt Network. Blocking and thread-safe: each calling thread uses its own network manager.
// Requests that fail on the network or with a 5xx are retried 3 times with jittered exponential backoff;
// what still fails is an Internal error naming the operation and the endpoint, never a credential.
//
//   auto location = Blob::S3Location::parse("s3://composites?endpoint=http://127.0.0.1:9000");
//   Blob::S3BlobStore store(*location, {accessKeyId, secretAccessKey});
//   if (auto ok = store.ping(); !ok) qWarning() << ok.error().message;
class S3BlobStore : public BlobStore
{
public:
    static constexpr int Retries = 3;

    S3BlobStore(S3Location location, const S3Credentials &credentials, S3Transport transport = S3Transport());

    QString kind() const override;
    VoidResult ping() override;    // HEAD bucket
    VoidResult put(const QString &key, const QByteArray &bytes) override;
    Result<std::optional<QByteArray>> get(const QString &key) override;
    VoidResult remove(const QString &key) override;
    Result<bool> exists(const QString &key) override;   // HEAD object
    QString objectKey(const QString &key) const override;

    const S3Location &location() const { return m_location; }
    // Backoff before retry n (0-based) is base·2ⁿ ±25 %, capped at 2 s. Tests shorten it.
    void setRetryBaseDelayMs(int ms) { m_retryBaseMs = ms; }

private:
    Result<S3Exchange> exchange(const QString &operation, const QByteArray &method, const S3Target &target,
                                const QByteArray &body = {}) const;
    S3Transport::HeaderList headersFor(const QByteArray &method, const S3Target &target,
                                       const QByteArray &body) const;
    tl::unexpected<Error> failure(const QString &operation, const S3Exchange &last) const;

    S3Location m_location;
    bool m_signed;
    SigV4Signer m_signer;
    S3Transport m_transport;
    int m_retryBaseMs = 100;
};

} // namespace Marquee::Blob
