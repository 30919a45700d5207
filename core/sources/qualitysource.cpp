#include "core/sources/qualitysource.h"

namespace Marquee::Sources {

QString QualityLookup::cacheId() const
{
    if (type == MediaType::Movie)
        return id;
    return id + QLatin1Char(':') + QString::number(season) + QLatin1Char(':') + QString::number(episode);
}

QualitySource::~QualitySource() = default;

QStringList QualitySource::canonicalTokens(const QStringList &seen)
{
    // Best first within each group: a title with a 4K release is a 4K title even if 1080p ones exist.
    static const QList<QStringList> groups{
        {QStringLiteral("4K"), QStringLiteral("1080P")},
        {QStringLiteral("REMUX"), QStringLiteral("WEBDL")},
        {QStringLiteral("DV"), QStringLiteral("HDR10+"), QStringLiteral("HDR10")},
        {QStringLiteral("ATMOS"), QStringLiteral("DTSX")},
    };
    QStringList tokens;
    for (const QStringList &group : groups) {
        for (const QString &token : group) {
            if (seen.contains(token)) {
                tokens.append(token);
                break;
            }
        }
    }
    return tokens;
}

} // namespace Marquee::Sources
