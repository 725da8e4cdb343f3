#pragma once

#include "support/Clock.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenLifetime.h"
#include "graph/TokenRequest.h"

#include <QObject>
#include <QUrl>

#include <memory>

class HttpTransport;
class NetworkManagerTransport;
class InspectJob;
class PagesJob;
class QNetworkAccessManager;
class TokenJob;
class VerifyJob;

/// Talks to Meta's token endpoints: builds each request's URL and starts its job (one
/// GraphJob per request) on the transport. Owns no network manager: it is passed in (one per
/// process, shared), with the base URLs and the clock, so tests point it at a loopback
/// server. Services never show dialogs; results and errors are values.
class TokenService : public QObject
{
    Q_OBJECT
public:
    TokenService(QNetworkAccessManager* network, const ServiceConfig& config, Clock clock = systemClock(),
                 QObject* parent = nullptr);
    ~TokenService() override;

    const ServiceConfig& config() const { return m_config; }

    /// Sends the requests of the jobs started from now on through \a transport (a batch: the
    /// keep-alive HttpConnectionPool, far less work per request) instead of the network
    /// manager given to the constructor; nullptr goes back to the manager. The transport
    /// must outlive those jobs.
    void setTransport(HttpTransport* transport);
    /// The transport on the network manager given to the constructor (whatever setTransport()
    /// chose): for other single requests of the same program (n8n's), one per manager.
    HttpTransport* networkTransport() const;
    void setApiVersion(const QString& version) { m_config.apiVersion = version; }

    /// Starts exchanging a short-lived token for a long-lived one on \a request.platform.
    /// The job is already running; connect to its signals right away. A non-empty
    /// request.apiVersion replaces the configured version for this call (Facebook only); an
    /// empty one uses config().apiVersion (itself empty = the unversioned path).
    TokenJob* exchange(const TokenRequest& request);

    /// The URL exchange() sends (secrets included). For tests and the request log only
    /// through Redactor::url().
    QUrl exchangeUrl(const TokenRequest& request) const;

    /// The Threads API version of debug_token and /me (Threads versions apart from Facebook's).
    static constexpr const char* threadsApiVersion = "v1.0";

    /// Starts refreshing a long-lived Threads or Instagram token (th_refresh_token /
    /// ig_refresh_token; the token must be unexpired and at least 24 hours old). Facebook user
    /// tokens cannot be refreshed: the job then fails with GraphError::Kind::Refused, sending
    /// nothing. The job is already running; connect to its signals right away.
    TokenJob* refresh(Platform platform, const QString& longLivedToken);
    /// The URL refresh() sends; empty for Facebook.
    QUrl refreshUrl(Platform platform, const QString& longLivedToken) const;

    /// Starts inspecting \a token with debug_token, authenticated with the app token built
    /// from \a appId and \a appSecret (a token cannot inspect itself). Fails with Refused,
    /// sending nothing, on Instagram (no debug_token) or without the App ID and secret.
    /// A non-empty \a apiVersion replaces the configured Facebook version, as in exchange().
    InspectJob* inspect(Platform platform, const QString& token, const QString& appId, const QString& appSecret,
                        const QString& apiVersion = {});
    /// The URL inspect() sends; empty when inspect() refuses.
    QUrl inspectUrl(Platform platform, const QString& token, const QString& appId, const QString& appSecret,
                    const QString& apiVersion = {}) const;
    /// The app token debug_token takes: "{app-id}|{app-secret}" (Threads: "TH|{app-id}|{app-secret}").
    static QString appAccessToken(Platform platform, const QString& appId, const QString& appSecret);

    /// Starts listing the Pages of a Facebook user token with their Page tokens (/me/accounts,
    /// following paging.next on the same server only). With \a appSecret, appsecret_proof is
    /// sent. \a userTokenLifetime is what the caller knows about the user token (see
    /// TokenLifetimes::of()); a short-lived one sets PageList::hasShortLivedWarning().
    PagesJob* pages(const QString& userToken, const QString& appSecret = {},
                    TokenLifetime userTokenLifetime = TokenLifetime::Unknown);
    /// The first URL pages() sends.
    QUrl pagesUrl(const QString& userToken, const QString& appSecret = {}) const;

    /// Starts a /me call with \a token: who it belongs to, and proof that it works. With
    /// \a appSecret, appsecret_proof is sent.
    VerifyJob* verify(Platform platform, const QString& token, const QString& appSecret = {});
    /// The URL verify() sends.
    QUrl verifyUrl(Platform platform, const QString& token, const QString& appSecret = {}) const;

private:
    /// \a versionOverride (a TokenRequest's apiVersion), when set, replaces the configured version.
    QUrl graphUrl(Platform platform, const QString& path, bool versioned, const QString& versionOverride = {}) const;

    std::unique_ptr<NetworkManagerTransport> m_networkTransport;
    HttpTransport* m_transport;
    ServiceConfig m_config;
    Clock m_clock;
};
