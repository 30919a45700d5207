#pragma once

#include <QByteArray>
#include <QTcpSocket>

namespace Marquee::Http {

// A QTcpSocket that can gather one whole HTTP response and hand it to Qt's write buffer at once.
//
// QHttpServerResponder writes the status line and headers, then the body, as separate writes. Qt
// copies them into a ring buffer of 32 KB blocks and sends one block per system call, so a poster
// over ~32 KB left in two writes and two TCP segments: cache hits of 34 KB posters ran at 60–65 %
// of nginx while 32 KB ones ran at 85–90 %. Between beginResponse() and endResponse() writes are
// collected here; endResponse() passes them on as one buffer (one block, one write) and flushes.
// Outside such a bracket the socket behaves exactly like QTcpSocket.
class CoalescingTcpSocket : public QTcpSocket
{
    Q_OBJECT

public:
    using QTcpSocket::QTcpSocket;

    void beginResponse();
    void endResponse();

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool m_collecting = false;
    QByteArray m_pending;
};

} // namespace Marquee::Http
