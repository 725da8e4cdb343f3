#include "SecretSource.h"

#include "InterruptNotifier.h"

#include <QFile>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace {
SecretSource::Result ok(const QString& value, const QString& origin)
{
    SecretSource::Result result;
    result.status = SecretSource::Status::Ok;
    result.value = value;
    result.origin = origin;
    return result;
}

SecretSource::Result unreadable(const QString& problem)
{
    SecretSource::Result result;
    result.status = SecretSource::Status::Unreadable;
    result.problem = problem;
    return result;
}

// Reads everything up to EOF (or maxBytes) from \a fd, retrying on EINTR unless a signal
// asked the program to end.
bool readAll(int fd, QByteArray& out, bool& interrupted)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR) {
                if (InterruptNotifier::wasInterrupted()) {
                    interrupted = true;
                    return false;
                }
                continue;
            }
            return false;
        }
        out.append(buffer, n);
        if (out.size() > SecretSource::maxBytes)
            return true;
    }
}
} // namespace

bool SecretSource::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

SecretSource::Result SecretSource::obtain(const QString& filePath, const char* envVar, const QString& promptLabel,
                                          bool allowPrompt)
{
    if (!filePath.isEmpty()) {
        withdrawFromEnvironment(envVar); // not used, and not passed on either
        return fromFile(filePath);
    }
    Result fromEnv = fromEnvironment(envVar);
    if (fromEnv.status == Status::Ok)
        return fromEnv;
    if (allowPrompt && stdinIsTerminal())
        return fromPrompt(promptLabel);
    return {};
}

SecretSource::Result SecretSource::fromFile(const QString& filePath)
{
    QByteArray data;
    if (filePath == QLatin1String("-")) {
        bool interrupted = false;
        if (!readAll(STDIN_FILENO, data, interrupted)) {
            if (interrupted) {
                Result result;
                result.status = Status::Interrupted;
                return result;
            }
            return unreadable(tr("Could not read standard input."));
        }
    } else {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(tr("Could not read %1: %2").arg(filePath, file.errorString()));
        data = file.read(maxBytes + 1);
    }
    if (data.size() > maxBytes)
        return unreadable(tr("%1 is far too large to hold a secret.")
                              .arg(filePath == QLatin1String("-") ? tr("Standard input") : filePath));
    const QString value = QString::fromUtf8(data).trimmed();
    data.fill('\0'); // do not leave the secret lying around in freed memory longer than needed
    if (value.isEmpty()) {
        return unreadable(filePath == QLatin1String("-") ? tr("Standard input was empty.")
                                                         : tr("%1 is empty.").arg(filePath));
    }
    return ok(value, filePath == QLatin1String("-") ? QStringLiteral("stdin") : QStringLiteral("file"));
}

SecretSource::Result SecretSource::fromEnvironment(const char* envVar)
{
    if (!envVar)
        return {};
    const QString value = qEnvironmentVariable(envVar).trimmed();
    withdrawFromEnvironment(envVar);
    if (value.isEmpty())
        return {};
    return ok(value, QStringLiteral("environment"));
}

void SecretSource::withdrawFromEnvironment(const char* envVar)
{
    // Child processes (a D-Bus auto-launch, anything a library starts) inherit the environment
    // as it is when they start: from now on it no longer holds the secret. The kernel's copy of
    // the environment the process started with (/proc/<pid>/environ) cannot be changed this way.
    if (envVar)
        qunsetenv(envVar);
}

SecretSource::Result SecretSource::fromPrompt(const QString& label)
{
    const QByteArray prompt = label.toLocal8Bit() + ": ";
    [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, prompt.constData(), size_t(prompt.size()));

    termios saved = {};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the newline still shows, so the next output starts on its own line
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }

    QByteArray line;
    bool interrupted = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 1) {
            if (c == '\n' || c == '\r')
                break;
            if (line.size() < maxBytes)
                line.append(c);
            continue;
        }
        if (n < 0 && errno == EINTR && !InterruptNotifier::wasInterrupted())
            continue;
        interrupted = n < 0 && InterruptNotifier::wasInterrupted();
        break; // EOF or error
    }

    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (interrupted) {
        ignored = ::write(STDERR_FILENO, "\n", 1);
        Result result;
        result.status = Status::Interrupted;
        return result;
    }
    const QString value = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    if (value.isEmpty())
        return {};
    return ok(value, QStringLiteral("prompt"));
}
