#pragma once

#include <QImage>
#include <QString>

namespace Marquee::Test {

// Golden-image comparison with a per-pixel tolerance (ARCHITECTURE rule 9): never bytes, so
// antialiasing noise between FreeType builds passes while a moved or recoloured element fails.
//
//   ImageCompare::Tolerance tol;                       // defaults suit half-size poster goldens
//   const auto result = ImageCompare::compare(actual, golden, tol);
//   if (!result.passed) ImageCompare::writeFailure(actual, golden, "rating_mode_2", outDir);
//   QVERIFY2(result.passed, qPrintable(result.explanation));
class ImageCompare
{
public:
    struct Tolerance
    {
        double maxMeanDifference = 1.0;   // mean absolute channel difference, 0–255
        int pixelThreshold = 32;          // a pixel "differs" when any channel differs by more
        double maxDifferingFraction = 0.002;  // share of differing pixels allowed
    };

    struct Result
    {
        bool passed = false;
        double meanDifference = 0;
        double differingFraction = 0;
        int maxChannelDifference = 0;
        QString explanation;  // human-readable verdict with the numbers
    };

    static Result compare(const QImage &actual, const QImage &expected, const Tolerance &tolerance);

    // Red where pixels differ beyond the threshold, dimmed expected image elsewhere.
    static QImage diffImage(const QImage &actual, const QImage &expected, int pixelThreshold);

    // Writes <name>.actual.png, <name>.expected.png and <name>.diff.png into `directory` (created when
    // missing) and returns the directory's absolute path.
    static QString writeFailure(const QImage &actual, const QImage &expected, const QString &name,
                                const QString &directory, int pixelThreshold = 32);
};

} // namespace Marquee::Test
