#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/sources/ratingsrecord.h"
#include "core/sources/titlemetadata.h"

namespace Marquee::Sources {

// One title folder of a Kodi-style library: <folder>/{movie.nfo|tvshow.nfo|<name>.nfo},
// poster.jpg, fanart.jpg, clearlogo.png (each optional except the .nfo).
struct LocalTitle
{
    TitleMetadata metadata;    // origin "local"; ids, title, year, genres (mapped to TMDB genre ids)
    RatingsRecord ratings;     // <ratings><rating name=… max=…><value/><votes/></rating></ratings>,
                               // <tag>s as keywords, <premiered> as released, <mpaa> → ageRating
    QString posterFile;        // absolute paths (or ":/…" resource paths); empty when absent
    QString fanartFile;
    QString logoFile;
};

// A library of titles that needs no key and no network. Roots may be resource paths (":/marquee/samples",
// the bundled sample library) or folders on disk; each root is scanned once at construction.
class LocalLibrary
{
public:
    explicit LocalLibrary(const QStringList &roots);

    std::optional<LocalTitle> findByImdb(const QString &imdbId) const;
    std::optional<LocalTitle> findByTmdb(qint64 tmdbId, MediaType type) const;
    const QList<LocalTitle> &titles() const { return m_titles; }
    QStringList warnings() const { return m_warnings; }  // unreadable .nfo files, with their paths

    static QByteArray readFile(const QString &path);  // empty on failure

private:
    void scanFolder(const QString &folder, int depth);
    void addTitle(const QString &folder, const QString &nfoFile);

    QList<LocalTitle> m_titles;
    QStringList m_warnings;
    QHash<QString, qsizetype> m_byImdb;  // imdb id → index in m_titles
    QHash<QString, qsizetype> m_byTmdb;  // "movie:123" / "tv:123" → index
};

} // namespace Marquee::Sources
