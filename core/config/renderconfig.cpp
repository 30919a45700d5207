#include "core/config/renderconfig.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

#include "core/config/paramvalue_p.h"
#include "core/config/sashpriority.h"

namespace Marquee::Config {

namespace {

constexpr qsizetype HashMemoEntries = 512;   // × ~2.5 KB of fingerprint each

size_t indexOf(Param id)
{
    return static_cast<size_t>(id);
}

// Registry indices sorted by URL name: the order of the canonical string.
const QList<int> &canonicalOrder()
{
    static const QList<int> order = [] {
        QList<int> indices;
        for (int i = 0; i < ParamCount; ++i)
            indices.append(i);
        const QList<ParamSpec> &specs = ParamRegistry::all();
        std::sort(indices.begin(), indices.end(),
            [&specs](int a, int b) { return specs.at(a).name < specs.at(b).name; });
        return indices;
    }();
    return order;
}

// Retired names whose meaning maps onto today's parameters (reference §1.2). They are applied before
// any current-name parameter so an explicit new-name value always wins, whatever the query order.
// sash_badge runs before show_award_sash: a hidden award sash beats the notch.
const QStringList &legacyOrder()
{
    static const QStringList order { QStringLiteral("vignette_poster_color"),
        QStringLiteral("logo_native_fallback"), QStringLiteral("sash_badge"),
        QStringLiteral("show_award_sash"), QStringLiteral("show_quality_badges") };
    return order;
}

} // namespace

RenderConfig::RenderConfig()
{
    // Every default-constructed config shares one set of defaults (and its hash) until changed.
    static const QSharedDataPointer<Data> defaults = [] {
        QSharedDataPointer<Data> data(new Data);
        for (const ParamSpec &spec : ParamRegistry::all())
            data->values[indexOf(spec.id)] = spec.defaultValue;
        return data;
    }();
    d = defaults;
}

void RenderConfig::store(Param id, QVariant value)
{
    Data *data = d.data();   // detaches when shared
    data->values[indexOf(id)] = std::move(value);
    data->hash.clear();
}

RenderConfig RenderConfig::fromQuery(const QUrlQuery &query)
{
    RenderConfig config;
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    // Pass 1: legacy names, then plain aliases (a later duplicate wins, as in the reference).
    for (const QString &legacy : legacyOrder()) {
        const QStringList values = query.allQueryItemValues(legacy, QUrl::FullyDecoded);
        if (!values.isEmpty())
            config.set(legacy, values.last());
    }
    for (const auto &[name, value] : items) {
        const ParamSpec *spec = ParamRegistry::find(name);
        if (spec && spec->name != name)
            config.store(spec->id, ParamValue::fromString(*spec, value));
    }
    // Pass 2: current names override whatever the legacy spellings said.
    for (const auto &[name, value] : items) {
        const ParamSpec *spec = ParamRegistry::find(name);
        if (spec && spec->name == name)
            config.store(spec->id, ParamValue::fromString(*spec, value));
    }
    return config;
}

bool RenderConfig::set(QStringView name, const QString &rawValue)
{
    if (const ParamSpec *spec = ParamRegistry::find(name)) {
        store(spec->id, ParamValue::fromString(*spec, rawValue));
        return true;
    }
    if (!ParamRegistry::legacyNames().contains(name))
        return false;
    const std::optional<bool> flag = ParamValue::parseBool(rawValue);
    if (!flag)
        return true; // a malformed legacy value changes nothing
    if (name == QLatin1String("vignette_poster_color")) {
        setValue(Param::VignettePosterColorTop, *flag);
        setValue(Param::VignettePosterColorBottom, *flag);
    } else if (name == QLatin1String("logo_native_fallback") && !*flag) {
        setValue(Param::LogoPriority, QStringLiteral("native_text"));
    } else if (name == QLatin1String("show_award_sash") && !*flag) {
        setValue(Param::SashMode, QStringLiteral("hidden"));
    } else if (name == QLatin1String("sash_badge") && *flag) {
        setValue(Param::SashMode, QStringLiteral("notch"));
    } else if (name == QLatin1String("show_quality_badges") && !*flag) {
        setValue(Param::BadgeDisplayMode, 0);
    }
    // sash_badge_notch_offset and bar_match_notch were removed upstream: accepted and ignored.
    return true;
}

void RenderConfig::setValue(Param id, const QVariant &value)
{
    store(id, ParamValue::fromVariant(ParamRegistry::spec(id), value));
}

std::optional<QColor> RenderConfig::color(Param id) const
{
    const QString hex = ParamValue::normaliseHex(text(id));
    if (hex.isEmpty())
        return std::nullopt;
    return QColor(QLatin1Char('#') + hex);
}

std::optional<Weights> RenderConfig::weights(Param id) const
{
    const QString normalised = text(id);
    if (normalised.isEmpty())
        return std::nullopt;
    return ParamValue::parseWeights(normalised);
}

QList<PaletteStop> RenderConfig::customPalette() const
{
    return ParamValue::parsePalette(text(Param::ScoreCustomPalette));
}

QStringList RenderConfig::sashPriority() const
{
    const QString value = text(Param::SashPriority);
    if (value == SashPriority::noneToken())
        return {};
    return value.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

bool RenderConfig::isDefault(Param id) const
{
    const ParamSpec &spec = ParamRegistry::spec(id);
    return ParamValue::format(spec, value(id)) == ParamValue::format(spec, spec.defaultValue);
}

QString RenderConfig::canonicalString() const
{
    QStringList lines;
    lines.reserve(ParamCount);
    for (int index : canonicalOrder()) {
        const ParamSpec &spec = ParamRegistry::all().at(index);
        lines.append(spec.name + QLatin1Char('=') + formatted(spec.id));
    }
    return lines.join(QLatin1Char('&'));
}

QString RenderConfig::hash16(const QString &serverSignature) const
{
    // Every cache hit computes its composite key, and formatting ~200 params plus SHA-256 over the
    // result cost ~70 µs: a third of a RAM hit (bench/serve). The memo is keyed by the exact values
    // (fingerprint), so a hit returns what the full computation would.
    // Two memos: this config's own (shared by its copies), then one keyed by the exact values, for
    // configs parsed anew from the same query on every request.
    {
        const QMutexLocker lock(&d->hashMutex);
        if (!d->hash.isEmpty() && d->hashSignature == serverSignature)
            return d->hash;
    }
    static QMutex mutex;
    static QHash<QByteArray, QString> memo;
    const QByteArray memoKey = fingerprint() + '|' + serverSignature.toUtf8();
    QString hash;
    {
        const QMutexLocker lock(&mutex);
        hash = memo.value(memoKey);
    }
    if (hash.isEmpty()) {
        const QByteArray input = (canonicalString() + QLatin1Char('|') + serverSignature).toUtf8();
        hash = QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(16));
        const QMutexLocker lock(&mutex);
        if (memo.size() >= HashMemoEntries)
            memo.clear();   // bounded; configs in use come back within a few requests
        memo.insert(memoKey, hash);
    }
    const QMutexLocker lock(&d->hashMutex);
    d->hashSignature = serverSignature;
    d->hash = hash;
    return hash;
}

QByteArray RenderConfig::fingerprint() const
{
    // Type tag and raw bytes (length-prefixed text) per value: equal fingerprints mean equal values.
    QByteArray out;
    out.reserve(ParamCount * 12);
    for (size_t index = 0; index < d->values.size(); ++index) {
        const QVariant &value = d->values[index];
        const int type = value.typeId();
        out.append(reinterpret_cast<const char *>(&type), sizeof type);
        switch (type) {
        case QMetaType::Bool:
            out.append(value.toBool() ? '1' : '0');
            break;
        case QMetaType::Int: {
            const int number = value.toInt();
            out.append(reinterpret_cast<const char *>(&number), sizeof number);
            break;
        }
        case QMetaType::Double: {
            const double number = value.toDouble();
            out.append(reinterpret_cast<const char *>(&number), sizeof number);
            break;
        }
        default: {
            // Text as it is; anything else by its formatted form, which is what the canonical string holds.
            const QString text = type == QMetaType::QString
                                     ? value.toString()
                                     : formatted(ParamRegistry::all().at(static_cast<int>(index)).id);
            const qsizetype length = text.size();
            out.append(reinterpret_cast<const char *>(&length), sizeof length);
            out.append(reinterpret_cast<const char *>(text.constData()), length * qsizetype(sizeof(QChar)));
            break;
        }
        }
    }
    return out;
}

QUrlQuery RenderConfig::toQuery(bool omitDefaults) const
{
    QUrlQuery query;
    for (const ParamSpec &spec : ParamRegistry::all()) {
        // Unpublished params (client insets) have no fixed default, so URLs always carry them.
        if (omitDefaults && spec.published && isDefault(spec.id))
            continue;
        QString text = formatted(spec.id);
        if (omitDefaults && spec.type == ParamType::SashPriority)
            text = SashPriority::shortestForm(sashPriority()); // diff form when shorter (§7.3)
        query.addQueryItem(spec.name, text);
    }
    return query;
}

QString RenderConfig::formatted(Param id) const
{
    return ParamValue::format(ParamRegistry::spec(id), value(id));
}

bool RenderConfig::operator==(const RenderConfig &other) const
{
    for (const ParamSpec &spec : ParamRegistry::all()) {
        if (formatted(spec.id) != other.formatted(spec.id))
            return false;
    }
    return true;
}

} // namespace Marquee::Config
