#pragma once

#include "graph/GraphError.h"
#include "graph/Platform.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <variant>

/// What debug_token says about a token (its "data" object). Holds no secret: Meta does not
/// echo the inspected token.
struct TokenInfo {
    /// One entry of granular_scopes: a permission limited to some objects (Pages, accounts).
    struct GranularScope {
        QString scope;
        QStringList targetIds; ///< empty = the permission applies to every object
    };

    Platform platform = Platform::Facebook;
    QString appId;
    QString type;         ///< "USER", "PAGE", "APP", ... as Meta wrote it
    QString application;  ///< the app's name
    QString userId;
    bool isValid = false;
    /// When the token expires; invalid when never (see neverExpires) or not said.
    QDateTime expiresAt;
    /// expires_at was 0: the token does not expire (page tokens from a long-lived user token).
    bool neverExpires = false;
    /// The separate (90-day) data-access window; invalid when not said or 0.
    QDateTime dataAccessExpiresAt;
    QDateTime issuedAt;   ///< invalid when not said
    QStringList scopes;
    QList<GranularScope> granularScopes;
    /// Why the token is not valid (data.error), classified like any Graph error; None when
    /// Meta gave no reason.
    GraphError error;

    bool hasKnownExpiry() const { return neverExpires || expiresAt.isValid(); }

    /// The debug_token answer {"data":{…}} as a TokenInfo; MissingField when "data" is absent.
    static std::variant<TokenInfo, GraphError> fromJson(const QJsonObject& json, Platform platform);
};

Q_DECLARE_METATYPE(TokenInfo)
