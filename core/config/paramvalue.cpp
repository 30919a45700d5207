#include "core/config/paramvalue_p.h"

#include <cmath>

#include <QLocale>
#include <QRegularExpression>

#include "core/config/sashpriority.h"

namespace Marquee::Config::ParamValue {

namespace {

QString noWeightedScore(const QStringList &sources)
{
    const QString imdb = QStringLiteral("imdb");
    return (sources.contains(imdb) ? imdb : sources.value(0, imdb)) + QStringLiteral(":0.00");
}

double roundWeight(double w)
{
    return std::round(std::clamp(w, 0.0, 1.0) * 100.0) / 100.0 + 0.0;
}

QVariant fromNumber(const ParamSpec &spec, double number)
{
    if (!std::isfinite(number))
        return spec.defaultValue;
    if (spec.type == ParamType::Int)
        return static_cast<int>(std::llround(std::clamp(number, spec.min, spec.max)));
    return roundReal(std::clamp(number, spec.min, spec.max));
}

QVariant numberFromString(const ParamSpec &spec, const QString &text)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok ? fromNumber(spec, number) : spec.defaultValue;
}

QVariant choiceFromString(const ParamSpec &spec, const QString &text)
{
    const QString lower = text.toLower();
    return spec.choices.contains(lower) ? QVariant(lower) : spec.defaultValue;
}

QVariant colorOrWordFromString(const ParamSpec &spec, const QString &text)
{
    const QString lower = text.toLower();
    if (spec.choices.contains(lower))
        return lower;
    const QString hex = normaliseHex(text);
    return hex.isEmpty() ? spec.defaultValue : QVariant(hex);
}

// Text params are locale tags ("en", "pt-br", "zh-hant-tw"); anything else falls back to the default.
QVariant textFromString(const ParamSpec &spec, const QString &text)
{
    static const QRegularExpression locale(QStringLiteral("^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$"));
    QString value = spec.lowerCase ? text.toLower() : text;
    value.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (value.isEmpty() || !locale.match(value).hasMatch())
        return spec.defaultValue;
    return value;
}

QVariant sashPriorityFromString(const ParamSpec &spec, const QString &text)
{
    const std::optional<QStringList> slotNames = SashPriority::resolve(text);
    if (!slotNames)
        return spec.defaultValue;
    return slotNames->isEmpty() ? SashPriority::noneToken() : slotNames->join(QLatin1Char(','));
}

} // namespace

std::optional<bool> parseBool(QStringView raw)
{
    const QString text = raw.trimmed().toString().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes")
        || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no")
        || text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

double roundReal(double value)
{
    // + 0.0 turns -0 into 0 so "-0.00001" and "0" print the same.
    return std::round(value * 10000.0) / 10000.0 + 0.0;
}

QString formatReal(double value)
{
    return QString::number(roundReal(value), 'f', QLocale::FloatingPointShortest);
}

QString normaliseHex(QStringView raw)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{6}$"));
    QStringView text = raw.trimmed();
    if (text.startsWith(QLatin1Char('#')))
        text = text.mid(1);
    const QString value = text.toString();
    return hex.match(value).hasMatch() ? value.toUpper() : QString();
}

Weights parseWeights(QStringView normalised)
{
    Weights weights;
    for (QStringView entry : normalised.split(QLatin1Char(','))) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        bool ok = false;
        const double w = entry.mid(colon + 1).trimmed().toDouble(&ok);
        if (ok && std::isfinite(w))
            weights.insert(entry.left(colon).trimmed().toString().toLower(), w);
    }
    return weights;
}

QString formatWeights(const Weights &weights, const QStringList &sources)
{
    QStringList entries;
    bool anyValid = false;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) { // QMap: sorted by source name
        if (!sources.contains(it.key()) || !std::isfinite(it.value()))
            continue;
        anyValid = true;
        const double w = roundWeight(it.value());
        if (w > 0)
            entries.append(it.key() + QLatin1Char(':') + QString::number(w, 'f', 2));
    }
    if (!anyValid)
        return {};
    return entries.isEmpty() ? noWeightedScore(sources) : entries.join(QLatin1Char(','));
}

QString normaliseWeights(QStringView raw, const QStringList &sources)
{
    return formatWeights(parseWeights(raw), sources);
}

QString normalisePalette(QStringView raw)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\r\\n]"));
    QMap<int, QString> stops; // score → hex; a later entry for the same score wins
    for (const QString &entry : raw.toString().split(separators, Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        bool ok = false;
        const double score = QStringView(entry).left(colon).trimmed().toDouble(&ok);
        const QString hex = normaliseHex(QStringView(entry).mid(colon + 1));
        if (!ok || !std::isfinite(score) || hex.isEmpty())
            continue;
        stops.insert(static_cast<int>(std::llround(std::clamp(score, 0.0, 100.0))), hex);
    }
    QStringList entries;
    for (auto it = stops.cbegin(); it != stops.cend(); ++it)
        entries.append(QString::number(it.key()) + QLatin1Char(':') + it.value());
    return entries.join(QLatin1Char(','));
}

QList<PaletteStop> parsePalette(QStringView normalised)
{
    QList<PaletteStop> stops;
    for (QStringView entry : normalised.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        stops.append(
            PaletteStop { entry.left(colon).toInt(), QColor(QLatin1Char('#') + entry.mid(colon + 1)) });
    }
    return stops;
}

QVariant fromString(const ParamSpec &spec, const QString &raw)
{
    QString text = raw.trimmed();
    const auto alias = spec.valueAliases.constFind(text.toLower());
    if (alias != spec.valueAliases.cend())
        text = alias.value();
    switch (spec.type) {
    case ParamType::Int:
    case ParamType::Real:
        return numberFromString(spec, text);
    case ParamType::Bool: {
        const std::optional<bool> flag = parseBool(text);
        return flag ? QVariant(*flag) : spec.defaultValue;
    }
    case ParamType::Choice:
        return choiceFromString(spec, text);
    case ParamType::Color:
        return normaliseHex(text); // invalid → unset
    case ParamType::ColorOrWord:
        return colorOrWordFromString(spec, text);
    case ParamType::Text:
        return textFromString(spec, text);
    case ParamType::SashPriority:
        return sashPriorityFromString(spec, text);
    case ParamType::Weights:
        return normaliseWeights(text, spec.choices);
    case ParamType::Palette:
        return normalisePalette(text);
    }
    return spec.defaultValue;
}

QVariant fromVariant(const ParamSpec &spec, const QVariant &value)
{
    const QMetaType type = value.metaType();
    if (!value.isValid())
        return spec.defaultValue;
    if ((spec.type == ParamType::Int || spec.type == ParamType::Real)
        && (type == QMetaType::fromType<int>() || type == QMetaType::fromType<double>()
            || type == QMetaType::fromType<qint64>() || type == QMetaType::fromType<float>()))
        return fromNumber(spec, value.toDouble());
    if (spec.type == ParamType::Bool && type == QMetaType::fromType<bool>())
        return value.toBool();
    if (spec.type == ParamType::Weights && type == QMetaType::fromType<Weights>())
        return formatWeights(value.value<Weights>(), spec.choices);
    if (type == QMetaType::fromType<QStringList>())
        return fromString(spec, value.toStringList().join(QLatin1Char(',')));
    if (type == QMetaType::fromType<QColor>()) {
        const QColor color = value.value<QColor>();
        return color.isValid() ? fromString(spec, color.name(QColor::HexRgb)) : QVariant(QString());
    }
    return fromString(spec, value.toString());
}

QString format(const ParamSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case ParamType::Int:
        return QString::number(value.toInt());
    case ParamType::Real:
        return formatReal(value.toDouble());
    case ParamType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

} // namespace Marquee::Config::ParamValue
