#pragma once

// DeliveryFixture — what the tests of delivering a saved token share: a settings file of each
// test function's own (profiles and delivery targets), a TokenVault on the REAL Secret Service of
// scripts/run-tests.sh, a loopback n8n server holding one credential and expecting a fresh API
// key, and a unique profile name. A test class derives from it (beside QObject), calls
// startDeliveryFixture() from init() and stopDeliveryFixture() from cleanup(), which forgets the
// profile's token and its n8n targets' keys from the keychain.

#include "KeyringTestSupport.h"
#include "N8nTestServer.h"
#include "http/NetworkManagerTransport.h"
#include "vault/DeliveryStore.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

class DeliveryFixture {
protected:
    /// The n8n credential the server holds.
    static inline const QString credentialId = QStringLiteral("3BWxfPPkMN1s54s8");

    /// A secret no other test run uses: \a prefix and a UUID.
    static QString uniqueSecret(const QString& prefix) { return prefix + QUuid::createUuid().toString(QUuid::Id128); }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// Makes the stores, the vault and the n8n server, and names the profile \a namePrefix plus
    /// a unique suffix; false when the folder or the server could not be made.
    bool startDeliveryFixture(const QString& namePrefix)
    {
        if (!m_dir.isValid())
            return false;
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
        m_profiles = std::make_unique<ProfileStore>(file);
        m_deliveries = std::make_unique<DeliveryStore>(file);
        m_vault = std::make_unique<TokenVault>(m_profiles.get());
        m_n8n = std::make_unique<N8nTestServer>();
        if (!m_n8n->start())
            return false;
        m_apiKey = uniqueSecret(QStringLiteral("n8n_api_"));
        m_n8n->setApiKey(m_apiKey);
        m_n8n->addCredential(credentialId, {{QStringLiteral("appId"), QStringLiteral("42")}});
        m_name = namePrefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
        return true;
    }

    void stopDeliveryFixture()
    {
        for (const DeliveryTarget& target : m_deliveries->targets(m_name)) {
            if (target.kind == DeliveryTarget::Kind::N8n)
                KeyringTestSupport::waitForVault(m_vault->forgetDeliveryKey(m_name, target.id));
        }
        KeyringTestSupport::waitForVault(m_vault->forget(m_name));
        m_n8n.reset();
        m_vault.reset();
        m_deliveries.reset();
        m_profiles.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<DeliveryStore> m_deliveries;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<N8nTestServer> m_n8n;
    QNetworkAccessManager m_network;
    NetworkManagerTransport m_transport {&m_network}; ///< the deliveries' requests go through it
    QString m_name; ///< the saved profile's name
    QString m_apiKey; ///< the n8n API key the server accepts
};
