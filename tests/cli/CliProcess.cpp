#include "CliProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

QList<QByteArray> CliProcess::Result::outLines() const
{
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

CliProcess::CliProcess(const QUrl& baseUrl)
    : m_env(QProcessEnvironment::systemEnvironment())
{
    for (const QString& key : m_env.keys()) {
        if (key.startsWith(QLatin1String("LONGLIVED_")))
            m_env.remove(key);
    }
    // A proxy from the developer's shell must not swallow loopback calls.
    for (const char* proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        m_env.remove(QString::fromLatin1(proxy));
    if (baseUrl.isValid()) {
        const QString url = baseUrl.toString();
        m_env.insert(QStringLiteral("LONGLIVED_GRAPH_URL"), url);
        m_env.insert(QStringLiteral("LONGLIVED_THREADS_URL"), url);
        m_env.insert(QStringLiteral("LONGLIVED_INSTAGRAM_URL"), url);
    }
    m_env.insert(QStringLiteral("LONGLIVED_RETRY_BASE_MS"), QStringLiteral("5"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

QString CliProcess::program()
{
    return QStringLiteral(LONGLIVED_CLI_PATH);
}

qint64 CliProcess::peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

QByteArray CliProcess::cmdline(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void CliProcess::useTestResolver()
{
    const QString preload = m_env.value(QStringLiteral("LD_PRELOAD"));
    m_env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LONGLIVED_TEST_RESOLVER_PATH)
                                                   + (preload.isEmpty() ? QString() : QLatin1Char(':') + preload));
    // In a sanitizer build the preloaded library comes before the sanitizer's runtime: allowed here.
    const QString asan = m_env.value(QStringLiteral("ASAN_OPTIONS"));
    m_env.insert(QStringLiteral("ASAN_OPTIONS"),
                 (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("verify_asan_link_order=0"));
}

CliProcess::Result CliProcess::run(const QStringList& arguments, int timeoutMs,
                                   const std::function<bool(QProcess&, Result&)>& whileRunning)
{
    return runProgram(program(), arguments, timeoutMs, whileRunning);
}

CliProcess::Result CliProcess::runMeasured(const QStringList& arguments, int timeoutMs)
{
    QTemporaryFile report;
    if (!report.open())
        return {};
    const QStringList timeArguments = QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                                                  report.fileName(), program()}
        + arguments;
    Result result = runProgram(QStringLiteral("/usr/bin/time"), timeArguments, timeoutMs, {});
    const QList<QByteArray> lines = report.readAll().trimmed().split('\n');
    result.peakRssKb = lines.last().trimmed().toLongLong(); // after "Command exited with non-zero status N"
    return result;
}

CliProcess::Result CliProcess::runProgram(const QString& program, const QStringList& arguments, int timeoutMs,
                                          const std::function<bool(QProcess&, Result&)>& whileRunning)
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setProgram(program);
    process.setArguments(arguments);
    if (!m_stdoutFile.isEmpty())
        process.setStandardOutputFile(m_stdoutFile);
    process.start();
    if (!process.waitForStarted(10000))
        return result;
    const qint64 pid = process.processId();
    if (!m_stdin.isEmpty())
        process.write(m_stdin);
    process.closeWriteChannel();

    bool callBack = static_cast<bool>(whileRunning);
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(callBack ? 5 : 25)) {
        if (process.state() == QProcess::NotRunning)
            break;
        // Drain the pipes so a large output never blocks the child.
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        result.peakRssKb = qMax(result.peakRssKb, peakRssKb(pid));
        if (result.cmdline.isEmpty())
            result.cmdline = cmdline(pid);
        if (callBack)
            callBack = whileRunning(process, result);
        if (clock.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            break;
        }
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.finished = process.exitStatus() == QProcess::NormalExit && clock.elapsed() <= timeoutMs;
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    return result;
}
