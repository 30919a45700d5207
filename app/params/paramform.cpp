#include "app/params/paramform.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>

#include "app/params/parameditors.h"
#include "app/params/paramlabels.h"

namespace Marquee::App {

using Config::Param;
using Config::ParamGroup;
using Config::ParamRegistry;
using Config::ParamSpec;
using Config::ParamType;

namespace {

size_t slotOf(Param param)
{
    return static_cast<size_t>(param);
}

QString rangeText(const ParamSpec &spec)
{
    if (spec.type == ParamType::Int || spec.type == ParamType::Real)
        return QStringLiteral(" (%1 – %2)").arg(spec.min).arg(spec.max);
    return {};
}

} // namespace

ParamForm::ParamForm(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    for (ParamGroup group : {ParamGroup::Core, ParamGroup::Rating, ParamGroup::Logo, ParamGroup::Sash,
                             ParamGroup::Quality, ParamGroup::Weights})
        addTab(buildTab(group), ParamRegistry::groupName(group));
    setConfig(Config::RenderConfig());
}

QWidget *ParamForm::buildTab(ParamGroup group)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (const ParamSpec &spec : ParamRegistry::all()) {
        if (spec.group != group)
            continue;
        ParamEditor *editor = createParamEditor(spec, page);
        auto *label = new QLabel(ParamLabels::label(spec.id), page);
        label->setBuddy(editor->focusTarget());
        const QString help = tr("URL parameter %1, default “%2”%3")
                                 .arg(spec.name, Config::RenderConfig().formatted(spec.id), rangeText(spec));
        label->setToolTip(help);
        editor->setToolTip(help);
        editor->setObjectName(spec.name);
        // The weight grids and the sash list need the whole width: their label goes above them.
        if (spec.type == ParamType::Weights || spec.type == ParamType::SashPriority) {
            form->addRow(label);
            form->addRow(editor);
        } else {
            form->addRow(label, editor);
        }
        m_editors[slotOf(spec.id)] = editor;
        m_labels[slotOf(spec.id)] = label;
        connect(editor, &ParamEditor::changed, this, [this, editor] { edited(editor); });
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

ParamEditor *ParamForm::editor(Param param) const
{
    return m_editors[slotOf(param)];
}

void ParamForm::setConfig(const Config::RenderConfig &config)
{
    m_config = config;
    for (ParamEditor *editor : m_editors)
        editor->load(config.formatted(editor->spec().id));
    markDefaults();
}

void ParamForm::edited(ParamEditor *editor)
{
    m_config.set(editor->spec().name, editor->text());
    markDefaults();
    emit configChanged(m_config);
}

void ParamForm::markDefaults()
{
    for (const ParamSpec &spec : ParamRegistry::all()) {
        QLabel *label = m_labels[slotOf(spec.id)];
        QFont font = label->font();
        font.setBold(!m_config.isDefault(spec.id));
        label->setFont(font);
    }
}

} // namespace Marquee::App
