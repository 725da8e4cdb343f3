#pragma once

#include "renewal/RenewalOutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

class CliSession;
class DeliveryStore;
class DesktopNotifier;
class ProfileRenewer;
class ProfileStore;
class TokenVault;

/// One `renew` run: a ProfileRenewer per profile, up to maxConcurrent at a time, each
/// outcome reported as it ends (a line on stderr, or a JSON object on stdout), then the
/// notifications (--notify), then the exit status: 0 when every profile is fine, else 1.
class RenewRun : public QObject {
    Q_OBJECT

public:
    static constexpr int maxConcurrent = 4;

    struct Settings {
        QStringList profiles; ///< empty: every saved profile
        int withinDays = 14;
        bool force = false;
        bool dryRun = false;
        bool notify = false;
    };

    /// \a store must outlive the run.
    RenewRun(CliSession& session, ProfileStore* store, const Settings& settings, QObject* parent = nullptr);

    /// Starts (asynchronously); the session finishes with the exit status.
    void start();

private:
    QStringList selectProfiles();
    void startNext();
    void onFinished(ProfileRenewer* renewer, const RenewalOutcome& outcome);
    void report(const RenewalOutcome& outcome);
    QByteArray json(const RenewalOutcome& outcome) const;
    QString humanLine(const RenewalOutcome& outcome) const;
    /// The outcome's message and its deliveries, without the profile's name.
    QString details(const RenewalOutcome& outcome) const;
    void notifyAndFinish();
    void end();
    void onInterrupted(int exitCode);

    CliSession& m_session;
    ProfileStore* m_store;
    TokenVault* m_vault;
    DeliveryStore* m_deliveries;
    Settings m_settings;
    QStringList m_queue;
    QList<ProfileRenewer*> m_running;
    QList<RenewalOutcome> m_attention; ///< the outcomes that are not fine (reported already); no others kept
    QStringList m_notifyProblems; ///< why notifications were not shown, each once
    bool m_usageProblem = false;
};
