#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

#include "core/sources/locallibrary.h"
#include "core/util/error.h"

namespace Marquee::Sources {

// Reads one Kodi .nfo (<movie> or <tvshow>) into a LocalTitle without artwork. Kept apart from
// LocalLibrary so the format rules (genre names, certificate names, rating scales) are testable alone.
//
//   <movie><title>…</title><year>2019</year><genre>Drama</genre><tag>cult-classic</tag>
//     <uniqueid type="imdb">tt0000001</uniqueid>
//     <ratings><rating name="letterboxd" max="5"><value>4.1</value><votes>1200</votes></rating></ratings>
//   </movie>
//
// Ratings are stored on MDBList's per-site scale (value × siteMax / max), so weightedScore() treats
// local and online ratings alike. Anything after the root element (Kodi allows a trailing URL) is ignored.
class NfoReader
{
public:
    static Result<LocalTitle> parse(const QByteArray &xml);

    // TMDB genre id for a genre name (reference §2.14 names plus TMDB's own long names).
    static std::optional<int> genreId(const QString &name);
    // Minimum age for an <mpaa> value: digits ("16", "FSK 16") or a US certificate ("PG-13", "TV-MA").
    static std::optional<int> ageRating(const QString &certificate);
    // The top of a rating site's scale as MDBList reports it (IMDb 10, Letterboxd 5, Trakt 100…);
    // 0 for an unknown site. Accepts Kodi's names (themoviedb, rottentomatoes…).
    static double siteScaleMax(const QString &site);
    static QString canonicalSite(const QString &kodiName);
};

} // namespace Marquee::Sources
