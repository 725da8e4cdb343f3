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
/// For each interval it also records the CPU time the thread spent in it, which tells the
/// loop's own work (CPU ≈ interval) from the scheduler handing the core to another process on
/// a busy machine or a blocking wait (CPU ≪ interval).
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
    };

    explicit EventLoopProbe(QObject* parent = nullptr);

    void start();
    void stop();
    /// Forgets what was recorded; the next interval starts now.
    void reset();
    Stats stats() const;

private:
    void onTick();
    static qint64 threadCpuNs();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    std::vector<double> m_gapsMs;
    double m_maxGapMs = 0;
    double m_maxGapCpuMs = 0;
    double m_maxCpuMs = 0;
};
