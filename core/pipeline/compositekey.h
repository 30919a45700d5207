#pragma once

#include <QString>

#include "core/config/renderconfig.h"
#include "core/config/titleid.h"

namespace Marquee::Pipeline {

// The composite key and its deadline (reference §1.2 "Composite key", §6.2):
// "{canonical_id}:{tmdb_id}:{movie|tv}:{hash16}", hash16 = RenderConfig::hash16(serverSignature).
// The server signature carries everything outside the request that changes the pixels or bytes.
class CompositeKey
{
public:
    struct ServerInputs
    {
        QString format = QStringLiteral("jpeg");  // "jpeg" | "webp"
        int quality = 85;        // of that format
        bool localSource = false;
        int ratingMinVotes = 10;
        QString serverWeights;   // the weights used when the request sets none, "src:w,…"
        bool mdblistConfigured = false;
        QString qualitySource;   // quality cache context (+ ":S:E" for series); empty = no quality source
        QString imdbDataset;     // "{ready 0|1}:{IMDB_DATASET_MIN_VOTES}"; empty = dataset disabled
    };

    static QString serverSignature(const ServerInputs &inputs);
    static QString build(const TitleId &title, const Config::RenderConfig &config, const ServerInputs &inputs);

    // now + ttl + a deterministic offset in [-jitter/2, +jitter/2) from the key, so a burst of renders
    // does not expire (and re-render) all at once.
    static qint64 expiresAt(const QString &key, qint64 now, qint64 ttl, qint64 jitter);

    static QString weightsText(const Config::Weights &weights);

    static constexpr int RenderVersion = 1;
};

} // namespace Marquee::Pipeline
