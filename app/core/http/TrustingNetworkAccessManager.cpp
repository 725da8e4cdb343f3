#include "http/TrustingNetworkAccessManager.h"

#include "http/TrustStore.h"

#include <QNetworkRequest>

QNetworkReply* TrustingNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest& request,
                                                           QIODevice* outgoingData)
{
    // The reply copies Qt's default TLS configuration when it is made: the CAs go in first.
    if (request.url().scheme() == QLatin1String("https"))
        TrustStore::ensureLoaded();
    return QNetworkAccessManager::createRequest(operation, request, outgoingData);
}
