#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Marquee::App {

// A local marqueed started and stopped by the app (QProcess). It learns the address from the daemon's
// "listening on http://…" line, so port 0 (any free port) works.
class DaemonProcess : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString binary;    // path to marqueed
        quint16 port = 0;  // 0: any free port
        QString dataDir;   // empty: the daemon's default
        QString cacheDir;  // empty: the daemon's default
    };

    explicit DaemonProcess(QObject *parent = nullptr);
    ~DaemonProcess() override;

    void start(const Options &options);
    void stop();  // SIGTERM: the daemon drains and exits 0
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }

    // `configured` if it is an executable file, else marqueed next to this program (installed or in
    // the build tree), else on PATH. Empty when none is found.
    static QString findBinary(const QString &configured = {});

signals:
    void started(const QUrl &url);
    void stopped(const QString &message);
    void logLine(const QString &line);

private:
    void readOutput();
    void readErrors();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
};

} // namespace Marquee::App
