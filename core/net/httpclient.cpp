#include "core/net/httpclient.h"

#include <algorithm>
#include <limits>
#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>
#include <QTimer>

#include "core/net/circuitbreaker.h"
#include "core/net/deadline.h"
#include "core/net/upstreamguard.h"

#ifndef MARQUEE_VERSION_STRING
#define MARQUEE_VERSION_STRING "0"  // core/net/CMakeLists.txt passes the project version
#endif

namespace Marquee::Net {

namespace {

// One manager per thread: QNetworkAccessManager is thread-affine. QThreadStorage (rather than a
// plain thread_local) deletes it while the thread's Qt state still exists: at QThread exit, and for
// the main thread inside ~QCoreApplication, never after the application object is gone.
QNetworkAccessManager &threadManager()
{
    static QThreadStorage<QNetworkAccessManager *> managers;
    if (!managers.hasLocalData()) {
        auto *manager = new QNetworkAccessManager;
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        managers.setLocalData(manager);
    }
    return *managers.localData();
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Marquee/" MARQUEE_VERSION_STRING);
}

// Network-layer and proxy errors (1–199) and protocol breakdowns mean there is no usable answer.
// Content and server errors (2xx/4xx codes of the enum) only mirror an HTTP status, which the caller
// interprets itself.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolFailure;
}

QNetworkRequest buildRequest(const QUrl &url, const HeaderList &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    // Upstream bodies are small JSON or already-compressed images; identity keeps Content-Length
    // meaningful for the truncation check.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return request;
}

// What happened while waiting for one reply.
struct Transfer
{
    QByteArray body;
    bool timedOut = false;
    bool tooLarge = false;
};

void waitForReply(QNetworkReply &reply, int timeoutMs, qint64 maxBodyBytes, Transfer &transfer)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        transfer.timedOut = true;
        reply.abort();
    });
    QObject::connect(&reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBodyBytes) {
            transfer.tooLarge = true;
            reply.abort();
        }
    });
    // A followed redirect's own body is not part of the answer.
    QObject::connect(&reply, &QNetworkReply::redirected, &loop, [&] { transfer.body.clear(); });
    QObject::connect(&reply, &QNetworkReply::readyRead, &loop, [&] {
        transfer.body += reply.readAll();
        if (transfer.body.size() > maxBodyBytes) {
            transfer.tooLarge = true;
            reply.abort();
        }
    });
    QObject::connect(&reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
}

tl::unexpected<Error> deadlinePassed()
{
    return fail(ErrorKind::UpstreamTimeout,
                QCoreApplication::translate("Marquee::Net::HttpClient", "Upstream did not answer within the deadline"));
}

tl::unexpected<Error> hostBusy()
{
    return fail(ErrorKind::UpstreamTimeout,
                QCoreApplication::translate("Marquee::Net::HttpClient", "Too many upstream requests in flight to this host"));
}

tl::unexpected<Error> circuitOpen(qint64 retryAfterMs)
{
    Error error{ErrorKind::UpstreamStatus,
                QCoreApplication::translate("Marquee::Net::HttpClient", "Upstream temporarily unavailable (circuit open)"),
                503, 0};
    error.retryAfterSeconds = int(std::max<qint64>(1, (retryAfterMs + 999) / 1000));
    return fail(error);
}

} // namespace

HttpClient::HttpClient(int defaultTimeoutMs, qint64 maxBodyBytes)
    : m_defaultTimeoutMs(defaultTimeoutMs)
    , m_maxBodyBytes(maxBodyBytes)
{
}

Result<HttpResponse> HttpClient::get(const QUrl &url, const HeaderList &headers, int timeoutMs) const
{
    return get(url, headers, timeoutMs, m_maxBodyBytes);
}

Result<HttpResponse> HttpClient::get(const QUrl &url, const HeaderList &headers, int timeoutMs,
                                     qint64 maxBodyBytes) const
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Net::HttpClient", "Invalid upstream URL"));
    const qint64 timeout = timeoutMs > 0 ? timeoutMs : m_defaultTimeoutMs;
    if (m_guard)
        return guarded(url, headers, timeout, maxBodyBytes);
    if (Deadline::expired())
        return deadlinePassed();
    bool transient = false;
    return attempt(url, headers, Deadline::clamp(timeout), maxBodyBytes, &transient);
}

Result<HttpResponse> HttpClient::guarded(const QUrl &url, const HeaderList &headers, qint64 timeoutMs,
                                         qint64 maxBodyBytes) const
{
    if (Deadline::expired())
        return deadlinePassed();
    const QString service = m_guard->serviceFor(url);
    CircuitBreaker &breaker = m_guard->breaker(service);
    // The breaker judges whole calls, not attempts: retries must not turn one bad title into a tripped
    // service. A half-open probe goes out alone, without retries.
    bool probe = false;
    if (!breaker.allow(&probe)) {
        m_guard->countCall(service, QStringLiteral("circuit_open"));
        return circuitOpen(breaker.retryAfterMs());
    }
    const int retries = probe ? 0 : m_guard->retriesFor(service);
    Result<HttpResponse> last = deadlinePassed();
    bool attempted = false;
    bool failed = false;
    for (int attemptNo = 0;; ++attemptNo) {
        const auto slot = m_guard->acquireHost(url, Deadline::clamp(timeoutMs));
        if (!slot) {
            m_guard->countCall(service, QStringLiteral("timeout"));
            if (attemptNo == 0)
                last = hostBusy();
            break;  // our own queue, not the service's fault: the breaker does not hear of it
        }
        bool transient = false;
        const qint64 allowed = Deadline::clamp(timeoutMs);
        last = attempt(url, headers, allowed, maxBodyBytes, &transient);
        if (!last && last.error().kind == ErrorKind::UpstreamTimeout && allowed < timeoutMs) {
            // Our budget ran out, not the service's time: this says nothing about its health.
            m_guard->countCall(service, QStringLiteral("timeout"));
            failed = false;
            break;
        }
        attempted = true;
        // 4xx means the service is up and the request was wrong: only 5xx and silence count against it.
        failed = transient || (last && last->status >= 500);
        if (last)
            m_guard->countCall(service, UpstreamGuard::resultLabel(last->status));
        else
            m_guard->countCall(service, last.error().kind == ErrorKind::UpstreamTimeout ? QStringLiteral("timeout")
                                                                                        : QStringLiteral("error"));
        if (!failed || attemptNo >= retries)
            break;
        const int delay = m_guard->backoffMs(attemptNo);
        const qint64 left = Deadline::remainingMs();
        if (left >= 0 && left <= delay)
            break;  // another try could not finish before the deadline
        QThread::msleep(static_cast<unsigned long>(delay));
    }
    // A probe that never went out (host busy) reports nothing; the breaker replaces it after a cool-down.
    if (attempted)
        failed ? breaker.recordFailure() : breaker.recordSuccess();
    return last;
}

Result<HttpResponse> HttpClient::attempt(const QUrl &url, const HeaderList &headers, qint64 timeoutMs,
                                         qint64 maxBodyBytes, bool *transient) const
{
    // Timeouts, refused connections and cut bodies may go away on their own; a body over the cap won't.
    *transient = true;
    std::unique_ptr<QNetworkReply> reply(threadManager().get(buildRequest(url, headers)));
    Transfer transfer;
    waitForReply(*reply, int(std::clamp<qint64>(timeoutMs, 1, std::numeric_limits<int>::max())), maxBodyBytes,
                 transfer);

    if (transfer.timedOut)
        return fail(ErrorKind::UpstreamTimeout, QCoreApplication::translate("Marquee::Net::HttpClient", "Upstream request timed out"));
    if (reply->isOpen())  // an aborted reply is closed; reading it would only warn
        transfer.body += reply->readAll();
    if (transfer.tooLarge || transfer.body.size() > maxBodyBytes) {
        *transient = false;
        return fail(ErrorKind::UpstreamStatus, QCoreApplication::translate("Marquee::Net::HttpClient", "Upstream response too large"));
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool truncated = length.isValid() && length.toLongLong() != transfer.body.size();
    if (!status.isValid() || isTransportError(reply->error()) || truncated)
        return fail(ErrorKind::UpstreamStatus, QCoreApplication::translate("Marquee::Net::HttpClient", "Upstream connection failed"), 0);

    *transient = false;
    HttpResponse response;
    response.status = status.toInt();
    response.body = std::move(transfer.body);
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    return response;
}

int retryAfterSeconds(const QByteArray &headerValue, int defaultSeconds, int capSeconds)
{
    const QByteArray value = headerValue.trimmed();
    bool ok = false;
    qint64 seconds = value.toLongLong(&ok);
    if (!ok) {
        // HTTP-date form: "Wed, 21 Oct 2015 07:28:00 GMT".
        QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeSpec(Qt::UTC);
        if (!when.isValid())
            return std::clamp(defaultSeconds, 1, capSeconds);
        seconds = QDateTime::currentDateTimeUtc().secsTo(when);
    }
    return static_cast<int>(std::clamp<qint64>(seconds, 1, capSeconds));
}

QString redactedUrl(const QUrl &url)
{
    static const QStringList secretNames = {
        QStringLiteral("api_key"), QStringLiteral("apikey"),     QStringLiteral("tmdb_key"),
        QStringLiteral("mdblist_key"), QStringLiteral("access_key"), QStringLiteral("key"),
        QStringLiteral("token"),
    };
    QUrl copy(url);
    if (copy.hasQuery()) {
        // Works on the encoded query so the rest of it is reproduced byte for byte.
        QStringList parts = copy.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
        for (QString &part : parts) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            const QString name = QUrl::fromPercentEncoding(part.left(eq < 0 ? part.size() : eq).toUtf8());
            if (eq >= 0 && secretNames.contains(name, Qt::CaseInsensitive))
                part = part.left(eq + 1) + QLatin1String("***");
        }
        copy.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return copy.toString(QUrl::RemovePassword);
}

} // namespace Marquee::Net
