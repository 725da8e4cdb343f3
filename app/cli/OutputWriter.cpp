#include "OutputWriter.h"

#include "TerminalText.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr qsizetype flushThreshold = 64 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(::strerror(error));
}

bool isSymbolicLink(const QByteArray& path)
{
    struct stat info = {};
    return ::lstat(path.constData(), &info) == 0 && S_ISLNK(info.st_mode);
}
} // namespace

OutputWriter::OutputWriter() = default;

OutputWriter::~OutputWriter()
{
    flush();
    if (m_ownsFd)
        ::close(m_fd);
}

bool OutputWriter::openOutput(const QString& path, QString* problem, int inputFd)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return true;
    QString why;
    if (!openFile(path, &why, inputFd)) {
        if (problem)
            *problem = why;
        return false;
    }
    return true;
}

bool OutputWriter::openFile(const QString& path, QString* problem, int inputFd)
{
    const QByteArray native = QFile::encodeName(path);
    // No O_TRUNC: nothing is emptied before the checks below have passed. O_NOFOLLOW: a link
    // planted where the output is expected must not redirect tokens (or the truncation) to
    // another file.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP && isSymbolicLink(native))
            *problem = tr("%1 is a symbolic link; --output does not follow links. Name the file itself.").arg(path);
        else
            *problem = tr("Could not write %1: %2").arg(path, systemError(error));
        return false;
    }
    struct stat out = {};
    struct stat in = {};
    if (::fstat(fd, &out) != 0) {
        *problem = tr("Could not write %1: %2").arg(path, systemError(errno));
    } else if (inputFd >= 0 && ::fstat(inputFd, &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
        // Also a hard link to the input, which no comparison of names can see.
        *problem = tr("--output must not be the input file (%1 is the input, or a link to it).").arg(path);
    } else if (S_ISREG(out.st_mode) && (out.st_mode & 07777) != 0600 && ::fchmod(fd, 0600) != 0) {
        *problem = tr("Could not make %1 readable by its owner only (it will hold tokens): %2")
                       .arg(path, systemError(errno));
    } else if (S_ISREG(out.st_mode) && ::ftruncate(fd, 0) != 0) {
        *problem = tr("Could not empty %1: %2").arg(path, systemError(errno));
    } else {
        // A regular file is now private and empty; a device or a FIFO is left as it is.
        m_fd = fd;
        m_ownsFd = true;
        m_path = path;
        return true;
    }
    ::close(fd);
    return false;
}

void OutputWriter::writeLine(const QByteArray& line)
{
    m_buffer += line;
    m_buffer += '\n';
    if (m_buffer.size() >= flushThreshold)
        flush();
}

void OutputWriter::writeText(const QString& line)
{
    writeLine(TerminalText::sanitized(line).toUtf8());
}

void OutputWriter::writeRow(const QStringList& fields)
{
    writeLine(TerminalText::row(fields).toUtf8());
}

void OutputWriter::write(const QByteArray& bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= flushThreshold)
        flush();
}

bool OutputWriter::flush()
{
    if (m_buffer.isEmpty())
        return !m_failed;
    if (!m_failed && !writeAll(m_fd, m_buffer.constData(), m_buffer.size()))
        fail(errno);
    m_buffer.clear();
    return !m_failed;
}

void OutputWriter::fail(int error)
{
    m_failed = true;
    m_errno = error;
}

void OutputWriter::reportFailure()
{
    if (!m_failed || m_failureReported)
        return;
    m_failureReported = true;
    const QString reason = systemError(m_errno);
    error(m_path.isEmpty() ? tr("Could not write the results to standard output: %1").arg(reason)
                           : tr("Could not write the results to %1: %2").arg(m_path, reason));
}

int OutputWriter::close(int exitCode)
{
    flush();
    if (m_ownsFd) {
        // close() is where some file systems (NFS, quotas) report a write that did not fit.
        if (::close(m_fd) != 0 && !m_failed)
            fail(errno);
        m_ownsFd = false;
        m_fd = -1;
    }
    if (!m_failed)
        return exitCode;
    reportFailure();
    return exitCode == 0 ? 1 : exitCode;
}

bool OutputWriter::writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

void OutputWriter::writeStderr(const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    writeAll(STDERR_FILENO, bytes.constData(), bytes.size());
}

void OutputWriter::detail(const QString& text)
{
    if (!m_quiet)
        writeStderr(TerminalText::sanitized(text, TerminalText::Layout::KeepNewlines) + QLatin1Char('\n'));
}

void OutputWriter::error(const QString& text)
{
    writeStderr(TerminalText::sanitized(text, TerminalText::Layout::KeepNewlines) + QLatin1Char('\n'));
}

void OutputWriter::progress(const QString& text)
{
    // "\r" and "erase to the end of the line": the one cursor movement made here, by us.
    if (!m_quiet)
        writeStderr(QStringLiteral("\r\033[K") + TerminalText::sanitized(text));
}

void OutputWriter::clearProgress()
{
    if (!m_quiet)
        writeStderr(QStringLiteral("\r\033[K"));
}

bool OutputWriter::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}
