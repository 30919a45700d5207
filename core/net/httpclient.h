#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>

#include "core/util/error.h"

namespace Marquee::Net {

class UpstreamGuard;

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // names lower-cased

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Blocking HTTP GET for worker threads. Each calling thread gets its own QNetworkAccessManager
// (Qt's network objects are thread-affine and the render pool's threads are long-lived), so the
// pipeline stays straight-line code while many renders fetch at once.
//
// Errors: UpstreamTimeout when no complete answer arrives within the timeout; UpstreamStatus with
// upstreamStatus 0 for connection failures and truncated bodies. Any HTTP status (404, 429, 5xx) is a
// successful HttpResponse: the caller decides what it means. Messages never contain the URL's query.
//
// Never hang: the timeout is cut to the calling thread's Net::Deadline when one is open. With an
// UpstreamGuard attached (setGuard), each call also waits for a slot of its host, fails fast while its
// service's circuit breaker is open (UpstreamStatus 503), and retries 5xx answers and network failures
// with jittered exponential backoff, never past the deadline; the last answer is returned.
class HttpClient
{
public:
    explicit HttpClient(int defaultTimeoutMs = 12000, qint64 maxBodyBytes = 32 * 1024 * 1024);

    Result<HttpResponse> get(const QUrl &url, const HeaderList &headers = {}, int timeoutMs = -1) const;
    // Same, with a per-call body cap (image fetches use a tighter cap than the client default).
    Result<HttpResponse> get(const QUrl &url, const HeaderList &headers, int timeoutMs,
                             qint64 maxBodyBytes) const;

    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Attach before the first call; the guard must outlive the client. Null = plain single attempts.
    void setGuard(UpstreamGuard *guard) { m_guard = guard; }
    UpstreamGuard *guard() const { return m_guard; }

private:
    Result<HttpResponse> attempt(const QUrl &url, const HeaderList &headers, qint64 timeoutMs,
                                 qint64 maxBodyBytes, bool *transient) const;
    Result<HttpResponse> guarded(const QUrl &url, const HeaderList &headers, qint64 timeoutMs,
                                 qint64 maxBodyBytes) const;

    int m_defaultTimeoutMs;
    qint64 m_maxBodyBytes;
    UpstreamGuard *m_guard = nullptr;
};

// Seconds from a Retry-After header value (delta-seconds or an HTTP date), clamped to 1…capSeconds;
// defaultSeconds when the value is missing or unparsable.
int retryAfterSeconds(const QByteArray &headerValue, int defaultSeconds, int capSeconds);

// The URL as safe to log: every query value whose name looks like a key is replaced by "***".
QString redactedUrl(const QUrl &url);

} // namespace Marquee::Net
