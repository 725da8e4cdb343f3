#pragma once

#include "BatchItem.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <optional>

class QSocketNotifier;

/// Streams batch items from a file or stdin, one at a time, so memory depends on the longest
/// line, never on the file's size. Regular files are read as needed; pipes and terminals are
/// watched with a QSocketNotifier only while the runner wants another item (a notifier left
/// on over unread data would spin), and read with one read(2) per wake-up so the event loop
/// never blocks on a slow producer.
///
/// JSON Lines: one object per line. CSV: a header row naming the columns (token, platform,
/// app_id, app_secret, id; others are ignored), RFC 4180 quoting ("" inside quotes, quoted
/// fields may span lines). Blank lines are skipped but counted, so `line` is always the
/// physical line number.
class BatchInputReader : public QObject
{
    Q_OBJECT
public:
    enum class Format {
        JsonLines,
        Csv,
    };

    explicit BatchInputReader(Format format, QObject* parent = nullptr);
    ~BatchInputReader() override;

    /// Opens \a path ("-" = stdin). False with \a problem set when it cannot be read.
    bool open(const QString& path, QString* problem);

    /// The next item when one can be had without blocking; nullopt when none is ready yet
    /// (readyRead() follows), at the end (atEnd()) or after a fatal problem (fatalProblem()).
    std::optional<BatchItem> next();
    bool atEnd() const { return m_atEnd; }
    /// The input's descriptor (stdin for "-"), e.g. to tell whether an output is the same file.
    int fileDescriptor() const { return m_fd; }
    /// Set when the input cannot be used at all (a read error, a CSV header without a token
    /// column); atEnd() is then true.
    QString fatalProblem() const { return m_fatal; }

    /// Bytes read so far, bytes of it handed out as items, and the file's size (0 when
    /// unknown: pipes), for a progress line.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 bytesConsumed() const { return m_bytesRead - (m_buffer.size() - m_pos); }
    qint64 totalBytes() const { return m_totalBytes; }

    /// Lines longer than this are reported as "line_too_long" and skipped.
    static constexpr qsizetype maxLineBytes = 1024 * 1024;

signals:
    /// More input arrived (or the input ended) after next() returned nullopt: call next() again.
    void readyRead();

private:
    enum class Chunk { Data, Eof, Again, Error };
    Chunk readChunk();
    void onActivated();
    /// Cuts the next record (a line, or a CSV record with quoted newlines) out of the buffer.
    /// False when the buffer holds no complete record yet.
    bool takeRecord(QByteArray& record, qint64& startLine, bool& tooLong);
    /// Where the CSV record at m_scanPos ends (a newline outside quotes), or -1.
    qsizetype findCsvRecordEnd();
    /// Where the line at m_scanPos ends, or -1.
    qsizetype findLineEnd() const;
    /// No whole record yet: a line over the limit is reported once (true), then discarded as
    /// it streams by.
    bool skipLongLine(qint64& startLine, bool& tooLong);
    /// Moves past the record ending at \a end and counts its lines; returns where it began.
    qsizetype consumeRecord(qsizetype end, qint64& startLine);
    std::optional<BatchItem> parse(const QByteArray& record, qint64 line);
    BatchItem parseJson(const QByteArray& record, qint64 line) const;
    BatchItem parseCsv(const QByteArray& record, qint64 line) const;
    bool parseCsvHeader(const QByteArray& record);
    QStringList splitCsv(const QByteArray& record, bool* unterminated) const;
    void fail(const QString& problem);

    Format m_format;
    int m_fd = -1;
    bool m_ownsFd = false;
    bool m_regular = false;
    QSocketNotifier* m_notifier = nullptr;
    QByteArray m_buffer;
    qsizetype m_pos = 0;        ///< start of unconsumed data in m_buffer
    qsizetype m_scanPos = 0;    ///< where the search for the record's end resumes
    bool m_inQuotes = false;    ///< CSV: scan state at m_scanPos
    qint64 m_innerNewlines = 0; ///< CSV: newlines inside quotes of the record being scanned
    qint64 m_line = 0;          ///< physical lines consumed
    bool m_eof = false;
    bool m_atEnd = false;
    bool m_skipping = false; ///< discarding the rest of an over-long line
    bool m_sawBom = false;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;

    // CSV header: column index of each field, -1 when absent.
    QString m_fatal;
    bool m_haveHeader = false;
    char m_delimiter = ',';
    int m_colToken = -1;
    int m_colPlatform = -1;
    int m_colAppId = -1;
    int m_colAppSecret = -1;
    int m_colId = -1;
};
