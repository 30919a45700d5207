#pragma once

#include <array>

#include <QTabWidget>

#include "core/config/renderconfig.h"

class QLabel;

namespace Marquee::App {

class ParamEditor;

// Every render parameter as a control, generated from the registry and grouped in its tabs (Core,
// Rating, Logo, Sash, Quality, Weights — reference §7.2). Labels of changed parameters are bold, so
// what differs from the server's defaults (what the URL will carry) stands out.
class ParamForm : public QTabWidget
{
    Q_OBJECT

public:
    explicit ParamForm(QWidget *parent = nullptr);

    Config::RenderConfig config() const { return m_config; }
    void setConfig(const Config::RenderConfig &config);  // emits nothing
    ParamEditor *editor(Config::Param param) const;

signals:
    void configChanged(const Config::RenderConfig &config);

private:
    QWidget *buildTab(Config::ParamGroup group);
    void edited(ParamEditor *editor);
    void markDefaults();

    Config::RenderConfig m_config;
    std::array<ParamEditor *, Config::ParamCount> m_editors{};
    std::array<QLabel *, Config::ParamCount> m_labels{};
};

} // namespace Marquee::App
