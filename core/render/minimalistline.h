#pragma once

#include <QImage>

#include "core/render/inlinerun.h"
#include "core/render/rendercontext.h"

namespace Marquee::Render {

// Rating mode 3 "Minimalist" (reference §2.5): a small metadata line at the lower right —
// "Genre ▮ Year", "Genre ★ 87", both, or split across the margins — with the separator or the score
// in the score band's colour.
class MinimalistLine
{
public:
    void paint(QImage &canvas, const RenderContext &ctx) const;

private:
    void addSeparator(InlineRun &run, const QString &kind, const QColor &color) const;
};

} // namespace Marquee::Render
