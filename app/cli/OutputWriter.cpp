#include "OutputWriter.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr qsizetype flushThreshold = 64 * 1024;
} // namespace

OutputWriter::OutputWriter() = default;

OutputWriter::~OutputWriter()
{
    flush();
    if (m_ownsFd)
        ::close(m_fd);
}

bool OutputWriter::openOutput(const QString& path, QString* problem)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return true;
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (problem)
            *problem = tr("Could not write %1: %2").arg(path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    m_fd = fd;
    m_ownsFd = true;
    return true;
}

void OutputWriter::writeLine(const QByteArray& line)
{
    m_buffer += line;
    m_buffer += '\n';
    if (m_buffer.size() >= flushThreshold)
        flush();
}

bool OutputWriter::flush()
{
    if (m_buffer.isEmpty())
        return !m_failed;
    if (!m_failed && !writeAll(m_fd, m_buffer.constData(), m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
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

void OutputWriter::detail(const QString& text)
{
    if (m_quiet)
        return;
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    writeAll(STDERR_FILENO, bytes.constData(), bytes.size());
}

void OutputWriter::error(const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    writeAll(STDERR_FILENO, bytes.constData(), bytes.size());
}

void OutputWriter::progress(const QString& text)
{
    if (m_quiet)
        return;
    const QByteArray bytes = text.toLocal8Bit();
    writeAll(STDERR_FILENO, bytes.constData(), bytes.size());
}

bool OutputWriter::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void OutputWriter::writeStdout(const QByteArray& bytes)
{
    writeAll(STDOUT_FILENO, bytes.constData(), bytes.size());
}
