#pragma once

#include <QCoreApplication>
#include <QString>

#include <tl/expected.hpp>

namespace Marquee {

// What went wrong, in the core's own words. The daemon maps each kind to an HTTP status in
// exactly one place (daemon/http/errorresponse); core code never knows status codes.
enum class ErrorKind {
    InvalidInput,     // the caller sent something malformed (bad id, type, shape, missing key)
    NotFound,         // the title, preset or image does not exist
    Forbidden,        // access key missing or wrong
    RateLimited,      // too many requests for this tenant; retryAfterSeconds says when to retry
    Saturated,        // no render slot became free within RENDER_QUEUE_TIMEOUT
    NotConfigured,    // the server lacks something it needs (e.g. no TMDB key for a preset URL)
    UpstreamTimeout,  // an upstream API did not answer in time
    UpstreamStatus,   // an upstream API answered with an unexpected status (upstreamStatus)
    Internal,         // a bug or an environment failure (disk full, database broken)
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;          // translated, short, safe to show a user (never contains keys)
    int upstreamStatus = 0;   // for UpstreamStatus / NotFound coming from an upstream 404
    int retryAfterSeconds = 0;
};

template<typename T>
using Result = tl::expected<T, Error>;

// Result<void> is spelled VoidResult to keep call sites readable.
using VoidResult = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(ErrorKind kind, const QString &message, int upstreamStatus = 0)
{
    return tl::unexpected<Error>(Error{kind, message, upstreamStatus, 0});
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace Marquee
