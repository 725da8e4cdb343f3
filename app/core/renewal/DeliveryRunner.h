#pragma once

#include "support/Clock.h"
#include "renewal/DeliveryOptions.h"
#include "renewal/DeliveryOutcome.h"
#include "vault/VaultError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class Delivery;
class DeliveryStore;
class HttpTransport;
class TokenVault;

/// Delivers profiles' tokens to their targets, one target after the other, and notes each
/// outcome in the DeliveryStore (the token's fingerprint on success, the error otherwise).
///
///     DeliveryRunner runner(&deliveries, &vault, &transport);
///     runner.deliver(name, newToken);                        // after a renewal: every target
///     runner.deliverSaved(other, DeliveryRunner::Scope::Pending); // later runs: catch up
///     connect(&runner, &DeliveryRunner::finished, ...);      // then outcomes()
///
/// Requests queue up and run in order; finished() comes once the queue is empty (always
/// asynchronously). An n8n target's API key is read from the keychain just before its delivery.
class DeliveryRunner : public QObject {
    Q_OBJECT
public:
    enum class Scope {
        All, ///< every target (deliver run, a renewed token)
        Pending, ///< only targets that have not received this token yet (later renew runs)
    };

    /// \a store, \a vault and \a transport (n8n's requests go through it) must outlive the runner.
    DeliveryRunner(DeliveryStore* store, TokenVault* vault, HttpTransport* transport, QObject* parent = nullptr);
    ~DeliveryRunner() override;

    void setOptions(const DeliveryOptions& options) { m_options = options; }
    DeliveryOptions options() const { return m_options; }
    /// The source of the attempt times noted in the store (tests pin it).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Queues delivering \a token to \a profileName's targets within \a scope; \a targetIds, when
    /// not empty, restricts it to those targets.
    void deliver(const QString& profileName, const QString& token, Scope scope = Scope::All,
                 const QStringList& targetIds = {});
    /// The same with the token saved in the keychain (read only when the profile has targets to serve).
    void deliverSaved(const QString& profileName, Scope scope = Scope::All, const QStringList& targetIds = {});

    /// Stops the delivery in flight (its outcome: Canceled) and drops the rest of the queue.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Every outcome since the runner was created, in order.
    QList<DeliveryOutcome> outcomes() const { return m_outcomes; }
    /// No outcome failed, and no profile's token could not be read.
    bool allSucceeded() const;

signals:
    void targetStarted(const QString& profileName, const DeliveryTarget& target);
    void targetFinished(const DeliveryOutcome& outcome);
    /// The saved token of \a profileName could not be read: none of its targets was tried.
    void tokenUnavailable(const QString& profileName, const VaultError& error);
    /// The queue is empty.
    void finished();

private:
    struct Request {
        QString profileName;
        std::optional<QString> token;
        Scope scope;
        QStringList targetIds;
        QList<DeliveryTarget> targets; // still to do
    };

    void enqueue(Request request);
    void next();
    void loadToken();
    void startTarget(const DeliveryTarget& target, const QString& apiKey);
    void deliverNextTarget();
    void onDeliveryFinished(const DeliveryResult& result);
    QList<DeliveryTarget> selectTargets(const Request& request) const;

    DeliveryStore* m_store;
    TokenVault* m_vault;
    HttpTransport* m_transport;
    DeliveryOptions m_options;
    Clock m_clock = systemClock();
    QList<Request> m_queue;
    QPointer<Delivery> m_current;
    QList<DeliveryOutcome> m_outcomes;
    bool m_running = false;
    bool m_anyTokenUnavailable = false;
    quint64 m_generation = 0; // bumped by cancel(): late keychain answers are ignored
};
