// libFuzzer target: longlived-cli's batch input (JSON Lines and CSV, BatchInputReader) turns
// any bytes into items or per-line problems — never a crash, a hang or an endless loop — and
// a problem message never repeats the line's content (it may hold a secret). The input is a
// whole batch file, as in corpus/batch/; it is read through a memfd, the way a regular file is.

#include "BatchInputReader.h"
#include "FuzzCheck.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const int fd = memfd_create("batch", MFD_CLOEXEC);
    if (fd < 0)
        return 0;
    size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n <= 0)
            break;
        written += size_t(n);
    }
    const QString path = QStringLiteral("/proc/self/fd/%1").arg(fd);
    const QByteArray whole = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    for (const auto format : {BatchInputReader::Format::JsonLines, BatchInputReader::Format::Csv}) {
        BatchInputReader reader(format);
        QString problem;
        if (!reader.open(path, &problem))
            continue;
        qint64 lastLine = 0;
        // Each item consumes input: never more items than lines (+1 for a last line without \n).
        const qint64 maxItems = whole.count('\n') + 2;
        qint64 items = 0;
        while (auto item = reader.next()) {
            FUZZ_CHECK(++items <= maxItems);
            FUZZ_CHECK(item->line >= 1 && item->line >= lastLine);
            lastLine = item->line;
            if (!item->isValid()) {
                FUZZ_CHECK(!item->problem.isEmpty());
                // The message names the field, never its value: it repeats no 24-byte run of
                // the input (its own fixed words aside, which no input is made of).
                const QByteArray message = item->problem.toUtf8();
                for (qsizetype i = 0; i + 24 <= message.size(); ++i)
                    FUZZ_CHECK(!whole.contains(message.mid(i, 24)));
            }
        }
        FUZZ_CHECK(reader.atEnd());
        FUZZ_CHECK(reader.bytesConsumed() <= qint64(size));
    }
    ::close(fd);
    return 0;
}
