#include "app/daemoncontrol/daemonprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Marquee::App {

namespace {

constexpr int StopTimeoutMs = 10000;

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable();
}

} // namespace

DaemonProcess::DaemonProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DaemonProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &DaemonProcess::readErrors);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit stopped(tr("marqueed could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_url.clear();
        readErrors();
        emit stopped(status == QProcess::CrashExit ? tr("marqueed crashed")
                                                   : tr("marqueed exited with status %1").arg(exitCode));
    });
}

DaemonProcess::~DaemonProcess()
{
    // A daemon the app started does not outlive it.
    if (isRunning()) {
        m_process.disconnect(this);
        m_process.terminate();
        if (!m_process.waitForFinished(StopTimeoutMs))
            m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

QString DaemonProcess::findBinary(const QString &configured)
{
    if (isExecutable(configured))
        return QFileInfo(configured).absoluteFilePath();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("marqueed")),
                                     here.filePath(QStringLiteral("../daemon/marqueed"))}) {
        if (isExecutable(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("marqueed"));
}

void DaemonProcess::start(const Options &options)
{
    if (isRunning())
        return;
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    QStringList arguments{QStringLiteral("--port"), QString::number(options.port)};
    if (!options.dataDir.isEmpty())
        arguments << QStringLiteral("--data-dir") << options.dataDir;
    if (!options.cacheDir.isEmpty())
        arguments << QStringLiteral("--cache-dir") << options.cacheDir;
    // The app's own platform choice (xcb, wayland) is no business of a headless daemon.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    m_process.setProcessEnvironment(env);
    m_process.start(options.binary, arguments);
}

void DaemonProcess::stop()
{
    if (isRunning())
        m_process.terminate();
}

void DaemonProcess::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(newline)).trimmed();
        m_stdout.remove(0, newline + 1);
        emit logLine(line);
        const QRegularExpressionMatch match = listening.match(line);
        if (match.hasMatch() && m_url.isEmpty()) {
            m_url = QUrl(match.captured(1));
            emit started(m_url);
        }
    }
}

void DaemonProcess::readErrors()
{
    m_stderr += m_process.readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderr.indexOf('\n')) >= 0) {
        emit logLine(QString::fromUtf8(m_stderr.left(newline)).trimmed());
        m_stderr.remove(0, newline + 1);
    }
}

} // namespace Marquee::App
