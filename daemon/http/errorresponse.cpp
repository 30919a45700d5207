#include "daemon/http/errorresponse.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Marquee::Http {

namespace {

constexpr int SaturatedRetryAfterSeconds = 5;   // reference §1.2 step 9
constexpr int RateLimitedRetryAfterSeconds = 1; // reference §1.2 step 2 (fixed 1-second window)

// Used when a core error arrives without a message; the texts are the reference's.
QString defaultMessage(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::InvalidInput:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Invalid request");
    case ErrorKind::NotFound:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Not found");
    case ErrorKind::Forbidden:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Unauthorized, your access key is not valid for this instance.");
    case ErrorKind::RateLimited:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Rate limit exceeded");
    case ErrorKind::Saturated:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Server saturated — try again shortly");
    case ErrorKind::NotConfigured:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "The server is not configured for this request");
    case ErrorKind::UpstreamTimeout:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Upstream request timed out");
    case ErrorKind::UpstreamStatus:
        return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Upstream error %1").arg(error.upstreamStatus);
    case ErrorKind::Internal:
        break;
    }
    return QCoreApplication::translate("Marquee::Http::ErrorResponse", "Failed to build poster");
}

} // namespace

ErrorResponse::Status ErrorResponse::status(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return Status::BadRequest;
    case ErrorKind::NotFound:
        return Status::NotFound;
    case ErrorKind::Forbidden:
        return Status::Forbidden;
    case ErrorKind::RateLimited:
        return Status::TooManyRequests;
    case ErrorKind::Saturated:
    case ErrorKind::NotConfigured:
        return Status::ServiceUnavailable;
    case ErrorKind::UpstreamTimeout:
        return Status::GatewayTimeout;
    case ErrorKind::UpstreamStatus:
        return Status::BadGateway;
    case ErrorKind::Internal:
        break;
    }
    return Status::InternalServerError;
}

QString ErrorResponse::publicMessage(const Error &error)
{
    if (error.kind == ErrorKind::Internal || error.message.trimmed().isEmpty())
        return defaultMessage(error);
    return error.message;
}

QHttpServerResponse ErrorResponse::from(const Error &error)
{
    QHttpServerResponse response = json(status(error.kind), publicMessage(error));
    if (error.kind == ErrorKind::RateLimited) {
        const int seconds = error.retryAfterSeconds > 0 ? error.retryAfterSeconds
                                                        : RateLimitedRetryAfterSeconds;
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    } else if (error.kind == ErrorKind::Saturated) {
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(SaturatedRetryAfterSeconds));
    }
    return response;
}

QHttpServerResponse ErrorResponse::json(Status status, const QString &detail)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("detail"), detail}}, status);
}

} // namespace Marquee::Http
