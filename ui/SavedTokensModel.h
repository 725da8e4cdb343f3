#pragma once

#include "support/Clock.h"
#include "vault/DeliveryTarget.h"
#include "renewal/RenewalDecision.h"
#include "renewal/RenewalTimer.h"
#include "vault/Profile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The saved tokens as a table: name, platform, App ID, when saved, and the remaining
/// lifetime ("in 12 days", "expired", "never", "unknown"), coloured when the token needs
/// attention (expired, or under 7 days left), what renewal will do with it ("renews
/// automatically" only while the renewal timer is on, "needs a new login in 5 days",
/// RenewalPolicy's decision in words: RenewalStatusText), and whether its delivery targets hold
/// the current token ("delivered to n8n", "not delivered: …", "waiting for the next delivery",
/// "—" without delivery targets: DeliveryStatusText). Holds profiles, delivery targets and the
/// timer's state only, never a token.
class SavedTokensModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PlatformColumn,
        AppIdColumn,
        SavedAtColumn,
        RemainingColumn,
        DeliveryColumn,
        RenewalColumn,
        ColumnCount
    };
    enum Role {
        ProfileRole = Qt::UserRole + 1, ///< the row's Profile
        NeedsAttentionRole,             ///< bool: expired or expiring within 7 days
    };

    explicit SavedTokensModel(QObject* parent = nullptr);

    void setClock(Clock clock);
    void setProfiles(const QList<Profile>& profiles);
    /// The delivery targets of each profile, by profile name (DeliveryStore::targets()).
    void setDeliveryTargets(const QHash<QString, QList<DeliveryTarget>>& targets);
    /// Whether the renewal timer runs (RenewalTimer::state()); Unknown until set.
    void setRenewalTimerState(RenewalTimer::State state);
    RenewalTimer::State renewalTimerState() const { return m_timerState; }
    const QList<Profile>& profiles() const { return m_profiles; }
    Profile profileAt(int row) const;
    /// The row of the profile named \a name, or -1.
    int rowOf(const QString& name) const;

    /// The words for the remaining lifetime of \a profile at \a now.
    static QString remainingText(const Profile& profile, const QDateTime& now);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    /// Recomputes the remaining lifetimes (time passes; the view calls this each minute).
    void refreshLifetimes();

private:
    QVariant displayText(const Profile& profile, int column, const QDateTime& now) const;
    QVariant toolTip(const Profile& profile, int column) const;
    QVariant foreground(const Profile& profile, int column, const QDateTime& now) const;
    RenewalDecision decide(const Profile& profile) const;

    QList<Profile> m_profiles;
    QHash<QString, QList<DeliveryTarget>> m_targets;
    Clock m_clock = systemClock();
    RenewalTimer::State m_timerState = RenewalTimer::State::Unknown;
};
