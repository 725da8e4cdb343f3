#pragma once

#include "graph/Platform.h"

#include <QString>

/// What the user hands over for one exchange or refresh. Holds secrets: never log it.
struct TokenRequest {
    Platform platform = Platform::Facebook;
    QString appId;      ///< Facebook App ID (digits); unused by Threads/Instagram exchanges.
    QString appSecret;  ///< The platform's own App Secret; empty for a refresh.
    QString token;      ///< The short-lived token (exchange) or long-lived one (refresh).
    QString apiVersion; ///< Overrides the service's Graph API version (Facebook) when set; empty = use the service's.
};
