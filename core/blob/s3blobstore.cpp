#include "core/blob/s3blobstore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

namespace Marquee::Blob {

namespace {

constexpr int MaxBackoffMs = 2000;

tl::unexpected<Error> invalidKey()
{
    return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Blob", "Invalid blob key"));
}

// The CDN serves the object with the type it was stored with, so it must be the image's own.
QByteArray contentTypeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QByteArrayLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG"))
        return QByteArrayLiteral("image/png");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    return QByteArrayLiteral("application/octet-stream");
}

// S3 error documents carry a short code (<Code>NoSuchBucket</Code>); nothing else of the body is shown.
QString errorCode(const QByteArray &body)
{
    static const QRegularExpression code(QStringLiteral("<Code>([A-Za-z0-9.]{1,64})</Code>"));
    const auto match = code.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool retryable(const S3Exchange &exchange)
{
    return !exchange.answered() || exchange.status >= 500;
}

} // namespace

S3BlobStore::S3BlobStore(S3Location location, const S3Credentials &credentials, S3Transport transport)
    : m_location(std::move(location))
    , m_signed(!credentials.isEmpty())
    , m_signer(credentials.accessKeyId.toUtf8(), credentials.secretAccessKey.toUtf8(), m_location.region.toUtf8())
    , m_transport(transport)
{
}

QString S3BlobStore::kind() const
{
    return QStringLiteral("s3");
}

QString S3BlobStore::objectKey(const QString &key) const
{
    return m_location.objectKey(key);
}

S3Transport::HeaderList S3BlobStore::headersFor(const QByteArray &method, const S3Target &target,
                                                const QByteArray &body) const
{
    SigV4Request request{method, target.canonicalUri, {}, {{QByteArrayLiteral("host"), target.host}},
                         SigV4Signer::sha256Hex(body)};
    if (method == "PUT")
        request.headers.append({QByteArrayLiteral("content-type"), contentTypeOf(body)});
    if (m_signed)
        m_signer.sign(request, QDateTime::currentDateTimeUtc());
    return request.headers;
}

tl::unexpected<Error> S3BlobStore::failure(const QString &operation, const S3Exchange &last) const
{
    QString reason;
    switch (last.outcome) {
    case S3Exchange::Outcome::TimedOut:
        reason = QCoreApplication::translate("Marquee::Blob", "no answer in time");
        break;
    case S3Exchange::Outcome::NetworkError:
        reason = QCoreApplication::translate("Marquee::Blob", "connection failed");
        break;
    case S3Exchange::Outcome::Answered: {
        const QString code = errorCode(last.body);
        reason = code.isEmpty() ? QCoreApplication::translate("Marquee::Blob", "HTTP %1").arg(last.status)
                                : QCoreApplication::translate("Marquee::Blob", "HTTP %1 %2").arg(last.status).arg(code);
        break;
    }
    }
    return fail(ErrorKind::Internal, QCoreApplication::translate("Marquee::Blob", "Object store %1 failed at %2: %3")
                                         .arg(operation, m_location.describe(), reason));
}

Result<S3Exchange> S3BlobStore::exchange(const QString &operation, const QByteArray &method, const S3Target &target,
                                         const QByteArray &body) const
{
    S3Exchange last;
    for (int attempt = 0; attempt <= Retries; ++attempt) {
        if (attempt > 0) {
            const int base = std::min(MaxBackoffMs, m_retryBaseMs << (attempt - 1));
            const int jitter = base / 4;
            QThread::msleep(static_cast<unsigned long>(
                std::max(0, base + (jitter > 0 ? QRandomGenerator::global()->bounded(-jitter, jitter + 1) : 0))));
        }
        // Signed per attempt: the signature carries the time and S3 refuses stale ones.
        last = m_transport.send(method, target, headersFor(method, target, body), body);
        if (!retryable(last))
            return last;
    }
    return failure(operation, last);
}

VoidResult S3BlobStore::ping()
{
    auto answer = exchange(QStringLiteral("ping"), QByteArrayLiteral("HEAD"), m_location.bucketTarget());
    if (!answer)
        return fail(answer.error());
    if (answer->status == 404)
        return fail(ErrorKind::Internal, QCoreApplication::translate("Marquee::Blob", "Object store bucket not found at %1")
                                             .arg(m_location.describe()));
    if (answer->status != 200)
        return failure(QStringLiteral("ping"), *answer);
    return {};
}

VoidResult S3BlobStore::put(const QString &key, const QByteArray &bytes)
{
    if (!isValidKey(key))
        return invalidKey();
    auto answer = exchange(QStringLiteral("put"), QByteArrayLiteral("PUT"), m_location.objectTarget(objectKey(key)), bytes);
    if (!answer)
        return fail(answer.error());
    if (answer->status != 200)
        return failure(QStringLiteral("put"), *answer);
    return {};
}

Result<std::optional<QByteArray>> S3BlobStore::get(const QString &key)
{
    if (!isValidKey(key))
        return invalidKey();
    auto answer = exchange(QStringLiteral("get"), QByteArrayLiteral("GET"), m_location.objectTarget(objectKey(key)));
    if (!answer)
        return fail(answer.error());
    if (answer->status == 404)
        return std::optional<QByteArray>();
    if (answer->status != 200)
        return failure(QStringLiteral("get"), *answer);
    return std::optional<QByteArray>(std::move(answer->body));
}

Result<bool> S3BlobStore::exists(const QString &key)
{
    if (!isValidKey(key))
        return invalidKey();
    auto answer = exchange(QStringLiteral("head"), QByteArrayLiteral("HEAD"), m_location.objectTarget(objectKey(key)));
    if (!answer)
        return fail(answer.error());
    if (answer->status == 404)
        return false;
    if (answer->status != 200)
        return failure(QStringLiteral("head"), *answer);
    return true;
}

VoidResult S3BlobStore::remove(const QString &key)
{
    if (!isValidKey(key))
        return invalidKey();
    auto answer = exchange(QStringLiteral("delete"), QByteArrayLiteral("DELETE"), m_location.objectTarget(objectKey(key)));
    if (!answer)
        return fail(answer.error());
    // S3 answers 204 whether or not the object existed; some compatible stores answer 404 or 200.
    if (answer->status != 204 && answer->status != 200 && answer->status != 404)
        return failure(QStringLiteral("delete"), *answer);
    return {};
}

} // namespace Marquee::Blob
