#include "daemon/http/accesslog.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <limits>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/net/httpclient.h"

namespace Marquee::Http {

namespace {

constexpr qsizetype MaxLoggedPathLength = 80;
// Gathers a busy server's lines into one write; a lone request's line still shows at once.
constexpr auto BatchDelay = std::chrono::milliseconds(5);
// Past this (stderr stalled), callers write themselves: logging slows down rather than loses lines.
constexpr qsizetype MaxBufferedBytes = 4 * 1024 * 1024;
// Query names remembered per thread by isSecretName; junk beyond that takes the slow path.
constexpr std::size_t MaxCachedNames = 64;

// Characters QUrl gives back verbatim through loggablePath's setPath/setQuery/toString round trip
// (unreserved and sub-delimiters; '?' only in the query); tst_accesslog checks every ASCII character.
bool allPlain(QStringView text, bool query)
{
    static constexpr std::string_view Marks = "-._~!$&'()*+,;=:@/";
    return std::all_of(text.begin(), text.end(), [query](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || (u < 128 && Marks.find(static_cast<char>(u)) != std::string_view::npos) || (query && u == '?');
    });
}

// Whether Net::redactedUrl hides the value of a parameter with this (undecoded, '%'-free) name. Asked
// of redactedUrl itself, so the fast path can never disagree with it; nullopt when the cache is full.
std::optional<bool> isSecretName(QStringView name)
{
    thread_local std::vector<std::pair<QString, bool>> known;
    for (const auto &[knownName, secret] : known) {
        if (knownName == name)
            return secret;
    }
    if (known.size() >= MaxCachedNames)
        return std::nullopt;
    QUrl probe;
    probe.setQuery(name.toString() + QLatin1String("=v"), QUrl::StrictMode);
    const bool secret = Net::redactedUrl(probe).endsWith(QLatin1String("=***"));
    known.emplace_back(name.toString(), secret);
    return secret;
}

// The general way: a relative URL of path and query, printed by redactedUrl.
QString redactedPathAndQuery(const QUrl &url)
{
    QUrl relative;
    relative.setPath(url.path());
    relative.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return Net::redactedUrl(relative);
}

// Exactly what redactedPathAndQuery prints, for plain characters only; nullopt means "go the slow
// way" (escapes, other characters, a relative path or "//" that would read as an authority).
std::optional<QString> plainPathAndQuery(const QUrl &url)
{
    QString result = url.path();
    if ((!result.isEmpty() && (result.front() != QLatin1Char('/') || result.startsWith(QLatin1String("//"))))
        || !allPlain(result, false))
        return std::nullopt;
    const QString query = url.query(QUrl::FullyEncoded);
    if (query.isEmpty()) // none, or a bare '?' that redactedUrl's setQuery drops
        return result;
    if (!allPlain(query, true))
        return std::nullopt;
    result += QLatin1Char('?');
    // redactedUrl's rule per '&'-separated part: a secret name keeps its '=' and its value becomes "***".
    bool first = true;
    for (const QStringView part : QStringView(query).split(QLatin1Char('&'))) {
        if (!std::exchange(first, false))
            result += QLatin1Char('&');
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const std::optional<bool> secret = eq < 0 ? std::optional<bool>(false) : isSecretName(part.left(eq));
        if (!secret)
            return std::nullopt;
        result += *secret ? part.left(eq + 1) : part;
        if (*secret)
            result += QLatin1String("***");
    }
    return result;
}

// Formatting a date is the costly part and changes once a second: each thread keeps the text of the
// current second and patches the milliseconds into its ".000Z" tail.
void appendTimestamp(QByteArray &out, qint64 msecsSinceEpoch)
{
    thread_local qint64 cachedStart = std::numeric_limits<qint64>::min();
    thread_local QByteArray cachedText;
    const qint64 start = msecsSinceEpoch - (((msecsSinceEpoch % 1000) + 1000) % 1000);
    if (start != std::exchange(cachedStart, start))
        cachedText = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    if (!cachedText.endsWith(".000Z")) { // years Qt does not print in ISO form: no tail to patch
        out += QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
                   .toString(Qt::ISODateWithMs)
                   .toLatin1();
        return;
    }
    const auto millis = static_cast<int>(msecsSinceEpoch - start);
    out += cachedText;
    char *digits = out.data() + out.size() - 4;
    digits[0] = static_cast<char>('0' + millis / 100);
    digits[1] = static_cast<char>('0' + millis / 10 % 10);
    digits[2] = static_cast<char>('0' + millis % 10);
}

// What QJsonDocument writes unchanged inside quotes: printable ASCII except '"' and '\'.
bool isPlainJson(char16_t c)
{
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

} // namespace

// The writer thread's state. `mutex` guards everything but `output` and `thread`.
struct AccessLog::Writer
{
    std::mutex mutex;
    std::condition_variable wake; // to the thread: lines pending, a flush waiting, or stop
    std::condition_variable done; // to flush(): a batch reached stderr
    QByteArray pending;
    quint64 appended = 0; // lines appended so far
    quint64 written = 0; // lines known to be on stderr
    int flushWaiters = 0;
    bool stopping = false;
    // Taken before `mutex` is let go, held while writing: batches reach stderr in the order taken.
    std::mutex output;
    std::thread thread;

    void run()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return stopping || !pending.isEmpty(); });
            if (pending.isEmpty())
                return; // stopping, and everything is written
            // Let the next few milliseconds' lines join this batch, unless someone waits for them.
            wake.wait_for(lock, BatchDelay, [this] { return stopping || flushWaiters > 0; });
            if (!pending.isEmpty()) // an overflowing caller may have taken it meanwhile
                writeOut(lock);
        }
    }

    // Takes everything pending (with `lock` held) and writes it in one go without holding `mutex`.
    void writeOut(std::unique_lock<std::mutex> &lock)
    {
        const QByteArray batch = std::exchange(pending, QByteArray());
        const quint64 upTo = appended;
        std::unique_lock writing(output);
        lock.unlock();
        std::fwrite(batch.constData(), 1, static_cast<size_t>(batch.size()), stderr);
        std::fflush(stderr);
        writing.unlock();
        lock.lock();
        written = std::max(written, upTo);
        done.notify_all();
    }
};

AccessLog::AccessLog(bool json, bool enabled)
    : m_json(json)
    , m_enabled(enabled)
{
    if (m_enabled) {
        m_writer = std::make_unique<Writer>();
        m_writer->thread = std::thread([writer = m_writer.get()] { writer->run(); });
    }
}

AccessLog::~AccessLog()
{
    if (!m_writer)
        return;
    std::unique_lock lock(m_writer->mutex);
    m_writer->stopping = true;
    lock.unlock();
    m_writer->wake.notify_one();
    m_writer->thread.join(); // run() writes what is still pending before it returns
}

QString AccessLog::loggablePath(const QUrl &url)
{
    // Only path and query are logged; redactedUrl's rules decide what is hidden, on either path.
    const std::optional<QString> plain = plainPathAndQuery(url);
    QString path = plain ? *plain : redactedPathAndQuery(url);
    if (path.size() > MaxLoggedPathLength)
        path = path.left(MaxLoggedPathLength) + QStringLiteral("…");
    return path;
}

QByteArray AccessLog::formatTimestamp(qint64 msecsSinceEpoch)
{
    QByteArray text;
    appendTimestamp(text, msecsSinceEpoch);
    return text;
}

QByteArray AccessLog::formatLine(bool json, qint64 msecsSinceEpoch, const QByteArray &method, const QUrl &url,
    int status, qint64 elapsedMs)
{
    const QString path = loggablePath(url);
    QByteArray line;
    line.reserve(method.size() + path.size() + 112);
    if (!json) {
        appendTimestamp(line, msecsSinceEpoch);
        line += " [INFO] " + method + ' ' + path.toUtf8() + ' ' + QByteArray::number(status) + ' '
            + QByteArray::number(elapsedMs) + " ms";
    } else if (std::all_of(method.begin(), method.end(), [](char c) { return isPlainJson(uchar(c)); })
        && std::all_of(path.begin(), path.end(), [](QChar c) { return isPlainJson(c.unicode()); })) {
        // What QJsonDocument writes for this object: keys sorted, nothing to escape.
        line += "{\"level\":\"INFO\",\"method\":\"" + method + "\",\"ms\":" + QByteArray::number(elapsedMs)
            + ",\"path\":\"" + path.toLatin1() + "\",\"status\":" + QByteArray::number(status) + ",\"ts\":\"";
        appendTimestamp(line, msecsSinceEpoch);
        line += "\"}";
    } else {
        // Escapes and non-ASCII text: QJsonDocument's own escaping is the format.
        const QJsonObject object {
            { QStringLiteral("ts"), QString::fromLatin1(formatTimestamp(msecsSinceEpoch)) },
            { QStringLiteral("level"), QStringLiteral("INFO") },
            { QStringLiteral("method"), QString::fromLatin1(method) },
            { QStringLiteral("path"), path },
            { QStringLiteral("status"), status },
            { QStringLiteral("ms"), elapsedMs },
        };
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    line += '\n';
    return line;
}

void AccessLog::write(const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs) const
{
    if (!m_enabled)
        return;
    QByteArray line = formatLine(m_json, QDateTime::currentMSecsSinceEpoch(), method, url, status, elapsedMs);
    Writer &writer = *m_writer;
    std::unique_lock lock(writer.mutex);
    const bool wasEmpty = writer.pending.isEmpty();
    if (wasEmpty)
        writer.pending = std::move(line); // not shared with `line`, so later appends need no copy
    else
        writer.pending += line;
    ++writer.appended;
    if (writer.pending.size() > MaxBufferedBytes) {
        writer.writeOut(lock); // the writer cannot keep up: this caller pays for the write
        return;
    }
    lock.unlock();
    if (wasEmpty)
        writer.wake.notify_one();
}

void AccessLog::flush() const
{
    if (!m_writer)
        return;
    Writer &writer = *m_writer;
    std::unique_lock lock(writer.mutex);
    const quint64 target = writer.appended;
    ++writer.flushWaiters;
    writer.wake.notify_one();
    writer.done.wait(lock, [&writer, target] { return writer.written >= target; });
    --writer.flushWaiters;
}

} // namespace Marquee::Http
