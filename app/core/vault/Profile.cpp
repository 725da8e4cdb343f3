#include "vault/Profile.h"

#include "graph/TokenResult.h"

Profile::Lifetime Profile::lifetime(const QDateTime& now) const
{
    if (neverExpires)
        return Lifetime::Never;
    if (!expiresAt.isValid())
        return Lifetime::Unknown;
    return now.secsTo(expiresAt) > 0 ? Lifetime::Remaining : Lifetime::Expired;
}

qint64 Profile::secondsLeft(const QDateTime& now) const
{
    if (neverExpires || !expiresAt.isValid())
        return 0;
    return now.secsTo(expiresAt);
}

bool Profile::needsAttention(const QDateTime& now) const
{
    switch (lifetime(now)) {
    case Lifetime::Expired:
        return true;
    case Lifetime::Remaining:
        return secondsLeft(now) < expiringSoonSeconds;
    case Lifetime::Unknown:
    case Lifetime::Never:
        return false;
    }
    return false;
}

QString Profile::defaultName(Platform platform, const QString& appId)
{
    const QString id = appId.trimmed();
    if (id.isEmpty())
        return Platforms::displayName(platform);
    return Platforms::displayName(platform) + QStringLiteral(" · ") + id;
}

Profile Profile::fromTokenResult(const QString& name, const TokenResult& result, const QString& appId,
                                 const QString& apiVersion)
{
    Profile profile;
    profile.name = name.trimmed();
    profile.platform = result.platform;
    profile.appId = appId.trimmed();
    profile.expiresAt = result.expiresAt;
    profile.neverExpires = result.neverExpires;
    profile.tokenType = result.tokenType;
    profile.apiVersion = apiVersion;
    profile.obtainedAt = result.receivedAt;
    return profile;
}

Profile Profile::renewedWith(const TokenResult& result, const QDateTime& now) const
{
    Profile renewed = *this;
    renewed.expiresAt = result.expiresAt;
    renewed.neverExpires = result.neverExpires;
    renewed.tokenType = result.tokenType;
    renewed.tokenTypeRecorded = true;
    renewed.obtainedAt = result.receivedAt.isValid() ? result.receivedAt : now;
    renewed.renewedAt = now;
    renewed.renewalFailedAt = QDateTime();
    renewed.renewalError.clear();
    return renewed;
}

Profile Profile::withRenewalFailure(const QString& error, const QDateTime& at) const
{
    Profile failed = *this;
    failed.renewalFailedAt = at;
    failed.renewalError = error;
    return failed;
}

TokenResult Profile::toTokenResult(const QString& token) const
{
    TokenResult result;
    result.platform = platform;
    result.accessToken = token;
    result.receivedAt = savedAt;
    result.expiresAt = expiresAt;
    result.neverExpires = neverExpires;
    result.tokenType = tokenType;
    result.tokenTypeRecorded = tokenTypeRecorded;
    return result;
}

bool Profile::operator==(const Profile& other) const
{
    return name == other.name && platform == other.platform && appId == other.appId && savedAt == other.savedAt
        && expiresAt == other.expiresAt && neverExpires == other.neverExpires && tokenType == other.tokenType
        && tokenTypeRecorded == other.tokenTypeRecorded
        && apiVersion == other.apiVersion
        && hasStoredSecret == other.hasStoredSecret && obtainedAt == other.obtainedAt
        && renewedAt == other.renewedAt && renewalFailedAt == other.renewalFailedAt
        && renewalError == other.renewalError;
}
