#pragma once

class HttpConnectionPool;
class QNetworkAccessManager;

/// How a GraphCall sends its GET: through Qt's network manager (HTTP/2 and every feature: the
/// GUI and the CLI's single commands), or through a keep-alive HttpConnectionPool (a batch's
/// many small requests at a fraction of the cost). Implicit from a manager on purpose: that
/// is the usual case.
struct GraphTransport {
    GraphTransport(QNetworkAccessManager* network) // NOLINT(google-explicit-constructor)
        : network(network)
    {
    }
    GraphTransport(QNetworkAccessManager* network, HttpConnectionPool* pool)
        : network(network)
        , pool(pool)
    {
    }

    QNetworkAccessManager* network = nullptr;
    HttpConnectionPool* pool = nullptr; ///< when set, used instead of the network manager
};
