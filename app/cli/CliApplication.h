#pragma once

#include "CliOptions.h"
#include "OutputWriter.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class BatchRunner;
class GraphError;
class InterruptNotifier;
class QEventLoop;
class QNetworkAccessManager;
class TokenService;
struct PageList;
struct TokenInfo;
struct TokenResult;

/// longlived-cli's application logic: parses the command line (CommandLine), gathers the
/// secrets (SecretSource), runs one command on the core's TokenService and reports through
/// OutputWriter. main() only constructs it and returns run()'s exit status.
///
/// Exit status: 0 success; 1 API, network or item failure; 2 usage error; 130 interrupted.
class CliApplication : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2,
    };

    explicit CliApplication(QObject* parent = nullptr);
    ~CliApplication() override;

    /// Runs the command in \a arguments (QCoreApplication::arguments()) to its end.
    int run(const QStringList& arguments);

    /// Whether the command line \a argv needs Qt's GLib event loop: only the keychain does
    /// (QtKeychain reaches the Secret Service through libsecret, whose answers arrive as GLib
    /// callbacks). Every other command runs on Qt's own, lighter loop (QT_NO_GLIB): ~25 % less
    /// CPU per request in a batch (bench/FINDINGS.md). Looked at before QCoreApplication
    /// exists, so any argument spelled "keychain" counts: a wrong guess only costs speed.
    static bool needsGlibEventLoop(int argc, const char* const* argv);

private:
    int runCommand(const QStringList& arguments);
    int usageError(const QString& message, const QString& kind = QStringLiteral("usage_error"));
    int runExchange();
    int runRefresh();
    int runInspect();
    int runPages();
    int runBatch();
    int runKeychain();
    /// Connects a job's failed() to the common error report and exit status 1.
    template<typename Job> void finishOnFailure(Job* job);
    /// Runs the event loop until finish() is called; returns its code.
    int exec();
    void finish(int code);
    void onInterrupted();

    void ensureService();
    /// Reads the token (--token-file, LONGLIVED_TOKEN, prompt); exit code on failure.
    std::optional<int> obtainToken(QString& token);
    /// Reads the App Secret (--app-secret-file, LONGLIVED_APP_SECRET, prompt when allowed).
    std::optional<int> obtainAppSecret(QString& secret, bool required, bool allowPrompt);
    /// The platform from --platform or the token's prefix; warns on a mismatch.
    std::optional<Platform> resolvePlatform(const QString& token);

    void reportToken(const TokenResult& result, const QString& what);
    void reportTokenInfo(const TokenInfo& info);
    void reportPages(const PageList& pages);
    void reportError(const GraphError& error);

    CliOptions m_options;
    OutputWriter m_out;
    InterruptNotifier* m_interrupts = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    TokenService* m_service = nullptr;
    BatchRunner* m_batch = nullptr;
    QPointer<QObject> m_job; ///< the TokenJob or GraphJob in flight (both have a cancel() slot)
    QEventLoop* m_loop = nullptr;
    int m_exitCode = 0;
    bool m_finished = false;
    bool m_interrupted = false;
};
