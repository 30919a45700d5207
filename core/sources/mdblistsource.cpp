#include "core/sources/mdblistsource.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include "core/sources/upstreamreply_p.h"

namespace Marquee::Sources {

namespace {

// The reference calls MDBList with a 10 s timeout. Here a request waits for MDBList only until its
// UPSTREAM_DEADLINE_MS and the call completes in the background, so the call gets the client's whole
// UPSTREAM_TIMEOUT_MS: a slow answer still fills the cache for the next request.

bool isImdbId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^tt\\d{1,10}$"));
    return pattern.match(id).hasMatch();
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().remove(QLatin1Char(',')).toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

// MDBList has spelled the vote count several ways over time; the first readable one wins.
std::optional<int> voteCount(const QJsonObject &rating)
{
    static const char *const names[] = {"votes", "vote_count", "count", "rating_count", "ratings_count"};
    for (const char *name : names) {
        if (const std::optional<double> votes = number(rating.value(QLatin1String(name))))
            return static_cast<int>(std::clamp<double>(*votes, 0, 2e9));
    }
    return std::nullopt;
}

std::optional<RatingsRecord> tryParse(const QByteArray &body)
{
    const std::optional<QJsonObject> json = Upstream::jsonObject(body);
    if (!json)
        return std::nullopt;

    RatingsRecord record;
    for (const QJsonValue &entry : json->value(QLatin1String("ratings")).toArray()) {
        const QJsonObject rating = entry.toObject();
        const QString source = rating.value(QLatin1String("source")).toString().trimmed().toLower();
        const std::optional<double> value = number(rating.value(QLatin1String("value")));
        if (source.isEmpty() || !value || record.ratings.contains(source))
            continue;  // null value = the site has no rating for this title
        record.ratings.insert(source, RatingValue{*value, voteCount(rating)});
    }
    for (const QJsonValue &entry : json->value(QLatin1String("keywords")).toArray()) {
        const QString name = entry.isString() ? entry.toString()
                                              : entry.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            record.keywords.append(name);
    }
    record.released = json->value(QLatin1String("released")).toString();
    if (const std::optional<double> age = number(json->value(QLatin1String("age_rating"))))
        record.ageRating = static_cast<int>(*age);
    return record;
}

} // namespace

MdbListSource::MdbListSource(const Net::HttpClient &http, QString apiBase, Clock clock)
    : m_http(http)
    , m_apiBase(Upstream::trimmedBase(std::move(apiBase)))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
}

bool MdbListSource::quotaExhausted(const Net::HttpResponse &response)
{
    bool ok = false;
    const qint64 remaining = response.header(QByteArrayLiteral("x-ratelimit-remaining")).trimmed().toLongLong(&ok);
    return ok && remaining <= 0;
}

int MdbListSource::rateLimitDelaySeconds(const Net::HttpResponse &response, qint64 now)
{
    const QByteArray retryAfter = response.header(QByteArrayLiteral("retry-after")).trimmed();
    if (!retryAfter.isEmpty())
        return Net::retryAfterSeconds(retryAfter, DefaultDelaySeconds, RetryAfterCapSeconds);
    if (quotaExhausted(response)) {
        // The free tier resets at midnight UTC; without a readable reset that is the best guess.
        bool ok = false;
        qint64 reset = response.header(QByteArrayLiteral("x-ratelimit-reset")).trimmed().toLongLong(&ok);
        if (!ok || reset <= 0) {
            const QDateTime midnight(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date().addDays(1), QTime(0, 0), Qt::UTC);
            reset = midnight.toSecsSinceEpoch();
        }
        return static_cast<int>(std::clamp<qint64>(reset - now, QuotaMinDelaySeconds, QuotaMaxDelaySeconds));
    }
    return DefaultDelaySeconds;
}

Result<RatingsRecord> MdbListSource::ratings(const TitleId &title, const QString &apiKey)
{
    // The IMDb route when the id is known, else MDBList's TMDB route (reference §3.3).
    QString route;
    QString id;
    if (!title.imdbId.isEmpty()) {
        if (!isImdbId(title.imdbId))
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::MdbListSource", "Invalid IMDb id"));
        route = QStringLiteral("imdb");
        id = title.imdbId;
    } else if (title.tmdbId > 0) {
        route = QStringLiteral("tmdb");
        id = QString::number(title.tmdbId);
    } else {
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::MdbListSource", "Title has neither an IMDb nor a TMDB id"));
    }
    if (apiKey.isEmpty())
        return fail(ErrorKind::NotConfigured, QCoreApplication::translate("Marquee::Sources::MdbListSource", "No MDBList API key configured"));

    const QString type = title.type == MediaType::Movie ? QStringLiteral("movie") : QStringLiteral("show");
    QUrl url(m_apiBase + QLatin1Char('/') + route + QLatin1Char('/') + type + QLatin1Char('/') + id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apikey"), apiKey);
    query.addQueryItem(QStringLiteral("append_to_response"), QStringLiteral("keyword"));
    url.setQuery(query);

    const int timeoutMs = m_http.defaultTimeoutMs();
    const Result<Net::HttpResponse> response = m_http.get(url, {}, timeoutMs);
    if (!response)
        return fail(response.error());
    if (response->status == 404)
        return RatingsRecord{};
    if (response->status == 429) {
        const QString message = quotaExhausted(*response)
            ? QCoreApplication::translate("Marquee::Sources::MdbListSource", "MDBList daily request quota used up")
            : QCoreApplication::translate("Marquee::Sources::MdbListSource", "MDBList rate limit reached");
        Error error{ErrorKind::RateLimited, message, 429, 0};
        error.retryAfterSeconds = rateLimitDelaySeconds(*response, m_clock());
        return fail(error);
    }
    if (!Upstream::isSuccess(response->status))
        return fail(Upstream::statusError(*response));
    std::optional<RatingsRecord> record = tryParse(response->body);
    if (!record)
        return fail(Upstream::malformedJson());
    return *record;
}

RatingsRecord MdbListSource::parse(const QByteArray &json)
{
    return tryParse(json).value_or(RatingsRecord{});
}

} // namespace Marquee::Sources
