#pragma once

#include <QHttpServerResponse>
#include <QString>

#include "core/util/error.h"

namespace Marquee::Http {

// THE single mapping from a core Error to HTTP (ARCHITECTURE rule 6): status code, extra headers
// (Retry-After) and the short JSON body {"detail": "..."}. Nothing else in the daemon picks an
// error status.
//
//   if (!result)
//       return ErrorResponse::from(result.error());
class ErrorResponse
{
public:
    using Status = QHttpServerResponse::StatusCode;

    static Status status(ErrorKind kind);
    // The text a client sees. Internal errors never show their reason (it may name paths or SQL);
    // the caller logs the real message instead.
    static QString publicMessage(const Error &error);
    static QHttpServerResponse from(const Error &error);
    // A JSON error for situations that are not core errors (unknown path, wrong method).
    static QHttpServerResponse json(Status status, const QString &detail);
};

} // namespace Marquee::Http
