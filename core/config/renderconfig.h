#pragma once

#include <QColor>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QSharedData>
#include <QString>
#include <QUrlQuery>
#include <QVariant>

#include <array>
#include <optional>

#include "core/config/paramregistry.h"

namespace Marquee::Config {

struct PaletteStop
{
    int score = 0;   // threshold 0–100
    QColor color;
};

// A rating-source → weight map; weights already clamped to 0–1 and unknown sources dropped.
using Weights = QMap<QString, double>;

// The typed, clamped render configuration of one poster. Parsing never fails: a malformed value
// falls back to its default, an out-of-range number is clamped. Two configs that draw the same poster
// serialise to the same canonical string, so "sending the default" equals "omitting it".
class RenderConfig
{
public:
    RenderConfig();  // all server defaults

    // Parses the render parameters of a query (identity/control params are ignored here), including
    // legacy aliases and value mappings (reference §1.2, Appendix B 4–6).
    static RenderConfig fromQuery(const QUrlQuery &query);

    // Applies one parameter by URL name (or alias). Returns false when the name is not a render param.
    bool set(QStringView name, const QString &rawValue);
    void setValue(Param id, const QVariant &value);  // value is normalised and clamped

    QVariant value(Param id) const { return d->values[static_cast<size_t>(id)]; }
    int integer(Param id) const { return value(id).toInt(); }
    double real(Param id) const { return value(id).toDouble(); }
    bool flag(Param id) const { return value(id).toBool(); }
    QString text(Param id) const { return value(id).toString(); }
    std::optional<QColor> color(Param id) const;     // Color params; nullopt when unset
    std::optional<Weights> weights(Param id) const;  // nullopt when unset ("use server weights")
    QList<PaletteStop> customPalette() const;        // parsed score_custom_palette, sorted by score

    // The effective ordered sash slot list after list/diff parsing; empty = no sashes.
    QStringList sashPriority() const;

    bool isDefault(Param id) const;

    // Sorted "k=v" lines of every render parameter with normalised values, joined by '&'.
    QString canonicalString() const;
    // First 16 hex of SHA-256 over the canonical string plus a server signature (format, quality,
    // render version…), as the composite key's last part.
    QString hash16(const QString &serverSignature) const;

    // Query with the normalised values; when omitDefaults, parameters equal to the default are left out.
    QUrlQuery toQuery(bool omitDefaults = true) const;

    // Normalised value as written into URLs and the canonical string ("0.08", "true", "letterboxd:0.80").
    QString formatted(Param id) const;

    bool operator==(const RenderConfig &other) const;
    bool operator!=(const RenderConfig &other) const { return !(*this == other); }

private:
    // Implicitly shared: a request copies its preset's config, and the copy keeps the hash16() already
    // computed for it (a RAM hit computes its composite key every time; bench/serve).
    struct Data : QSharedData
    {
        Data() = default;
        Data(const Data &other) : QSharedData(other), values(other.values) {}   // without the memo
        std::array<QVariant, ParamCount> values;
        mutable QMutex hashMutex;   // copies sharing this Data may hash on several threads at once
        mutable QString hashSignature;
        mutable QString hash;       // hash16(hashSignature); empty = not computed
    };

    // The only way values change: detaches, and forgets the memoised hash.
    void store(Param id, QVariant value);
    // The values as bytes (type tag + raw value each), the exact memo key of hash16()'s shared memo.
    QByteArray fingerprint() const;

    QSharedDataPointer<Data> d;
};

} // namespace Marquee::Config
