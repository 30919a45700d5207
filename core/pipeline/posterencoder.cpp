#include "core/pipeline/posterencoder.h"

#include <algorithm>

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>

namespace Marquee::Pipeline {

ImageFormat negotiateFormat(const QString &setting, const QByteArray &acceptHeader)
{
    const QString value = setting.trimmed().toLower();
    if (value == QLatin1String("webp"))
        return ImageFormat::WebP;
    if (value == QLatin1String("auto") && acceptHeader.toLower().contains("image/webp"))
        return ImageFormat::WebP;
    return ImageFormat::Jpeg;
}

QByteArray mimeType(ImageFormat format)
{
    return format == ImageFormat::WebP ? QByteArrayLiteral("image/webp") : QByteArrayLiteral("image/jpeg");
}

PosterEncoder::PosterEncoder(int jpegQuality, int webpQuality)
    : m_jpegQuality(std::clamp(jpegQuality, 70, 95))
    , m_webpQuality(std::clamp(webpQuality, 70, 95))
{
}

int PosterEncoder::quality(ImageFormat format) const
{
    return format == ImageFormat::WebP ? m_webpQuality : m_jpegQuality;
}

Result<QByteArray> PosterEncoder::write(const QImage &image, const char *format, int quality) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.setOptimizedWrite(false);
    writer.setProgressiveScanWrite(false);
    if (!writer.write(image))
        return fail(ErrorKind::Internal,
                    QCoreApplication::translate("Marquee::Pipeline::PosterEncoder", "Cannot encode poster: %1")
                        .arg(writer.errorString()));
    return bytes;
}

Result<QByteArray> PosterEncoder::encode(const QImage &image, ImageFormat format) const
{
    if (format == ImageFormat::WebP)
        return write(image, "webp", m_webpQuality);
    int quality = m_jpegQuality;
    auto bytes = write(image, "jpeg", quality);
    const bool posterSized = image.size() == QSize(500, 750);
    while (bytes && posterSized && bytes->size() > MaxPosterBytes && quality > MinJpegQuality) {
        quality = std::max(MinJpegQuality, quality - 5);
        bytes = write(image, "jpeg", quality);
    }
    return bytes;
}

} // namespace Marquee::Pipeline
