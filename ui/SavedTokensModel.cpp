#include "SavedTokensModel.h"

#include "ExpiryFormatter.h"
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
        switch (index.column()) {
        case NameColumn:
            return profile.name;
        case PlatformColumn:
            return Platforms::displayName(profile.platform);
        case AppIdColumn:
            return profile.appId;
        case SavedAtColumn:
            return profile.savedAt.isValid()
                ? QLocale().toString(profile.savedAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        case RemainingColumn:
            return remainingText(profile, now);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RemainingColumn) {
            if (profile.neverExpires)
                return ExpiryFormatter::neverExpiresText();
            if (!profile.expiresAt.isValid())
                return ExpiryFormatter::unknownText();
            return tr("Expires %1").arg(ExpiryFormatter::absolute(profile.expiresAt));
        }
        if (index.column() == SavedAtColumn && profile.savedAt.isValid())
            return QLocale().toString(profile.savedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::ForegroundRole:
        // Colour repeats what the words already say ("expired", "in 3 days"), never replaces it.
        if (index.column() == RemainingColumn && profile.needsAttention(now)) {
            const QPalette palette = QGuiApplication::palette();
            return profile.lifetime(now) == Profile::Lifetime::Expired ? StatusColors::error(palette)
                                                                        : StatusColors::warning(palette);
        }
        break;
    default:
        break;
    }
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
    }
    return {};
}

void SavedTokensModel::refreshLifetimes()
{
    if (!m_profiles.isEmpty())
        emit dataChanged(index(0, RemainingColumn), index(int(m_profiles.size()) - 1, RemainingColumn));
}
