#include "core/sources/locallibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include "core/sources/nforeader.h"

namespace Marquee::Sources {

namespace {

// Movies/<title>/movie.nfo or Shows/<genre>/<title>/tvshow.nfo are both found; deeper nesting is not
// a Kodi layout and only costs time (or loops through symlinks).
constexpr int MaxScanDepth = 4;

QString tmdbKey(MediaType type, qint64 tmdbId)
{
    return mediaTypeName(type) + QLatin1Char(':') + QString::number(tmdbId);
}

// The .nfo that describes the folder: movie.nfo / tvshow.nfo first, else the first *.nfo by name.
QString chooseNfo(const QStringList &nfoFiles)
{
    for (const QString &preferred : {QStringLiteral("movie.nfo"), QStringLiteral("tvshow.nfo")}) {
        for (const QString &file : nfoFiles) {
            if (file.compare(preferred, Qt::CaseInsensitive) == 0)
                return file;
        }
    }
    return nfoFiles.value(0);
}

// Kodi's artwork names: "poster.jpg" or "<nfo name>-poster.jpg", compared case-insensitively.
QString findArtwork(const QDir &dir, const QStringList &files, const QStringList &names,
                    const QString &nfoBaseName)
{
    QStringList candidates = names;
    for (const QString &name : names)
        candidates.append(nfoBaseName + QLatin1Char('-') + name);
    for (const QString &candidate : candidates) {
        for (const QString &file : files) {
            if (file.compare(candidate, Qt::CaseInsensitive) == 0)
                return dir.absoluteFilePath(file);
        }
    }
    return {};
}

// One artwork entry for the metadata's image lists. Local posters and logos usually carry the title
// text, so they are listed as English; fanart is listed as textless, like TMDB's null-language backdrops.
QList<ImageInfo> artworkInfo(const QString &path, const QString &language)
{
    if (path.isEmpty())
        return {};
    ImageInfo info;
    info.filePath = path;
    info.language = language;
    const QSize size = QImageReader(path).size();  // reads the header only
    if (size.isValid()) {
        info.width = size.width();
        info.height = size.height();
    }
    return {info};
}

void discoverArtwork(const QString &folder, const QString &nfoFile, LocalTitle &title)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name | QDir::IgnoreCase);
    const QString base = QFileInfo(nfoFile).completeBaseName();
    title.posterFile = findArtwork(dir, files,
                                   {QStringLiteral("poster.jpg"), QStringLiteral("poster.png"),
                                    QStringLiteral("poster.jpeg"), QStringLiteral("folder.jpg")}, base);
    title.fanartFile = findArtwork(dir, files,
                                   {QStringLiteral("fanart.jpg"), QStringLiteral("fanart.png"),
                                    QStringLiteral("fanart.jpeg"), QStringLiteral("backdrop.jpg")}, base);
    title.logoFile = findArtwork(dir, files, {QStringLiteral("clearlogo.png"), QStringLiteral("logo.png")}, base);

    TitleMetadata &meta = title.metadata;
    meta.posterPath = title.posterFile;
    meta.backdropPath = title.fanartFile;
    meta.posters = artworkInfo(title.posterFile, QStringLiteral("en"));
    meta.backdrops = artworkInfo(title.fanartFile, QString());
    meta.logos = artworkInfo(title.logoFile, QStringLiteral("en"));
}

} // namespace

LocalLibrary::LocalLibrary(const QStringList &roots)
{
    for (const QString &root : roots) {
        if (!QFileInfo(root).isDir()) {
            m_warnings.append(QCoreApplication::translate("Marquee::Sources::LocalLibrary", "%1: library folder not found").arg(root));
            continue;
        }
        scanFolder(root, 0);
    }
}

void LocalLibrary::scanFolder(const QString &folder, int depth)
{
    const QDir dir(folder);
    const QStringList nfoFiles = dir.entryList({QStringLiteral("*.nfo")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    if (!nfoFiles.isEmpty()) {
        // A title folder: its sub-folders (seasons, extras) hold no further titles.
        addTitle(dir.absolutePath(), dir.absoluteFilePath(chooseNfo(nfoFiles)));
        return;
    }
    if (depth >= MaxScanDepth)
        return;
    const QStringList subFolders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const QString &sub : subFolders)
        scanFolder(dir.absoluteFilePath(sub), depth + 1);
}

void LocalLibrary::addTitle(const QString &folder, const QString &nfoFile)
{
    const QByteArray data = readFile(nfoFile);
    if (data.isEmpty()) {
        m_warnings.append(QCoreApplication::translate("Marquee::Sources::LocalLibrary", "%1: cannot read the file or it is empty").arg(nfoFile));
        return;
    }
    Result<LocalTitle> parsed = NfoReader::parse(data);
    if (!parsed) {
        m_warnings.append(QCoreApplication::translate("Marquee::Sources::LocalLibrary", "%1: %2").arg(nfoFile, parsed.error().message));
        return;
    }
    LocalTitle title = std::move(*parsed);
    const TitleId &id = title.metadata.id;
    if ((!id.imdbId.isEmpty() && m_byImdb.contains(id.imdbId))
        || (id.tmdbId > 0 && m_byTmdb.contains(tmdbKey(id.type, id.tmdbId)))) {
        m_warnings.append(QCoreApplication::translate("Marquee::Sources::LocalLibrary", "%1: duplicate of a title already in the library, skipped").arg(nfoFile));
        return;
    }
    discoverArtwork(folder, nfoFile, title);

    const qsizetype index = m_titles.size();
    if (!id.imdbId.isEmpty())
        m_byImdb.insert(id.imdbId, index);
    if (id.tmdbId > 0)
        m_byTmdb.insert(tmdbKey(id.type, id.tmdbId), index);
    m_titles.append(std::move(title));
}

std::optional<LocalTitle> LocalLibrary::findByImdb(const QString &imdbId) const
{
    const auto it = m_byImdb.constFind(imdbId);
    return it == m_byImdb.cend() ? std::nullopt : std::optional<LocalTitle>(m_titles.at(*it));
}

std::optional<LocalTitle> LocalLibrary::findByTmdb(qint64 tmdbId, MediaType type) const
{
    const auto it = m_byTmdb.constFind(tmdbKey(type, tmdbId));
    return it == m_byTmdb.cend() ? std::nullopt : std::optional<LocalTitle>(m_titles.at(*it));
}

QByteArray LocalLibrary::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Marquee::Sources
