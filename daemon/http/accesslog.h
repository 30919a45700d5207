#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QUrl>

namespace Marquee::Http {

// One line per request on stderr: method, path (keys redacted, at most 80 characters + "…"),
// status and milliseconds (reference §8.2). LOG_FORMAT=json writes one JSON object per line instead.
// Thread-safe: lines are written whole, from the server thread or from render workers.
class AccessLog
{
public:
    explicit AccessLog(bool json = false, bool enabled = true);

    void write(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs) const;

    // The path as logged: query keys redacted (Net::redactedUrl), truncated to 80 characters + "…".
    static QString loggablePath(const QUrl &url);

private:
    bool m_json;
    bool m_enabled;
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
