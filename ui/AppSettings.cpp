#include "AppSettings.h"

#include "vault/PrivateSettingsFile.h"
#include "graph/ServiceConfig.h"

namespace {
const QString apiVersionKey = QStringLiteral("api/version");
const QString clipboardClearKey = QStringLiteral("clipboard/clearSeconds");
const QString lastAppIdKey = QStringLiteral("exchange/lastAppId");

QString lastAppIdKeyOf(Platform platform)
{
    // Facebook keeps the key it always had.
    switch (platform) {
    case Platform::Facebook:
        return lastAppIdKey;
    case Platform::Threads:
        return QStringLiteral("exchange/lastThreadsAppId");
    case Platform::Instagram:
        return QStringLiteral("exchange/lastInstagramAppId");
    }
    return lastAppIdKey;
}
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings()
{
    // Before anything is written: QSettings keeps the mode of the file it rewrites.
    PrivateSettingsFile::protect(m_settings.fileName());
}

QString AppSettings::apiVersion() const
{
    if (!m_settings.contains(apiVersionKey))
        return QString::fromLatin1(ServiceConfig::defaultApiVersion);
    return m_settings.value(apiVersionKey).toString();
}

void AppSettings::setApiVersion(const QString& version)
{
    m_settings.setValue(apiVersionKey, version);
}

int AppSettings::clipboardClearSeconds() const
{
    bool ok = false;
    const int seconds = m_settings.value(clipboardClearKey, defaultClipboardClearSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : defaultClipboardClearSeconds;
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(clipboardClearKey, qMax(0, seconds));
}

QString AppSettings::lastAppId() const
{
    return m_settings.value(lastAppIdKey).toString();
}

void AppSettings::setLastAppId(const QString& appId)
{
    m_settings.setValue(lastAppIdKey, appId);
}

QString AppSettings::lastAppId(Platform platform) const
{
    return m_settings.value(lastAppIdKeyOf(platform)).toString();
}

void AppSettings::setLastAppId(Platform platform, const QString& appId)
{
    m_settings.setValue(lastAppIdKeyOf(platform), appId);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(stateKey, state);
}
