#pragma once

#include "graph/RetryPolicy.h"
#include "graph/TokenRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <optional>

class BatchInputReader;
class GraphError;
class OutputWriter;
class TokenJob;
class TokenService;
struct BatchItem;
struct TokenResult;

/// Runs a batch of exchanges with a bounded window: at most `concurrency` requests in flight
/// through the one TokenService (its HttpConnectionPool, which alone limits the requests to
/// one host and queues the rest in order: a line is handed over as soon as it is read), at most a fixed multiple of
/// that waiting to be written in input order — and at most maxWindowBytes of them — and the next input line read only
/// when there is room. Memory therefore depends on the window, never on the input's length, nor on the size of the
/// lines and answers waiting behind a slow one.
///
/// Each line gets one record, written in input order as soon as every earlier line has its
/// own, so the output is always a prefix of the full result (a run stopped by Ctrl-C or by the
/// first failure can be resumed after the last record's line). Transient failures are retried
/// per RetryPolicy; the slot stays taken while the item waits.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    /// What a line without its own platform / app_id / app_secret falls back to.
    struct Defaults {
        std::optional<Platform> platform; ///< nullopt: detect from the token's prefix
        QString appId;
        QString appSecret;
    };

    struct Settings {
        int concurrency = 4;
        bool continueOnFail = false;
        bool refresh = false;  ///< refresh each line's long-lived token instead of exchanging it
        bool progress = false; ///< a progress line on stderr (the caller checks for a terminal)
        RetryPolicy retry;
    };

    /// The longest "id" echoed, as JSON text; a line with a longer one gets an "id_too_long"
    /// error record (its id null) and is not sent.
    static constexpr qsizetype maxIdBytes = 1024;
    /// Lines held in the window (their requests, records and ids) above this many bytes stop
    /// the reading of more until the earliest is written: records of up to 1 MiB each (Meta's
    /// answers are capped there) behind one slow line cannot add up.
    static constexpr qint64 maxWindowBytes = 8 * 1024 * 1024;

    BatchRunner(TokenService* service, BatchInputReader* reader, OutputWriter* output, const Defaults& defaults,
                const Settings& settings, QObject* parent = nullptr);
    ~BatchRunner() override;

    void start();
    /// Ctrl-C: cancels what is in flight, writes the records already complete in order,
    /// finishes with the interrupt's exit code.
    void interrupt(int exitCode);

    qint64 succeededCount() const { return m_succeeded; }
    qint64 failedCount() const { return m_failed; }

signals:
    /// Emitted once: 0 every line succeeded, 1 a line failed (or the output broke),
    /// 2 unusable input (e.g. a CSV header without a token column), or the interrupt's code.
    void finished(int exitCode);

private:
    struct Slot {
        qint64 seq = 0;
        qint64 line = 0;
        QByteArray id; ///< the caller's "id" as JSON text ("null" when absent)
        TokenRequest request;
        bool hasPlatform = false;
        int attempts = 0;
        QPointer<TokenJob> job;
        bool retryPending = false;
        bool inFlight = false; ///< holds one of the `concurrency` places (request or retry pending)
        bool done = false;
        bool ok = false;
        bool canceled = false;
        QByteArray record;
        QString failureText; ///< for stderr; empty on success
        qint64 bytes = 0;    ///< what it holds, as counted in m_windowBytes
    };

    void process();
    void scheduleProcess();
    void pump();
    void drain();
    /// Why a line is not sent: its error record's kind, message and remedy.
    struct LineProblem {
        QString kind;
        QString message;
        QString remedy;
    };

    void addItem(BatchItem&& item);
    /// Checks \a item and fills \a slot's request from it and the defaults.
    std::optional<LineProblem> prepare(const BatchItem& item, Slot& slot) const;
    std::optional<LineProblem> resolvePlatform(const BatchItem& item, TokenRequest& request) const;
    /// The App Secret (and for a Facebook exchange the App ID) of an exchange.
    std::optional<LineProblem> fillCredentials(const BatchItem& item, TokenRequest& request) const;
    void enqueue(Slot& slot);
    void setInFlight(Slot& slot, bool inFlight);
    void startAttempt(qint64 seq);
    void onSucceeded(qint64 seq, const TokenResult& result);
    void onFailed(qint64 seq, const GraphError& error);
    void complete(Slot& slot, bool ok, QByteArray record, const QString& failureText);
    /// Updates m_windowBytes with what \a slot holds now.
    void account(Slot& slot);
    void popFront();
    void clearSlots();
    void stopAfter(qint64 seq);
    void cancelSlot(Slot& slot);
    /// Cancels what is unfinished, writes the records complete in order, finishes.
    void abandon(int exitCode);
    qint64 countDonePrefix() const;
    void finish(int exitCode);
    void showProgress();
    void clearProgress();
    Slot* slot(qint64 seq);
    QByteArray failureRecord(const Slot& slot, const QByteArray& errorObject) const;

    TokenService* m_service;
    BatchInputReader* m_reader;
    OutputWriter* m_output;
    Defaults m_defaults;
    Settings m_settings;
    qsizetype m_reorderCapacity;

    std::deque<Slot> m_slots; ///< unwritten lines, in input order; front() is the next to write
    qint64 m_windowBytes = 0; ///< the sum of their bytes
    qint64 m_nextSeq = 0;
    int m_inFlight = 0;
    std::optional<qint64> m_stopSeq;   ///< without --continue-on-fail: the first failed line's seq
    bool m_processing = false;
    bool m_again = false;
    bool m_processScheduled = false;
    bool m_finished = false;
    bool m_stopping = false;
    qint64 m_itemsRead = 0;
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
    qint64 m_retries = 0;
    int m_failuresShown = 0;
    QElapsedTimer m_clock;
    QTimer m_progressTimer;
    bool m_progressShown = false;
};
