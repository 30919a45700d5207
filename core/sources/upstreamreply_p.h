#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

#include "core/net/httpclient.h"
#include "core/util/error.h"

// Status and body handling shared by the upstream sources (TMDB, MDBList). Private to core/sources.
namespace Marquee::Sources::Upstream {

inline bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// A non-2xx answer the source has no special meaning for.
inline Error statusError(const Net::HttpResponse &response)
{
    Error error{ErrorKind::UpstreamStatus, QCoreApplication::translate("Marquee::Sources::Upstream", "Upstream error %1").arg(response.status),
                response.status, 0};
    if (response.status == 429 || response.status == 503) {
        const QByteArray retryAfter = response.header(QByteArrayLiteral("retry-after"));
        if (!retryAfter.isEmpty())
            error.retryAfterSeconds = Net::retryAfterSeconds(retryAfter, 60, 3600);
    }
    return error;
}

inline Error malformedJson()
{
    return Error{ErrorKind::UpstreamStatus, QCoreApplication::translate("Marquee::Sources::Upstream", "Upstream sent malformed JSON"), 502, 0};
}

// The body as a JSON object, or nullopt when it is not one.
inline std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

inline QString trimmedBase(QString base)
{
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

} // namespace Marquee::Sources::Upstream
