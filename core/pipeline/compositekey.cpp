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
    return QStringLiteral("render=%1|format=%2|q=%3|src=%4|rp=%5|w=%6|mdb=%7")
        .arg(RenderVersion)
        .arg(inputs.format)
        .arg(inputs.quality)
        .arg(inputs.localSource ? QStringLiteral("local") : QStringLiteral("tmdb"))
        .arg(inputs.ratingMinVotes)
        .arg(inputs.serverWeights)
        .arg(inputs.mdblistConfigured ? 1 : 0)
        + (inputs.qualitySource.isEmpty() ? QString() : QStringLiteral("|qs=") + inputs.qualitySource)
        + (inputs.imdbDataset.isEmpty() ? QString() : QStringLiteral("|imdbds=") + inputs.imdbDataset);
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
