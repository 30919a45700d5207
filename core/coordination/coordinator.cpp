#include "core/coordination/coordinator.h"

namespace Marquee::Coordination {

// Out of line so the vtable has one home.
Coordinator::~Coordinator() = default;

} // namespace Marquee::Coordination
