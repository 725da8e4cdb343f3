#pragma once

#include "Command.h"
#include "CommonOptions.h"
#include "OutputWriter.h"
#include "SecretSource.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class GraphError;
class GraphJob;
class QEventLoop;
class HttpTransport;
class QNetworkAccessManager;
class TokenService;
struct TokenResult;

/// What every command shares while it runs: the output streams (OutputWriter, the JSON error
/// object), the exit status and the event loop that waits for it, Ctrl-C, the network and the
/// TokenService, where the token and the App Secret come from (SecretSource) and which
/// platform a token is for. A Command's execute() gets one; objects it makes for its run are
/// best made the session's children: they are deleted newest first, before the service.
class CliSession : public QObject
{
    Q_OBJECT
public:
    explicit CliSession(const CommonOptions& options, QObject* parent = nullptr);
    ~CliSession() override;

    const CommonOptions& options() const { return m_options; }
    OutputWriter& out() { return m_out; }

    /// From now on SIGINT and SIGTERM cancel what runs and end the command (exit 130 / 143).
    void catchInterrupts();

    /// \a message on stderr, and with --json as an error object on stdout; returns exit status 2.
    int usageError(const QString& message, const QString& kind = QStringLiteral("usage_error"));
    /// Meta's or the network's error on stderr, and with --json as an error object on stdout.
    void reportError(const GraphError& error);
    /// The token on stdout (or its JSON object); \a what (with %1 for the platform) and the
    /// expiry on stderr.
    void reportToken(const TokenResult& result, const QString& what);

    /// Reads the token (--token-file, LONGLIVED_TOKEN, prompt); exit code on failure.
    std::optional<int> obtainToken(QString& token);
    /// Reads the App Secret (--app-secret-file, LONGLIVED_APP_SECRET, prompt when allowed).
    std::optional<int> obtainAppSecret(QString& secret, bool required, bool allowPrompt);
    /// The platform from --platform or the token's prefix; warns on a mismatch.
    std::optional<Platform> resolvePlatform(const QString& token);
    /// obtainToken(), then resolvePlatform(); exit code on failure, \a undetected as the usage
    /// error when the token's prefix names no platform the command knows.
    std::optional<int> obtainTokenForPlatform(QString& token, Platform& platform, const QString& undetected);

    /// The TokenService, with its network manager, made on first use.
    TokenService* service();
    QNetworkAccessManager* network();
    /// The transport of the session's single requests (n8n's too): the network manager's.
    HttpTransport* transport();

    /// Ctrl-C cancels \a job (a GraphJob, or anything else with cancel()) while it runs; its failed(Canceled) is
    /// not reported, the session reports the interruption instead.
    template<typename Job> void cancelOnInterrupt(Job* job)
    {
        QPointer<Job> running(job);
        m_cancel = [running] {
            if (running)
                running->cancel();
        };
    }
    /// Ctrl-C calls \a handler with the exit status instead, which must end with finish().
    void handleInterrupt(std::function<void(int exitCode)> handler) { m_interruptHandler = std::move(handler); }
    /// Connects a job's failed() to the common error report and exit status 1.
    void finishOnFailure(GraphJob* job);

    /// Runs the event loop until finish() is called; returns its code.
    int exec();
    void finish(int code);

private:
    /// The exit status for a secret that could not be had (interrupted, unreadable, or missing
    /// when \a required); nullopt otherwise. \a unreadable takes the problem as %1.
    std::optional<int> secretFailure(const SecretSource::Result& result, bool required, const QString& unreadable,
                                     const QString& missing);
    void onInterrupted();

    CommonOptions m_options;
    OutputWriter m_out;
    QNetworkAccessManager* m_network = nullptr;
    TokenService* m_service = nullptr;
    std::function<void()> m_cancel;
    std::function<void(int)> m_interruptHandler;
    QEventLoop* m_loop = nullptr;
    int m_exitCode = 0;
    bool m_finished = false;
    bool m_interrupted = false;
};
