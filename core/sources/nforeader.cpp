#include "core/sources/nforeader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Marquee::Sources {

namespace {

// Leading integer of a text such as "118", "118 min" or "1,234"; nullopt when there is none.
std::optional<int> leadingInt(QString text)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*(-?\\d+)"));
    text.remove(QLatin1Char(','));
    const QRegularExpressionMatch match = digits.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int value = match.captured(1).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// "en", "fra" or "French" → "en"/"fr"; empty when unrecognisable.
QString languageCode(const QString &text)
{
    const QString trimmed = text.trimmed();
    QLocale::Language language = QLocale::AnyLanguage;
    if (trimmed.size() == 2 || trimmed.size() == 3) {
        language = QLocale::codeToLanguage(trimmed.toLower());
    } else {
        for (int id = QLocale::AnyLanguage + 1; id <= QLocale::LastLanguage; ++id) {
            const auto candidate = static_cast<QLocale::Language>(id);
            if (QLocale::languageToString(candidate).compare(trimmed, Qt::CaseInsensitive) == 0) {
                language = candidate;
                break;
            }
        }
    }
    if (language == QLocale::AnyLanguage)
        return {};
    const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
    return code.isEmpty() ? trimmed.toLower() : code;
}

void addGenres(const QString &text, QList<int> &genreIds)
{
    // Kodi scrapers sometimes pack several genres into one element: "Action / Adventure".
    QStringList names{text};
    if (!NfoReader::genreId(text))
        names = text.split(QLatin1Char('/'));
    for (const QString &name : names) {
        const std::optional<int> id = NfoReader::genreId(name);
        if (id && !genreIds.contains(*id))
            genreIds.append(*id);
    }
}

void readRatings(QXmlStreamReader &xml, LocalTitle &title)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("rating")) {
            xml.skipCurrentElement();
            continue;
        }
        const QString site = NfoReader::canonicalSite(xml.attributes().value(QLatin1String("name")).toString());
        const double max = xml.attributes().value(QLatin1String("max")).toDouble();
        std::optional<double> value;
        std::optional<int> votes;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("value")) {
                bool ok = false;
                const double parsed = xml.readElementText().trimmed().toDouble(&ok);
                if (ok)
                    value = parsed;
            } else if (xml.name() == QLatin1String("votes")) {
                votes = leadingInt(xml.readElementText());
            } else {
                xml.skipCurrentElement();
            }
        }
        const double siteMax = NfoReader::siteScaleMax(site);
        if (!value || siteMax <= 0 || title.ratings.ratings.contains(site))
            continue;
        // No max attribute: the value is taken to be on the site's own scale already.
        const double converted = max > 0 && max != siteMax ? *value * siteMax / max : *value;
        title.ratings.ratings.insert(site, RatingValue{converted, votes});
        if (site == QLatin1String("tmdb")) {  // TMDB's own vote_average is 0–10
            title.metadata.voteAverage = converted / 10.0;
            title.metadata.voteCount = votes.value_or(0);
        }
    }
}

void readUniqueId(QXmlStreamReader &xml, LocalTitle &title)
{
    const QString type = xml.attributes().value(QLatin1String("type")).toString().toLower();
    const QString value = xml.readElementText().trimmed();
    if (type == QLatin1String("imdb") && value.startsWith(QLatin1String("tt")))
        title.metadata.id.imdbId = value;
    else if (type == QLatin1String("tmdb"))
        title.metadata.id.tmdbId = value.toLongLong();
}

// The legacy <id> holds either an IMDb id or a TMDB number; explicit <uniqueid>s win.
void readLegacyId(const QString &value, LocalTitle &title)
{
    if (value.startsWith(QLatin1String("tt"))) {
        if (title.metadata.id.imdbId.isEmpty())
            title.metadata.id.imdbId = value;
    } else if (title.metadata.id.tmdbId == 0) {
        title.metadata.id.tmdbId = value.toLongLong();
    }
}

void readField(QXmlStreamReader &xml, LocalTitle &title, QString &languageText)
{
    TitleMetadata &meta = title.metadata;
    const QStringView name = xml.name();
    if (name == QLatin1String("ratings")) {
        readRatings(xml, title);
    } else if (name == QLatin1String("uniqueid")) {
        readUniqueId(xml, title);
    } else if (name == QLatin1String("title")) {
        meta.title = xml.readElementText().trimmed();
    } else if (name == QLatin1String("originaltitle")) {
        meta.originalTitle = xml.readElementText().trimmed();
    } else if (name == QLatin1String("year")) {
        meta.year = leadingInt(xml.readElementText()).value_or(0);
    } else if (name == QLatin1String("premiered")) {
        meta.releaseDate = xml.readElementText().trimmed();
    } else if (name == QLatin1String("genre")) {
        addGenres(xml.readElementText(), meta.genreIds);
    } else if (name == QLatin1String("tag")) {
        const QString tag = xml.readElementText().trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        if (!tag.isEmpty() && !title.ratings.keywords.contains(tag))
            title.ratings.keywords.append(tag);
    } else if (name == QLatin1String("mpaa")) {
        title.ratings.ageRating = NfoReader::ageRating(xml.readElementText());
    } else if (name == QLatin1String("runtime")) {
        meta.runtime = leadingInt(xml.readElementText()).value_or(0);
    } else if (name == QLatin1String("status")) {
        meta.status = xml.readElementText().trimmed();
    } else if (name == QLatin1String("season")) {  // tvshow.nfo: number of seasons
        meta.numberOfSeasons = std::max(0, leadingInt(xml.readElementText()).value_or(0));
    } else if (name == QLatin1String("episode")) {  // tvshow.nfo: number of episodes
        meta.numberOfEpisodes = std::max(0, leadingInt(xml.readElementText()).value_or(0));
    } else if (name == QLatin1String("id")) {
        readLegacyId(xml.readElementText().trimmed(), title);
    } else if (name == QLatin1String("originallanguage")) {
        languageText = xml.readElementText();
    } else if (name == QLatin1String("language")) {
        const QString text = xml.readElementText();
        if (languageText.isEmpty())
            languageText = text;
    } else {
        xml.skipCurrentElement();
    }
}

} // namespace

Result<LocalTitle> NfoReader::parse(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement()) {
        return fail(ErrorKind::InvalidInput, xml.hasError()
                        ? QCoreApplication::translate("Marquee::Sources::NfoReader", "XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                        : QCoreApplication::translate("Marquee::Sources::NfoReader", "not an XML document"));
    }
    const bool movie = xml.name() == QLatin1String("movie");
    if (!movie && xml.name() != QLatin1String("tvshow"))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::NfoReader", "root element is not <movie> or <tvshow>"));

    LocalTitle title;
    title.metadata.origin = QStringLiteral("local");
    title.metadata.id.type = movie ? MediaType::Movie : MediaType::Tv;
    QString languageText;
    while (xml.readNextStartElement())
        readField(xml, title, languageText);
    if (xml.hasError())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Sources::NfoReader", "XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));

    TitleMetadata &meta = title.metadata;
    if (meta.title.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::NfoReader", "no <title>"));
    if (meta.originalTitle.isEmpty())
        meta.originalTitle = meta.title;
    if (meta.year == 0)
        meta.year = meta.releaseDate.left(4).toInt();
    meta.originalLanguage = languageCode(languageText);
    title.ratings.released = meta.releaseDate;
    return title;
}

std::optional<int> NfoReader::genreId(const QString &name)
{
    static const QHash<QString, int> ids = {
        {QStringLiteral("action"), 28},          {QStringLiteral("adventure"), 12},
        {QStringLiteral("animation"), 16},       {QStringLiteral("comedy"), 35},
        {QStringLiteral("crime"), 80},           {QStringLiteral("documentary"), 99},
        {QStringLiteral("drama"), 18},           {QStringLiteral("family"), 10751},
        {QStringLiteral("fantasy"), 14},         {QStringLiteral("history"), 36},
        {QStringLiteral("horror"), 27},          {QStringLiteral("music"), 10402},
        {QStringLiteral("mystery"), 9648},       {QStringLiteral("romance"), 10749},
        {QStringLiteral("sci-fi"), 878},         {QStringLiteral("science fiction"), 878},
        {QStringLiteral("thriller"), 53},        {QStringLiteral("war"), 10752},
        {QStringLiteral("western"), 37},         {QStringLiteral("action & adventure"), 10759},
        {QStringLiteral("kids"), 10762},         {QStringLiteral("news"), 10763},
        {QStringLiteral("reality"), 10764},      {QStringLiteral("sci-fi & fantasy"), 10765},
        {QStringLiteral("soap"), 10766},         {QStringLiteral("talk"), 10767},
        {QStringLiteral("war & politics"), 10768},
    };
    const auto it = ids.constFind(name.trimmed().toLower());
    return it == ids.cend() ? std::nullopt : std::optional<int>(*it);
}

std::optional<int> NfoReader::ageRating(const QString &certificate)
{
    static const QHash<QString, int> ages = {
        {QStringLiteral("G"), 0},      {QStringLiteral("PG"), 10},    {QStringLiteral("PG-13"), 13},
        {QStringLiteral("R"), 17},     {QStringLiteral("NC-17"), 18}, {QStringLiteral("TV-Y"), 0},
        {QStringLiteral("TV-Y7"), 7},  {QStringLiteral("TV-G"), 0},   {QStringLiteral("TV-PG"), 10},
        {QStringLiteral("TV-14"), 14}, {QStringLiteral("TV-MA"), 17},
    };
    // Kodi writes "Rated PG-13" or "US:PG-13"; both reduce to the certificate itself.
    QString text = certificate.trimmed();
    if (text.startsWith(QLatin1String("Rated "), Qt::CaseInsensitive))
        text = text.mid(6).trimmed();
    if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0)
        text = text.mid(colon + 1).trimmed();
    const auto it = ages.constFind(text.toUpper());
    if (it != ages.cend())
        return *it;
    static const QRegularExpression age(QStringLiteral("^(?:[A-Za-z]+[ -]?)?(\\d{1,2})\\+?$"));
    const QRegularExpressionMatch match = age.match(text);
    return match.hasMatch() ? std::optional<int>(match.captured(1).toInt()) : std::nullopt;
}

QString NfoReader::canonicalSite(const QString &kodiName)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("themoviedb"), QStringLiteral("tmdb")},
        {QStringLiteral("rottentomatoes"), QStringLiteral("tomatoes")},
        {QStringLiteral("tomatometerallcritics"), QStringLiteral("tomatoes")},
        {QStringLiteral("tomatometerallaudience"), QStringLiteral("popcorn")},
    };
    const QString name = kodiName.trimmed().toLower();
    return aliases.value(name, name);
}

double NfoReader::siteScaleMax(const QString &site)
{
    static const QHash<QString, double> scales = {
        {QStringLiteral("imdb"), 10},       {QStringLiteral("letterboxd"), 5},
        {QStringLiteral("trakt"), 100},     {QStringLiteral("tomatoes"), 100},
        {QStringLiteral("popcorn"), 100},   {QStringLiteral("metacritic"), 100},
        {QStringLiteral("metacriticuser"), 10}, {QStringLiteral("tmdb"), 100},
        {QStringLiteral("rogerebert"), 4},  {QStringLiteral("myanimelist"), 10},
        {QStringLiteral("anilist"), 100},   {QStringLiteral("kitsu"), 100},
    };
    return scales.value(canonicalSite(site), 0);
}

} // namespace Marquee::Sources
