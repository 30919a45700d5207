#include "core/sources/ratingsrecord.h"

#include <QJsonArray>

namespace Marquee::Sources {

QJsonObject RatingsRecord::toJson() const
{
    QJsonObject sites;
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
        QJsonObject entry{{QStringLiteral("value"), it->value}};
        if (it->votes)
            entry.insert(QStringLiteral("votes"), *it->votes);
        sites.insert(it.key(), entry);
    }
    QJsonObject json{
        {QStringLiteral("ratings"), sites},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
        {QStringLiteral("released"), released},
    };
    if (ageRating)
        json.insert(QStringLiteral("ageRating"), *ageRating);
    return json;
}

RatingsRecord RatingsRecord::fromJson(const QJsonObject &json)
{
    RatingsRecord record;
    const QJsonObject sites = json.value(QLatin1String("ratings")).toObject();
    for (auto it = sites.constBegin(); it != sites.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        RatingValue rating;
        rating.value = entry.value(QLatin1String("value")).toDouble();
        const QJsonValue votes = entry.value(QLatin1String("votes"));
        if (votes.isDouble())
            rating.votes = votes.toInt();
        record.ratings.insert(it.key(), rating);
    }
    for (const QJsonValue &keyword : json.value(QLatin1String("keywords")).toArray())
        record.keywords.append(keyword.toString());
    record.released = json.value(QLatin1String("released")).toString();
    const QJsonValue age = json.value(QLatin1String("ageRating"));
    if (age.isDouble())
        record.ageRating = age.toInt();
    return record;
}

} // namespace Marquee::Sources
