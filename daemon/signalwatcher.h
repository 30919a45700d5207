#pragma once

#include <QObject>

class QSocketNotifier;

namespace Marquee {

// Turns SIGINT/SIGTERM into a Qt signal on the event loop (self-pipe trick: the handler only
// writes one byte, which is async-signal-safe; the notifier emits `terminationRequested` later).
// One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Marquee
