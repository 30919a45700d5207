#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace Marquee::Tests {

// A failure to inject for every request whose path starts with a prefix (the longest prefix wins).
struct FakeFault
{
    int status = 0;               // forced HTTP status; 0 = answer normally
    int retryAfterSeconds = -1;   // Retry-After on the answer; -1 = none
    int latencyMs = 0;            // delay before answering (added to the global latency)
    bool truncate = false;        // Content-Length larger than the bytes sent, then close
    bool hang = false;            // read the request, never answer (until the client gives up)
    bool malformedJson = false;   // answer with a body that is not JSON
    bool once = false;            // forget the fault after its first request
};

struct FakeRequestRecord
{
    QByteArray method;
    QString target;                         // path + query exactly as sent
    QString path;
    QHash<QByteArray, QByteArray> headers;  // names lower-cased
};

// A fake TMDB + image CDN + MDBList on a loopback port, speaking the real URL shapes and JSON from a
// fixed title table (fakeupstreamdata.cpp). It is a raw QTcpServer with a tiny HTTP/1.1 parser, so
// faults can happen at the socket level: hangs, truncated bodies, slow answers.
//
//   FakeUpstream fake;
//   const quint16 port = fake.startInThread();          // HttpClient blocks, so serve elsewhere
//   qputenv("TMDB_API_BASE", fake.tmdbApiBase().toUtf8());
//   fake.setFault(QStringLiteral("/3/movie/1001"), {.status = 503});
//
// Also controllable over HTTP (for the standalone binary): GET /__control?prefix=/3/movie/1001&status=429
// &retry_after=5&latency_ms=2000&truncate=1&hang=1&malformed=1&once=1, /__control?latency_ms=N (global),
// /__control?reset=1 (faults, latency, counters); GET /__stats → {"total":N,"paths":{…},"log":[…]};
// GET /__redirect?to=<url-encoded path> → 302 to it. Control requests are not counted.
class FakeUpstream
{
public:
    FakeUpstream();
    ~FakeUpstream();
    FakeUpstream(const FakeUpstream &) = delete;
    FakeUpstream &operator=(const FakeUpstream &) = delete;

    // Serves from the calling thread's event loop. Returns the port, 0 when it cannot listen.
    quint16 listen(quint16 port = 0);
    // Serves from a thread of its own (needed when the test itself blocks in HttpClient).
    quint16 startInThread(quint16 port = 0);
    void stop();

    quint16 port() const { return m_port; }
    QString baseUrl() const;        // http://127.0.0.1:PORT
    QString tmdbApiBase() const;    // …/3
    QString tmdbImageBase() const;  // …/t/p
    QString mdbListApiBase() const; // …/mdblist

    void setTmdbKey(const QString &key);     // default "test-tmdb-key"
    void setMdbListKey(const QString &key);  // default "test-mdblist-key"
    void setLatency(int milliseconds);       // every request
    void setFault(const QString &pathPrefix, const FakeFault &fault);
    void clearFaults();
    void reset();                            // faults, latency and counters

    int requestCount(const QString &pathPrefix = QString()) const;
    QStringList requestLog() const;          // targets in arrival order
    QList<FakeRequestRecord> requests() const;

private:
    struct State;   // shared with the server thread, behind a mutex
    class Server;   // the QTcpServer side; lives in the serving thread
    std::shared_ptr<State> m_state;
    Server *m_server = nullptr;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace Marquee::Tests
