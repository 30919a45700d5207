#include "tests/daemon/loadgenerator.h"

#include <QNetworkReply>
#include <QTest>

namespace Marquee::Tests {

namespace {

constexpr int RequestTimeoutMs = 30000;

} // namespace

LoadGenerator::LoadGenerator(const QList<QUrl> &urls, int concurrency)
    : m_urls(urls)
    , m_concurrency(concurrency)
{
}

LoadGenerator::~LoadGenerator()
{
    stop();
}

void LoadGenerator::start()
{
    if (m_running || m_urls.isEmpty())
        return;
    m_running = true;
    for (int i = 0; i < m_concurrency; ++i)
        issue();
}

void LoadGenerator::stop(int timeoutMs)
{
    m_running = false;
    (void)QTest::qWaitFor([this] { return m_inFlight == 0; }, timeoutMs);
}

QStringList LoadGenerator::unexpected(const QList<int> &expected) const
{
    QStringList lines;
    for (auto url = m_statuses.cbegin(); url != m_statuses.cend(); ++url) {
        for (auto status = url->cbegin(); status != url->cend(); ++status) {
            if (!expected.contains(status.key()))
                lines.append(QStringLiteral("%1: %2 ×%3").arg(url.key()).arg(status.key()).arg(status.value()));
        }
    }
    return lines;
}

void LoadGenerator::issue()
{
    QNetworkRequest request(m_urls.at(m_next));
    m_next = (m_next + 1) % m_urls.size();
    request.setTransferTimeout(RequestTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    ++m_inFlight;
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { finished(reply); });
}

void LoadGenerator::finished(QNetworkReply *reply)
{
    --m_inFlight;
    ++m_answered;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ++m_statuses[reply->request().url().toString()][status];
    reply->readAll();
    reply->deleteLater();
    if (m_running)
        issue();
}

} // namespace Marquee::Tests
