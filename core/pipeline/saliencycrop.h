#pragma once

#include <vector>

#include <QImage>

namespace Marquee::Pipeline {

// Where to cut a portrait (2:3) window out of a landscape backdrop (reference §2.2 step 3), without
// face detection: a cheap deterministic saliency map on a 320-px-wide thumbnail — skin tones ×4,
// difference-of-Gaussians edge energy ×2, saturation ×0.5, the upper 65 % of rows ×2, and a gentle
// centre bias — and the window whose columns hold the most of it. The same image always gives the
// same window.
class SaliencyCrop
{
public:
    // Left edge, in source pixels, of the best window `windowWidth` wide (0 when the image is not wider).
    static int bestLeft(const QImage &image, int windowWidth);

    // Per-column saliency of the thumbnail (width ThumbWidth, or narrower for small images); for tests.
    static std::vector<double> columnSaliency(const QImage &image);

    static constexpr int ThumbWidth = 320;
};

} // namespace Marquee::Pipeline
