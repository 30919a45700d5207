#include "daemon/contactsheet.h"

#include <algorithm>

#include <QPainter>

#include "core/pipeline/posterpipeline.h"
#include "core/presets/presetcatalog.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "daemon/daemon.h"

namespace Marquee {

namespace {

const QColor Background(0x14, 0x16, 0x1b);
const QColor CellBackground(0x1f, 0x22, 0x29);
const QColor Primary(0xf2, 0xf3, 0xf5);
const QColor Secondary(0x9a, 0xa0, 0xab);
const QColor Accent(0xe5, 0xb8, 0x4b);

// Two films, a second film with different art, and a series: enough to see how a preset copes.
struct Sample
{
    const char *id;
    const char *type;
};
constexpr Sample PresetSamples[] = {
    {"tt90000001", "movie"}, {"tt90000003", "movie"}, {"tt90000004", "movie"}, {"tt90000007", "tv"}};
constexpr Sample ModeSample{"tt90000002", "movie"};

// Thresholds for the custom palette (score_color_mode=3), which falls back to classic without any.
const QLatin1String SamplePalette("0:C0392B,50:E67E22,65:F1C40F,80:27AE60");

RenderJob job(const Sample &sample)
{
    RenderJob result;
    result.id = QString::fromLatin1(sample.id);
    result.type = QString::fromLatin1(sample.type);
    return result;
}

QString ratingModeName(int mode)
{
    switch (mode) {
    case 0: return ContactSheet::tr("Hidden (palettes do not apply)");
    case 1: return ContactSheet::tr("Score Bar");
    case 2: return ContactSheet::tr("Clean");
    case 3: return ContactSheet::tr("Minimalist");
    default: return ContactSheet::tr("Frosted Bar with its rating stripe (bar_style=rating_frosted, bar_accent=palette_N)");
    }
}

QString paletteName(int mode)
{
    switch (mode) {
    case 0: return ContactSheet::tr("Classic");
    case 1: return ContactSheet::tr("Six-band");
    case 2: return ContactSheet::tr("Metal");
    default: return ContactSheet::tr("Custom");
    }
}

ContactSheet::Section presetSection()
{
    ContactSheet::Section section{ContactSheet::tr("Presets × sample titles"), {}};
    for (const Presets::Preset &preset : Presets::PresetCatalog::current()) {
        ContactSheet::Row row{preset.id, preset.name, {}};
        for (const Sample &sample : PresetSamples) {
            ContactSheet::Cell cell{job(sample), QString::fromLatin1(sample.id) + QStringLiteral(" · ")
                                                     + QString::fromLatin1(sample.type)};
            cell.job.preset = preset.id;
            row.cells.append(cell);
        }
        section.rows.append(row);
    }
    return section;
}

ContactSheet::Section modeSection()
{
    ContactSheet::Section section{
        ContactSheet::tr("rating_display_mode × score_color_mode (%1)").arg(QString::fromLatin1(ModeSample.id)), {}};
    for (int mode = 0; mode <= 4; ++mode) {
        ContactSheet::Row row{QStringLiteral("rating_display_mode=%1").arg(mode), ratingModeName(mode), {}};
        for (int palette = 0; palette <= 3; ++palette) {
            ContactSheet::Cell cell{job(ModeSample),
                                    QStringLiteral("score_color_mode=%1 · %2").arg(palette).arg(paletteName(palette))};
            cell.job.query.addQueryItem(QStringLiteral("rating_display_mode"), QString::number(mode));
            cell.job.query.addQueryItem(QStringLiteral("score_color_mode"), QString::number(palette));
            if (mode == 4) {
                // The default frosted bar ignores the palette; its rating stripe shows it.
                cell.job.query.addQueryItem(QStringLiteral("bar_style"), QStringLiteral("rating_frosted"));
                cell.job.query.addQueryItem(QStringLiteral("bar_accent"), palette == 3 ? QStringLiteral("palette_custom")
                                                                                      : QStringLiteral("palette_%1").arg(palette));
            }
            if (palette == 3)
                cell.job.query.addQueryItem(QStringLiteral("score_custom_palette"), SamplePalette);
            row.cells.append(cell);
        }
        section.rows.append(row);
    }
    return section;
}

// The no-art canvas in both styles, for four genres with distinct backgrounds and title fonts.
ContactSheet::Section fallbackSection()
{
    const struct
    {
        const char *genre;
        const char *title;
        int score;
    } samples[] = {{"Horror", "The Hollow Hour", 71}, {"Sci-Fi", "Orbital Drift", 84},
                   {"Comedy", "Best Day Ever", 62}, {"Drama", "Quiet Rooms", 90}};
    ContactSheet::Section section{ContactSheet::tr("Fallback canvas (no art) × genre"), {}};
    for (const char *style : {"minimal", "photoreal"}) {
        ContactSheet::Row row{QLatin1String(style), ContactSheet::tr("fallback_bg_style: titles without any art"), {}};
        for (const auto &sample : samples) {
            Render::RenderInputs inputs;
            inputs.title = QLatin1String(sample.title);
            inputs.genre = QLatin1String(sample.genre);
            inputs.year = 2024;
            inputs.score = sample.score;
            ContactSheet::Cell cell{RenderJob(), QLatin1String(sample.genre) + QStringLiteral(" · ") + QLatin1String(style),
                                    inputs};
            cell.job.query.addQueryItem(QStringLiteral("fallback_bg_style"), QLatin1String(style));
            row.cells.append(cell);
        }
        section.rows.append(row);
    }
    return section;
}

// Draws text elided to the width so a long label never runs into its neighbour.
void drawLine(QPainter &painter, const QRect &box, const QString &text, int flags)
{
    const QString elided = painter.fontMetrics().elidedText(text, Qt::ElideRight, box.width());
    painter.drawText(box, flags | Qt::TextSingleLine, elided);
}

} // namespace

ContactSheet::ContactSheet(Pipeline::PosterPipeline &pipeline, const Config::ServerSettings &settings,
                           const Render::FontBook &fonts)
    : m_pipeline(pipeline)
    , m_settings(settings)
    , m_fonts(fonts)
{
}

QList<ContactSheet::Section> ContactSheet::sections()
{
    return {presetSection(), modeSection(), fallbackSection()};
}

int ContactSheet::columns()
{
    int most = 0;
    for (const Section &section : sections()) {
        for (const Row &row : section.rows)
            most = std::max(most, static_cast<int>(row.cells.size()));
    }
    return most;
}

int ContactSheet::sectionHeight(const Section &section)
{
    const int rows = static_cast<int>(section.rows.size());
    return HeadingHeight + rows * (CellSize.height() + CaptionHeight) + std::max(0, rows - 1) * Gap;
}

QSize ContactSheet::sheetSize()
{
    const int cols = columns();
    const QList<Section> all = sections();
    int height = 2 * Margin + TitleHeight + std::max(0, static_cast<int>(all.size()) - 1) * SectionGap;
    for (const Section &section : all)
        height += sectionHeight(section);
    const int width = 2 * Margin + LabelWidth + cols * CellSize.width() + std::max(0, cols - 1) * Gap;
    return {width, height};
}

Result<QImage> ContactSheet::renderCell(const Cell &cell) const
{
    if (cell.direct) {
        const Render::PosterRenderer renderer(m_fonts);
        const QImage poster = renderer.render(*cell.direct, Config::RenderConfig::fromQuery(cell.job.query));
        return poster.scaled(CellSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    const auto request = RenderCommand::request(cell.job, m_settings, Pipeline::ImageFormat::Jpeg);
    const Result<QByteArray> bytes = request ? RenderCommand::produce(m_pipeline, *request)
                                             : Result<QByteArray>(fail(request.error()));
    if (!bytes) {
        Error error = bytes.error();
        error.message = tr("%1 (%2): %3").arg(cell.caption, cell.job.preset, error.message);
        return fail(error);
    }
    const QImage poster = QImage::fromData(*bytes);
    if (poster.isNull())
        return fail(ErrorKind::Internal, tr("%1: the rendered poster could not be decoded").arg(cell.caption));
    return poster.scaled(CellSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

Result<QImage> ContactSheet::render() const
{
    QImage sheet(sheetSize(), QImage::Format_RGB32);
    sheet.fill(Background);
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int contentWidth = sheet.width() - 2 * Margin;

    painter.setFont(m_fonts.uiFont(34));
    painter.setPen(Primary);
    drawLine(painter, QRect(Margin, Margin, contentWidth, 46), tr("Marquee contact sheet"), Qt::AlignLeft | Qt::AlignTop);
    painter.setFont(m_fonts.uiFont(16));
    painter.setPen(Secondary);
    drawLine(painter, QRect(Margin, Margin + 52, contentWidth, 24),
             tr("marqueed %1 · bundled sample library · posters %2×%3 shown at half size")
                 .arg(Daemon::version())
                 .arg(CellSize.width() * 2)
                 .arg(CellSize.height() * 2),
             Qt::AlignLeft | Qt::AlignTop);

    int y = Margin + TitleHeight;
    const int gridX = Margin + LabelWidth;
    for (const Section &section : sections()) {
        painter.setFont(m_fonts.uiFont(24));
        painter.setPen(Accent);
        drawLine(painter, QRect(Margin, y, contentWidth, 34), section.heading, Qt::AlignLeft | Qt::AlignVCenter);
        painter.fillRect(QRect(Margin, y + 44, contentWidth, 2), CellBackground);
        y += HeadingHeight;
        for (const Row &row : section.rows) {
            painter.setFont(m_fonts.uiFont(18));
            painter.setPen(Primary);
            drawLine(painter, QRect(Margin, y, LabelWidth - Gap, 26), row.label, Qt::AlignLeft | Qt::AlignTop);
            painter.setFont(m_fonts.uiFont(14));
            painter.setPen(Secondary);
            painter.drawText(QRect(Margin, y + 30, LabelWidth - Gap, 80), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             row.sublabel);
            int x = gridX;
            for (const Cell &cell : row.cells) {
                const Result<QImage> poster = renderCell(cell);
                if (!poster)
                    return fail(poster.error());
                const QRect frame(x, y, CellSize.width(), CellSize.height());
                painter.fillRect(frame, CellBackground);
                const QRect placed(QPoint(0, 0), poster->size());
                painter.drawImage(placed.translated(frame.center() - placed.center()), *poster);
                painter.setFont(m_fonts.uiFont(13));
                painter.setPen(Secondary);
                drawLine(painter, QRect(x, y + CellSize.height() + 8, CellSize.width(), CaptionHeight - 8),
                         cell.caption, Qt::AlignHCenter | Qt::AlignTop);
                x += CellSize.width() + Gap;
            }
            y += CellSize.height() + CaptionHeight + Gap;
        }
        y += SectionGap - Gap;
    }
    painter.end();
    return sheet;
}

} // namespace Marquee
