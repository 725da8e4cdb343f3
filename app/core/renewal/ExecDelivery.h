#pragma once

#include "renewal/Delivery.h"
#include "renewal/DeliveryOptions.h"

#include <QProcess>
#include <QTimer>

/// Runs a command with the token on its standard input ("<token>\n", then end of input).
///
/// No shell: the program and its arguments as DeliveryTarget::exec() split them. Its
/// environment is LongLived's without LONGLIVED_APP_SECRET and LONGLIVED_TOKEN, plus
/// LONGLIVED_PROFILE=<profile name>. Its standard output is discarded (it could be read by
/// whoever reads ours, e.g. a JSON report); its standard error goes to ours. Killed, with
/// everything it started, after DeliveryOptions::execTimeoutMs. Exit status 0 = delivered.
class ExecDelivery : public Delivery {
    Q_OBJECT
public:
    ExecDelivery(const DeliveryTarget& target, const QString& token, const QString& profileName,
                 const DeliveryOptions& options, QObject* parent = nullptr);
    ~ExecDelivery() override;

    void start() override;
    void cancel() override;

    /// The child's environment: \a base without the secret variables, with LONGLIVED_PROFILE.
    static QProcessEnvironment childEnvironment(const QProcessEnvironment& base, const QString& profileName);

private:
    void onStarted();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void killAll(DeliveryResult::Kind reason);
    QString limitText() const;

    QString m_token;
    QString m_profileName;
    DeliveryOptions m_options;
    QProcess m_process;
    QTimer m_limit;
    DeliveryResult::Kind m_killReason = DeliveryResult::Kind::Ok;
};
