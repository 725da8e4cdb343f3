#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

class QMimeData;

/// Puts a secret on the system clipboard the way password managers do (modelled on
/// KeePassXC's Clipboard): with the MIME hints that keep clipboard managers and history
/// from recording it, cleared after a timeout ONLY if the clipboard still holds that secret,
/// and cleared on quit. Only the main clipboard is used, never the X11 selection.
///
/// The secret itself is not kept: a SHA-256 digest is enough to recognise it.
class SecureClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 60 * 1000;

    explicit SecureClipboard(QObject* parent = nullptr);
    /// Clears the clipboard if it still holds the copied secret.
    ~SecureClipboard() override;

    /// Milliseconds until the clipboard is cleared; 0 = never.
    int clearTimeoutMs() const { return m_timeoutMs; }
    void setClearTimeoutMs(int ms);

    /// Copies \a secret (with the secret hints) and starts the countdown.
    void copy(const QString& secret);

    /// Whether a countdown to clearing is running.
    bool isCountingDown() const { return m_clearTimer.isActive(); }
    /// Whole seconds (rounded up) until the clipboard is cleared; 0 when not counting down.
    int secondsLeft() const;
    /// Whether the clipboard still holds the secret copied last.
    bool holdsCopiedSecret() const;

    /// The clipboard payload for \a secret: text/plain plus the "this is a secret" hints
    /// (x-kde-passwordManagerHint, application/x-nspasteboard-concealed-type,
    /// ExcludeClipboardContentFromMonitorProcessing). The caller owns it.
    static QMimeData* createMimeData(const QString& secret);

public slots:
    /// Clears the clipboard now if it still holds the copied secret; forgets the secret.
    void clearIfUnchanged();

signals:
    void copied();
    /// Once a second while counting down.
    void countdownChanged(int secondsLeft);
    /// The clipboard was cleared (it still held the secret).
    void cleared();
    /// The clipboard no longer holds the secret (the user copied something else): nothing
    /// to clear any more.
    void released();

private:
    void onTick();
    void onClipboardChanged();
    void forget();
    static bool platformTracksOwnership();

    int m_timeoutMs = defaultTimeoutMs;
    QByteArray m_digest;
    QTimer m_clearTimer;
    QTimer m_tickTimer;
    QDeadlineTimer m_deadline;
};
