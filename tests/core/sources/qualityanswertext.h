#pragma once

#include <QString>

#include "core/sources/qualitysource.h"

namespace Marquee::Tests {

// A quality answer as one readable string for data-driven comparisons: "ready:4K,REMUX", "empty",
// "pending", "title-failed", or "failure:<message>".
inline QString answerText(const Result<Sources::QualityAnswer> &answer)
{
    if (!answer)
        return QStringLiteral("failure:") + answer.error().message;
    switch (answer->state) {
    case Sources::QualityAnswer::State::Pending:
        return QStringLiteral("pending");
    case Sources::QualityAnswer::State::TitleFailed:
        return QStringLiteral("title-failed");
    case Sources::QualityAnswer::State::Ready:
        break;
    }
    return answer->tokens.isEmpty() ? QStringLiteral("empty") : QStringLiteral("ready:") + answer->tokens.join(QLatin1Char(','));
}

} // namespace Marquee::Tests
