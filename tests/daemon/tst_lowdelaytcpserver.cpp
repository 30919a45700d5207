// LowDelayTcpServer: accepted sockets have TCP_NODELAY, so a keep-alive answer written as headers then
// body is not held back by Nagle's algorithm until the client's delayed ACK (~40 ms per cache hit).
#include <QTcpSocket>
#include <QTest>

#include "daemon/http/lowdelaytcpserver.h"

class tst_LowDelayTcpServer : public QObject
{
    Q_OBJECT

private slots:
    void acceptedSocketsHaveNoDelay();
};

void tst_LowDelayTcpServer::acceptedSocketsHaveNoDelay()
{
    Marquee::Http::LowDelayTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(10000));
    QTcpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(client.socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);   // only the server's side
}

QTEST_MAIN(tst_LowDelayTcpServer)
#include "tst_lowdelaytcpserver.moc"
