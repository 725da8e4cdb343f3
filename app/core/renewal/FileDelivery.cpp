#include "renewal/FileDelivery.h"

#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
using K = DeliveryResult::Kind;

#if defined(Q_OS_UNIX)
DeliveryResult systemFailure(const QString& what, int error)
{
    // strerror() names the reason only ("Permission denied"); the path is the user's own.
    return DeliveryResult(K::FileFailed,
                          FileDelivery::tr("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(error))));
}

// Refuses a path that is a symbolic link, or anything but a regular file.
DeliveryResult checkTargetPath(const QByteArray& path)
{
    struct stat info { };
    if (::lstat(path.constData(), &info) != 0) {
        const int error = errno; // before tr(), which may change it
        return error == ENOENT ? DeliveryResult::success()
                               : systemFailure(FileDelivery::tr("Cannot check the file"), error);
    }
    if (S_ISLNK(info.st_mode))
        return DeliveryResult(K::SymlinkRefused,
                              FileDelivery::tr("%1 is a symbolic link; LongLived writes tokens only to a real file. "
                                               "Give the link's destination instead.")
                                  .arg(QString::fromLocal8Bit(path)));
    if (!S_ISREG(info.st_mode))
        return DeliveryResult(
            K::FileFailed, FileDelivery::tr("%1 exists and is not a regular file.").arg(QString::fromLocal8Bit(path)));
    return DeliveryResult::success();
}

bool writeAll(int fd, const QByteArray& content)
{
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// The temporary file: created new (O_EXCL), 0600 from the start, filled and flushed to disk.
DeliveryResult writeTemporary(QByteArray& temporary, const QByteArray& content)
{
    const int fd = ::mkstemp(temporary.data()); // O_EXCL, mode 0600
    if (fd < 0) {
        const int error = errno; // before tr(), which may change it
        return systemFailure(FileDelivery::tr("Cannot create a temporary file in the folder"), error);
    }
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(temporary.constData());
        return systemFailure(FileDelivery::tr("Cannot write the temporary file"), error);
    }
    return DeliveryResult::success();
}

void syncFolder(const QByteArray& folder)
{
    // The rename itself reaches the disk only with the folder; best effort.
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif
} // namespace

FileDelivery::FileDelivery(const DeliveryTarget& target, const QString& token, QObject* parent)
    : Delivery(target, parent)
    , m_token(token)
{
}

QByteArray FileDelivery::content(const DeliveryTarget& target, const QString& token)
{
    const QString variable = target.envVariable();
    const QString line = variable.isEmpty() ? token : variable + QLatin1Char('=') + token;
    return (line + QLatin1Char('\n')).toUtf8();
}

void FileDelivery::start()
{
    if (const QString why = target().validationError(); !why.isEmpty()) {
        finishLater(DeliveryResult(DeliveryResult::Kind::InvalidTarget, why));
        return;
    }
    // Tiny and local: written at once, reported on the next turn like every other delivery.
    DeliveryResult result = writeAtomically(target().path, content(target(), m_token));
    if (result.isOk())
        result = DeliveryResult::success(tr("Written to %1.").arg(QDir::toNativeSeparators(target().path)));
    finishLater(result);
}

DeliveryResult FileDelivery::writeAtomically(const QString& path, const QByteArray& content)
{
#if defined(Q_OS_UNIX)
    const QByteArray target = QFile::encodeName(path);
    const QFileInfo info(path);
    DeliveryResult checked = checkTargetPath(target);
    if (!checked.isOk())
        return checked;
    QByteArray temporary = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                             + QStringLiteral(".longlived-XXXXXX"));
    DeliveryResult written = writeTemporary(temporary, content);
    if (!written.isOk())
        return written;
    // rename() replaces the directory entry itself: even a symbolic link put there since the
    // check above is replaced, not followed.
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return systemFailure(tr("Cannot replace %1").arg(path), error);
    }
    syncFolder(QFile::encodeName(info.absolutePath()));
    return DeliveryResult::success();
#else
    Q_UNUSED(path)
    Q_UNUSED(content)
    return DeliveryResult(DeliveryResult::Kind::FileFailed, tr("File delivery is not available on this system."));
#endif
}
