#include "core/pipeline/imdbdatasetjob.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSysInfo>
#include <QTimer>

#include "core/net/httpclient.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcDatasetJob, "marquee.pipeline.imdbdataset")

constexpr int StopPollMs = 250;

QString tr(const char *text)
{
    return QCoreApplication::translate("Marquee::Pipeline::ImdbDatasetJob", text);
}

} // namespace

ImdbDatasetJob::ImdbDatasetJob(Sources::ImdbDataset &dataset, Options options, Clock clock)
    : m_dataset(dataset)
    , m_options(std::move(options))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
    m_options.refreshHours = std::max(1, m_options.refreshHours);
}

QString ImdbDatasetJob::leaseName() const
{
    const QByteArray where = QSysInfo::machineHostName().toUtf8() + ':'
                             + QFileInfo(m_dataset.path()).absoluteFilePath().toUtf8();
    return QStringLiteral("imdb-dataset-")
           + QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
}

bool ImdbDatasetJob::due()
{
    const qint64 importedAt = m_dataset.importedAt();
    return importedAt <= 0 || importedAt + qint64(m_options.refreshHours) * 3600 <= m_clock();
}

Result<qint64> ImdbDatasetJob::download(const QUrl &url, const QString &target, int timeoutMs, qint64 maxBytes,
                                        const std::function<bool()> &shouldStop)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Internal, tr("Cannot write the IMDb dataset download to %1").arg(target));

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    qint64 received = 0;
    bool writeFailed = false;
    bool tooLarge = false;
    bool stopped = false;
    // Every chunk goes to disk as it arrives: memory holds one network buffer, whatever the file size.
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        received += chunk.size();
        if (received > maxBytes) {
            tooLarge = true;
            reply->abort();
        } else if (file.write(chunk) != chunk.size()) {
            writeFailed = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
        if (shouldStop && shouldStop()) {
            stopped = true;
            reply->abort();
        }
    });
    stopPoll.start(StopPollMs);
    if (!reply->isFinished())
        loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (stopped)
        return fail(ErrorKind::Internal, tr("The IMDb dataset download was stopped"));
    if (writeFailed)
        return fail(ErrorKind::Internal, tr("Cannot write the IMDb dataset download to %1").arg(target));
    if (tooLarge)
        return fail(ErrorKind::UpstreamStatus, tr("The IMDb dataset download is larger than %1 bytes").arg(maxBytes), 502);
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return fail(ErrorKind::UpstreamTimeout, tr("The IMDb dataset download timed out (%1)").arg(Net::redactedUrl(url)));
    if (status != 200) {
        return fail(ErrorKind::UpstreamStatus,
                    tr("The IMDb dataset download failed with status %1 (%2)").arg(status).arg(Net::redactedUrl(url)),
                    status);
    }
    if (reply->error() != QNetworkReply::NoError)
        return fail(ErrorKind::UpstreamStatus, tr("The IMDb dataset download failed (%1)").arg(Net::redactedUrl(url)));
    file.write(reply->readAll());
    if (!file.commit())
        return fail(ErrorKind::Internal, tr("Cannot write the IMDb dataset download to %1").arg(target));
    return received;
}

Result<Sources::ImdbDataset::ImportStats> ImdbDatasetJob::refresh(const std::function<bool()> &shouldStop)
{
    const QUrl url(m_options.url);
    if (!url.isValid() || url.isEmpty())
        return fail(ErrorKind::NotConfigured, tr("IMDB_DATASET_URL is not a valid URL"));
    const QString download = m_dataset.path() + QStringLiteral(".download.gz");
    QDir().mkpath(QFileInfo(download).absolutePath());
    ++m_downloads;
    auto bytes = ImdbDatasetJob::download(url, download, m_options.downloadTimeoutMs, m_options.maxDownloadBytes,
                                          shouldStop);
    if (!bytes)
        return fail(bytes.error());
    auto imported = m_dataset.importGzip(download, m_clock());
    QFile::remove(download);
    return imported;
}

LeasedJob ImdbDatasetJob::job(std::chrono::milliseconds startDelay)
{
    const std::chrono::milliseconds interval = m_options.checkInterval;
    // Longer than the interval, so the holder stays the one process that refreshes this file.
    const std::chrono::milliseconds ttl = interval + std::chrono::hours(1);
    return LeasedJob{leaseName(), ttl, interval, startDelay, [this](const JobControl &control) {
                         if (!due())
                             return;
                         const auto result = refresh([&control] { return control.shouldStop(); });
                         if (!result)
                             qCWarning(lcDatasetJob).noquote() << "IMDb dataset refresh failed:" << result.error().message;
                     }};
}

} // namespace Marquee::Pipeline
