#include "ProfileActions.h"

#include <QAction>

ProfileActions::ProfileActions(QObject* parent)
    : QObject(parent)
    , m_deliveryAction(new QAction(tr("Delivery…"), this))
    , m_renewAction(new QAction(tr("Renew now"), this))
{
    m_deliveryAction->setObjectName(QStringLiteral("deliveryAction"));
    m_deliveryAction->setToolTip(tr("Where the selected token is delivered to: n8n credentials, files, commands"));
    m_renewAction->setObjectName(QStringLiteral("renewAction"));
    m_renewAction->setToolTip(tr("Ask Meta for a new token for the selected profile now, and deliver it"));
    // Shown by a host that can renew (it has a renewer to answer renewRequested()).
    m_renewAction->setVisible(false);
    connect(m_deliveryAction, &QAction::triggered, this, [this] {
        if (!m_profileName.isEmpty())
            emit deliveryRequested(m_profileName);
    });
    connect(m_renewAction, &QAction::triggered, this, [this] {
        if (!m_profileName.isEmpty())
            emit renewRequested(m_profileName);
    });
    updateEnabled();
}

void ProfileActions::setProfileName(const QString& name)
{
    m_profileName = name;
    updateEnabled();
}

void ProfileActions::setAvailable(bool available)
{
    m_available = available;
    updateEnabled();
}

void ProfileActions::setRenewing(bool renewing)
{
    m_renewing = renewing;
    updateEnabled();
}

void ProfileActions::updateEnabled()
{
    const bool usable = m_available && !m_profileName.isEmpty();
    m_deliveryAction->setEnabled(usable);
    m_renewAction->setEnabled(usable && !m_renewing);
}
