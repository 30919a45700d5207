#pragma once

#include <QCoreApplication>

#include "core/net/httpclient.h"
#include "core/sources/qualitysource.h"
#include "core/util/error.h"

// Status handling shared by the three quality sources. Private to core/sources.
namespace Marquee::Sources::QualityReply {

// A 4xx about the request (an id the source does not index) rather than about our credentials or the
// source's load: only that title is backed off.
inline bool isTitleLevel(int status)
{
    return status >= 400 && status < 500 && status != 401 && status != 403 && status != 407 && status != 408
           && status != 429;
}

inline Result<QualityAnswer> titleFailed()
{
    return QualityAnswer{QualityAnswer::State::TitleFailed, {}};
}

inline Result<QualityAnswer> pending()
{
    return QualityAnswer{QualityAnswer::State::Pending, {}};
}

// `source` is the source's display name ("AIOStreams"); the message never carries the URL.
inline Result<QualityAnswer> statusFailure(const QString &source, int status)
{
    if (isTitleLevel(status))
        return titleFailed();
    return fail(Error{ErrorKind::UpstreamStatus,
                      QCoreApplication::translate("Marquee::Sources::QualitySource", "%1 error %2").arg(source).arg(status),
                      status, 0});
}

inline tl::unexpected<Error> malformed(const QString &source)
{
    return fail(Error{ErrorKind::UpstreamStatus,
                      QCoreApplication::translate("Marquee::Sources::QualitySource", "%1 sent malformed JSON").arg(source),
                      502, 0});
}

} // namespace Marquee::Sources::QualityReply
