#include "core/coordination/coordinator.h"

#include <QRandomGenerator>

namespace Marquee::Coordination {

// Out of line so the vtable has one home.
Coordinator::~Coordinator() = default;

quint64 Coordinator::failOpenCount() const
{
    return 0;  // a backend that cannot fail (in process) never fails open
}

QString Coordinator::newLeaseToken()
{
    QString token;
    for (int i = 0; i < 2; ++i)
        token += QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    return token;
}

} // namespace Marquee::Coordination
