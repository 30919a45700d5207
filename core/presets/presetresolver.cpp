#include "core/presets/presetresolver.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>

#include "core/config/paramregistry.h"
#include "core/config/posterquery.h"
#include "core/presets/presetcatalog.h"

namespace Marquee::Presets {

namespace {

const QString &defaultClient()
{
    static const QString client = QStringLiteral("stremio_tv_nuvio");
    return client;
}

// Names a /poster URL may carry that say which title or whose keys, not how it looks. A preset is a
// look: these are dropped silently (keys must never be stored), never rejected.
const QSet<QString> &droppedNames()
{
    static const QSet<QString> names{
        QStringLiteral("tmdb_id"), QStringLiteral("imdb_id"), QStringLiteral("type"),
        QStringLiteral("stremio_id"), QStringLiteral("anilist_id"), QStringLiteral("kitsu_id"),
        QStringLiteral("access_key"), QStringLiteral("tmdb_key"), QStringLiteral("mdblist_key"),
        QStringLiteral("quality"), QStringLiteral("season"), QStringLiteral("episode"),
        QStringLiteral("debug"), QStringLiteral("nocache"), QStringLiteral("_ts"),
    };
    return names;
}

bool isKnownName(const QString &name)
{
    return Config::ParamRegistry::find(name) || Config::ParamRegistry::legacyNames().contains(name)
        || droppedNames().contains(name) || name == QLatin1String("primary_client");
}

QString clientOf(const QUrlQuery &query)
{
    static const QStringList clients{defaultClient(), QStringLiteral("stremio_desktop_web"),
                                     QStringLiteral("plex"), QStringLiteral("jellyfin")};
    const QString client = query.queryItemValue(QStringLiteral("primary_client"), QUrl::FullyDecoded)
                               .trimmed()
                               .toLower();
    return clients.contains(client) ? client : defaultClient();
}

} // namespace

PresetResolver::PresetResolver(Storage::Storage &storage)
    : m_storage(storage)
{
}

QString PresetResolver::nameRule()
{
    return QCoreApplication::translate("Marquee::Presets::PresetResolver",
                                       "A preset name is 1–40 characters of a–z, 0–9, '_' or '-'");
}

bool PresetResolver::isValidUserName(QStringView name)
{
    return !name.isEmpty() && name.size() <= MaxNameLength
        && std::all_of(name.begin(), name.end(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
           });
}

bool PresetResolver::isReservedName(QStringView name)
{
    return PresetCatalog::find(name) != nullptr;
}

std::optional<ResolvedPreset> PresetResolver::builtIn(QStringView name)
{
    const Preset *preset = PresetCatalog::find(name);
    if (!preset)
        return std::nullopt;
    return ResolvedPreset{preset->id, preset->params, true, 0};
}

Result<ResolvedPreset> PresetResolver::resolve(const QString &name) const
{
    if (auto found = builtIn(name))
        return *found;
    const Error unknown{ErrorKind::NotFound,
                        QCoreApplication::translate("Marquee::Presets::PresetResolver", "Unknown preset '%1'")
                            .arg(name)};
    if (!isValidUserName(name))
        return fail(unknown);  // nothing with this name can have been stored
    auto row = m_storage.userPreset(name);
    if (!row)
        return fail(row.error());
    if (!row->has_value())
        return fail(unknown);
    return ResolvedPreset{(*row)->name, QUrlQuery((*row)->query), false, (*row)->updatedAt};
}

Result<QList<Storage::UserPresetRow>> PresetResolver::userPresets() const
{
    return m_storage.userPresets();
}

Result<QString> PresetResolver::canonicalQuery(const QString &rawQuery)
{
    QString text = rawQuery.trimmed();
    if (text.startsWith(QLatin1Char('?')))
        text.remove(0, 1);
    if (text.size() > MaxQueryLength)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Presets::PresetResolver",
                                                "The preset query is longer than %1 characters")
                        .arg(MaxQueryLength));
    const QUrlQuery query(text);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value)
        if (name.isEmpty() || !isKnownName(name))
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("Marquee::Presets::PresetResolver",
                                                    "Unknown parameter '%1' in the preset query")
                            .arg(name.left(64)));
    }

    const QString client = clientOf(query);
    Config::RenderConfig config = Config::RenderConfig::fromQuery(query);
    Config::applyClientInsets(config, client, query);
    QUrlQuery canonical;
    if (client != defaultClient())
        canonical.addQueryItem(QStringLiteral("primary_client"), client);
    for (const auto &[name, value] : config.toQuery(true).queryItems(QUrl::FullyDecoded))
        canonical.addQueryItem(name, value);
    return canonical.toString(QUrl::FullyEncoded);
}

Result<Storage::UserPresetRow> PresetResolver::save(const QString &name, const QString &rawQuery, qint64 now) const
{
    if (!isValidUserName(name))
        return fail(ErrorKind::InvalidInput, nameRule());
    if (isReservedName(name))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Presets::PresetResolver",
                                                "'%1' is a built-in preset id and cannot be redefined")
                        .arg(name));
    const Result<QString> canonical = canonicalQuery(rawQuery);
    if (!canonical)
        return fail(canonical.error());
    const Storage::UserPresetRow row{name, *canonical, now};
    if (const VoidResult stored = m_storage.putUserPreset(row); !stored)
        return fail(stored.error());
    return row;
}

Result<bool> PresetResolver::remove(const QString &name) const
{
    if (!isValidUserName(name))
        return false;
    return m_storage.removeUserPreset(name);
}

} // namespace Marquee::Presets
