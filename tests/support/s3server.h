#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Marquee::Test {

// A throw-away s3rver (the npm S3 fake in tests/node/node_modules) on a free loopback port, with its
// data in a temp dir and the bucket "composites" created at start. stop() then start() brings it back on
// the same port with the same objects, so a store keeps its URL across a fault test. s3rver accepts any
// well-formed SigV4 signature from the access key S3RVER (it does not recompute V4 signatures: the signer
// itself is checked against AWS's published vectors in tst_sigv4signer).
//
//   S3Server s3;
//   MARQUEE_START_S3(s3);            // QSKIPs only when node or s3rver is missing
//   auto store = Blob::openBlobStore(s3.objectStoreUrl(), {}, S3Server::credentials());
class S3Server
{
public:
    S3Server();
    ~S3Server();

    S3Server(const S3Server &) = delete;
    S3Server &operator=(const S3Server &) = delete;

    // The s3rver CLI script, from the MARQUEE_NODE_MODULES compile definition.
    static QString script();
    // Why the server cannot run here ("node is not installed", …), or empty when it can.
    static QString unavailableReason();

    // Starts s3rver and waits until it answers. False with errorString() when it did not come up.
    bool start();
    // SIGTERM, then SIGKILL after 5 s; a stopped server is fine.
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString bucket() const { return QStringLiteral("composites"); }
    QString endpoint() const;   // http://127.0.0.1:<port>
    // s3://composites?endpoint=http://127.0.0.1:<port>&region=us-east-1[&prefix=…]
    QString objectStoreUrl(const QString &prefix = {}) const;
    // The CDN-style public base of the bucket: http://127.0.0.1:<port>/composites
    QString publicBaseUrl() const;
    QString errorString() const { return m_error; }

    static QString accessKeyId() { return QStringLiteral("S3RVER"); }
    static QString secretAccessKey() { return QStringLiteral("S3RVER"); }

private:
    bool waitUntilListening(int timeoutMs);
    bool answers() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Marquee::Test

// In a test function: skips the test when node or s3rver is missing, fails it when s3rver will not start.
#define MARQUEE_START_S3(server)                                                                      \
    do {                                                                                              \
        if (const QString why = Marquee::Test::S3Server::unavailableReason(); !why.isEmpty())         \
            QSKIP(qPrintable(why));                                                                   \
        QVERIFY2((server).start(), qPrintable((server).errorString()));                              \
    } while (false)
