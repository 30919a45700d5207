#pragma once

#include <QByteArray>

#include "tests/fakeupstream/fakeroutes.h"

namespace Marquee::Tests {

// The IMDb ratings dataset (reference §5.6) as the fake serves it at /imdb/title.ratings.tsv.gz:
// gzip of "tconst\taverageRating\tnumVotes" lines. Every fake title with an IMDb id is listed with a
// rating that differs from MDBList's, so a test can tell where a value came from: MDBList's imdb value
// + 0.5 (capped at 10; TMDB's vote_average when MDBList has none) and MDBList's votes + 1000. Three
// extra lines: tt9000001 with 5 votes (below the default min votes), tt9000002 (9.1, 5000 votes) and
// one malformed line.
class FakeImdbDataset
{
public:
    static QByteArray tsv();                            // the uncompressed text
    static QByteArray gzip(const QByteArray &data);     // RFC 1952 gzip of any bytes
    static double rating(const QString &imdbId);        // the dataset's value; -1 when not listed
    static FakeResponse route(const FakeRequest &request);
};

} // namespace Marquee::Tests
