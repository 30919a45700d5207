#pragma once

#include <memory>

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QUrl>

namespace Marquee::Http {

// One line per request on stderr: method, path (keys redacted, at most 80 characters + "…"),
// status and milliseconds (reference §8.2). LOG_FORMAT=json writes one JSON object per line instead.
// Thread-safe: write() only formats the line and appends it to a buffer; a writer thread owned by
// the log writes the buffered lines in batches, so lines are whole and the request path never waits
// on stderr. The destructor writes whatever is still buffered.
class AccessLog
{
public:
    explicit AccessLog(bool json = false, bool enabled = true);
    ~AccessLog();
    AccessLog(const AccessLog &) = delete;
    AccessLog &operator=(const AccessLog &) = delete;

    void write(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs) const;

    // Blocks until every line appended before the call has been written to stderr.
    void flush() const;

    // The path as logged: query keys redacted (Net::redactedUrl), truncated to 80 characters + "…".
    static QString loggablePath(const QUrl &url);

    // The line write() appends (with its '\n') for a request that finished at msecsSinceEpoch (UTC).
    static QByteArray formatLine(bool json, qint64 msecsSinceEpoch, const QByteArray &method, const QUrl &url,
        int status, qint64 elapsedMs);

    // What QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs) gives, cheaper.
    static QByteArray formatTimestamp(qint64 msecsSinceEpoch);

private:
    struct Writer;

    bool m_json;
    bool m_enabled;
    std::unique_ptr<Writer> m_writer;
};

// What a route remembers about its request for the log line written when the response is ready
// (possibly on a worker thread, after the QHttpServerRequest is gone).
struct RequestTrace
{
    QByteArray method;
    QUrl url;
    QElapsedTimer timer;
};

} // namespace Marquee::Http
