#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

/// Measures how long the event loop of the thread it lives in goes without a turn: a 1 ms
/// precise timer whose intervals are recorded. An interval far above 1 ms means the loop was
/// busy (or blocked in a synchronous call) for that long, and the window could not repaint or
/// react to input meanwhile.
///
/// For each interval it also records the CPU time the thread spent in it and, from the kernel's
/// schedstat, the time it spent runnable but waiting for a CPU. On a busy machine other
/// processes hold the cores for milliseconds at a time; an interval minus that wait is what the
/// app itself spent (its own work, or a blocking call such as fdatasync), whatever the load.
class EventLoopProbe : public QObject
{
public:
    struct Stats {
        int samples = 0;
        double maxGapMs = 0;      ///< the longest interval between two turns
        double maxGapCpuMs = 0;   ///< the thread's CPU time within that longest interval
        double maxCpuMs = 0;      ///< the most CPU time the thread spent within one interval
        double p99GapMs = 0;      ///< 99th percentile of the intervals
        int over16Ms = 0;         ///< intervals longer than one 60 Hz frame
        double maxOwnGapMs = 0;   ///< the longest interval minus its wait for a CPU
        double maxOwnGapCpuMs = 0; ///< the thread's CPU time within that interval
    };

    explicit EventLoopProbe(QObject* parent = nullptr);
    ~EventLoopProbe() override;

    void start();
    void stop();
    /// Forgets what was recorded; the next interval starts now.
    void reset();
    Stats stats() const;

private:
    void onTick();
    static qint64 threadCpuNs();
    qint64 runQueueWaitNs() const;

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_lastWaitNs = 0;
    int m_schedstat = -1; ///< /proc/thread-self/schedstat, -1 when unavailable
    std::vector<double> m_gapsMs;
    double m_maxGapMs = 0;
    double m_maxGapCpuMs = 0;
    double m_maxCpuMs = 0;
    double m_maxOwnGapMs = 0;
    double m_maxOwnGapCpuMs = 0;
};
