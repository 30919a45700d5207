#include "core/pipeline/imagecache.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLoggingCategory>
#include <QSaveFile>

#include "core/sources/locallibrary.h"
#include "core/sources/metadatasource.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcImages, "marquee.pipeline.images")

tl::unexpected<Error> unreadable(const QString &reason)
{
    return fail(ErrorKind::Internal,
                QCoreApplication::translate("Marquee::Pipeline::ImageCache", "Unreadable image: %1").arg(reason));
}

QByteArray readCached(const QString &file)
{
    QFile cached(file);
    if (!cached.open(QIODevice::ReadOnly))
        return {};
    return cached.readAll();
}

void writeCached(const QString &file, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        qCWarning(lcImages) << "cannot cache image" << file << out.errorString();
}

} // namespace

ImageCache::ImageCache(QString directory, Sources::MetadataSource *source)
    : m_directory(std::move(directory))
    , m_source(source)
{
}

QString ImageCache::fileFor(const QString &filePath, const QString &size) const
{
    const QByteArray digest = QCryptographicHash::hash((size + filePath).toUtf8(), QCryptographicHash::Sha256);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(digest.toHex());
}

Result<QImage> ImageCache::tmdbImage(const QString &filePath, const QString &size)
{
    const QString file = fileFor(filePath, size);
    if (const QByteArray cached = readCached(file); !cached.isEmpty()) {
        if (auto image = decode(cached))
            return image;
        QFile::remove(file);  // a damaged cache file is fetched again
    }
    if (!m_source)
        return fail(ErrorKind::NotConfigured, QStringLiteral("No image source"));
    auto bytes = m_source->image(filePath, size);
    if (!bytes)
        return fail(bytes.error());
    auto image = decode(*bytes);
    if (image)
        writeCached(file, *bytes);
    return image;
}

Result<QImage> ImageCache::localImage(const QString &path)
{
    const QByteArray bytes = Sources::LocalLibrary::readFile(path);
    if (bytes.isEmpty())
        return unreadable(QCoreApplication::translate("Marquee::Pipeline::ImageCache", "cannot read %1").arg(path));
    return decode(bytes);
}

Result<QImage> ImageCache::decode(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return unreadable(QCoreApplication::translate("Marquee::Pipeline::ImageCache", "larger than 20 MB"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid())
        return unreadable(reader.errorString());
    if (size.width() > MaxDimension || size.height() > MaxDimension)
        return unreadable(QCoreApplication::translate("Marquee::Pipeline::ImageCache", "%1×%2 exceeds 6000×6000")
                              .arg(size.width())
                              .arg(size.height()));
    QImage image = reader.read();
    if (image.isNull())
        return unreadable(reader.errorString());
    return image;
}

} // namespace Marquee::Pipeline
