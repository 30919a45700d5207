#include "tests/fakeupstream/fakeimdbdataset.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>

#include "tests/fakeupstream/fakeupstreamdata.h"

namespace Marquee::Tests {

namespace {

struct Row
{
    QString tconst;
    double rating = 0;
    int votes = 0;
};

QList<Row> rows()
{
    QList<Row> list;
    for (const FakeTitle &title : fakeTitles()) {
        if (title.imdbId.isEmpty())
            continue;
        double value = title.voteAverage;
        int votes = title.voteCount;
        for (const FakeRating &rating : title.ratings) {
            if (rating.source == QLatin1String("imdb")) {
                value = rating.value;
                votes = std::max(0, rating.votes);
            }
        }
        list.append({title.imdbId, std::min(10.0, std::round((value + 0.5) * 10) / 10), votes + 1000});
    }
    return list;
}

} // namespace

QByteArray FakeImdbDataset::tsv()
{
    QByteArray text = QByteArrayLiteral("tconst\taverageRating\tnumVotes\n");
    for (const Row &row : rows())
        text += row.tconst.toLatin1() + '\t' + QByteArray::number(row.rating, 'f', 1) + '\t' + QByteArray::number(row.votes) + '\n';
    text += QByteArrayLiteral("tt9000001\t6.6\t5\n");
    text += QByteArrayLiteral("this line is not a rating\n");
    text += QByteArrayLiteral("tt9000002\t9.1\t5000\n");
    return text;
}

double FakeImdbDataset::rating(const QString &imdbId)
{
    for (const Row &row : rows()) {
        if (row.tconst == imdbId)
            return row.rating;
    }
    return -1;
}

QByteArray FakeImdbDataset::gzip(const QByteArray &data)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

FakeResponse FakeImdbDataset::route(const FakeRequest &request)
{
    if (request.path != QLatin1String("/imdb/title.ratings.tsv.gz"))
        return FakeResponse{404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Not Found"), {}};
    static const QByteArray body = gzip(tsv());
    return FakeResponse{200, QByteArrayLiteral("application/gzip"), body, {}};
}

} // namespace Marquee::Tests
