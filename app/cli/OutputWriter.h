#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// The CLI's two streams. Results go to stdout (or the --output file), buffered and written
/// with plain write(2) so records reach a pipe promptly and nothing is lost on Ctrl-C;
/// everything for humans goes to stderr, where --quiet silences details but never errors.
/// Nothing here ever receives a secret except the resulting token the user asked for.
class OutputWriter
{
    Q_DECLARE_TR_FUNCTIONS(OutputWriter)

public:
    OutputWriter();
    ~OutputWriter();
    OutputWriter(const OutputWriter&) = delete;
    OutputWriter& operator=(const OutputWriter&) = delete;

    /// Sends results to \a path instead of stdout ("-" keeps stdout). The file is created
    /// with mode 0600: it will hold tokens. False with \a problem set when it cannot be opened.
    bool openOutput(const QString& path, QString* problem);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }

    /// Appends one line (a newline is added) to the result stream; written out by flush(),
    /// or at once when the buffer is large.
    void writeLine(const QByteArray& line);
    /// Writes buffered results out. False when the stream is gone (closed pipe, full disk).
    bool flush();
    bool hasFailed() const { return m_failed; }

    /// A detail for humans on stderr (suppressed by --quiet).
    void detail(const QString& text);
    /// An error message on stderr (always shown).
    void error(const QString& text);
    /// Raw text on stderr without a newline (progress line); suppressed by --quiet.
    void progress(const QString& text);

    static bool stderrIsTerminal();
    /// Writes \a bytes to stdout at once (help and version text).
    static void writeStdout(const QByteArray& bytes);

private:
    static bool writeAll(int fd, const char* data, qsizetype size);

    int m_fd = 1;
    bool m_ownsFd = false;
    bool m_quiet = false;
    bool m_failed = false;
    QByteArray m_buffer;
};
