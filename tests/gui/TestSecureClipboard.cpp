// SecureClipboard: the secret hints, the countdown, clearing only what we put there.
#include "GuiTestMain.h"
#include "SecureClipboard.h"

#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>

class TestSecureClipboard : public QObject
{
    Q_OBJECT

private:
    static QString clipboardText() { return QGuiApplication::clipboard()->text(QClipboard::Clipboard); }
    const QString secret = QStringLiteral("EAAsecretLongLivedToken123");

private slots:
    void init() { QGuiApplication::clipboard()->clear(QClipboard::Clipboard); }

    void mimeDataCarriesSecretHints()
    {
        std::unique_ptr<QMimeData> mime(SecureClipboard::createMimeData(secret));
        QCOMPARE(mime->text(), secret);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
        QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
    }

    void copyPutsTextAndHintsOnTheClipboardOnly()
    {
        SecureClipboard clipboard;
        clipboard.copy(secret);
        const QMimeData* data = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
        QVERIFY(data);
        QCOMPARE(data->text(), secret);
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        if (QGuiApplication::clipboard()->supportsSelection())
            QVERIFY(QGuiApplication::clipboard()->text(QClipboard::Selection) != secret);
        QVERIFY(clipboard.holdsCopiedSecret());
    }

    void countdownStartsAtTheTimeout()
    {
        SecureClipboard clipboard;
        QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
        QCOMPARE(clipboard.clearTimeoutMs(), 60000);
        clipboard.copy(secret);
        QVERIFY(clipboard.isCountingDown());
        QCOMPARE(countdown.count(), 1);
        QCOMPARE(countdown.first().first().toInt(), 60);
        QCOMPARE(clipboard.secondsLeft(), 60);
    }

    void clearsAfterTimeoutWhenUnchanged()
    {
        SecureClipboard clipboard;
        clipboard.setClearTimeoutMs(300);
        QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
        clipboard.copy(secret);
        QCOMPARE(clipboardText(), secret);
        QVERIFY(cleared.wait(5000));
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!clipboard.isCountingDown());
    }

    void leavesSomethingElseTheUserCopied()
    {
        SecureClipboard clipboard;
        clipboard.setClearTimeoutMs(300);
        QSignalSpy released(&clipboard, &SecureClipboard::released);
        QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
        clipboard.copy(secret);
        QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));
        // The countdown stops as soon as the clipboard holds something else...
        QTRY_COMPARE(released.count(), 1);
        QVERIFY(!clipboard.isCountingDown());
        // ...and what the timer would run leaves the user's content alone.
        clipboard.clearIfUnchanged();
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboardText(), QStringLiteral("something the user copied"));
    }

    void timeoutChecksContentEvenWithoutChangeNotification()
    {
        // Some platforms tell nothing when another application copies: the timeout itself
        // must still compare before clearing.
        SecureClipboard clipboard;
        clipboard.setClearTimeoutMs(300);
        QSignalSpy released(&clipboard, &SecureClipboard::released);
        QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
        clipboard.copy(secret);
        {
            const QSignalBlocker silent(QGuiApplication::clipboard());
            QGuiApplication::clipboard()->setText(QStringLiteral("copied elsewhere"));
        }
        QVERIFY(clipboard.isCountingDown());
        QVERIFY(released.wait(5000));
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboardText(), QStringLiteral("copied elsewhere"));
    }

    void neverClearsWithZeroTimeoutButClearsOnDestruction()
    {
        {
            SecureClipboard clipboard;
            clipboard.setClearTimeoutMs(0);
            QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
            clipboard.copy(secret);
            QVERIFY(!clipboard.isCountingDown());
            QCOMPARE(countdown.count(), 0);
            QCOMPARE(clipboardText(), secret);
        }
        // Quitting (the destructor; aboutToQuit calls the same clearIfUnchanged()) clears it.
        QVERIFY(clipboardText().isEmpty());
    }

    void destructionLeavesOtherContent()
    {
        {
            SecureClipboard clipboard;
            clipboard.copy(secret);
            QGuiApplication::clipboard()->setText(QStringLiteral("keep me"));
        }
        QCOMPARE(clipboardText(), QStringLiteral("keep me"));
    }
};

LONGLIVED_GUI_TEST_MAIN(TestSecureClipboard)
#include "TestSecureClipboard.moc"
