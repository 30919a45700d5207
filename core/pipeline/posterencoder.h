#pragma once

#include <QByteArray>
#include <QImage>

#include "core/pipeline/posterpipeline.h"
#include "core/util/error.h"

namespace Marquee::Pipeline {

// Encodes a rendered poster in memory. JPEG is baseline (no optimised/progressive passes: they cost
// time and TV clients gain nothing); a 500×750 JPEG over MaxPosterBytes is re-encoded 5 quality
// points lower at a time, down to MinJpegQuality, because some TV clients choke on larger posters.
class PosterEncoder
{
public:
    PosterEncoder(int jpegQuality, int webpQuality);

    Result<QByteArray> encode(const QImage &image, ImageFormat format) const;
    int quality(ImageFormat format) const;

    static constexpr qint64 MaxPosterBytes = 100 * 1024;
    static constexpr int MinJpegQuality = 70;

private:
    Result<QByteArray> write(const QImage &image, const char *format, int quality) const;

    int m_jpegQuality;
    int m_webpQuality;
};

} // namespace Marquee::Pipeline
