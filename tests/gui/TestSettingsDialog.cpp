// The settings dialog's "Renew saved tokens automatically", offscreen, against the recording
// stand-in for systemctl (tests/support/recording-systemctl.sh): the box shows the timer's real
// state, asked without blocking the dialog; clicking it switches systemd; where systemd cannot
// (no user manager, no units) the box is disabled and the crontab line is offered.

#include "GuiTestMain.h"

#include "FakeSystemctl.h"
#include "renewal/RenewalTimer.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestSettingsDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SettingsDialog> m_dialog;

    QCheckBox* check() const { return m_dialog->findChild<QCheckBox*>(QStringLiteral("renewTimerCheck")); }
    QLabel* status() const { return m_dialog->findChild<QLabel*>(QStringLiteral("renewTimerStatusLabel")); }
    QLineEdit* crontab() const { return m_dialog->findChild<QLineEdit*>(QStringLiteral("crontabEdit")); }

    // Opens the dialog and waits for its first answer from systemctl.
    bool openAndWait()
    {
        m_dialog = std::make_unique<SettingsDialog>();
        m_dialog->setSystemctlProgram(FakeSystemctl::program());
        QSignalSpy answered(m_dialog->renewalTimer(), &RenewalTimer::finished);
        m_dialog->show();
        return answered.wait(30000);
    }

    // Clicks the box as a user would and waits for systemctl's answer.
    bool clickAndWait()
    {
        QSignalSpy answered(m_dialog->renewalTimer(), &RenewalTimer::finished);
        QTest::mouseClick(check(), Qt::LeftButton, {}, QPoint(check()->height() / 2, check()->height() / 2));
        if (check()->isEnabled()) // busy until systemd answers
            return false;
        return answered.wait(30000);
    }

private slots:
    void cleanup() { m_dialog.reset(); }

    void theBoxShowsTheTimerAsSystemdHasIt()
    {
        FakeSystemctl systemctl(QStringLiteral("enabled"));
        QVERIFY(openAndWait());
        QVERIFY(check()->isEnabled());
        QVERIFY(check()->isChecked());
        QCOMPARE(check()->accessibleName(), check()->text());
        QCOMPARE(check()->text(), QStringLiteral("Renew saved tokens automatically"));
        QCOMPARE(
            status()->text(),
            QStringLiteral("Saved tokens are renewed once a day by the systemd user timer longlived-renew.timer."));
        QCOMPARE(check()->accessibleDescription(), status()->text());
        QVERIFY(!crontab()->isVisible());
        QCOMPARE(systemctl.calls(),
                 (QStringList {QStringLiteral("--user is-active longlived-renew.timer"),
                               QStringLiteral("--user is-enabled longlived-renew.timer")}));
        QVERIFY(GuiTest::saveSnapshot(m_dialog.get(), QStringLiteral("settings-renewal-on")));
    }

    void openingNeverWaitsForSystemd()
    {
        FakeSystemctl systemctl(QStringLiteral("hang")); // never answers
        m_dialog = std::make_unique<SettingsDialog>();
        m_dialog->setSystemctlProgram(FakeSystemctl::program());
        m_dialog->show(); // returns while systemctl is still silent
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->renewalTimer()->isRunning());
        QVERIFY(!check()->isEnabled());
        QCOMPARE(status()->text(), QStringLiteral("Asking systemd whether saved tokens are renewed automatically…"));
        QCOMPARE(check()->accessibleDescription(), status()->text());
        m_dialog.reset(); // closing meanwhile ends the silent systemctl, without waiting for it
    }

    void clickingSwitchesTheTimerOnAndOff()
    {
        FakeSystemctl systemctl(QStringLiteral("disabled"));
        QVERIFY(openAndWait());
        QVERIFY(!check()->isChecked());
        QCOMPARE(status()->text(), QStringLiteral("Saved tokens are not renewed automatically."));

        QVERIFY(clickAndWait());
        QVERIFY(check()->isChecked());
        QVERIFY(check()->isEnabled());
        QCOMPARE(systemctl.state(), QStringLiteral("enabled"));
        QVERIFY(systemctl.calls().contains(QStringLiteral("--user enable --now longlived-renew.timer")));
        QVERIFY(status()->text().contains(QStringLiteral("once a day")));

        QVERIFY(clickAndWait());
        QVERIFY(!check()->isChecked());
        QCOMPARE(systemctl.state(), QStringLiteral("disabled"));
        QVERIFY(systemctl.calls().contains(QStringLiteral("--user disable --now longlived-renew.timer")));
    }

    void aRefusalIsShownAndTheBoxKeepsTheRealState()
    {
        FakeSystemctl systemctl(QStringLiteral("refuse"));
        QVERIFY(openAndWait());
        QVERIFY(clickAndWait());
        QVERIFY(!check()->isChecked()); // systemd said no: the timer is still off
        QVERIFY(check()->isEnabled());
        QCOMPARE(status()->text(),
                 QStringLiteral("Automatic renewal could not be switched on: Failed to enable unit: Access denied"));
        QCOMPARE(check()->accessibleDescription(), status()->text());
        QVERIFY(GuiTest::saveSnapshot(m_dialog.get(), QStringLiteral("settings-renewal-refused")));
    }

    void withoutUserManagerTheCrontabLineIsOffered()
    {
        FakeSystemctl systemctl(QStringLiteral("no-manager"));
        QVERIFY(openAndWait());
        QVERIFY(!check()->isEnabled());
        QVERIFY(!check()->isChecked());
        QVERIFY2(status()->text().startsWith(QStringLiteral("No systemd user manager is running (Failed to connect to "
                                                            "bus: No such file or directory).")),
                 qPrintable(status()->text()));
        QVERIFY(status()->text().endsWith(RenewalTimer::crontabHint()));
        QVERIFY(crontab()->isVisible());
        QVERIFY(crontab()->isReadOnly());
        QCOMPARE(crontab()->text(), RenewalTimer::crontabLine(RenewalTimer::installedCliPath()));
        QVERIFY(crontab()->text().endsWith(QStringLiteral("longlived-cli renew --notify")));
        QLabel* label = m_dialog->findChild<QLabel*>(QStringLiteral("crontabLabel"));
        QVERIFY(label->isVisible());
        QCOMPARE(crontab()->accessibleName(), label->text().remove(QLatin1Char('&')));
        QVERIFY(GuiTest::saveSnapshot(m_dialog.get(), QStringLiteral("settings-renewal-no-manager")));
    }

    void withoutTheUnitsTheBoxIsDisabled()
    {
        FakeSystemctl systemctl(QStringLiteral("not-installed"));
        QVERIFY(openAndWait());
        QVERIFY(!check()->isEnabled());
        QVERIFY(status()->text().contains(QStringLiteral("is not installed")));
        QVERIFY(crontab()->isVisible());
    }
};

LONGLIVED_GUI_TEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
