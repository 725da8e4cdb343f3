#include "EventLoopProbe.h"

#include <algorithm>
#include <ctime>

EventLoopProbe::EventLoopProbe(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::onTick);
    m_gapsMs.reserve(1 << 16);
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
    m_gapsMs.clear();
    m_maxGapMs = m_maxGapCpuMs = m_maxCpuMs = 0;
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
    const double gapMs = (now - m_lastNs) / 1e6;
    const double cpuMs = (cpu - m_lastCpuNs) / 1e6;
    m_lastNs = now;
    m_lastCpuNs = cpu;
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
    if (!m_gapsMs.empty()) {
        std::vector<double> sorted = m_gapsMs;
        const size_t index = std::min(sorted.size() - 1, size_t(sorted.size() * 0.99));
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(index), sorted.end());
        s.p99GapMs = sorted[index];
        s.over16Ms = int(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [](double g) { return g > 16.0; }));
    }
    return s;
}
