#include "SecureClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace {
QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecureClipboard::SecureClipboard(QObject* parent)
    : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecureClipboard::clearIfUnchanged);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &SecureClipboard::onTick);
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &SecureClipboard::onClipboardChanged);
    // Quitting must not leave the token behind (a clipboard manager may keep it alive).
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearIfUnchanged);
}

SecureClipboard::~SecureClipboard()
{
    if (!m_digest.isEmpty() && QGuiApplication::clipboard() && holdsCopiedSecret())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
}

void SecureClipboard::setClearTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

QMimeData* SecureClipboard::createMimeData(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // KDE's Klipper and other clipboard managers skip entries carrying this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS clipboard managers (nspasteboard.org convention), as KeePassXC sets it.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
    // Windows clipboard monitors and history.
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
#ifdef Q_OS_WIN
    // Qt only hands raw Windows clipboard formats over through this MIME syntax.
    const QByteArray dwordZero(4, '\0');
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
                  dwordZero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), dwordZero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), dwordZero);
#endif
    return mime;
}

void SecureClipboard::copy(const QString& secret)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || secret.isEmpty())
        return;
    forget();
    // Set before setMimeData(): some platforms emit dataChanged() from inside it.
    m_digest = digestOf(secret);
    clipboard->setMimeData(createMimeData(secret), QClipboard::Clipboard);
    emit copied();
    if (m_timeoutMs > 0) {
        m_deadline.setRemainingTime(m_timeoutMs);
        m_clearTimer.start(m_timeoutMs);
        m_tickTimer.start();
        emit countdownChanged(secondsLeft());
    }
}

int SecureClipboard::secondsLeft() const
{
    if (!m_clearTimer.isActive())
        return 0;
    const qint64 ms = m_deadline.remainingTime();
    return int(qMax<qint64>(0, (ms + 999) / 1000));
}

bool SecureClipboard::platformTracksOwnership()
{
    const QString platform = QGuiApplication::platformName();
    return platform == QLatin1String("xcb") || platform.startsWith(QLatin1String("wayland"))
           || platform == QLatin1String("windows") || platform == QLatin1String("cocoa");
}

bool SecureClipboard::holdsCopiedSecret() const
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    if (m_digest.isEmpty() || !clipboard)
        return false;
    // Where the platform knows who owns the clipboard, another owner means someone else
    // copied: don't fetch their data (on X11 that is a round trip to the other application).
    if (platformTracksOwnership() && !clipboard->ownsClipboard())
        return false;
    const QMimeData* data = clipboard->mimeData(QClipboard::Clipboard);
    return data && data->hasText() && digestOf(data->text()) == m_digest;
}

void SecureClipboard::clearIfUnchanged()
{
    if (m_digest.isEmpty())
        return;
    const bool ours = holdsCopiedSecret();
    forget();
    if (ours) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        emit cleared();
    } else {
        emit released();
    }
}

void SecureClipboard::onTick()
{
    if (m_clearTimer.isActive())
        emit countdownChanged(secondsLeft());
}

void SecureClipboard::onClipboardChanged()
{
    if (!m_digest.isEmpty() && !holdsCopiedSecret()) {
        forget();
        emit released();
    }
}

void SecureClipboard::forget()
{
    m_clearTimer.stop();
    m_tickTimer.stop();
    m_digest.clear();
}
