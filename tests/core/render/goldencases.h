#pragma once

#include <functional>

#include <QImage>
#include <QList>
#include <QString>

#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "core/render/renderinputs.h"

namespace Marquee::Test {

// One golden image: a readable name (the file stem in tests/data/golden), the render parameters as a
// real /poster query string, and the inputs. tst_posterrenderer and marquee_goldengen both read this
// table, so the test and the regenerator can never drift apart.
struct GoldenCase
{
    QString name;
    QString query;
    std::function<Render::RenderInputs(const Render::FontBook &)> inputs;
};

class GoldenCases
{
public:
    static QList<GoldenCase> all();

    // Renders the case and returns it at half size (250×375 / 500×282): the stored golden resolution,
    // which keeps the repository small and is still sharp enough to catch any moved element.
    static QImage render(const GoldenCase &goldenCase, const Render::PosterRenderer &renderer,
                         const Render::FontBook &fonts);

    static QString directory();  // <source>/tests/data/golden
    static QString path(const GoldenCase &goldenCase);
};

} // namespace Marquee::Test
