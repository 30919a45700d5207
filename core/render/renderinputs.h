#pragma once

#include <optional>

#include <QImage>
#include <QString>
#include <QStringList>

namespace Marquee::Render {

// Sash colour families (reference §2.8 "Type").
enum class SashType { Win, Nom, Prestige, Cast, Info, Alert, Trending };

struct SashInfo
{
    QString label;  // already translated, e.g. "Oscar Winner", "#3 Today"
    SashType type = SashType::Info;
};

// Everything the renderer draws, as values. The renderer does no I/O: the pipeline fetches,
// decodes and decides, then hands this over.
struct RenderInputs
{
    QImage art;                  // chosen artwork, any size (cover-fitted); null → fallback canvas
    bool artHasBakedTitle = false; // original art / text-bearing poster: no logo or title overlay
    QImage logo;                 // clear logo with alpha; null → fallback title text
    QString title;               // used for fallback title text
    QString genre;               // display genre ("Sci-Fi", "Drama"…); empty → "Unknown" handling by caller
    int year = 0;                // 0 = unknown
    std::optional<int> score;    // 0–100; nullopt = "N/A" / not known yet
    std::optional<SashInfo> sash;
    QStringList qualityTokens;   // canonical tokens: 4K, 1080P, REMUX, WEBDL, DV, HDR10+, HDR10, ATMOS, DTSX
    std::optional<int> ageRating;
    bool greyscale = false;      // desaturate the art first (release-status / quality rules decided upstream)
};

} // namespace Marquee::Render
