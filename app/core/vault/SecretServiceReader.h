#pragma once

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDeadlineTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QDBusMessage;

/// Reads the items QtKeychain keeps in the Secret Service straight over D-Bus, without
/// libsecret: Debian 12's libsecret keeps about 1.2 kB of every secret it fetches until the
/// process ends, which a renewal run over a thousand profiles feels (bench/FINDINGS.md, 6.).
///
/// It reads only what it is sure of: an item of an unlocked collection with QtKeychain's
/// attributes for a text entry (server = the keychain service, user = the key,
/// type = "plaintext"). Everything else — no Secret Service on the bus, no such item, an item
/// in a locked collection (QtKeychain asks for the unlock; the reader says Locked), a binary
/// entry, an error — is left to QtKeychain, so the answer is the same as if QtKeychain had been
/// asked first.
///
/// Every call is asynchronous and ends by the caller's deadline. The reader keeps one
/// Secret Service session (algorithm "plain", see docs/keychain.md) and closes it when it is
/// destroyed. It must outlive the reads it started.
class SecretServiceReader : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Read, ///< the item's text
        TimedOut, ///< the Secret Service did not answer before the deadline
        LeftToQtKeychain, ///< not read here (see the class comment): ask QtKeychain
        /// The item is there, but only in a locked collection: ask QtKeychain, which has the
        /// keyring ask to unlock it; if that does not happen, the keyring is locked.
        Locked,
    };
    Q_ENUM(Outcome)

    /// \a text is the secret when \a outcome is Read, else empty. A secret: never log it.
    using Done = std::function<void(Outcome outcome, const QString& text)>;

    /// Talks to \a busName (the Secret Service's well-known name unless a test says otherwise)
    /// on \a bus.
    explicit SecretServiceReader(const QDBusConnection& bus, const QString& busName, QObject* parent = nullptr);
    ~SecretServiceReader() override;

    /// Whether QtKeychain keeps its entries in the Secret Service in the session \a environment
    /// describes: not on a KDE desktop, where it prefers KWallet's own interface.
    static bool qtKeychainUsesSecretService(const QProcessEnvironment& environment);

    /// Reads the entry \a key of \a keychainService; \a done is called once, always later
    /// (never from within read()), and not at all if \a context is destroyed first.
    void read(const QString& keychainService, const QString& key, QDeadlineTimer deadline, QObject* context, Done done);

private:
    using Handler = std::function<void(const QDBusMessage& reply)>;
    using SessionReady = std::function<void(bool ready)>;

    void call(const QDBusMessage& message, QDeadlineTimer deadline, QObject* context, Handler handle);
    void withSession(QDeadlineTimer deadline, QObject* context, SessionReady then);
    void fetch(const QDBusObjectPath& item, QDeadlineTimer deadline, QObject* context, Done done);
    void keepSession(const QDBusMessage& reply);
    static Outcome failureOutcome(QDeadlineTimer deadline);

    QDBusConnection m_bus;
    QString m_busName;
    QDBusObjectPath m_session;
};
