#pragma once

#include <vector>

#include <QByteArray>
#include <QTcpSocket>

namespace Marquee::Http {

// A QTcpSocket that can gather one whole HTTP response and send it with a single system call.
//
// QHttpServerResponder writes the status line, the headers and the body as separate writes. Qt copies
// them into a ring buffer of 32 KB blocks and sends one block per system call, so a poster over ~32 KB
// left in two writes and two TCP segments (cache hits of 34 KB posters ran at 60 % of nginx while
// 32 KB ones ran at 85 %). Between beginResponse() and endResponse() writes are collected instead;
// endResponse() hands them to the kernel with one writev() when nothing of an earlier response is
// still queued, and the body is never copied in user space. Whatever the kernel does not take at
// once goes to Qt's buffer as usual. Outside such a bracket the socket is a plain QTcpSocket.
class CoalescingTcpSocket : public QTcpSocket
{
    Q_OBJECT

public:
    using QTcpSocket::QTcpSocket;

    // `body` is the response's in-memory body: writes of its bytes are referenced, not copied, so it
    // must stay alive until endResponse() (it is kept referenced here).
    void beginResponse(const QByteArray &body);
    void endResponse();

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Piece
    {
        QByteArray owned; // copied small writes (status line, headers)
        const char *data = nullptr; // or a stretch of m_body
        qint64 size = 0;
    };
    qint64 sendDirectly();
    void queue(qint64 skip);

    bool m_collecting = false;
    QByteArray m_body;
    std::vector<Piece> m_pieces;
};

} // namespace Marquee::Http
