#include "core/sources/releaseinfo.h"

#include <array>
#include <utility>

namespace Marquee::Sources {

namespace {

const std::array<std::pair<ReleaseStatus, const char *>, 7> &names()
{
    static const std::array<std::pair<ReleaseStatus, const char *>, 7> table{{
        {ReleaseStatus::Production, "Production"}, {ReleaseStatus::Cinema, "Cinema"},
        {ReleaseStatus::Streaming, "Streaming"},   {ReleaseStatus::Physical, "Physical"},
        {ReleaseStatus::Airing, "Airing"},         {ReleaseStatus::Ended, "Ended"},
        {ReleaseStatus::Cancelled, "Cancelled"},
    }};
    return table;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonObject &json, const char *key)
{
    return QDate::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

QString releaseStatusName(ReleaseStatus status)
{
    for (const auto &[value, name] : names()) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

ReleaseStatus releaseStatusFromName(const QString &name)
{
    for (const auto &[value, text] : names()) {
        if (name == QLatin1String(text))
            return value;
    }
    return ReleaseStatus::Unknown;
}

QJsonObject ReleaseInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("status"), releaseStatusName(status)},
        {QStringLiteral("premiere_date"), dateText(premiere)},
        {QStringLiteral("theatrical_date"), dateText(theatrical)},
        {QStringLiteral("digital_date"), dateText(digital)},
        {QStringLiteral("physical_date"), dateText(physical)},
        {QStringLiteral("digital_latest_date"), dateText(digitalLatest)},
        {QStringLiteral("next_episode_date"), dateText(nextEpisode)},
        {QStringLiteral("certification"), certification},
        {QStringLiteral("certification_us"), certificationIsUs},
        {QStringLiteral("expires_at"), expiresAt},
    };
}

ReleaseInfo ReleaseInfo::fromJson(const QJsonObject &json)
{
    ReleaseInfo info;
    info.status = releaseStatusFromName(json.value(QLatin1String("status")).toString());
    info.premiere = dateFrom(json, "premiere_date");
    info.theatrical = dateFrom(json, "theatrical_date");
    info.digital = dateFrom(json, "digital_date");
    info.physical = dateFrom(json, "physical_date");
    info.digitalLatest = dateFrom(json, "digital_latest_date");
    info.nextEpisode = dateFrom(json, "next_episode_date");
    info.certification = json.value(QLatin1String("certification")).toString();
    info.certificationIsUs = json.value(QLatin1String("certification_us")).toBool();
    info.expiresAt = json.value(QLatin1String("expires_at")).toInteger();
    return info;
}

} // namespace Marquee::Sources
