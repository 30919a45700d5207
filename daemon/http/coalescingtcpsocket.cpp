#include "daemon/http/coalescingtcpsocket.h"

#include <cerrno>

#include <sys/uio.h>

namespace Marquee::Http {

void CoalescingTcpSocket::beginResponse(const QByteArray &body)
{
    m_collecting = true;
    m_body = body;
}

void CoalescingTcpSocket::endResponse()
{
    m_collecting = false;
    if (!m_pieces.empty()) {
        // Straight to the kernel only when Qt holds nothing unsent: otherwise bytes would overtake it.
        const bool direct = state() == QAbstractSocket::ConnectedState && bytesToWrite() == 0;
        queue(direct ? sendDirectly() : 0);
    }
    m_pieces.clear();
    m_body.clear();
}

qint64 CoalescingTcpSocket::sendDirectly()
{
    std::vector<iovec> vectors;
    vectors.reserve(m_pieces.size());
    for (const Piece &piece : m_pieces)
        vectors.push_back({ const_cast<char *>(piece.data), size_t(piece.size) });
    for (;;) {
        const ssize_t sent = ::writev(int(socketDescriptor()), vectors.data(), int(vectors.size()));
        if (sent >= 0)
            return sent;
        if (errno != EINTR)
            return 0; // EAGAIN or a real error: Qt's own write path takes over (and reports errors)
    }
}

// Hands everything after the first `skip` bytes to Qt's buffer, which sends it when the socket
// becomes writable.
void CoalescingTcpSocket::queue(qint64 skip)
{
    bool queued = false;
    for (const Piece &piece : m_pieces) {
        if (skip >= piece.size) {
            skip -= piece.size;
            continue;
        }
        QTcpSocket::writeData(piece.data + skip, piece.size - skip);
        skip = 0;
        queued = true;
    }
    if (queued && state() == QAbstractSocket::ConnectedState)
        flush();
}

qint64 CoalescingTcpSocket::writeData(const char *data, qint64 size)
{
    if (!m_collecting || state() != QAbstractSocket::ConnectedState)
        return QTcpSocket::writeData(data, size);
    const char *body = m_body.constData();
    if (!m_body.isEmpty() && data >= body && data + size <= body + m_body.size()) {
        m_pieces.push_back({ QByteArray(), data, size });
        return size;
    }
    // Small writes (status line, headers) are copied, into one piece while they follow each other.
    if (m_pieces.empty() || m_pieces.back().owned.isNull())
        m_pieces.push_back({ QByteArray(""), nullptr, 0 });
    Piece &piece = m_pieces.back();
    piece.owned.append(data, size);
    piece.data = piece.owned.constData();
    piece.size = piece.owned.size();
    return size;
}

} // namespace Marquee::Http
