#include "daemon/http/lowdelaytcpserver.h"

#include <QTcpSocket>

#include "daemon/http/coalescingtcpsocket.h"

namespace Marquee::Http {

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new CoalescingTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}

} // namespace Marquee::Http
