#include "tests/fakeupstream/fakeupstream.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include "tests/fakeupstream/fakeroutes.h"

namespace Marquee::Tests {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;

bool flag(const QUrlQuery &query, const char *name)
{
    const QString value = query.queryItemValue(QLatin1String(name));
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

// Everything the test thread and the server thread share, behind one mutex.
struct FakeUpstream::State
{
    mutable QMutex mutex;
    FakeKeys keys;
    int latencyMs = 0;
    QMap<QString, FakeFault> faults;
    QList<FakeRequestRecord> log;

    // The fault for a path (longest prefix), consuming it when it is a one-shot.
    FakeFault takeFault(const QString &path)
    {
        QMutexLocker lock(&mutex);
        QString best;
        bool found = false;
        for (auto it = faults.cbegin(); it != faults.cend(); ++it) {
            if (path.startsWith(it.key()) && (!found || it.key().size() > best.size())) {
                best = it.key();
                found = true;
            }
        }
        if (!found)
            return {};
        const FakeFault fault = faults.value(best);
        if (fault.once)
            faults.remove(best);
        return fault;
    }
};

class FakeUpstream::Server : public QObject
{
public:
    explicit Server(std::shared_ptr<State> state)
        : m_state(std::move(state))
        , m_tcp(new QTcpServer(this))
    {
        connect(m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp->nextPendingConnection())
                accept(socket);
        });
    }

    quint16 listenOn(quint16 port)
    {
        return m_tcp->listen(QHostAddress::LocalHost, port) ? m_tcp->serverPort() : 0;
    }

private:
    void accept(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            if (socket->property("handled").toBool()) {
                socket->readAll();  // one request per connection; anything after it is ignored
                return;
            }
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer->size() > MaxHeaderBytes)
                    socket->abort();
                return;
            }
            socket->setProperty("handled", true);  // Connection: close — one request per socket
            const QByteArray head = buffer->left(end);
            *buffer = QByteArray();
            handle(socket, head);
        });
    }

    static FakeRequest parse(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        FakeRequest request;
        request.method = requestLine.value(0);
        request.target = QString::fromLatin1(requestLine.value(1));
        const qsizetype question = request.target.indexOf(QLatin1Char('?'));
        request.path = QUrl::fromPercentEncoding(request.target.left(question < 0 ? request.target.size() : question).toLatin1());
        if (question >= 0)
            request.query = QUrlQuery(request.target.mid(question + 1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        return request;
    }

    void handle(QTcpSocket *socket, const QByteArray &head)
    {
        const FakeRequest request = parse(head);
        if (request.path == QLatin1String("/__control")) {
            write(socket, control(request.query), false);
            return;
        }
        if (request.path == QLatin1String("/__redirect")) {  // 302 to ?to=<path>, for redirect tests
            FakeResponse redirect{302, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Found"), {}};
            redirect.headers.append({QByteArrayLiteral("Location"),
                                     request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).toUtf8()});
            write(socket, redirect, false);
            return;
        }
        if (request.path == QLatin1String("/__stats")) {
            write(socket, stats(), false);
            return;
        }

        FakeKeys keys;
        int latency = 0;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->log.append(FakeRequestRecord{request.method, request.target, request.path, request.headers});
            keys = m_state->keys;
            latency = m_state->latencyMs;
        }
        const FakeFault fault = m_state->takeFault(request.path);
        if (fault.hang)
            return;  // the socket stays open until the client aborts
        FakeResponse response = fault.status > 0 ? forced(request, fault.status) : routeRequest(request, keys);
        if (fault.malformedJson) {
            response.contentType = QByteArrayLiteral("application/json");
            response.body = QByteArrayLiteral("{\"results\": [ {\"id\": 1001, ");
        }
        if (fault.retryAfterSeconds >= 0)
            response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});

        latency += fault.latencyMs;
        if (latency <= 0) {
            write(socket, response, fault.truncate);
            return;
        }
        QTimer::singleShot(latency, socket, [this, socket, response, truncate = fault.truncate] {
            write(socket, response, truncate);
        });
    }

    // What the real service says when it is in the forced state.
    static FakeResponse forced(const FakeRequest &request, int status)
    {
        QJsonObject body;
        if (request.path.startsWith(QLatin1String("/3/"))) {
            body = {{QStringLiteral("success"), false},
                    {QStringLiteral("status_code"), status == 429 ? 25 : (status == 404 ? 34 : 11)},
                    {QStringLiteral("status_message"), QString::fromLatin1(reasonPhrase(status))}};
        } else {
            body = {{QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))}};
        }
        FakeResponse response;
        response.status = status;
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return response;
    }

    FakeResponse control(const QUrlQuery &query)
    {
        FakeResponse response;
        QMutexLocker lock(&m_state->mutex);
        if (flag(query, "reset")) {
            m_state->faults.clear();
            m_state->log.clear();
            m_state->latencyMs = 0;
        } else if (query.hasQueryItem(QStringLiteral("prefix"))) {
            FakeFault fault;
            fault.status = query.queryItemValue(QStringLiteral("status")).toInt();
            fault.retryAfterSeconds = query.hasQueryItem(QStringLiteral("retry_after"))
                ? query.queryItemValue(QStringLiteral("retry_after")).toInt() : -1;
            fault.latencyMs = query.queryItemValue(QStringLiteral("latency_ms")).toInt();
            fault.truncate = flag(query, "truncate");
            fault.hang = flag(query, "hang");
            fault.malformedJson = flag(query, "malformed");
            fault.once = flag(query, "once");
            m_state->faults.insert(query.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded), fault);
        } else if (query.hasQueryItem(QStringLiteral("latency_ms"))) {
            m_state->latencyMs = query.queryItemValue(QStringLiteral("latency_ms")).toInt();
        } else {
            response.status = 400;
            response.body = QByteArrayLiteral("{\"ok\":false,\"error\":\"need reset, prefix or latency_ms\"}");
            return response;
        }
        response.body = QByteArrayLiteral("{\"ok\":true}");
        return response;
    }

    FakeResponse stats() const
    {
        QJsonObject paths;
        QJsonArray log;
        int total = 0;
        {
            QMutexLocker lock(&m_state->mutex);
            for (const FakeRequestRecord &record : m_state->log) {
                paths.insert(record.path, paths.value(record.path).toInt() + 1);
                log.append(record.target);
                ++total;
            }
        }
        FakeResponse response;
        response.body = QJsonDocument(QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("paths"), paths},
                                                  {QStringLiteral("log"), log}})
                            .toJson(QJsonDocument::Compact);
        return response;
    }

    static void write(QTcpSocket *socket, const FakeResponse &response, bool truncate)
    {
        // A truncated answer promises more bytes than it sends, then closes: the client must notice.
        const qsizetype promised = truncate ? response.body.size() + 10 : response.body.size();
        QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
            + "\r\nContent-Type: " + response.contentType
            + "\r\nContent-Length: " + QByteArray::number(promised)
            + "\r\nConnection: close\r\n";
        for (const auto &header : response.headers)
            bytes += header.first + ": " + header.second + "\r\n";
        bytes += "\r\n";
        bytes += truncate ? response.body.left(response.body.size() / 2) : response.body;
        socket->write(bytes);
        socket->disconnectFromHost();  // after the buffered bytes are written
    }

    std::shared_ptr<State> m_state;
    QTcpServer *m_tcp;
};

FakeUpstream::FakeUpstream()
    : m_state(std::make_shared<State>())
{
}

FakeUpstream::~FakeUpstream()
{
    stop();
}

quint16 FakeUpstream::listen(quint16 port)
{
    stop();
    m_server = new Server(m_state);
    m_port = m_server->listenOn(port);
    if (m_port == 0)
        stop();
    return m_port;
}

quint16 FakeUpstream::startInThread(quint16 port)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeUpstream"));
    m_server = new Server(m_state);
    m_server->moveToThread(m_thread);
    // Deferred deletes still run when the thread finishes, so the server dies in its own thread.
    QObject::connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();
    quint16 bound = 0;
    Server *server = m_server;
    QMetaObject::invokeMethod(server, [server, port, &bound] { bound = server->listenOn(port); },
                              Qt::BlockingQueuedConnection);
    m_port = bound;
    if (m_port == 0)
        stop();
    return m_port;
}

void FakeUpstream::stop()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    } else {
        delete m_server;
    }
    m_server = nullptr;
    m_port = 0;
}

QString FakeUpstream::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
}

QString FakeUpstream::tmdbApiBase() const
{
    return baseUrl() + QLatin1String("/3");
}

QString FakeUpstream::tmdbImageBase() const
{
    return baseUrl() + QLatin1String("/t/p");
}

QString FakeUpstream::mdbListApiBase() const
{
    return baseUrl() + QLatin1String("/mdblist");
}

void FakeUpstream::setTmdbKey(const QString &key)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->keys.tmdb = key;
}

void FakeUpstream::setMdbListKey(const QString &key)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->keys.mdblist = key;
}

void FakeUpstream::setLatency(int milliseconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->latencyMs = milliseconds;
}

void FakeUpstream::setFault(const QString &pathPrefix, const FakeFault &fault)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.insert(pathPrefix, fault);
}

void FakeUpstream::clearFaults()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
}

void FakeUpstream::reset()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
    m_state->log.clear();
    m_state->latencyMs = 0;
}

int FakeUpstream::requestCount(const QString &pathPrefix) const
{
    QMutexLocker lock(&m_state->mutex);
    return static_cast<int>(std::count_if(m_state->log.cbegin(), m_state->log.cend(),
                                          [&](const FakeRequestRecord &record) { return record.path.startsWith(pathPrefix); }));
}

QStringList FakeUpstream::requestLog() const
{
    QMutexLocker lock(&m_state->mutex);
    QStringList targets;
    for (const FakeRequestRecord &record : m_state->log)
        targets.append(record.target);
    return targets;
}

QList<FakeRequestRecord> FakeUpstream::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

} // namespace Marquee::Tests
