#pragma once

#include "Clock.h"
#include "ServiceConfig.h"
#include "TokenRequest.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class TokenJob;

/// Talks to Meta's token endpoints. Owns no network manager: it is passed in (one per
/// process, shared), with the base URLs and the clock, so tests point it at a loopback
/// server. Services never show dialogs; results and errors are values.
class TokenService : public QObject
{
    Q_OBJECT
public:
    TokenService(QNetworkAccessManager* network, const ServiceConfig& config, Clock clock = systemClock(),
                 QObject* parent = nullptr);

    const ServiceConfig& config() const { return m_config; }
    void setApiVersion(const QString& version) { m_config.apiVersion = version; }

    /// Starts exchanging a short-lived token for a long-lived one on \a request.platform.
    /// The job is already running; connect to its signals right away.
    TokenJob* exchange(const TokenRequest& request);

    /// The URL exchange() sends (secrets included). For tests and the request log only
    /// through Redactor::url().
    QUrl exchangeUrl(const TokenRequest& request) const;

private:
    QUrl graphUrl(Platform platform, const QString& path, bool versioned) const;

    QNetworkAccessManager* m_network;
    ServiceConfig m_config;
    Clock m_clock;
};
