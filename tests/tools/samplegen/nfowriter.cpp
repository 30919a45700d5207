#include "tests/tools/samplegen/nfowriter.h"

#include <QXmlStreamWriter>

namespace Marquee::SampleGen {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

void writeRatings(QXmlStreamWriter &xml, const SampleTitle &title)
{
    xml.writeStartElement(QStringLiteral("ratings"));
    for (const SampleRating &rating : title.ratings) {
        xml.writeStartElement(QStringLiteral("rating"));
        xml.writeAttribute(QStringLiteral("name"), rating.name);
        xml.writeAttribute(QStringLiteral("max"), QString::number(rating.max));
        if (rating.name == QLatin1String("imdb"))
            xml.writeAttribute(QStringLiteral("default"), QStringLiteral("true"));
        xml.writeTextElement(QStringLiteral("value"), number(rating.value));
        xml.writeTextElement(QStringLiteral("votes"), QString::number(rating.votes));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

QByteArray nfoDocument(const SampleTitle &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(title.tv ? QStringLiteral("tvshow") : QStringLiteral("movie"));
    xml.writeTextElement(QStringLiteral("title"), title.title);
    xml.writeTextElement(QStringLiteral("originaltitle"), title.originalTitle);
    xml.writeTextElement(QStringLiteral("year"), QString::number(title.year));
    xml.writeTextElement(QStringLiteral("premiered"), title.premiered);
    xml.writeTextElement(QStringLiteral("runtime"), QString::number(title.runtime));
    xml.writeTextElement(QStringLiteral("mpaa"), title.mpaa);
    xml.writeTextElement(QStringLiteral("status"), title.status);
    if (title.tv) {
        xml.writeTextElement(QStringLiteral("season"), QString::number(title.seasons));
        xml.writeTextElement(QStringLiteral("episode"), QString::number(title.episodes));
    }
    for (const QString &genre : title.genres)
        xml.writeTextElement(QStringLiteral("genre"), genre);
    for (const QString &tag : title.tags)
        xml.writeTextElement(QStringLiteral("tag"), tag);
    xml.writeTextElement(QStringLiteral("language"), title.language);
    xml.writeStartElement(QStringLiteral("uniqueid"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("imdb"));
    xml.writeAttribute(QStringLiteral("default"), QStringLiteral("true"));
    xml.writeCharacters(title.imdbId());
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("uniqueid"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("tmdb"));
    xml.writeCharacters(QString::number(title.tmdbId()));
    xml.writeEndElement();
    writeRatings(xml, title);
    xml.writeTextElement(QStringLiteral("plot"), title.plot);
    xml.writeEndElement();
    xml.writeEndDocument();  // with auto-formatting this ends the file with a newline
    return out;
}

} // namespace Marquee::SampleGen
