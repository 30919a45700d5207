#pragma once

#include <QString>
#include <QWidget>

#include "core/config/paramregistry.h"

namespace Marquee::App {

// One control for one registry parameter. Values cross as the URL spelling (RenderConfig::formatted
// in, RenderConfig::set out), so every editor agrees with the parser by construction.
class ParamEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ParamEditor(const Config::ParamSpec &spec, QWidget *parent = nullptr);

    const Config::ParamSpec &spec() const { return m_spec; }
    // The value to hand RenderConfig::set(); normalised there.
    virtual QString text() const = 0;
    // Shows a formatted value without emitting changed().
    void load(const QString &formatted);
    // The widget a label's mnemonic and the tab order reach.
    virtual QWidget *focusTarget() const = 0;

signals:
    void changed();

protected:
    virtual void display(const QString &formatted) = 0;
    void notify();

private:
    const Config::ParamSpec &m_spec;
    bool m_loading = false;
};

} // namespace Marquee::App
