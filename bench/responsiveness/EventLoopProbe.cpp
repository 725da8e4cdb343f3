#include "EventLoopProbe.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

EventLoopProbe::EventLoopProbe(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::onTick);
    m_gapsMs.reserve(1 << 16);
    // "<ns on CPU> <ns waiting on a run queue> <time slices>" for this thread (the probe's).
    m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
}

EventLoopProbe::~EventLoopProbe()
{
    if (m_schedstat >= 0)
        ::close(m_schedstat);
}

qint64 EventLoopProbe::runQueueWaitNs() const
{
    if (m_schedstat < 0)
        return 0;
    char text[128];
    const ssize_t n = ::pread(m_schedstat, text, sizeof text - 1, 0);
    if (n <= 0)
        return 0;
    text[n] = 0;
    char* end = nullptr;
    std::strtoll(text, &end, 10); // time on a CPU: threadCpuNs() is finer
    return std::strtoll(end, nullptr, 10);
}

void EventLoopProbe::start()
{
    m_clock.start();
    reset();
    m_timer.start();
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

void EventLoopProbe::reset()
{
    m_lastNs = m_clock.nsecsElapsed();
    m_lastCpuNs = threadCpuNs();
    m_lastWaitNs = runQueueWaitNs();
    m_gapsMs.clear();
    m_maxGapMs = m_maxGapCpuMs = m_maxCpuMs = m_maxOwnGapMs = m_maxOwnGapCpuMs = 0;
}

qint64 EventLoopProbe::threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void EventLoopProbe::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    const qint64 wait = runQueueWaitNs();
    const double gapMs = (now - m_lastNs) / 1e6;
    const double cpuMs = (cpu - m_lastCpuNs) / 1e6;
    const double ownGapMs = std::max(0.0, gapMs - (wait - m_lastWaitNs) / 1e6);
    m_lastNs = now;
    m_lastCpuNs = cpu;
    m_lastWaitNs = wait;
    if (ownGapMs > m_maxOwnGapMs) {
        m_maxOwnGapMs = ownGapMs;
        m_maxOwnGapCpuMs = cpuMs;
    }
    m_gapsMs.push_back(gapMs);
    if (gapMs > m_maxGapMs) {
        m_maxGapMs = gapMs;
        m_maxGapCpuMs = cpuMs;
    }
    m_maxCpuMs = std::max(m_maxCpuMs, cpuMs);
}

EventLoopProbe::Stats EventLoopProbe::stats() const
{
    Stats s;
    s.samples = int(m_gapsMs.size());
    s.maxGapMs = m_maxGapMs;
    s.maxGapCpuMs = m_maxGapCpuMs;
    s.maxCpuMs = m_maxCpuMs;
    s.maxOwnGapMs = m_maxOwnGapMs;
    s.maxOwnGapCpuMs = m_maxOwnGapCpuMs;
    if (!m_gapsMs.empty()) {
        std::vector<double> sorted = m_gapsMs;
        const size_t index = std::min(sorted.size() - 1, size_t(sorted.size() * 0.99));
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(index), sorted.end());
        s.p99GapMs = sorted[index];
        s.over16Ms = int(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [](double g) { return g > 16.0; }));
    }
    return s;
}
