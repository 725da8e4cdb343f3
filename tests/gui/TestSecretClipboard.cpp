// Every copy of a secret from a LongLived field goes through SecureClipboard (secret hints,
// timed clear), and no secret is ever left in the X11 PRIMARY selection. Runs twice: offscreen
// (no PRIMARY) and on xcb under Xvfb, where xclip reads the real selections as another program would.
#include "GuiTestMain.h"
#include "ResultPanel.h"
#include "SecretLineEdit.h"
#include "SecureClipboard.h"
#include "graph/TokenResult.h"

#include <QAction>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private:
    const QString token = QStringLiteral("EAAGsecretResultToken0123456789abcdef");
    const QByteArray kdeHint = QByteArrayLiteral("x-kde-passwordManagerHint");

    static bool onX11() { return QGuiApplication::platformName() == QLatin1String("xcb"); }

    // Runs xclip with \a arguments while this process keeps serving its own selections (xclip
    // asks us for them: a blocking wait would deadlock).
    static QByteArray xclip(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral("xclip"), arguments);
        if (!process.waitForStarted(5000))
            return QByteArrayLiteral("<xclip did not start>");
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(10000))
            return QByteArrayLiteral("<xclip did not finish>");
        return process.readAllStandardOutput();
    }

    // What another program gets from PRIMARY (offscreen has no PRIMARY: Qt's own view).
    QByteArray primaryAsOthersSeeIt() const
    {
        if (onX11())
            return xclip({QStringLiteral("-o"), QStringLiteral("-selection"), QStringLiteral("primary")});
        return QGuiApplication::clipboard()->text(QClipboard::Selection).toUtf8();
    }

    // The types the clipboard offers, as another program sees them.
    QByteArray clipboardTargets() const
    {
        if (onX11())
            return xclip({QStringLiteral("-o"), QStringLiteral("-selection"), QStringLiteral("clipboard"),
                          QStringLiteral("-t"), QStringLiteral("TARGETS")});
        const QMimeData* data = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
        return data ? data->formats().join(QLatin1Char('\n')).toUtf8() : QByteArray();
    }

    static void selectAllWithMouse(QLineEdit* edit)
    {
        // A token is one word: a double click selects it all, and the release is where QLineEdit
        // copies a selection to PRIMARY.
        QTest::mouseDClick(edit, Qt::LeftButton, {}, QPoint(edit->width() / 3, edit->height() / 2));
        QTRY_COMPARE(edit->selectedText(), edit->text());
    }

    static void selectAllWithKeyboard(QLineEdit* edit)
    {
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClick(edit, Qt::Key_Home, Qt::ShiftModifier);
        QCOMPARE(edit->selectedText(), edit->text());
    }

    void verifyCopiedSecurely(SecureClipboard& clipboard, const QString& expected)
    {
        QVERIFY(clipboard.isCountingDown());
        QVERIFY(clipboard.holdsCopiedSecret());
        QCOMPARE(QGuiApplication::clipboard()->text(QClipboard::Clipboard), expected);
        const QByteArray targets = clipboardTargets();
        QVERIFY2(targets.contains(kdeHint), targets.constData());
    }

    std::unique_ptr<ResultPanel> revealedPanel(SecureClipboard* clipboard)
    {
        auto panel = std::make_unique<ResultPanel>();
        panel->setClipboard(clipboard);
        TokenResult result;
        result.accessToken = token;
        panel->setResult(result);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            return {};
        auto* edit = qobject_cast<SecretLineEdit*>(panel->tokenEdit());
        edit->setRevealed(true);
        edit->setFocus();
        return panel;
    }

private slots:
    void initTestCase()
    {
        // The X11 run must really be on X11 with xclip: never a silent pass on another platform.
        if (qEnvironmentVariable("LONGLIVED_EXPECT_PLATFORM") == QLatin1String("xcb")) {
            QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty(),
                     "xclip is missing: run scripts/install-deps.sh");
            QVERIFY(QGuiApplication::clipboard()->supportsSelection());
        }
    }

    void init()
    {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        if (QGuiApplication::clipboard()->supportsSelection())
            QGuiApplication::clipboard()->setText(QStringLiteral("what the user selected before"), QClipboard::Selection);
    }

    void selectingTheRevealedTokenLeavesPrimaryAlone()
    {
        SecureClipboard clipboard;
        auto panel = revealedPanel(&clipboard);
        QVERIFY(panel);
        QLineEdit* edit = panel->tokenEdit();
        selectAllWithMouse(edit);
        QVERIFY2(!primaryAsOthersSeeIt().contains(token.toUtf8()), "the token is in PRIMARY after a mouse selection");
        QVERIFY(!primaryAsOthersSeeIt().contains(token.left(12).toUtf8()));
        selectAllWithKeyboard(edit);
        QVERIFY2(!primaryAsOthersSeeIt().contains(token.toUtf8()), "the token is in PRIMARY after a keyboard selection");
        // Nothing reached the clipboard either: selecting is not copying.
        QVERIFY(!QGuiApplication::clipboard()->text(QClipboard::Clipboard).contains(token));
    }

    void ctrlCCopiesThroughTheSecureClipboard()
    {
        SecureClipboard clipboard;
        auto panel = revealedPanel(&clipboard);
        QVERIFY(panel);
        QLineEdit* edit = panel->tokenEdit();
        selectAllWithKeyboard(edit);
        QTest::keySequence(edit, QKeySequence::Copy);
        verifyCopiedSecurely(clipboard, token);
        QVERIFY(!primaryAsOthersSeeIt().contains(token.toUtf8()));
    }

    void contextMenuCopiesThroughTheSecureClipboard()
    {
        SecureClipboard clipboard;
        auto panel = revealedPanel(&clipboard);
        QVERIFY(panel);
        auto* edit = qobject_cast<SecretLineEdit*>(panel->tokenEdit());
        selectAllWithKeyboard(edit);
        std::unique_ptr<QMenu> menu(edit->createSecureContextMenu());
        auto* copy = menu->findChild<QAction*>(QStringLiteral("edit-copy"));
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        copy->trigger();
        verifyCopiedSecurely(clipboard, token);
    }

    void cutInAnInputCopiesThroughTheSecureClipboard()
    {
        SecureClipboard clipboard;
        SecretLineEdit edit;
        edit.setClipboard(&clipboard);
        edit.setText(token);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setFocus();
        selectAllWithKeyboard(&edit);
        // Masked: nothing is copied or cut (reveal it first, as in a browser's password field).
        QTest::keySequence(&edit, QKeySequence::Cut);
        QCOMPARE(edit.text(), token);
        QVERIFY(!clipboard.isCountingDown());
        edit.setRevealed(true);
        selectAllWithKeyboard(&edit);
        QTest::keySequence(&edit, QKeySequence::Cut);
        verifyCopiedSecurely(clipboard, token);
        QVERIFY(edit.text().isEmpty());
    }

    void withoutSecureClipboardNothingIsCopied()
    {
        SecretLineEdit edit;
        edit.setText(token);
        edit.setRevealed(true);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setFocus();
        selectAllWithKeyboard(&edit);
        QTest::keySequence(&edit, QKeySequence::Copy);
        std::unique_ptr<QMenu> menu(edit.createSecureContextMenu());
        auto* copy = menu->findChild<QAction*>(QStringLiteral("edit-copy"));
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled());
        copy->trigger();
        QVERIFY(!QGuiApplication::clipboard()->text(QClipboard::Clipboard).contains(token));
        QVERIFY(!primaryAsOthersSeeIt().contains(token.toUtf8()));
    }
};

LONGLIVED_GUI_TEST_MAIN(TestSecretClipboard)
#include "TestSecretClipboard.moc"
