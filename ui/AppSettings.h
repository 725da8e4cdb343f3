#pragma once

#include "graph/Platform.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

/// The window's non-secret preferences, in QSettings. The one place that knows the keys:
/// App Secrets and tokens are NEVER stored here (they belong in the keychain).
class AppSettings
{
public:
    static constexpr int defaultClipboardClearSeconds = 60;

    AppSettings();

    /// Graph API version; ServiceConfig's default until the user changes it. Empty is a valid
    /// choice (the unversioned API), distinct from "never set".
    QString apiVersion() const;
    void setApiVersion(const QString& version);

    /// Seconds before a copied token is cleared from the clipboard; 0 = never.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    /// The App ID last used for an exchange (an App ID is public, not a secret).
    QString lastAppId() const;
    void setLastAppId(const QString& appId);
    /// The same per platform: Threads and Instagram apps have their own IDs. Facebook's is
    /// lastAppId().
    QString lastAppId(Platform platform) const;
    void setLastAppId(Platform platform, const QString& appId);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

private:
    QSettings m_settings;
};
