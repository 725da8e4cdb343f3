#pragma once

#include <QNetworkAccessManager>

/// A QNetworkAccessManager that makes TrustStore load the environment's certificate
/// authorities just before its first https request, so that a process that never speaks TLS
/// never reads them. Every manager that may send to an https URL is one of these.
class TrustingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData = nullptr) override;
};
