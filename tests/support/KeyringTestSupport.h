#pragma once

// KeyringTestSupport — helpers for tests that talk to a REAL Secret Service (header-only;
// targets that include it link Qt6::DBus).
//
// - LONGLIVED_REQUIRE_SECRET_SERVICE(): QSKIP when no Secret Service owns org.freedesktop.secrets
//   on the session bus — or QFAIL when LONGLIVED_REQUIRE_KEYRING=1 (scripts/run-tests.sh, CI).
// - secretToolSearch(): what `secret-tool search --all` sees (labels, schemas, attributes; the
//   secret values are dropped), and secretToolLookup() for one secret.
// - PrivateBus: a throwaway dbus-daemon with nothing on it (no activatable services), for
//   "no Secret Service" runs; NeverAnsweringSecretService owns org.freedesktop.secrets there
//   and swallows every call, like a keyring stuck behind an unlock prompt nobody can see;
//   PrivateKeyring runs a GNOME Keyring of its own there (to lock it, for one).
// - runSelf(): runs this test binary again as a child with another environment (the keychain
//   backend and the session bus are per process).

#include <QByteArray>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVirtualObject>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <atomic>

namespace KeyringTestSupport {

/// Whether a Secret Service is reachable on the session bus; \a why explains when not.
inline bool secretServiceReachable(QString* why)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *why = QStringLiteral("no session bus (DBUS_SESSION_BUS_ADDRESS is not set); run scripts/run-tests.sh");
        return false;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *why = QStringLiteral("cannot connect to the session bus: ") + bus.lastError().message();
        return false;
    }
    if (!bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))) {
        *why = QStringLiteral("nothing owns org.freedesktop.secrets on the session bus; run scripts/run-tests.sh");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
        *why = QStringLiteral("secret-tool is missing (Debian package libsecret-tools)");
        return false;
    }
    return true;
}

/// Whether the environment demands the keychain tests run (CI): fail instead of skipping.
inline bool keyringRequired()
{
    return qEnvironmentVariableIntValue("LONGLIVED_REQUIRE_KEYRING") == 1;
}

#define LONGLIVED_REQUIRE_SECRET_SERVICE()                                                      \
    do {                                                                                        \
        QString why_;                                                                           \
        if (!KeyringTestSupport::secretServiceReachable(&why_)) {                              \
            if (KeyringTestSupport::keyringRequired())                                          \
                QFAIL(qPrintable(QStringLiteral("LONGLIVED_REQUIRE_KEYRING=1 but ") + why_));   \
            QSKIP(qPrintable(why_));                                                            \
        }                                                                                       \
    } while (false)

/// One item as `secret-tool search --all` prints it, without its secret.
struct SecretItem {
    QString label;
    QString schema;
    QMap<QString, QString> attributes;
};

/// Items matching all \a attributes (name, value, name, value, ...). secret-tool prints the
/// label and schema on stdout and the attributes on stderr; the "secret = " lines are dropped
/// here so that no test output ever shows a secret. Search by a unique attribute set.
inline QList<SecretItem> secretToolSearch(const QStringList& attributes)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), QStringList{QStringLiteral("search"), QStringLiteral("--all")} + attributes);
    if (!tool.waitForFinished(10000))
        qWarning("secret-tool search did not finish");
    QList<SecretItem> items;
    const auto value = [](const QString& line) { return line.mid(line.indexOf(QLatin1Char('=')) + 1).trimmed(); };
    for (const QString& line : QString::fromUtf8(tool.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            items.append(SecretItem());
        else if (!items.isEmpty() && line.startsWith(QLatin1String("label = ")))
            items.last().label = value(line);
        else if (!items.isEmpty() && line.startsWith(QLatin1String("schema = ")))
            items.last().schema = value(line);
    }
    // Attributes come item after item; an attribute name seen again starts the next item.
    int index = 0;
    for (const QString& line : QString::fromUtf8(tool.readAllStandardError()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("attribute.")) || items.isEmpty())
            continue;
        const QString name = line.mid(10, line.indexOf(QLatin1Char(' ')) - 10);
        if (items.at(index).attributes.contains(name) && index + 1 < items.size())
            ++index;
        items[index].attributes.insert(name, value(line));
    }
    return items;
}

/// The items LongLived wrote under \a key ("token/<name>", "secret/<name>").
inline QList<SecretItem> longLivedItems(const QString& service, const QString& key)
{
    return secretToolSearch({QStringLiteral("server"), service, QStringLiteral("user"), key});
}

/// The secret stored under \a attributes, as `secret-tool lookup` prints it. Compare it with
/// QVERIFY(a == b), never QCOMPARE (which would print it on failure).
inline QString secretToolLookup(const QStringList& attributes)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), QStringList{QStringLiteral("lookup")} + attributes);
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

/// Waits up to \a timeoutMs for \a job to end; whether it succeeded.
inline bool waitForVault(VaultJob* job, int timeoutMs = 20000)
{
    bool ok = false;
    bool done = false;
    QObject::connect(job, &VaultJob::succeeded, job, [&] { ok = done = true; });
    QObject::connect(job, &VaultJob::failed, job, [&] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("keychain did not answer within %d ms", timeoutMs);
    return ok;
}

/// The secret LongLived keeps under \a key ("token/<name>", "n8n-key/<name>/<id>"), as
/// secret-tool reads it. Compare it with QVERIFY, never QCOMPARE (see secretToolLookup()).
inline QString keychainValue(const QString& key)
{
    return secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"), key});
}

/// Deletes the keychain entries of the profiles \a names (a failed test's leftovers), through
/// a TokenVault on a scratch settings file \a scratchSettings; false if the keyring did not
/// answer within 20 s for one of them.
inline bool forgetLeftovers(const QStringList& names, const QString& scratchSettings)
{
    ProfileStore store(scratchSettings);
    TokenVault vault(&store);
    for (const QString& name : names) {
        VaultJob* job = vault.forget(name);
        bool done = false;
        QObject::connect(job, &VaultJob::succeeded, job, [&done] { done = true; });
        QObject::connect(job, &VaultJob::failed, job, [&done] { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            return false;
    }
    return true;
}

/// Every file under \a root (recursively, hidden ones too) whose bytes contain \a needle.
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

/// A private dbus-daemon with no activatable services: org.freedesktop.secrets is owned by
/// nobody unless a test claims it. Stopped when destroyed.
class PrivateBus
{
public:
    PrivateBus() = default;
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;
    ~PrivateBus()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000))
                m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    /// Starts the daemon; false (with \a why) when it cannot.
    bool start(QString* why)
    {
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary directory");
            return false;
        }
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            *why = QStringLiteral("cannot write ") + config;
            return false;
        }
        file.write(QStringLiteral(
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig>\n"
                       "  <type>session</type>\n"
                       "  <listen>unix:dir=%1</listen>\n"
                       "  <auth>EXTERNAL</auth>\n"
                       "  <policy context=\"default\">\n"
                       "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                       "    <allow eavesdrop=\"true\"/>\n"
                       "    <allow own=\"*\"/>\n"
                       "  </policy>\n"
                       "</busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();
        m_daemon.setProgram(QStringLiteral("dbus-daemon"));
        m_daemon.setArguments({QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                               QStringLiteral("--print-address=1")});
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start();
        if (!m_daemon.waitForStarted(5000)) {
            *why = QStringLiteral("dbus-daemon did not start (Debian package dbus-daemon): ") + m_daemon.errorString();
            return false;
        }
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(5000)) {
                *why = QStringLiteral("dbus-daemon printed no address");
                return false;
            }
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return !m_address.isEmpty();
    }

    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

/// Owns org.freedesktop.secrets on a bus and never answers: every method call is taken and
/// left unanswered, as by a keyring daemon waiting on an unlock prompt nobody can see.
class NeverAnsweringSecretService : public QDBusVirtualObject
{
public:
    ~NeverAnsweringSecretService() override
    {
        if (m_connected) {
            QDBusConnection connection(m_connectionName);
            connection.unregisterObject(QStringLiteral("/"));
            connection.unregisterService(QStringLiteral("org.freedesktop.secrets"));
            QDBusConnection::disconnectFromBus(m_connectionName);
        }
    }

    bool start(const QString& busAddress, QString* why)
    {
        m_connectionName = QStringLiteral("never-answering-secrets");
        QDBusConnection connection = QDBusConnection::connectToBus(busAddress, m_connectionName);
        m_connected = connection.isConnected();
        if (!m_connected) {
            *why = QStringLiteral("cannot connect to the private bus: ") + connection.lastError().message();
            return false;
        }
        if (!connection.registerVirtualObject(QStringLiteral("/"), this, QDBusConnection::SubPath)) {
            *why = QStringLiteral("cannot register the silent object");
            return false;
        }
        if (!connection.registerService(QStringLiteral("org.freedesktop.secrets"))) {
            *why = QStringLiteral("cannot own org.freedesktop.secrets: ") + connection.lastError().message();
            return false;
        }
        return true;
    }

    /// How many calls arrived (and were left unanswered).
    int callCount() const { return m_calls.load(); }

    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage&, const QDBusConnection&) override
    {
        ++m_calls;
        return true; // handled: and no reply, ever
    }

private:
    QString m_connectionName;
    bool m_connected = false;
    std::atomic<int> m_calls{0};
};

/// A GNOME Keyring of its own on a PrivateBus, unlocked with a throwaway password, for tests
/// that lock it or otherwise must not disturb the suite's keyring. Stopped when destroyed.
class PrivateKeyring {
public:
    PrivateKeyring() = default;
    PrivateKeyring(const PrivateKeyring&) = delete;
    PrivateKeyring& operator=(const PrivateKeyring&) = delete;
    ~PrivateKeyring()
    {
        if (!m_connectionName.isEmpty())
            QDBusConnection::disconnectFromBus(m_connectionName);
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000))
                m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    /// Starts gnome-keyring-daemon in \a env (an isolatedEnvironment() on a PrivateBus) and waits
    /// until it owns org.freedesktop.secrets; false (with \a why) when it cannot.
    bool start(const QProcessEnvironment& env, QString* why)
    {
        m_daemon.setProcessEnvironment(env);
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!m_daemon.waitForStarted(5000)) {
            *why = QStringLiteral("gnome-keyring-daemon did not start (Debian package gnome-keyring)");
            return false;
        }
        m_daemon.write("private-keyring-password");
        m_daemon.closeWriteChannel();
        m_connectionName = QStringLiteral("private-keyring-%1").arg(quintptr(this));
        QDBusConnection bus = connection(env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")));
        if (!bus.isConnected()) {
            *why = QStringLiteral("cannot connect to the private bus");
            return false;
        }
        if (!QTest::qWaitFor(
                [&bus] { return bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")); },
                10000)) {
            *why = QStringLiteral("the private keyring did not claim org.freedesktop.secrets within 10 s");
            return false;
        }
        return true;
    }

    /// This test's connection to the keyring's bus.
    QDBusConnection connection() const { return QDBusConnection(m_connectionName); }

    /// Locks the keyring's login collection, as a screen lock or a session start without
    /// auto-unlock leaves it.
    bool lock()
    {
        QDBusMessage lock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(
            QList<QDBusObjectPath> {QDBusObjectPath("/org/freedesktop/secrets/collection/login")});
        return connection().call(lock, QDBus::Block, 10000).type() == QDBusMessage::ReplyMessage;
    }

private:
    QDBusConnection connection(const QString& address) const
    {
        return QDBusConnection::connectToBus(address, m_connectionName);
    }

    QProcess m_daemon;
    QString m_connectionName;
};

/// Stores \a secret under \a attributes (name, value, ...) with `secret-tool store` in \a env,
/// as QtKeychain would; whether secret-tool succeeded.
inline bool secretToolStore(const QProcessEnvironment& env, const QStringList& attributes, const QByteArray& secret)
{
    QProcess store;
    store.setProcessEnvironment(env);
    store.start(QStringLiteral("secret-tool"),
                QStringList {QStringLiteral("store"), QStringLiteral("--label=LongLived")} + attributes);
    if (!store.waitForStarted(5000))
        return false;
    store.write(secret);
    store.closeWriteChannel();
    return store.waitForFinished(10000) && store.exitStatus() == QProcess::NormalExit && store.exitCode() == 0;
}

/// An environment for a child that has no keyring: \a busAddress as its session bus (or none
/// when empty), \a home as HOME and XDG base directories, and no display to autolaunch from.
inline QProcessEnvironment isolatedEnvironment(const QString& home, const QString& busAddress)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP",
                             "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        env.remove(QString::fromLatin1(name));
    if (!busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    // No $XDG_RUNTIME_DIR/bus to fall back on either.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    QDir(home).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                  | QFileDevice::ExeOwner);
    return env;
}

/// Runs this test binary again with \a arguments and \a env; returns its stdout. Waits with
/// the event loop running (so in-process fakes such as NeverAnsweringSecretService stay alive).
inline QByteArray runSelf(const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs,
                          int* exitCode = nullptr)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted(5000))
        return {};
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (child.state() != QProcess::NotRunning)
        loop.exec();
    if (child.state() != QProcess::NotRunning) {
        qWarning("child did not finish within %d ms", timeoutMs);
        child.kill();
        child.waitForFinished(5000);
        return {};
    }
    if (exitCode)
        *exitCode = child.exitCode();
    return child.readAllStandardOutput();
}

} // namespace KeyringTestSupport
