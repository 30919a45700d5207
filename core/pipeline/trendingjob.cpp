#include "core/pipeline/trendingjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>

namespace Marquee::Pipeline {

namespace {

TrendingRefresh::Fetch fetcher(const Sources::TrendingSource *source, const QString &tmdbKey)
{
    return [source, tmdbKey](MediaType type, const QString &customUrl, int count) -> Result<QList<qint64>> {
        if (customUrl.isEmpty() && tmdbKey.isEmpty())
            return fail(ErrorKind::NotConfigured, QCoreApplication::translate("Marquee::Pipeline::TrendingJob",
                                                                              "No TMDB API key configured"));
        return source->fetch(type, customUrl, count, tmdbKey);
    };
}

} // namespace

TrendingJob::TrendingJob(const Config::ServerSettings &settings, Storage::Storage *storage, Blob::BlobStore *blobs,
                         Coordination::Coordinator *coordinator, const Net::HttpClient &http,
                         Sources::TmdbSource *tmdb)
    : m_settings(settings)
    , m_source(http, tmdb)
    , m_refresh(TrendingRefresh::optionsFrom(settings), storage, blobs, coordinator,
                fetcher(&m_source, settings.tmdbApiKey))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);  // HttpClient keeps a network manager per thread
    m_timer.callOnTimeout([this] { check(); });
}

TrendingJob::~TrendingJob()
{
    stop();
}

bool TrendingJob::enabled() const
{
    return !m_settings.tmdbApiKey.isEmpty() || !m_settings.trendingSourceMovie.trimmed().isEmpty()
           || !m_settings.trendingSourceTv.trimmed().isEmpty();
}

void TrendingJob::start(int firstCheckMs)
{
    if (!enabled())
        return;
    m_timer.start(firstCheckMs);
}

void TrendingJob::stop()
{
    m_timer.stop();
    m_pool.clear();
    m_pool.waitForDone();
}

TrendingRefresh::Outcome TrendingJob::runNow()
{
    return m_refresh.runDue(QDateTime::currentSecsSinceEpoch());
}

void TrendingJob::warmUp()
{
    if (m_warm || !enabled())
        return;
    QMutexLocker lock(&m_warmUpMutex);
    if (m_warm)
        return;
    runNow();
    m_warm = true;
}

void TrendingJob::check()
{
    m_timer.start(CheckIntervalMs);
    if (m_running.exchange(true))
        return;  // the previous pass is still fetching
    m_pool.start([this] {
        runNow();
        m_running = false;
    });
}

} // namespace Marquee::Pipeline
