#pragma once

// Shared by the token-flow tests (exchange, refresh, inspect, pages, verify): one loopback
// GraphTestServer per platform, so a test proves which server — i.e. which of Meta's hosts —
// each request reached; a TokenService pointed at them with a pinned clock; a wait helper that
// checks the job contract (exactly one outcome, then the job deletes itself); and an HMAC
// written independently of the product code to check appsecret_proof.

#include "graph/GraphError.h"
#include "GraphTestServer.h"
#include "graph/Platform.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenService.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

#include <memory>
#include <optional>

class FlowTestFixture
{
public:
    static QDateTime fixedNow() { return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); }

    bool start()
    {
        if (!facebook.start() || !threads.start() || !instagram.start())
            return false;
        config.facebookBaseUrl = facebook.baseUrl();
        config.threadsBaseUrl = threads.baseUrl();
        config.instagramBaseUrl = instagram.baseUrl();
        config.deadlineMs = 10000;
        service = std::make_unique<TokenService>(&network, config, [] { return fixedNow(); });
        return true;
    }

    GraphTestServer& server(Platform platform)
    {
        switch (platform) {
        case Platform::Threads:
            return threads;
        case Platform::Instagram:
            return instagram;
        case Platform::Facebook:
            break;
        }
        return facebook;
    }

    int totalRequests() const { return facebook.requestCount() + threads.requestCount() + instagram.requestCount(); }
    int totalConnections() const
    {
        return facebook.connectionCount() + threads.connectionCount() + instagram.connectionCount();
    }

    GraphTestServer facebook;
    GraphTestServer threads;
    GraphTestServer instagram;
    QNetworkAccessManager network;
    ServiceConfig config;
    std::unique_ptr<TokenService> service;
};

/// How a job ended: its value or its error, how many outcome signals it sent, and whether it
/// deleted itself afterwards.
template <typename Value>
struct JobOutcome {
    std::optional<Value> value;
    std::optional<GraphError> error;
    int signalCount = 0;
    bool deleted = false;

    bool succeeded() const { return value.has_value() && !error && signalCount == 1; }
    bool failedWith(GraphError::Kind kind) const
    {
        return error && error->kind() == kind && !value && signalCount == 1;
    }
};

/// Waits until \a job ends and has deleted itself, recording every outcome signal.
template <typename Value, typename Job>
JobOutcome<Value> waitForJob(Job* job, int timeoutMs = 15000)
{
    auto outcome = std::make_shared<JobOutcome<Value>>();
    QPointer<Job> guard(job);
    QObject::connect(job, &Job::succeeded, job, [outcome](const Value& value) {
        outcome->value = value;
        ++outcome->signalCount;
    });
    QObject::connect(job, &Job::failed, job, [outcome](const GraphError& error) {
        outcome->error = error;
        ++outcome->signalCount;
    });
    // The outcome is checked by the caller; a timeout shows as no signal / not deleted.
    (void)QTest::qWaitFor([&] { return outcome->signalCount > 0 && guard.isNull(); }, timeoutMs);
    outcome->deleted = guard.isNull();
    return *outcome;
}

/// The decoded query as "key=value" lines, in order: readable when a comparison fails.
inline QStringList queryLines(const GraphTestServer::Request& request)
{
    QStringList lines;
    for (const auto& [key, value] : request.query)
        lines << key + QLatin1Char('=') + value;
    return lines;
}

/// HMAC-SHA256 per RFC 2104, written out here so the test does not trust the code it checks.
inline QString referenceHmacSha256Hex(const QByteArray& key, const QByteArray& message)
{
    constexpr int blockSize = 64;
    QByteArray k = key.size() > blockSize ? QCryptographicHash::hash(key, QCryptographicHash::Sha256) : key;
    k = k.leftJustified(blockSize, '\0');
    QByteArray inner(blockSize, '\0');
    QByteArray outer(blockSize, '\0');
    for (int i = 0; i < blockSize; ++i) {
        inner[i] = static_cast<char>(k.at(i) ^ 0x36);
        outer[i] = static_cast<char>(k.at(i) ^ 0x5c);
    }
    const QByteArray innerHash = QCryptographicHash::hash(QByteArray(inner + message), QCryptographicHash::Sha256);
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(outer + innerHash), QCryptographicHash::Sha256).toHex());
}

inline QString referenceProof(const QString& secret, const QString& token)
{
    return referenceHmacSha256Hex(secret.toUtf8(), token.toUtf8());
}
