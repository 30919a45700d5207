// CoalescingTcpSocket: a response written in pieces between beginResponse() and endResponse()
// reaches the client whole and in order, in one system call when the kernel takes it all, and
// through Qt's buffer when it does not (a body bigger than the socket's send buffer).
#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>

#include "daemon/http/coalescingtcpsocket.h"
#include "daemon/http/lowdelaytcpserver.h"

using Marquee::Http::CoalescingTcpSocket;

namespace {

QByteArray bodyOf(qsizetype size)
{
    QByteArray body(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        body[i] = char('a' + (i * 7 + i / 251) % 26);
    return body;
}

} // namespace

class tst_CoalescingTcpSocket : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aResponseArrivesWholeAndInOrder_data();
    void aResponseArrivesWholeAndInOrder();
    void writesOutsideABracketPassThrough();

private:
    // Reads until `size` bytes arrived on the client while the server side's event loop runs.
    QByteArray receive(qsizetype size);

    Marquee::Http::LowDelayTcpServer m_server;
    QTcpSocket m_client;
    CoalescingTcpSocket *m_socket = nullptr;
};

void tst_CoalescingTcpSocket::init()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    m_client.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(m_server.waitForNewConnection(10000));
    m_socket = qobject_cast<CoalescingTcpSocket *>(m_server.nextPendingConnection());
    QVERIFY(m_socket); // the server hands out coalescing sockets
    QVERIFY(m_client.waitForConnected(10000));
}

void tst_CoalescingTcpSocket::cleanup()
{
    m_client.abort();
    delete m_socket;
    m_socket = nullptr;
    m_server.close();
}

QByteArray tst_CoalescingTcpSocket::receive(qsizetype size)
{
    QByteArray received;
    QDeadlineTimer deadline(30000);
    while (received.size() < size && !deadline.hasExpired()) {
        if (m_client.bytesAvailable() == 0)
            QTest::qWait(5); // runs the event loop: Qt's buffer on the server side drains meanwhile
        received += m_client.readAll();
    }
    return received;
}

void tst_CoalescingTcpSocket::aResponseArrivesWholeAndInOrder_data()
{
    QTest::addColumn<qsizetype>("bodySize");
    QTest::newRow("no body") << qsizetype(0);
    QTest::newRow("small body") << qsizetype(300);
    QTest::newRow("34 KB poster") << qsizetype(34017);
    // Far more than a fresh socket's send buffer: the kernel takes part, Qt's buffer the rest.
    QTest::newRow("8 MB body") << qsizetype(8 * 1024 * 1024);
}

void tst_CoalescingTcpSocket::aResponseArrivesWholeAndInOrder()
{
    QFETCH(qsizetype, bodySize);
    const QByteArray body = bodyOf(bodySize);
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";
    m_socket->beginResponse(body);
    // As QHttpServerResponder writes: status line and headers from temporaries, then the body.
    m_socket->write(head.left(17));
    m_socket->write(QByteArray(head.mid(17)));
    if (!body.isEmpty())
        m_socket->write(body);
    QCOMPARE(m_socket->bytesToWrite(), 0); // collected, nothing handed to Qt yet
    m_socket->endResponse();
    m_socket->write("NEXT"); // a later write must not overtake what Qt may still hold
    const QByteArray expected = head + body + "NEXT";
    const QByteArray received = receive(expected.size());
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);
}

void tst_CoalescingTcpSocket::writesOutsideABracketPassThrough()
{
    m_socket->write("plain ");
    QVERIFY(m_socket->bytesToWrite() > 0); // Qt's own buffer, as with any QTcpSocket
    m_socket->write("write");
    QCOMPARE(receive(11), QByteArray("plain write"));
}

QTEST_MAIN(tst_CoalescingTcpSocket)
#include "tst_coalescingtcpsocket.moc"
