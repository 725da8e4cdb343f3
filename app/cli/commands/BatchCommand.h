#pragma once

#include "BatchInputReader.h"
#include "BatchRunner.h"
#include "Command.h"

#include <optional>

/// `longlived-cli batch`: many exchanges (or refreshes) from JSON Lines or CSV, one JSON
/// record per input line, in order (BatchRunner does the work).
class BatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    /// The batch's own options, validated.
    struct Options {
        QString input;  ///< path or "-"
        QString output; ///< path or "-"; empty = stdout
        BatchInputReader::Format inputFormat = BatchInputReader::Format::JsonLines;
        bool continueOnFail = false;
        bool refresh = false; ///< refresh long-lived tokens instead of exchanging
        int concurrency = 4;
        std::optional<int> retryBaseMs;     ///< hidden, for tests
        std::optional<int> retryAfterCapMs; ///< hidden, for tests
        bool progress = true;               ///< --no-progress turns the stderr progress line off
    };

    static constexpr int defaultConcurrency = 4;
    static constexpr int maxConcurrency = 16;

    BatchCommand();
    int execute(CliSession& session) override;

    const Options& batchOptions() const { return m_batch; }

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;
    QString readOptions(const QCommandLineParser& parser) override;

private:
    QString readInputOutput(const QCommandLineParser& parser);
    QString readConcurrency(const QCommandLineParser& parser);
    QString readRetries(const QCommandLineParser& parser);
    BatchRunner::Settings settings(const CliSession& session) const;

    Options m_batch;
};
