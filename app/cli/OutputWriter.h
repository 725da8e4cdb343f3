#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The CLI's two streams. Results go to stdout (or the --output file), buffered and written
/// with plain write(2) so records reach a pipe promptly and nothing is lost on Ctrl-C;
/// everything for humans goes to stderr, where --quiet silences details but never errors.
/// Nothing here ever receives a secret except the resulting token the user asked for.
///
/// Human-readable text (writeText(), writeRow(), and everything on stderr) passes through
/// TerminalText here, so a name from Meta or from a profile cannot smuggle an escape sequence
/// onto the user's terminal. writeLine() is for JSON, which JsonOutput has escaped already.
///
/// A result that could not be written (full disk, closed pipe) is an error: close() turns a
/// success into exit status 1 and says so on stderr.
class OutputWriter
{
    Q_DECLARE_TR_FUNCTIONS(OutputWriter)

public:
    OutputWriter();
    ~OutputWriter();
    OutputWriter(const OutputWriter&) = delete;
    OutputWriter& operator=(const OutputWriter&) = delete;

    /// Sends results to \a path instead of stdout ("-" keeps stdout). False with \a problem set,
    /// before anything was truncated, when \a path is a symbolic link (never followed), the same
    /// file as \a inputFd (the batch's input, also through a hard link), or cannot be opened.
    /// A regular file is made mode 0600 (it will hold tokens), then emptied.
    bool openOutput(const QString& path, QString* problem, int inputFd = -1);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }

    /// Appends one line (a newline is added) to the result stream as it is (JSON); written out
    /// by flush(), or at once when the buffer is large.
    void writeLine(const QByteArray& line);
    /// Appends one line of human-readable results: control characters replaced, line breaks
    /// included (one line in, one line out).
    void writeText(const QString& line);
    /// Appends one tab-separated row; a field cannot add a column or a row.
    void writeRow(const QStringList& fields);
    /// Appends \a bytes as they are (our own help text).
    void write(const QByteArray& bytes);
    /// Writes buffered results out. False when the stream is gone (closed pipe, full disk).
    bool flush();
    bool hasFailed() const { return m_failed; }
    /// Says once on stderr that the results could not all be written, and why.
    void reportFailure();
    /// Ends the result stream: flushes, closes the --output file, reports a failure. Returns
    /// \a exitCode, or 1 for a success whose results could not all be written.
    int close(int exitCode);

    /// A detail for humans on stderr (suppressed by --quiet).
    void detail(const QString& text);
    /// An error message on stderr (always shown).
    void error(const QString& text);
    /// A progress line on stderr, drawn over the previous one; suppressed by --quiet.
    void progress(const QString& text);
    /// Removes the progress line.
    void clearProgress();

    static bool stderrIsTerminal();

private:
    bool openFile(const QString& path, QString* problem, int inputFd);
    void fail(int error);
    static bool writeAll(int fd, const char* data, qsizetype size);
    static void writeStderr(const QString& text);

    int m_fd = 1;
    bool m_ownsFd = false;
    bool m_quiet = false;
    bool m_failed = false;
    bool m_failureReported = false;
    int m_errno = 0;
    QString m_path; ///< the --output file; empty for stdout
    QByteArray m_buffer;
};
