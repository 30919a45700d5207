#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include "core/util/error.h"

namespace Marquee::Sources { class MetadataSource; }

namespace Marquee::Pipeline {

// TMDB artwork on local disk (cacheDir/images), so a title's art is downloaded once per pod: files
// are named by the SHA-256 of size+path (no user text reaches the file system), written atomically and
// read before any download. Every decode, cached or local, passes the decompression-bomb guard.
class ImageCache
{
public:
    ImageCache(QString directory, Sources::MetadataSource *source);

    // Cached bytes or a download through the source (NotFound / UpstreamTimeout / UpstreamStatus pass
    // through), decoded. An undecodable image is an Internal error.
    Result<QImage> tmdbImage(const QString &filePath, const QString &size);
    // A local-library file (disk or ":/" resource).
    static Result<QImage> localImage(const QString &path);

    // Decodes after checking the byte count and the header's dimensions, before any pixel is allocated.
    static Result<QImage> decode(const QByteArray &bytes);

    QString fileFor(const QString &filePath, const QString &size) const;

    static constexpr int MaxDimension = 6000;
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

private:
    QString m_directory;
    Sources::MetadataSource *m_source;
};

} // namespace Marquee::Pipeline
