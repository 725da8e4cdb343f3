#pragma once

#include "graph/Platform.h"
#include "graph/TokenResult.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// A saved token's description: everything about it except the secrets. Profiles live in
/// QSettings (ProfileStore); the token and the optional App Secret live only in the OS
/// keychain, under keys derived from name (TokenVault). Nothing here is secret.
struct Profile {
    /// The user's name for it, unique among profiles; defaults to defaultName().
    QString name;
    Platform platform = Platform::Facebook;
    QString appId;
    /// When the token was last written to the keychain (UTC).
    QDateTime savedAt;
    /// When the token expires (UTC); invalid when unknown. Never invented.
    QDateTime expiresAt;
    /// Meta said the token never expires (e.g. Page tokens from a long-lived user token).
    bool neverExpires = false;
    /// Meta's token_type when the token was obtained ("bearer"); empty when Meta did not say.
    QString tokenType;
    /// False for a profile saved before LongLived kept the token type: an empty tokenType then
    /// means "not recorded", not "Meta did not say".
    bool tokenTypeRecorded = true;
    /// The Graph API version the token was obtained with ("" = unversioned).
    QString apiVersion;
    /// Whether the App Secret was saved beside the token (its own keychain entry).
    bool hasStoredSecret = false;
    /// When Meta issued the stored token (exchange or refresh, UTC); invalid for profiles saved
    /// before LongLived kept it (obtainedTime() then falls back to savedAt).
    QDateTime obtainedAt;
    /// When `renew` last replaced the token with a refreshed one (UTC); invalid = never.
    QDateTime renewedAt;
    /// When the last renewal attempt failed (UTC), and why in plain words; both cleared by a
    /// successful renewal. Never a token: the text comes from GraphError/VaultError messages.
    QDateTime renewalFailedAt;
    QString renewalError;

    /// Below this many seconds of remaining lifetime a token is "expiring soon".
    static constexpr qint64 expiringSoonSeconds = 7 * 24 * 60 * 60;

    enum class Lifetime {
        Unknown,  ///< Meta did not say when it expires
        Never,    ///< it does not expire
        Expired,  ///< expiresAt has passed
        Remaining ///< it expires in the future
    };

    bool isValid() const { return !name.trimmed().isEmpty(); }

    /// Where the token stands at \a now.
    Lifetime lifetime(const QDateTime& now) const;
    /// Seconds until expiresAt (negative when past); 0 when the expiry is unknown or never.
    qint64 secondsLeft(const QDateTime& now) const;
    /// Expired, or less than expiringSoonSeconds left: the user should act.
    bool needsAttention(const QDateTime& now) const;

    /// When the stored token was issued: obtainedAt, else savedAt (older profiles).
    QDateTime obtainedTime() const { return obtainedAt.isValid() ? obtainedAt : savedAt; }
    /// This profile after its token was replaced by \a result at \a now: the new expiry and
    /// type, obtainedAt = result.receivedAt (or \a now), renewedAt = \a now, no failure noted.
    Profile renewedWith(const TokenResult& result, const QDateTime& now) const;
    /// This profile with a failed renewal noted: \a error (plain words, no secret) at \a at.
    Profile withRenewalFailure(const QString& error, const QDateTime& at) const;

    /// "<platform> · <App ID>", e.g. "Facebook · 1234567890"; just the platform without an App ID.
    static QString defaultName(Platform platform, const QString& appId);
    /// A profile describing \a result (platform, expiry), named \a name (trimmed).
    static Profile fromTokenResult(const QString& name, const TokenResult& result, const QString& appId,
                                   const QString& apiVersion);

    /// The saved token as a result for the result view: platform and expiry from this
    /// profile, receivedAt = savedAt, \a token as the access token.
    TokenResult toTokenResult(const QString& token) const;

    bool operator==(const Profile& other) const;
    bool operator!=(const Profile& other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Profile)
Q_DECLARE_METATYPE(Profile::Lifetime)
