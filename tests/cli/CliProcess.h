#pragma once

// CliProcess — runs the real longlived-cli binary (path from LONGLIVED_CLI_PATH) as a child
// process, the way scripts and n8n do: arguments, environment, stdin bytes in; exit status,
// stdout and stderr out. Waits with QProcess::waitFor*, which is fine because GraphTestServer
// answers from its own thread.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <functional>

class CliProcess
{
public:
    struct Result {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        bool finished = false;
        QByteArray out;
        QByteArray err;
        QByteArray cmdline;   ///< /proc/<pid>/cmdline as seen while it ran (NUL-separated)
        qint64 peakRssKb = 0; ///< VmHWM of the child, sampled while it ran

        QList<QByteArray> outLines() const; ///< stdout split on '\n', without the last empty part
    };

    /// An environment without the user's LONGLIVED_* variables, all three base URLs pointing at
    /// \a baseUrl (when valid), and fast retries (LONGLIVED_RETRY_BASE_MS=5).
    explicit CliProcess(const QUrl& baseUrl = {});

    QProcessEnvironment& environment() { return m_env; }
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    void setStdin(const QByteArray& bytes) { m_stdin = bytes; }
    /// Sends the child's stdout to \a path (e.g. /dev/full) instead of Result::out; empty: back.
    void setStdoutFile(const QString& path) { m_stdoutFile = path; }
    /// Preloads tests/support/test_resolver.cpp: "*.loopback.test" resolves to 127.0.0.1,
    /// "*.stall.test" never resolves (a DNS server that does not answer).
    void useTestResolver();

    /// Runs to the end (killed after \a timeoutMs). \a whileRunning is called every few ms
    /// with the running process (to signal it, read /proc, ...); return false to stop calling.
    Result run(const QStringList& arguments, int timeoutMs = 30000,
               const std::function<bool(QProcess&, Result&)>& whileRunning = {});

    /// Like run(), under /usr/bin/time: Result::peakRssKb is the child's exact peak (VmHWM
    /// sampled every few ms misses a process that ends before the first sample).
    Result runMeasured(const QStringList& arguments, int timeoutMs = 30000);

    static QString program();
    /// VmHWM in kB from /proc/<pid>/status; 0 when unreadable.
    static qint64 peakRssKb(qint64 pid);
    static QByteArray cmdline(qint64 pid);

private:
    Result runProgram(const QString& program, const QStringList& arguments, int timeoutMs,
                      const std::function<bool(QProcess&, Result&)>& whileRunning);

    QProcessEnvironment m_env;
    QByteArray m_stdin;
    QString m_stdoutFile;
};
