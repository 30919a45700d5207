#pragma once

#include "app/params/parameditor.h"

namespace Marquee::App {

// The editor for a parameter's type: spin box (numbers and ranges from the registry), slider with a
// spin box (reals), combo (choices and numbered modes), check box, colour picker, line edit, the sash
// priority list (drag to reorder, tick to enable) and the weight grid.
ParamEditor *createParamEditor(const Config::ParamSpec &spec, QWidget *parent = nullptr);

} // namespace Marquee::App
