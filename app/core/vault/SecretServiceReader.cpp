#include "vault/SecretServiceReader.h"

#include "support/LoggingCategories.h"
#include "vault/SecretServiceMessages.h"

#include <QDBusArgument>
#include <QDBusPendingCallWatcher>
#include <QMetaObject>

#include <limits>
#include <optional>

namespace {
bool isKdeDesktop(const QProcessEnvironment& environment)
{
    // Any sign of a KDE session counts: asking QtKeychain where it need not costs a little
    // memory, reading a keyring it does not use would give the wrong answer.
    const auto named = [&environment](const char* variable, const char* value) {
        return environment.value(QLatin1String(variable)).contains(QLatin1String(value), Qt::CaseInsensitive);
    };
    return named("XDG_CURRENT_DESKTOP", "KDE") || named("DESKTOP_SESSION", "kde") || named("DESKTOP_SESSION", "plasma")
        || !environment.value(QStringLiteral("KDE_FULL_SESSION")).isEmpty();
}

QString textOf(const QByteArray& value)
{
    // As QtKeychain reads a text entry: the bytes up to the first NUL, as UTF-8.
    return QString::fromUtf8(value.constData(), qstrnlen(value.constData(), size_t(value.size())));
}
} // namespace

SecretServiceReader::SecretServiceReader(const QDBusConnection& bus, const QString& busName, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_busName(busName)
{
}

SecretServiceReader::~SecretServiceReader()
{
    // Not waited for: the service drops the session anyway when this connection ends.
    if (!m_session.path().isEmpty())
        m_bus.send(SecretServiceMessages::closeSession(m_busName, m_session));
}

bool SecretServiceReader::qtKeychainUsesSecretService(const QProcessEnvironment& environment)
{
    return !isKdeDesktop(environment);
}

void SecretServiceReader::read(const QString& keychainService, const QString& key, QDeadlineTimer deadline,
                               QObject* context, Done done)
{
    if (!m_bus.isConnected()) {
        QMetaObject::invokeMethod(
            context, [done] { done(Outcome::LeftToQtKeychain, QString()); }, Qt::QueuedConnection);
        return;
    }
    const QMap<QString, QString> attributes {{QStringLiteral("server"), keychainService},
                                             {QStringLiteral("user"), key},
                                             {QStringLiteral("type"), QStringLiteral("plaintext")}};
    call(SecretServiceMessages::searchItems(m_busName, attributes), deadline, context,
         [this, deadline, context, done](const QDBusMessage& reply) {
             if (reply.type() != QDBusMessage::ReplyMessage) {
                 done(failureOutcome(deadline), QString());
                 return;
             }
             const SecretServiceMessages::SearchResult found = SecretServiceMessages::searchResult(reply);
             const QList<QDBusObjectPath> unlocked = found.unlocked;
             if (unlocked.isEmpty()) {
                 done(found.locked.isEmpty() ? Outcome::LeftToQtKeychain : Outcome::Locked, QString());
                 return;
             }
             withSession(deadline, context, [=](bool ready) {
                 if (!ready) {
                     done(failureOutcome(deadline), QString());
                     return;
                 }
                 fetch(unlocked.first(), deadline, context, done);
             });
         });
}

void SecretServiceReader::call(const QDBusMessage& message, QDeadlineTimer deadline, QObject* context, Handler handle)
{
    // QtDBus times calls with coarse timers, which may fire up to 5 % early: with that much
    // added, a call that timed out did so after the deadline (failureOutcome() relies on it).
    const qint64 remainingMs = deadline.remainingTime();
    const qint64 waitMs = remainingMs + remainingMs / 20 + 1;
    const int timeoutMs = remainingMs < 0 ? -1 : int(qMin<qint64>(waitMs, std::numeric_limits<int>::max()));
    // The watcher belongs to the caller's context: when that ends, so does the wait.
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, timeoutMs), context);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [handle](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        handle(finished->reply());
    });
}

void SecretServiceReader::withSession(QDeadlineTimer deadline, QObject* context, SessionReady then)
{
    if (!m_session.path().isEmpty()) {
        then(true);
        return;
    }
    call(SecretServiceMessages::openPlainSession(m_busName), deadline, context,
         [this, then](const QDBusMessage& reply) {
             keepSession(reply);
             then(!m_session.path().isEmpty());
         });
}

void SecretServiceReader::keepSession(const QDBusMessage& reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return;
    const QDBusObjectPath opened = qdbus_cast<QDBusObjectPath>(reply.arguments().at(1));
    if (m_session.path().isEmpty()) {
        m_session = opened;
        return;
    }
    // Two reads asked for a session at once: one is enough.
    if (opened != m_session)
        m_bus.send(SecretServiceMessages::closeSession(m_busName, opened));
}

void SecretServiceReader::fetch(const QDBusObjectPath& item, QDeadlineTimer deadline, QObject* context, Done done)
{
    const QDBusObjectPath session = m_session;
    call(SecretServiceMessages::getSecret(m_busName, item, session), deadline, context,
         [this, session, deadline, done](const QDBusMessage& reply) {
             const std::optional<QByteArray> value = SecretServiceMessages::secretValue(reply);
             if (!value) {
                 // A keyring daemon that restarted knows the session no more: open a new one
                 // next time. QtKeychain answers this read.
                 if (m_session == session)
                     m_session = QDBusObjectPath();
                 qCDebug(lcVault) << "Secret Service read left to QtKeychain:" << reply.errorName();
                 done(failureOutcome(deadline), QString());
                 return;
             }
             done(Outcome::Read, textOf(*value));
         });
}

SecretServiceReader::Outcome SecretServiceReader::failureOutcome(QDeadlineTimer deadline)
{
    // A call that failed once the time was up timed out; any other failure QtKeychain may
    // explain better (no service on the bus, a locked collection, a stale session).
    return deadline.hasExpired() ? Outcome::TimedOut : Outcome::LeftToQtKeychain;
}
