#include "daemon/http/lowdelaytcpserver.h"

#include <QTcpSocket>

#include "daemon/http/coalescingtcpsocket.h"

namespace Marquee::Http {

namespace {

constexpr int SendBufferBytes = 256 * 1024;

} // namespace

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new CoalescingTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // A new TCP socket starts with a 16 KB send buffer that only grows with the connection's
    // throughput; a 35 KB poster then takes two or three partial writes, each waiting for the
    // socket to become writable again (cache hits of such posters ran at 60 % of smaller ones).
    // Room for a whole poster lets one write hand it to the kernel.
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, SendBufferBytes);
    addPendingConnection(socket);
}

} // namespace Marquee::Http
