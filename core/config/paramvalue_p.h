#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include "core/config/paramregistry.h"
#include "core/config/renderconfig.h"

// Value normalisation shared by RenderConfig and ServerSettings: one function per ParamType that turns
// a raw query string into the canonical stored value (or the default when the input is unusable).
namespace Marquee::Config::ParamValue {

// Raw query text → normalised value for `spec` (invalid → default, numbers clamped).
QVariant fromString(const ParamSpec &spec, const QString &raw);
// Any QVariant (number, bool, string, QStringList, Weights) → normalised value for `spec`.
QVariant fromVariant(const ParamSpec &spec, const QVariant &value);
// Normalised value → the spelling used in URLs and the canonical string.
QString format(const ParamSpec &spec, const QVariant &value);

std::optional<bool> parseBool(QStringView raw);
// Rounds to 4 decimals and prints the shortest form ("0.08", "1.2", "0").
QString formatReal(double value);
double roundReal(double value);

// "#ff00aa" / "FF00AA" → "FF00AA"; empty when not a 6-digit hex colour.
QString normaliseHex(QStringView raw);

// Weights "src:w,…" restricted to `sources`: "" when nothing valid remains (= unset); zero weights
// dropped; an all-zero set becomes "imdb:0.00" ("no weighted score", distinct from unset).
QString normaliseWeights(QStringView raw, const QStringList &sources);
Weights parseWeights(QStringView normalised);
QString formatWeights(const Weights &weights, const QStringList &sources);

// Palette "score:hex" entries separated by , ; or newlines → "0:FF5050,50:FFD25A" (sorted, deduplicated).
QString normalisePalette(QStringView raw);
QList<PaletteStop> parsePalette(QStringView normalised);

} // namespace Marquee::Config::ParamValue
