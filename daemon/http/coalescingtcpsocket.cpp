#include "daemon/http/coalescingtcpsocket.h"

namespace Marquee::Http {

void CoalescingTcpSocket::beginResponse()
{
    m_collecting = true;
}

void CoalescingTcpSocket::endResponse()
{
    m_collecting = false;
    if (m_pending.isEmpty())
        return;
    const QByteArray response = std::exchange(m_pending, QByteArray());
    // A QByteArray of at least 4 KB becomes one block of the write buffer without another copy.
    write(response);
    if (state() == QAbstractSocket::ConnectedState)
        flush();
}

qint64 CoalescingTcpSocket::writeData(const char *data, qint64 size)
{
    if (!m_collecting || state() != QAbstractSocket::ConnectedState)
        return QTcpSocket::writeData(data, size);
    m_pending.append(data, size);
    return size;
}

} // namespace Marquee::Http
