#include "core/pipeline/compositekey.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

namespace Marquee::Pipeline {

QString CompositeKey::weightsText(const Config::Weights &weights)
{
    QStringList parts;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        parts.append(it.key() + QLatin1Char(':') + QString::number(it.value(), 'f', 2));
    return parts.join(QLatin1Char(','));
}

QString CompositeKey::serverSignature(const ServerInputs &inputs)
{
    // One concatenation (QStringBuilder), not a chain of arg() calls: this runs for every cache hit.
    return QLatin1String("render=") + QString::number(RenderVersion) + QLatin1String("|format=") + inputs.format
        + QLatin1String("|q=") + QString::number(inputs.quality) + QLatin1String("|src=")
        + (inputs.localSource ? QLatin1String("local") : QLatin1String("tmdb")) + QLatin1String("|rp=")
        + QString::number(inputs.ratingMinVotes) + QLatin1String("|w=") + inputs.serverWeights
        + QLatin1String("|mdb=") + (inputs.mdblistConfigured ? QLatin1Char('1') : QLatin1Char('0'))
        + (inputs.qualitySource.isEmpty() ? QString() : QLatin1String("|qs=") + inputs.qualitySource)
        + (inputs.imdbDataset.isEmpty() ? QString() : QLatin1String("|imdbds=") + inputs.imdbDataset);
}

QString CompositeKey::build(const TitleId &title, const Config::RenderConfig &config, const ServerInputs &inputs)
{
    return title.canonicalId() + QLatin1Char(':') + QString::number(title.tmdbId) + QLatin1Char(':')
           + mediaTypeName(title.type) + QLatin1Char(':') + config.hash16(serverSignature(inputs));
}

qint64 CompositeKey::expiresAt(const QString &key, qint64 now, qint64 ttl, qint64 jitter)
{
    if (jitter <= 0)
        return now + ttl;
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    const quint64 h = qFromBigEndian<quint64>(digest.constData());
    const qint64 offset = qint64(h % quint64(jitter)) - jitter / 2;
    return now + ttl + offset;
}

} // namespace Marquee::Pipeline
