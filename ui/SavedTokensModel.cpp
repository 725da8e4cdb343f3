#include "SavedTokensModel.h"

#include "DeliveryStatusText.h"
#include "support/ExpiryFormatter.h"
#include "renewal/RenewalPolicy.h"
#include "RenewalStatusText.h"
#include "StatusColors.h"

#include <QGuiApplication>
#include <QLocale>

SavedTokensModel::SavedTokensModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SavedTokensModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshLifetimes();
}

void SavedTokensModel::setProfiles(const QList<Profile>& profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

void SavedTokensModel::setDeliveryTargets(const QHash<QString, QList<DeliveryTarget>>& targets)
{
    m_targets = targets;
    if (!m_profiles.isEmpty())
        emit dataChanged(index(0, DeliveryColumn), index(int(m_profiles.size()) - 1, DeliveryColumn));
}

void SavedTokensModel::setRenewalTimerState(RenewalTimer::State state)
{
    if (state == m_timerState)
        return;
    m_timerState = state;
    // Both columns say what the timer will do.
    if (!m_profiles.isEmpty())
        emit dataChanged(index(0, DeliveryColumn), index(int(m_profiles.size()) - 1, RenewalColumn));
}

Profile SavedTokensModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : Profile();
}

int SavedTokensModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).name == name)
            return row;
    }
    return -1;
}

QString SavedTokensModel::remainingText(const Profile& profile, const QDateTime& now)
{
    switch (profile.lifetime(now)) {
    case Profile::Lifetime::Never:
        return tr("never");
    case Profile::Lifetime::Unknown:
        return tr("unknown");
    case Profile::Lifetime::Expired:
        return tr("expired");
    case Profile::Lifetime::Remaining:
        break;
    }
    return ExpiryFormatter::relative(now, profile.expiresAt);
}

int SavedTokensModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int SavedTokensModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SavedTokensModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile& profile = m_profiles.at(index.row());
    const QDateTime now = m_clock();

    switch (role) {
    case ProfileRole:
        return QVariant::fromValue(profile);
    case NeedsAttentionRole:
        return profile.needsAttention(now);
    case Qt::DisplayRole:
        return displayText(profile, index.column(), now);
    case Qt::ToolTipRole:
        return toolTip(profile, index.column());
    case Qt::ForegroundRole:
        return foreground(profile, index.column(), now);
    default:
        break;
    }
    return {};
}

QVariant SavedTokensModel::displayText(const Profile& profile, int column, const QDateTime& now) const
{
    switch (column) {
    case NameColumn:
        return profile.name;
    case PlatformColumn:
        return Platforms::displayName(profile.platform);
    case AppIdColumn:
        return profile.appId;
    case SavedAtColumn:
        return profile.savedAt.isValid() ? QLocale().toString(profile.savedAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
    case RemainingColumn:
        return remainingText(profile, now);
    case DeliveryColumn:
        return DeliveryStatusText::summary(m_targets.value(profile.name), profile, m_timerState);
    case RenewalColumn:
        return RenewalStatusText::summary(profile, decide(profile), now, m_timerState);
    }
    return {};
}

QVariant SavedTokensModel::toolTip(const Profile& profile, int column) const
{
    switch (column) {
    case RemainingColumn:
        if (profile.neverExpires)
            return ExpiryFormatter::neverExpiresText();
        if (!profile.expiresAt.isValid())
            return ExpiryFormatter::unknownText();
        return tr("Expires %1").arg(ExpiryFormatter::absolute(profile.expiresAt));
    case SavedAtColumn:
        if (profile.savedAt.isValid())
            return QLocale().toString(profile.savedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case DeliveryColumn: {
        // Each target on its own line, with its own last result: the cell shows one summary.
        QStringList lines;
        for (const DeliveryTarget& target : m_targets.value(profile.name))
            lines << DeliveryStatusText::where(target) + QStringLiteral(": ")
                    + DeliveryStatusText::lastDelivery(target, profile, m_clock());
        if (!lines.isEmpty())
            return lines.join(QLatin1Char('\n'));
        return tr("No delivery targets: use “Delivery…” to add one.");
    }
    case RenewalColumn:
        return RenewalStatusText::details(profile, decide(profile), m_timerState);
    }
    return {};
}

QVariant SavedTokensModel::foreground(const Profile& profile, int column, const QDateTime& now) const
{
    // Colour repeats what the words already say ("expired", "not delivered"), never replaces it.
    const QPalette palette = QGuiApplication::palette();
    if (column == RemainingColumn && profile.needsAttention(now)) {
        return profile.lifetime(now) == Profile::Lifetime::Expired ? StatusColors::error(palette)
                                                                   : StatusColors::warning(palette);
    }
    if (column == DeliveryColumn && DeliveryStatusText::anyFailed(m_targets.value(profile.name), profile))
        return StatusColors::error(palette);
    if (column == RenewalColumn && RenewalStatusText::needsAttention(profile, decide(profile), m_timerState))
        return StatusColors::error(palette);
    return {};
}

QVariant SavedTokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PlatformColumn:
        return tr("Platform");
    case AppIdColumn:
        return tr("App ID");
    case SavedAtColumn:
        return tr("Saved");
    case RemainingColumn:
        return tr("Expires");
    case DeliveryColumn:
        return tr("Delivery");
    case RenewalColumn:
        return tr("Renewal");
    }
    return {};
}

RenewalDecision SavedTokensModel::decide(const Profile& profile) const
{
    // The rules of `longlived-cli renew` as the timer runs it (default window, not forced).
    return RenewalPolicy(RenewalPolicy::defaultWithinDays, false, m_clock).decide(profile);
}

void SavedTokensModel::refreshLifetimes()
{
    if (!m_profiles.isEmpty())
        emit dataChanged(index(0, RemainingColumn), index(int(m_profiles.size()) - 1, RenewalColumn));
}
