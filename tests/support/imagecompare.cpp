#include "tests/support/imagecompare.h"

#include <cstdlib>

#include <QDir>

namespace Marquee::Test {

namespace {

QImage rgb(const QImage &image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

ImageCompare::Result ImageCompare::compare(const QImage &actual, const QImage &expected, const Tolerance &tolerance)
{
    Result result;
    if (actual.isNull() || expected.isNull()) {
        result.explanation = actual.isNull() ? QStringLiteral("actual image is null")
                                             : QStringLiteral("expected image is null (golden missing?)");
        return result;
    }
    if (actual.size() != expected.size()) {
        result.explanation = QStringLiteral("size differs: actual %1x%2, expected %3x%4")
                                 .arg(actual.width()).arg(actual.height())
                                 .arg(expected.width()).arg(expected.height());
        return result;
    }
    const QImage a = rgb(actual);
    const QImage e = rgb(expected);
    qint64 sum = 0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *le = reinterpret_cast<const QRgb *>(e.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int dr = std::abs(qRed(la[x]) - qRed(le[x]));
            const int dg = std::abs(qGreen(la[x]) - qGreen(le[x]));
            const int db = std::abs(qBlue(la[x]) - qBlue(le[x]));
            sum += dr + dg + db;
            const int worst = qMax(dr, qMax(dg, db));
            result.maxChannelDifference = qMax(result.maxChannelDifference, worst);
            if (worst > tolerance.pixelThreshold)
                ++differing;
        }
    }
    const double pixels = double(a.width()) * a.height();
    result.meanDifference = sum / (pixels * 3.0);
    result.differingFraction = differing / pixels;
    result.passed = result.meanDifference <= tolerance.maxMeanDifference
        && result.differingFraction <= tolerance.maxDifferingFraction;
    result.explanation = QStringLiteral("%1: mean difference %2 (limit %3), %4% of pixels differ by more than %5 "
                                        "(limit %6%), largest channel difference %7")
                             .arg(result.passed ? QStringLiteral("match") : QStringLiteral("MISMATCH"))
                             .arg(result.meanDifference, 0, 'f', 3)
                             .arg(tolerance.maxMeanDifference, 0, 'f', 3)
                             .arg(result.differingFraction * 100.0, 0, 'f', 3)
                             .arg(tolerance.pixelThreshold)
                             .arg(tolerance.maxDifferingFraction * 100.0, 0, 'f', 3)
                             .arg(result.maxChannelDifference);
    return result;
}

QImage ImageCompare::diffImage(const QImage &actual, const QImage &expected, int pixelThreshold)
{
    const QImage a = rgb(actual);
    const QImage e = rgb(expected);
    const QSize size = a.size().expandedTo(e.size());
    QImage diff(size, QImage::Format_RGB32);
    diff.fill(Qt::black);
    for (int y = 0; y < size.height(); ++y) {
        QRgb *out = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const bool inA = x < a.width() && y < a.height();
            const bool inE = x < e.width() && y < e.height();
            if (!inA || !inE) {
                out[x] = qRgb(255, 0, 255);  // outside one of the images
                continue;
            }
            const QRgb pa = a.pixel(x, y);
            const QRgb pe = e.pixel(x, y);
            const int worst = qMax(std::abs(qRed(pa) - qRed(pe)),
                                   qMax(std::abs(qGreen(pa) - qGreen(pe)), std::abs(qBlue(pa) - qBlue(pe))));
            const int grey = qGray(pe) / 4;
            out[x] = worst > pixelThreshold ? qRgb(255, 0, 0) : worst > 0 ? qRgb(grey + 60, grey + 40, grey)
                                                                          : qRgb(grey, grey, grey);
        }
    }
    return diff;
}

QString ImageCompare::writeFailure(const QImage &actual, const QImage &expected, const QString &name,
                                   const QString &directory, int pixelThreshold)
{
    QDir dir(directory);
    dir.mkpath(QStringLiteral("."));
    actual.save(dir.filePath(name + QStringLiteral(".actual.png")));
    if (!expected.isNull()) {
        expected.save(dir.filePath(name + QStringLiteral(".expected.png")));
        diffImage(actual, expected, pixelThreshold).save(dir.filePath(name + QStringLiteral(".diff.png")));
    }
    return dir.absolutePath();
}

} // namespace Marquee::Test
