#include "app/params/parameditor.h"

namespace Marquee::App {

ParamEditor::ParamEditor(const Config::ParamSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
}

void ParamEditor::load(const QString &formatted)
{
    // Loading a config must not echo back as a user edit (it would re-render once per control).
    m_loading = true;
    display(formatted);
    m_loading = false;
}

void ParamEditor::notify()
{
    if (!m_loading)
        emit changed();
}

} // namespace Marquee::App
