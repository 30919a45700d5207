#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace Marquee::Tests {

// Background client load for fault tests: keeps `concurrency` GETs in flight, cycling through `urls`,
// from start() until stop(), and counts the answers per URL and status (0 = no HTTP answer). Runs on
// the test thread's event loop, so it only makes progress while the test waits (QTest::qWait, a
// blocking HttpTestClient call, …).
class LoadGenerator
{
public:
    LoadGenerator(const QList<QUrl> &urls, int concurrency);
    ~LoadGenerator();

    LoadGenerator(const LoadGenerator &) = delete;
    LoadGenerator &operator=(const LoadGenerator &) = delete;

    void start();
    // Stops issuing requests and waits (at most timeoutMs) for those in flight.
    void stop(int timeoutMs = 30000);

    int answered() const { return m_answered; }
    // status → count for one URL of the list.
    QMap<int, int> statuses(const QUrl &url) const { return m_statuses.value(url.toString()); }
    // "url: status ×count" lines for every answer whose status is not in `expected`.
    QStringList unexpected(const QList<int> &expected) const;

private:
    void issue();
    void finished(QNetworkReply *reply);

    QList<QUrl> m_urls;
    int m_concurrency;
    QNetworkAccessManager m_network;
    QHash<QString, QMap<int, int>> m_statuses;
    int m_next = 0;
    int m_inFlight = 0;
    int m_answered = 0;
    bool m_running = false;
};

} // namespace Marquee::Tests
