#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal, through a self-pipe: the handler only
/// writes one byte, the event loop does the rest (cancel the jobs, flush what is written, exit
/// 130). The handlers are installed without SA_RESTART, so a blocking read (the no-echo prompt)
/// returns EINTR and can restore the terminal before the program ends.
class InterruptNotifier : public QObject
{
    Q_OBJECT
public:
    explicit InterruptNotifier(QObject* parent = nullptr);
    ~InterruptNotifier() override;

    /// Whether a SIGINT or SIGTERM has arrived (async-signal-safe flag, also set before any
    /// event loop runs).
    static bool wasInterrupted();
    /// The exit status for the signal that arrived: 130 for SIGINT, 143 for SIGTERM.
    static int exitCode();

signals:
    void interrupted();

private:
    void onActivated();

    QSocketNotifier* m_notifier = nullptr;
};
