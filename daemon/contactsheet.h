#pragma once

#include <optional>

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include "core/render/renderinputs.h"
#include "core/util/error.h"
#include "daemon/rendercommand.h"

namespace Marquee::Pipeline { class PosterPipeline; }
namespace Marquee::Render { class FontBook; }

namespace Marquee {

// `marqueed render --contact-sheet`: a labelled grid that shows the look at a glance. Section 1: every
// listed preset (rows) × four sample titles; section 2: rating_display_mode 0–4 (rows) × score_color_mode
// 0–3 on one sample title; section 3: the no-art fallback canvas, fallback_bg_style minimal / photoreal
// (rows) × four genres. Cells are rendered through the pipeline (sections 1–2) or straight through the
// renderer (section 3, whose titles have no art by construction) and scaled to CellSize.
class ContactSheet
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::ContactSheet)

public:
    struct Cell
    {
        RenderJob job;
        QString caption;
        // Set: render these inputs with job.query directly (no pipeline, no title lookup).
        std::optional<Render::RenderInputs> direct = std::nullopt;
    };
    struct Row
    {
        QString label;     // bold first line
        QString sublabel;  // grey second line
        QList<Cell> cells;
    };
    struct Section
    {
        QString heading;
        QList<Row> rows;
    };

    // Layout in pixels.
    static constexpr QSize CellSize{250, 375};
    static constexpr int CaptionHeight = 34;   // under each poster
    static constexpr int Gap = 24;             // between cells and rows
    static constexpr int Margin = 48;          // around the sheet
    static constexpr int LabelWidth = 240;     // row labels on the left
    static constexpr int TitleHeight = 112;    // sheet title block
    static constexpr int HeadingHeight = 64;   // section heading
    static constexpr int SectionGap = 40;      // after each section but the last

    ContactSheet(Pipeline::PosterPipeline &pipeline, const Config::ServerSettings &settings, const Render::FontBook &fonts);

    static QList<Section> sections();
    static QSize sheetSize();

    // The whole sheet; the first cell that fails to render fails it (with that cell named).
    Result<QImage> render() const;

private:
    static int sectionHeight(const Section &section);
    static int columns();
    Result<QImage> renderCell(const Cell &cell) const;

    Pipeline::PosterPipeline &m_pipeline;
    const Config::ServerSettings &m_settings;
    const Render::FontBook &m_fonts;
};

} // namespace Marquee
