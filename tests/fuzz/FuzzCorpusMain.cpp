// Replays a libFuzzer target over its seed corpus (and any crash reproducers kept there) with
// the ordinary compiler, as a ctest test: the target keeps building, and every seed keeps
// passing, without clang. Usage: fuzz-corpus-<target> DIR_OR_FILE...

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char* argv[])
{
    int inputs = 0;
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
    }
    files.sort();
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
        // Every prefix too: truncated answers are a fault of their own.
        for (qsizetype cut = 1; cut < data.size(); cut += qMax<qsizetype>(1, data.size() / 16))
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()), size_t(cut));
        ++inputs;
    }
    LLVMFuzzerTestOneInput(nullptr, 0);
    std::printf("%d inputs replayed, no finding\n", inputs);
    return inputs > 0 ? 0 : 1;
}
