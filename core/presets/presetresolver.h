#pragma once

#include <QList>
#include <QString>
#include <QUrlQuery>

#include "core/config/renderconfig.h"
#include "core/storage/storage.h"
#include "core/util/error.h"

namespace Marquee::Presets {

// One preset as a request sees it: where it came from and the parameters to render it with.
struct ResolvedPreset
{
    QString name;
    QUrlQuery params;       // parsed exactly like a /poster query (built-in params or the stored query)
    bool builtIn = false;   // from PresetCatalog (current or retired)
    qint64 updatedAt = 0;   // user presets: last change, Unix seconds

    Config::RenderConfig config() const { return Config::RenderConfig::fromQuery(params); }
};

// Turns a preset name into render parameters: the built-in catalogue first (a built-in id always
// wins), then the user presets the daemon keeps in its Storage (marquee.md §3 "beyond the reference").
// Also the one place that validates and canonicalises what a user preset may store, so every backend
// holds the same text and the HTTP API and the desktop app agree on the rules.
//
//   PresetResolver presets(storage);
//   auto preset = presets.resolve(QStringLiteral("my_look"));   // NotFound "Unknown preset 'my_look'"
//   auto saved = presets.save(QStringLiteral("my_look"), QStringLiteral("rating_display_mode=4"), now);
//
// Storage calls block (SQLite or PostgreSQL): call resolve() for a non-built-in name off the HTTP thread.
class PresetResolver
{
public:
    static constexpr int MaxNameLength = 40;
    static constexpr int MaxQueryLength = 8192;

    explicit PresetResolver(Storage::Storage &storage);

    // Built-in (current or retired) first, then the user's. NotFound "Unknown preset '%1'" when neither.
    Result<ResolvedPreset> resolve(const QString &name) const;
    // Built-in only, no I/O: what the HTTP thread may ask.
    static std::optional<ResolvedPreset> builtIn(QStringView name);

    Result<QList<Storage::UserPresetRow>> userPresets() const;
    // Validates the name and the query, stores the canonical query and returns the stored row.
    // InvalidInput for a bad name, a built-in or retired id (callers that answer 409 for those check
    // isReservedName() first) or a bad query.
    Result<Storage::UserPresetRow> save(const QString &name, const QString &rawQuery, qint64 now) const;
    // False when there was no such user preset.
    Result<bool> remove(const QString &name) const;

    // [a-z0-9_-]{1,40}
    static bool isValidUserName(QStringView name);
    // A current or retired built-in id: never usable as a user preset name.
    static bool isReservedName(QStringView name);
    // The canonical form of a user preset query: parsed with RenderConfig (legacy aliases, clamps),
    // defaults omitted, keys and title ids dropped, primary_client kept when it is not the default.
    // InvalidInput naming the first parameter that is not a render parameter, or for an oversize query.
    static Result<QString> canonicalQuery(const QString &rawQuery);

    static QString nameRule();  // the translated explanation of the name pattern

private:
    Storage::Storage &m_storage;
};

} // namespace Marquee::Presets
