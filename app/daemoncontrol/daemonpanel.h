#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include "app/daemoncontrol/daemonclient.h"
#include "app/daemoncontrol/daemonprocess.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace Marquee::App {

class AppSettings;

// The daemon the app talks to: a local marqueed it starts and stops, or a remote URL with an access key.
// Shows /ready and /stats as trees, refreshed every few seconds while a daemon answers.
class DaemonPanel : public QWidget
{
    Q_OBJECT

public:
    DaemonPanel(DaemonClient &client, QWidget *parent = nullptr);

    DaemonEndpoint endpoint() const;
    DaemonProcess &process() { return m_process; }
    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

    void startLocal();
    void stopLocal();
    void refresh();
    QJsonObject lastStats() const { return m_stats; }
    QJsonObject lastReady() const { return m_ready; }
    QString statusText() const;

signals:
    void endpointChanged(const DaemonEndpoint &endpoint);

private:
    QWidget *buildLocalBox();
    QWidget *buildRemoteBox();
    void applyEndpoint();
    void updateState();
    void showJson(QTreeWidget *tree, const QJsonObject &object);
    void setStatus(const QString &text, bool error);

    DaemonClient &m_client;
    DaemonProcess m_process;
    QTimer m_poll;
    QJsonObject m_stats;
    QJsonObject m_ready;

    QRadioButton *m_localMode;
    QRadioButton *m_remoteMode;
    QLineEdit *m_binary;
    QSpinBox *m_port;
    QLineEdit *m_dataDir;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLineEdit *m_remoteUrl;
    QLineEdit *m_accessKey;
    QLabel *m_status;
    QTreeWidget *m_readyTree;
    QTreeWidget *m_statsTree;
    QPlainTextEdit *m_log;
};

} // namespace Marquee::App
