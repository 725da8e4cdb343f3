// The Delivery dialog as users drive it: real widgets offscreen, the REAL Secret Service of
// scripts/run-tests.sh (the saved token and the n8n API key), a loopback n8n-compatible server
// that checks the PATCH, real files and a real command. For each kind of target: add (typed
// into the fields), Test (the saved token arrives, the dialog says so in plain words and never
// shows the token or the key), Remove. Then n8n's 401 and 403, the validation beside each field,
// Cancel of a test that n8n never answers, and accessible names.

#include "DeliveryDialog.h"
#include "vault/DeliveryStore.h"
#include "GuiTestMain.h"
#include "DeliveryFixture.h"
#include "KeyringTestSupport.h"
#include "N8nTestServer.h"
#include "vault/ProfileStore.h"
#include "SecretLineEdit.h"
#include "vault/TokenVault.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace KeyringTestSupport;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}
} // namespace

class TestDeliveryDialog : public QObject, private DeliveryFixture {
    Q_OBJECT

private:
    std::unique_ptr<DeliveryDialog> m_dialog;
    QString m_token;

    template <typename T> T* child(const char* objectName) const
    {
        return m_dialog->findChild<T*>(QLatin1String(objectName));
    }

    void type(const char* objectName, const QString& text)
    {
        auto* edit = child<QLineEdit>(objectName);
        QVERIFY2(edit, objectName);
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    void chooseKind(int index) { child<QComboBox>("kindCombo")->setCurrentIndex(index); }

    /// Clicks \a button and waits for the operation's end; returns whether it did what was asked.
    bool clickAndWait(QPushButton* button)
    {
        QSignalSpy finished(m_dialog.get(), &DeliveryDialog::operationFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(30000))
            return false;
        return finished.first().first().toBool();
    }

    void selectRow(int row)
    {
        QTreeWidget* list = m_dialog->targetsList();
        list->setCurrentItem(list->topLevelItem(row));
    }

    QString statusText() const { return m_dialog->statusLabel()->text(); }

    /// The dialog never shows the token or the key, in any label or list cell.
    void verifyNoSecretShown()
    {
        for (const QLabel* label : m_dialog->findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(m_token), qPrintable(label->objectName()));
            QVERIFY2(!label->text().contains(m_apiKey), qPrintable(label->objectName()));
        }
        QTreeWidget* list = m_dialog->targetsList();
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column)
                QVERIFY(!list->topLevelItem(row)->text(column).contains(m_token));
        }
    }

    void addN8nTarget(const QString& apiKey)
    {
        chooseKind(0);
        type("n8nUrlEdit", m_n8n->baseUrl().toString());
        type("credentialEdit", credentialId);
        type("apiKeyEdit", apiKey);
        QVERIFY2(clickAndWait(m_dialog->addButton()), qPrintable(statusText()));
        QCOMPARE(m_dialog->targetsList()->topLevelItemCount(), 1);
    }

private slots:
    void initTestCase()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(startDeliveryFixture(QStringLiteral("LongLived dialog test ")));
        m_token = uniqueSecret(QStringLiteral("THAA"));
        Profile profile;
        profile.name = m_name;
        profile.platform = Platform::Threads;
        QVERIFY(waitForVault(m_vault->save(profile, m_token)));
        m_dialog = std::make_unique<DeliveryDialog>(m_name, m_deliveries.get(), m_vault.get(), &m_transport);
        m_dialog->setClock(fixedNow);
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        stopDeliveryFixture();
    }

    void n8nAddTestRemove()
    {
        addN8nTarget(m_apiKey);
        const DeliveryTarget target = m_deliveries->targets(m_name).first();
        QCOMPARE(target.kind, DeliveryTarget::Kind::N8n);
        QCOMPARE(target.credentialId, credentialId);
        QCOMPARE(target.field, DeliveryTarget::defaultField());
        // The key went to the keychain and left the field; it is never shown again.
        QVERIFY(child<SecretLineEdit>("apiKeyEdit")->text().isEmpty());
        QVERIFY(secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                                  TokenVault::deliveryKeyKey(m_name, target.id)})
                == m_apiKey);
        QCOMPARE(m_dialog->targetsList()->topLevelItem(0)->text(2), QStringLiteral("not delivered yet"));

        selectRow(0);
        QVERIFY2(clickAndWait(m_dialog->testButton()), qPrintable(statusText()));
        QVERIFY2(statusText().startsWith(QStringLiteral("Delivered")), qPrintable(statusText()));
        QVERIFY(m_n8n->credentialData(credentialId).value(QStringLiteral("accessToken")).toString() == m_token);
        QCOMPARE(m_n8n->credentialData(credentialId).value(QStringLiteral("appId")).toString(), QStringLiteral("42"));
        QVERIFY2(m_n8n->violations().isEmpty(), qPrintable(m_n8n->violations().join(QLatin1Char('\n'))));
        QCOMPARE(m_n8n->http().lastRequest().method, QByteArray("PATCH"));
        QCOMPARE(m_n8n->http().lastRequest().path, QStringLiteral("/api/v1/credentials/") + credentialId);
        QCOMPARE(m_dialog->targetsList()->topLevelItem(0)->text(2), QStringLiteral("delivered just now"));
        verifyNoSecretShown();
        QVERIFY(GuiTest::saveSnapshot(m_dialog.get(), QStringLiteral("delivery-n8n-delivered")));

        selectRow(0);
        QVERIFY2(clickAndWait(m_dialog->removeButton()), qPrintable(statusText()));
        QCOMPARE(m_dialog->targetsList()->topLevelItemCount(), 0);
        QVERIFY(m_deliveries->targets(m_name).isEmpty());
        QVERIFY(longLivedItems(TokenVault::serviceName(), TokenVault::deliveryKeyKey(m_name, target.id)).isEmpty());
    }

    void n8nRefusalsInPlainWords_data()
    {
        QTest::addColumn<bool>("wrongKey");
        QTest::addColumn<QString>("expected");
        QTest::addRow("401 wrong key") << true << QStringLiteral("HTTP 401");
        QTest::addRow("403 no credential:update") << false << QStringLiteral("HTTP 403");
    }

    void n8nRefusalsInPlainWords()
    {
        QFETCH(bool, wrongKey);
        QFETCH(QString, expected);
        addN8nTarget(wrongKey ? uniqueSecret(QStringLiteral("n8n_wrong_")) : m_apiKey);
        if (!wrongKey)
            m_n8n->setKeyMayUpdate(false);
        selectRow(0);
        QVERIFY(!clickAndWait(m_dialog->testButton()));
        QVERIFY2(statusText().startsWith(QStringLiteral("Not delivered: ")), qPrintable(statusText()));
        QVERIFY2(statusText().contains(expected), qPrintable(statusText()));
        QCOMPARE(m_dialog->statusLabel()->property("statusKind").toString(), QStringLiteral("error"));
        const QString row = m_dialog->targetsList()->topLevelItem(0)->text(2);
        QVERIFY2(row.startsWith(QStringLiteral("not delivered: ")) && row.contains(expected), qPrintable(row));
        QVERIFY(m_n8n->credentialData(credentialId).value(QStringLiteral("accessToken")).isUndefined());
        verifyNoSecretShown();
    }

    void fileAddTestRemove()
    {
        const QString path = m_dir.filePath(m_name + QStringLiteral(".env"));
        chooseKind(1);
        type("filePathEdit", path);
        child<QComboBox>("formatCombo")->setCurrentIndex(1);
        QVERIFY(child<QLineEdit>("variableEdit")->isEnabled());
        type("variableEdit", QStringLiteral("THREADS_TOKEN"));
        QVERIFY2(clickAndWait(m_dialog->addButton()), qPrintable(statusText()));
        QCOMPARE(m_deliveries->targets(m_name).first().format, QStringLiteral("env:THREADS_TOKEN"));
        QCOMPARE(m_dialog->targetsList()->topLevelItem(0)->text(0), QStringLiteral("File"));

        selectRow(0);
        QVERIFY2(clickAndWait(m_dialog->testButton()), qPrintable(statusText()));
        QVERIFY(readFile(path) == QStringLiteral("THREADS_TOKEN=%1\n").arg(m_token).toUtf8());
        QCOMPARE(QFile::permissions(path),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        verifyNoSecretShown();

        selectRow(0);
        QVERIFY(clickAndWait(m_dialog->removeButton()));
        QVERIFY(m_deliveries->targets(m_name).isEmpty());
    }

    void execAddTestRemove()
    {
        const QString out = m_dir.filePath(m_name + QStringLiteral(".out"));
        chooseKind(2);
        // No shell of LongLived's: sh is the program, its script writes standard input and the
        // profile's name from the environment.
        type("commandEdit", QStringLiteral("/bin/sh -c \"cat > '%1'; echo $LONGLIVED_PROFILE >> '%1'\"").arg(out));
        QVERIFY2(clickAndWait(m_dialog->addButton()), qPrintable(statusText()));
        QCOMPARE(m_deliveries->targets(m_name).first().program, QStringLiteral("/bin/sh"));

        selectRow(0);
        QVERIFY2(clickAndWait(m_dialog->testButton()), qPrintable(statusText()));
        QVERIFY(readFile(out) == (m_token + QLatin1Char('\n') + m_name + QLatin1Char('\n')).toUtf8());

        // A failing command: its status in plain words.
        chooseKind(2);
        type("commandEdit", QStringLiteral("/bin/sh -c \"exit 3\""));
        QVERIFY(clickAndWait(m_dialog->addButton()));
        selectRow(1);
        QVERIFY(!clickAndWait(m_dialog->testButton()));
        QVERIFY2(statusText().contains(QLatin1String("3")), qPrintable(statusText()));
        verifyNoSecretShown();

        selectRow(0);
        QVERIFY(clickAndWait(m_dialog->removeButton()));
        QCOMPARE(m_deliveries->targets(m_name).size(), 1);
    }

    void validationBesideTheFields()
    {
        chooseKind(0);
        type("n8nUrlEdit", QStringLiteral("http://n8n.example.com"));
        type("credentialEdit", QStringLiteral("../users"));
        QVERIFY(!clickAndWait(m_dialog->addButton()));
        QVERIFY(m_deliveries->targets(m_name).isEmpty());
        QCOMPARE(statusText(), QStringLiteral("Not added: see the marked fields."));
        for (const char* error : {"n8nUrlError", "credentialError", "apiKeyError"}) {
            QVERIFY2(child<QLabel>(error)->isVisible(), error);
            QVERIFY2(!child<QLabel>(error)->text().isEmpty(), error);
        }
        QVERIFY(child<QLabel>("n8nUrlError")->text().contains(QLatin1String("https://")));
        QVERIFY(!child<QLabel>("fieldError")->isVisible());
        QCOMPARE(child<QLineEdit>("credentialEdit")->accessibleDescription(), child<QLabel>("credentialError")->text());
        // What was typed stays, to be corrected.
        QCOMPARE(child<QLineEdit>("n8nUrlEdit")->text(), QStringLiteral("http://n8n.example.com"));
        QCOMPARE(child<QLineEdit>("credentialEdit")->text(), QStringLiteral("../users"));
        QVERIFY(GuiTest::saveSnapshot(m_dialog.get(), QStringLiteral("delivery-validation")));

        chooseKind(1);
        type("filePathEdit", QStringLiteral("relative/token.txt"));
        child<QComboBox>("formatCombo")->setCurrentIndex(1);
        type("variableEdit", QStringLiteral("1TOKEN"));
        QVERIFY(!clickAndWait(m_dialog->addButton()));
        QVERIFY(child<QLabel>("filePathError")->text().contains(QLatin1String("absolute")));
        QVERIFY(child<QLabel>("variableError")->text().contains(QLatin1String("1TOKEN")));
        QCOMPARE(child<QLineEdit>("filePathEdit")->text(), QStringLiteral("relative/token.txt"));

        chooseKind(2);
        QVERIFY(!clickAndWait(m_dialog->addButton()));
        QVERIFY(child<QLabel>("commandError")->isVisible());
        QVERIFY(m_deliveries->targets(m_name).isEmpty());

        // Corrected, the same fields are accepted and the marks go.
        chooseKind(0);
        type("n8nUrlEdit", m_n8n->baseUrl().toString());
        type("credentialEdit", credentialId);
        type("apiKeyEdit", m_apiKey);
        QVERIFY(clickAndWait(m_dialog->addButton()));
        QVERIFY(!child<QLabel>("n8nUrlError")->isVisible());
        QVERIFY(!child<QLabel>("credentialError")->isVisible());
    }

    void apiKeyThatCannotBeAHeaderIsRefusedBesideTheField()
    {
        chooseKind(0);
        type("n8nUrlEdit", m_n8n->baseUrl().toString());
        type("credentialEdit", credentialId);
        // Pasted with a Windows line break in the middle, as a key copied from a wrapped line.
        const QString pasted = m_apiKey.left(8) + QStringLiteral("\r\n") + m_apiKey.mid(8);
        auto* keyEdit = child<SecretLineEdit>("apiKeyEdit");
        keyEdit->clear();
        keyEdit->setFocus();
        QGuiApplication::clipboard()->setText(pasted);
        keyEdit->paste();
        QCOMPARE(keyEdit->text(), pasted);

        QVERIFY(!clickAndWait(m_dialog->addButton()));
        QCOMPARE(statusText(), QStringLiteral("Not added: see the marked fields."));
        auto* keyError = child<QLabel>("apiKeyError");
        QVERIFY(keyError->isVisible());
        QVERIFY2(keyError->text().contains(QLatin1String("line break or another control character")),
                 qPrintable(keyError->text()));
        QCOMPARE(keyEdit->accessibleDescription(), keyError->text());
        for (const char* error : {"n8nUrlError", "credentialError", "fieldError"})
            QVERIFY2(!child<QLabel>(error)->isVisible(), error);
        QVERIFY(!keyError->text().contains(m_apiKey.left(8)) && !keyError->text().contains(m_apiKey.mid(8)));
        verifyNoSecretShown();
        // The typed key stays, to be corrected; nothing was stored.
        QCOMPARE(keyEdit->text(), pasted);
        QVERIFY(m_deliveries->targets(m_name).isEmpty());
        QVERIFY(secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                                  TokenVault::deliveryKeyKey(m_name, QStringLiteral("n8n-1"))})
                    .isEmpty());

        // Whitespace around the key is only what the clipboard added: taken off, the key accepted.
        keyEdit->setText(QStringLiteral(" ") + m_apiKey + QStringLiteral("\n"));
        QVERIFY2(clickAndWait(m_dialog->addButton()), qPrintable(statusText()));
        QVERIFY(!keyError->isVisible());
        const DeliveryTarget target = m_deliveries->targets(m_name).first();
        QVERIFY(secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                                  TokenVault::deliveryKeyKey(m_name, target.id)})
                == m_apiKey);
    }

    void cancelStopsATest()
    {
        addN8nTarget(m_apiKey);
        m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
        selectRow(0);
        QSignalSpy finished(m_dialog.get(), &DeliveryDialog::operationFinished);
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_n8n->http().requestCount(), 1, 20000);
        QVERIFY(m_dialog->isBusy());
        QVERIFY(m_dialog->cancelButton()->isEnabled());
        QVERIFY(!m_dialog->testButton()->isEnabled());
        QVERIFY(!m_dialog->addButton()->isEnabled());
        QTest::mouseClick(m_dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(statusText().startsWith(QStringLiteral("Not delivered: ")), qPrintable(statusText()));
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(!m_dialog->cancelButton()->isEnabled());
        QVERIFY(m_dialog->testButton()->isEnabled());
    }

    void accessibleNamesAreTheLabels()
    {
        for (const QLabel* label : m_dialog->findChildren<QLabel*>()) {
            if (QWidget* buddy = label->buddy())
                QCOMPARE(buddy->accessibleName(), label->text().remove(QLatin1Char('&')));
        }
        for (const QPushButton* button : m_dialog->findChildren<QPushButton*>()) {
            if (!button->text().isEmpty())
                QCOMPARE(button->accessibleName(), button->text().remove(QLatin1Char('&')));
        }
    }
};

LONGLIVED_GUI_TEST_MAIN(TestDeliveryDialog)
#include "TestDeliveryDialog.moc"
