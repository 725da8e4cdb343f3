// The saved-tokens widgets as users drive them, on the REAL Secret Service of
// scripts/run-tests.sh: Save to keychain → the list shows the profile with its remaining
// lifetime → selecting it reopens the token (into a ResultPanel, masked) → Copy → Forget (the
// confirmation accepted) → the list is empty and the keychain entry gone, checked with
// secret-tool. Then the failures, each in a child process with its own environment: no
// keyring at all, and a keyring that never answers (the window keeps responding).
//
// The host widget below wires the pieces the way MainWindow is meant to (see the README and
// SavedTokensView.h).

#include "DeliveryDialog.h"
#include "vault/DeliveryStore.h"
#include "support/ExpiryFormatter.h"
#include "FakeSystemctl.h"
#include "GuiTestMain.h"
#include "KeyringTestSupport.h"
#include "MainWindow.h"
#include "WindowParts.h"
#include "ProfileActions.h"
#include "vault/ProfileStore.h"
#include "renewal/RenewalTimer.h"
#include "ResultPanel.h"
#include "SaveTokenWidget.h"
#include "SavedTokensModel.h"
#include "SavedTokensView.h"
#include "SecureClipboard.h"
#include "StatusBanner.h"
#include "GraphTestServer.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <cstdio>
#include <memory>

using namespace KeyringTestSupport;

namespace {
const QString appId = QStringLiteral("1234567890");
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

/// The three pieces wired as in MainWindow: the result view, the save row under it, the list.
struct Host {
    explicit Host(const QString& settingsFile)
        : store(settingsFile)
        , vault(&store)
    {
        vault.setClock(fixedNow);
        auto* layout = new QVBoxLayout(&window);
        result = new ResultPanel(&window);
        result->setClock(fixedNow);
        result->setClipboard(&clipboard);
        save = new SaveTokenWidget(&vault, &window);
        saved = new SavedTokensView(&vault, &window);
        saved->setClock(fixedNow);
        layout->addWidget(result);
        layout->addWidget(save);
        layout->addWidget(saved);
        // Reopened from the list: shown like a fresh token, and offered for saving under its name.
        QObject::connect(saved, &SavedTokensView::profileActivated, result,
                         [this](const Profile& profile, const QString& token) {
                             result->setResult(profile.toTokenResult(token));
                             save->setSavedProfile(profile, token);
                         });
    }

    /// What MainWindow does after an exchange.
    void exchanged(const TokenResult& token) {
        result->setResult(token);
        save->setToken(token, appId, QStringLiteral("v25.0"), appSecret);
    }

    QWidget window;
    ProfileStore store;
    TokenVault vault;
    SecureClipboard clipboard;
    ResultPanel* result;
    SaveTokenWidget* save;
    SavedTokensView* saved;
};

TokenResult facebookToken(const QString& token, qint64 expiresInSeconds)
{
    TokenResult result;
    result.platform = Platform::Facebook;
    result.accessToken = token;
    result.tokenType = QStringLiteral("bearer");
    result.receivedAt = fixedNow();
    result.expiresIn = expiresInSeconds;
    result.expiresAt = fixedNow().addSecs(expiresInSeconds);
    return result;
}

QMessageBox* findBox(QWidget* parent, const QString& objectName)
{
    for (QMessageBox* box : parent->findChildren<QMessageBox*>(objectName)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// The child: the host with no keyring behind it. Tries to save an exchanged token, then prints
// one JSON line: the message shown, whether the token is still there, and how long the event
// loop ever went without running a 10 ms timer meanwhile.
int runGuiProbe(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TranslationLoader::install(&app, QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList args = app.arguments();
    const QString settingsFile = args.value(args.indexOf(QStringLiteral("--settings")) + 1);
    const int timeoutMs = args.value(args.indexOf(QStringLiteral("--timeout")) + 1).toInt();
    const QString token = qEnvironmentVariable("LONGLIVED_PROBE_TOKEN");

    Host host(settingsFile);
    host.vault.setTimeoutMs(timeoutMs);
    host.window.show();
    host.exchanged(facebookToken(token, 5183944));
    host.save->storeSecretCheckBox()->setChecked(true);

    QElapsedTimer sinceTick;
    qint64 maxStallMs = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { maxStallMs = qMax(maxStallMs, sinceTick.restart()); });
    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticker.start();

    QObject::connect(host.save, &SaveTokenWidget::saveFailed, &app, [&](const VaultError& error) {
        ticker.stop();
        const QJsonObject json{
            {QStringLiteral("kind"), error.kindId()},
            {QStringLiteral("status"), host.save->statusLabel()->text()},
            {QStringLiteral("statusKind"), host.save->statusLabel()->property("statusKind").toString()},
            {QStringLiteral("statusVisible"), host.save->statusLabel()->isVisible()},
            {QStringLiteral("tokenShown"), host.result->result().accessToken == token},
            {QStringLiteral("tokenKept"), host.save->hasToken()},
            {QStringLiteral("saveEnabledAgain"), host.save->saveButton()->isEnabled()},
            {QStringLiteral("listed"), host.saved->model()->rowCount()},
            {QStringLiteral("elapsedMs"), elapsed.elapsed()},
            {QStringLiteral("maxStallMs"), maxStallMs}};
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        std::fflush(stdout);
        app.exit(0);
    });
    QObject::connect(host.save, &SaveTokenWidget::saved, &app, [&] {
        std::fputs("{\"kind\":\"none\"}\n", stdout);
        app.exit(1);
    });
    host.save->saveButton()->click();
    return app.exec();
}
} // namespace

class TestSavedTokensView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_names;

    QString settingsFile() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    }

    QString uniqueAppId()
    {
        return QString::number(QUuid::createUuid().data1);
    }

    static QModelIndex indexOf(SavedTokensView* view, const QString& name, int column = SavedTokensModel::NameColumn)
    {
        return view->model()->index(view->model()->rowOf(name), column);
    }

    struct GuiProbe {
        QJsonObject json;
    };

    static QJsonObject probe(const QString& busAddress, int timeoutMs, const QString& home, const QString& token,
                             const QString& settings)
    {
        QProcessEnvironment env = isolatedEnvironment(home, busAddress);
        env.insert(QStringLiteral("LONGLIVED_PROBE_TOKEN"), token);
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QByteArray out = runSelf({QStringLiteral("--gui-probe"), QStringLiteral("--settings"), settings,
                                        QStringLiteral("--timeout"), QString::number(timeoutMs)},
                                       env, 60000);
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        // Leftovers of a failed run, whatever store they were listed in.
        const QStringList names = std::exchange(m_names, {});
        QVERIFY(KeyringTestSupport::forgetLeftovers(names, m_dir.filePath(QStringLiteral("cleanup.ini"))));
    }

    // Accessible names equal the visible labels; the list needs no keychain to show.
    void labelsAndStartUp()
    {
        {
            ProfileStore store(settingsFile());
            Profile p;
            p.name = QStringLiteral("Threads · 42");
            p.platform = Platform::Threads;
            p.appId = QStringLiteral("42");
            p.savedAt = fixedNow().addDays(-1);
            p.expiresAt = fixedNow().addDays(12).addSecs(3600);
            QVERIFY(store.put(p));
            p.name = QStringLiteral("Old");
            p.expiresAt = fixedNow().addDays(-2);
            QVERIFY(store.put(p));
            p.name = QStringLiteral("Page");
            p.expiresAt = {};
            p.neverExpires = true;
            QVERIFY(store.put(p));
            p.name = QStringLiteral("Soon");
            p.neverExpires = false;
            p.expiresAt = fixedNow().addDays(3);
            QVERIFY(store.put(p));
            p.name = QStringLiteral("Unknown");
            p.expiresAt = {};
            QVERIFY(store.put(p));
        }

        // The next start of the app: listed at once, from the settings, before any event loop
        // turn (a keychain read would be asynchronous).
        Host host(settingsFile());
        SavedTokensView* view = host.saved;
        QCOMPARE(view->model()->rowCount(), 5);
        QVERIFY(!view->isBusy());
        QCOMPARE(view->model()->data(indexOf(view, QStringLiteral("Threads · 42"), SavedTokensModel::PlatformColumn))
                     .toString(),
                 QStringLiteral("Threads"));
        QCOMPARE(view->model()->data(indexOf(view, QStringLiteral("Threads · 42"), SavedTokensModel::AppIdColumn))
                     .toString(),
                 QStringLiteral("42"));
        const auto remaining = [&](const char* name) {
            return view->model()->data(indexOf(view, QString::fromUtf8(name), SavedTokensModel::RemainingColumn));
        };
        const auto colour = [&](const char* name) {
            return view->model()->data(indexOf(view, QString::fromUtf8(name), SavedTokensModel::RemainingColumn),
                                       Qt::ForegroundRole);
        };
        QCOMPARE(remaining("Threads · 42").toString(), QStringLiteral("in 12 days"));
        QVERIFY(!colour("Threads · 42").isValid());
        QCOMPARE(remaining("Soon").toString(), QStringLiteral("in 3 days"));
        QVERIFY(colour("Soon").isValid()); // coloured: under 7 days
        QCOMPARE(remaining("Old").toString(), QStringLiteral("expired"));
        QVERIFY(colour("Old").isValid());
        QVERIFY(colour("Old") != colour("Soon"));
        QCOMPARE(remaining("Page").toString(), QStringLiteral("never"));
        QCOMPARE(remaining("Unknown").toString(), QStringLiteral("unknown"));
        QVERIFY(!colour("Unknown").isValid());

        const auto byName = [&](const char* name) { return host.window.findChild<QWidget*>(QString::fromLatin1(name)); };
        QCOMPARE(byName("savedTokensList")->accessibleName(), QStringLiteral("Saved tokens"));
        QCOMPARE(host.window.findChild<QLabel*>(QStringLiteral("savedTokensLabel"))->text(),
                 QStringLiteral("Saved tokens"));
        QCOMPARE(view->forgetButton()->accessibleName(), QStringLiteral("Forget"));
        QCOMPARE(view->forgetButton()->text(), QStringLiteral("Forget"));
        QVERIFY(!view->forgetButton()->isEnabled()); // nothing selected
        QCOMPARE(host.save->saveButton()->accessibleName(), QStringLiteral("Save to keychain"));
        QCOMPARE(host.save->saveButton()->text(), QStringLiteral("Save to keychain"));
        QCOMPARE(host.save->profileNameEdit()->accessibleName(), QStringLiteral("Profile name"));
        QCOMPARE(host.window.findChild<QLabel*>(QStringLiteral("profileNameLabel"))->text(),
                 QStringLiteral("Profile name"));
        QCOMPARE(host.save->storeSecretCheckBox()->accessibleName(), QStringLiteral("Also store the App Secret"));
        QCOMPARE(host.save->storeSecretCheckBox()->text(), QStringLiteral("Also store the App Secret"));
        QCOMPARE(host.save->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(!host.save->saveAction()->isEnabled()); // no token yet
    }

    // The Delivery column sums up each profile's targets from the DeliveryStore and follows it;
    // Delivery… asks for the selected profile's dialog. No keychain needed.
    void deliveryColumnAndButton()
    {
        DeliveryStore deliveries(settingsFile());
        {
            ProfileStore store(settingsFile());
            for (const char* name : {"Delivered", "Failed", "Nowhere", "Older"}) {
                Profile p;
                p.name = QString::fromLatin1(name);
                p.platform = Platform::Threads;
                p.savedAt = p.obtainedAt = fixedNow().addDays(-1);
                if (p.name == QLatin1String("Older"))
                    p.savedAt = p.obtainedAt = fixedNow().addSecs(-3600); // renewed since its last delivery
                QVERIFY(store.put(p));
            }
            const auto older = deliveries.add(QStringLiteral("Older"), DeliveryTarget::file(QStringLiteral("/y/t")));
            QVERIFY(older);
            QVERIFY(deliveries.recordResult(QStringLiteral("Older"), older->id, DeliveryResult::success(),
                                            QStringLiteral("0123456789abcdef"), fixedNow().addSecs(-7200)));
            const auto n8n = deliveries.add(QStringLiteral("Delivered"),
                                            DeliveryTarget::n8n(QUrl(QStringLiteral("https://n8n.example.com")),
                                                                QStringLiteral("3BWxfPPkMN1s54s8")));
            QVERIFY(n8n);
            QVERIFY(deliveries.recordResult(QStringLiteral("Delivered"), n8n->id, DeliveryResult::success(),
                                            QStringLiteral("0123456789abcdef"), fixedNow().addSecs(-7200)));
            const auto file = deliveries.add(QStringLiteral("Failed"), DeliveryTarget::file(QStringLiteral("/x/t")));
            QVERIFY(file);
            QVERIFY(deliveries.recordResult(
                QStringLiteral("Failed"), file->id,
                DeliveryResult(DeliveryResult::Kind::FileFailed, QStringLiteral("The folder /x does not exist.")),
                QStringLiteral("0123456789abcdef"), fixedNow()));
        }
        Host host(settingsFile());
        SavedTokensView* view = host.saved;
        view->setDeliveryStore(&deliveries);
        const auto delivery = [&](const char* name, int role = Qt::DisplayRole) {
            return view->model()->data(indexOf(view, QString::fromLatin1(name), SavedTokensModel::DeliveryColumn),
                                       role);
        };
        QCOMPARE(view->model()->headerData(SavedTokensModel::DeliveryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Delivery"));
        QCOMPARE(delivery("Delivered").toString(), QStringLiteral("delivered to n8n"));
        QVERIFY(!delivery("Delivered", Qt::ForegroundRole).isValid());
        QVERIFY(delivery("Delivered", Qt::ToolTipRole).toString().contains(QLatin1String("delivered 2 hours ago")));
        QCOMPARE(delivery("Failed").toString(), QStringLiteral("not delivered: The folder /x does not exist."));
        QVERIFY(delivery("Failed", Qt::ForegroundRole).isValid());
        QCOMPARE(delivery("Nowhere").toString(), QStringLiteral("—"));
        // A target that got the token before the current one was stored does not hold it;
        // what comes next depends on the renewal timer (not known here: no timer given).
        QCOMPARE(delivery("Older").toString(), QStringLiteral("not delivered yet"));
        QVERIFY(delivery("Older", Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("an older token, delivered 2 hours ago")));
        QVERIFY(!delivery("Older", Qt::ForegroundRole).isValid());
        view->model()->setRenewalTimerState(RenewalTimer::State::Enabled);
        QCOMPARE(delivery("Older").toString(), QStringLiteral("waiting for the next delivery"));
        QCOMPARE(delivery("Delivered").toString(), QStringLiteral("delivered to n8n"));
        // After the lifetime and the renewal, before platform and App ID (a narrow panel shows it).
        QCOMPARE(view->list()->header()->visualIndex(SavedTokensModel::DeliveryColumn), 3);

        // Follows the store.
        QVERIFY(deliveries.add(QStringLiteral("Nowhere"), DeliveryTarget::exec(QStringLiteral("/bin/true"))));
        QCOMPARE(delivery("Nowhere").toString(), QStringLiteral("waiting for the next delivery"));

        QPushButton* button = view->deliveryButton();
        QCOMPARE(button->text(), QStringLiteral("Delivery…"));
        QCOMPARE(button->accessibleName(), button->text());
        QVERIFY(!button->isEnabled()); // nothing selected
        QVERIFY(view->renewButton()->isHidden()); // no renewer wired: Renew now is the host's to offer
        QSignalSpy requested(view->profileActions(), &ProfileActions::deliveryRequested);
        view->selectProfile(QStringLiteral("Failed"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("Failed"));
        view->abandonOpen();
    }

    // The Renewal column words RenewalPolicy's decision and the profile's renewal history.
    void renewalColumn()
    {
        {
            ProfileStore store(settingsFile());
            const auto put = [&](const char* name, Platform platform, int daysLeft) {
                Profile p;
                p.name = QString::fromLatin1(name);
                p.platform = platform;
                p.savedAt = p.obtainedAt = fixedNow().addDays(-30);
                p.expiresAt = fixedNow().addDays(daysLeft).addSecs(3600);
                return p;
            };
            QVERIFY(store.put(put("Automatic", Platform::Threads, 30)));
            Profile renewed = put("Renewed", Platform::Instagram, 58);
            renewed.renewedAt = fixedNow().addDays(-2);
            QVERIFY(store.put(renewed));
            QVERIFY(store.put(put("Login", Platform::Facebook, 5)));
            Profile failed = put("Failed", Platform::Threads, 10);
            failed.renewalFailedAt = fixedNow().addSecs(-60);
            failed.renewalError = QStringLiteral("Meta refused the token.");
            QVERIFY(store.put(failed));
            Profile page = put("Page", Platform::Facebook, 0);
            page.expiresAt = {};
            page.neverExpires = true;
            QVERIFY(store.put(page));
            QVERIFY(store.put(put("Expired", Platform::Threads, -3)));
            QVERIFY(store.put(put("Due", Platform::Threads, 10)));
        }
        Host host(settingsFile());
        SavedTokensView* view = host.saved;
        const auto renewal = [&](const char* name, int role = Qt::DisplayRole) {
            return view->model()->data(indexOf(view, QString::fromLatin1(name), SavedTokensModel::RenewalColumn), role);
        };
        QCOMPARE(view->model()->headerData(SavedTokensModel::RenewalColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Renewal"));
        // Nobody asked systemd: only what holds either way (cron may renew it, or nothing).
        const QString by
            = QLocale().toString(fixedNow().addDays(30).addSecs(3600).toLocalTime().date(), QLocale::ShortFormat);
        QCOMPARE(renewal("Automatic").toString(), QStringLiteral("renew before %1").arg(by));

        // The timer as systemd tells it (the recording stand-in): on.
        FakeSystemctl systemctl(QStringLiteral("enabled"));
        QVERIFY(systemctl.isValid());
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        view->setRenewalTimer(&timer);
        QSignalSpy answered(&timer, &RenewalTimer::finished);
        timer.query();
        QVERIFY(answered.wait(20000));
        QCOMPARE(renewal("Automatic").toString(), QStringLiteral("renews automatically"));
        QVERIFY(!renewal("Due", Qt::ForegroundRole).isValid()); // the next run renews it
        QVERIFY(!renewal("Automatic", Qt::ForegroundRole).isValid());
        QVERIFY(renewal("Automatic", Qt::ToolTipRole).toString().startsWith(QLatin1String("Not due: 30 days left.")));
        QCOMPARE(renewal("Renewed").toString(), QStringLiteral("renewed 2 days ago"));
        QCOMPARE(renewal("Login").toString(), QStringLiteral("needs a new login in 5 days"));
        QVERIFY(renewal("Login", Qt::ForegroundRole).isValid());
        QCOMPARE(renewal("Failed").toString(), QStringLiteral("renewal failed: Meta refused the token."));
        QVERIFY(renewal("Failed", Qt::ForegroundRole).isValid());
        QCOMPARE(renewal("Page").toString(), QStringLiteral("never expires"));
        QCOMPARE(renewal("Expired").toString(), QStringLiteral("expired: needs a new login"));
        QVERIFY(renewal("Expired", Qt::ForegroundRole).isValid());
        QCOMPARE(view->list()->header()->visualIndex(SavedTokensModel::RenewalColumn), 2);

        // Switched off (as Settings does, through the same timer): the list follows at once and
        // says what the user has to do instead.
        timer.disable();
        QVERIFY(answered.wait(20000));
        QCOMPARE(timer.state(), RenewalTimer::State::Disabled);
        QCOMPARE(renewal("Automatic").toString(),
                 QStringLiteral("automatic renewal is off: renew by hand before %1").arg(by));
        QVERIFY(renewal("Automatic", Qt::ToolTipRole).toString().contains(QLatin1String("Automatic renewal is off")));
        QVERIFY(!renewal("Automatic", Qt::ForegroundRole).isValid()); // 30 days: no hurry
        QVERIFY(renewal("Due", Qt::ForegroundRole).isValid()); // due, and nothing will renew it
        QVERIFY(renewal("Renewed").toString().startsWith(QLatin1String("automatic renewal is off")));
        // What no renewal changes stays as it was.
        QCOMPARE(renewal("Login").toString(), QStringLiteral("needs a new login in 5 days"));
        QCOMPARE(renewal("Page").toString(), QStringLiteral("never expires"));
        QVERIFY(!renewal("Page", Qt::ToolTipRole).toString().contains(QLatin1String("Automatic renewal is off")));
    }

    // Renew now: the window asks Meta (loopback) for a new token, stores it in the real
    // keychain, delivers it, and the row says so; a refusal is noted on the row, the token kept.
    void renewNowRenewsAndDelivers()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString oldToken = QStringLiteral("THAAold%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString newToken = QStringLiteral("THAAnew%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        GraphTestServer graph;
        QVERIFY(graph.start());
        graph.setDefaultResponse(GraphTestServer::tokenResponse(newToken, 5183944));
        ServiceConfig config;
        config.facebookBaseUrl = config.threadsBaseUrl = config.instagramBaseUrl = graph.baseUrl();
        QNetworkAccessManager network;
        TokenService service(&network, config, fixedNow);
        ProfileStore store(settingsFile());
        TokenVault vault(&store);
        vault.setClock([] { return fixedNow().addDays(-30); });
        const QString name = QStringLiteral("Renew now ") + uniqueAppId();
        m_names << name;
        Profile profile;
        profile.name = name;
        profile.platform = Platform::Threads;
        profile.expiresAt = fixedNow().addDays(30);
        bool saved = false;
        connect(vault.save(profile, oldToken), &VaultJob::succeeded, this, [&] { saved = true; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
        vault.setClock(fixedNow);
        const QString tokenFile = m_dir.filePath(name + QStringLiteral(".token"));
        DeliveryStore(settingsFile()).add(name, DeliveryTarget::file(tokenFile));

        FakeSystemctl systemctl(QStringLiteral("enabled"));
        QVERIFY(systemctl.putOnPath());
        MainWindow window(&service, &vault, fixedNow);
        window.show();
        SavedTokensView* view = WindowParts(&window).savedTokensView();
        const auto renewal
            = [&] { return view->model()->data(indexOf(view, name, SavedTokensModel::RenewalColumn)).toString(); };
        QTRY_COMPARE(renewal(), QStringLiteral("renews automatically")); // once systemd answered
        QVERIFY(view->renewButton()->isVisible());
        QCOMPARE(view->renewButton()->accessibleName(), QStringLiteral("Renew now"));
        view->selectProfile(name);
        view->abandonOpen();
        QTest::mouseClick(view->renewButton(), Qt::LeftButton);
        QVERIFY(WindowParts(&window).isRenewing());
        QVERIFY(!view->renewButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!WindowParts(&window).isRenewing(), 30000);
        QVERIFY2(WindowParts(&window).statusBanner()->text().startsWith(QStringLiteral("Renewed “%1”").arg(name)),
                 qPrintable(WindowParts(&window).statusBanner()->text()));
        QCOMPARE(renewal(), QStringLiteral("renewed just now"));
        QCOMPARE(view->model()->data(indexOf(view, name, SavedTokensModel::RemainingColumn)).toString(),
                 QStringLiteral("in 59 days"));
        QCOMPARE(view->model()->data(indexOf(view, name, SavedTokensModel::DeliveryColumn)).toString(),
                 QStringLiteral("delivered to file"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == (newToken + QLatin1Char('\n')).toUtf8());
        QVERIFY(secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                                  TokenVault::tokenKey(name)})
                == newToken);
        QVERIFY(view->renewButton()->isEnabled());

        // Meta refuses: noted on the row, in the banner; the keychain keeps the token.
        graph.enqueue(GraphTestServer::flatError(400, 190, QStringLiteral("Invalid OAuth access token.")));
        QTest::mouseClick(view->renewButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!WindowParts(&window).isRenewing(), 30000);
        QVERIFY2(
            WindowParts(&window).statusBanner()->text().startsWith(QStringLiteral("“%1” was not renewed").arg(name)),
            qPrintable(WindowParts(&window).statusBanner()->text()));
        QVERIFY2(renewal().startsWith(QStringLiteral("renewal failed: ")), qPrintable(renewal()));
        QVERIFY(secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                                  TokenVault::tokenKey(name)})
                == newToken);
        QVERIFY(!WindowParts(&window).statusBanner()->text().contains(newToken));
    }

    // MainWindow answers Delivery… with the profile's dialog, one at a time.
    void windowOpensTheDeliveryDialog()
    {
        {
            ProfileStore store(settingsFile());
            for (const char* name : {"First", "Second"}) {
                Profile p;
                p.name = QString::fromLatin1(name);
                QVERIFY(store.put(p));
            }
            DeliveryStore deliveries(settingsFile());
            QVERIFY(deliveries.add(QStringLiteral("First"), DeliveryTarget::file(QStringLiteral("/tmp/first.token"))));
        }
        ProfileStore store(settingsFile());
        TokenVault vault(&store);
        QNetworkAccessManager network;
        TokenService service(&network, ServiceConfig());
        FakeSystemctl systemctl(QStringLiteral("disabled"));
        QVERIFY(systemctl.putOnPath());
        MainWindow window(&service, &vault, fixedNow);
        window.show();
        SavedTokensView* view = WindowParts(&window).savedTokensView();
        QCOMPARE(
            view->model()->data(indexOf(view, QStringLiteral("First"), SavedTokensModel::DeliveryColumn)).toString(),
            QStringLiteral("not delivered yet"));
        view->selectProfile(QStringLiteral("First"));
        view->abandonOpen();
        QTest::mouseClick(view->deliveryButton(), Qt::LeftButton);
        QPointer<DeliveryDialog> first = WindowParts(&window).deliveryDialog();
        QVERIFY(first);
        QVERIFY(first->isVisible());
        QCOMPARE(first->profileName(), QStringLiteral("First"));
        QCOMPARE(first->targetsList()->topLevelItemCount(), 1);
        QCOMPARE(first->windowTitle(), QStringLiteral("Delivery of “First”"));

        // The same profile again: the same dialog; another profile: its own, the first one goes.
        QTest::mouseClick(view->deliveryButton(), Qt::LeftButton);
        QCOMPARE(WindowParts(&window).deliveryDialog(), first.data());
        view->selectProfile(QStringLiteral("Second"));
        view->abandonOpen();
        QTest::mouseClick(view->deliveryButton(), Qt::LeftButton);
        QVERIFY(WindowParts(&window).deliveryDialog() && WindowParts(&window).deliveryDialog() != first.data());
        QCOMPARE(WindowParts(&window).deliveryDialog()->profileName(), QStringLiteral("Second"));
        QTRY_VERIFY(first.isNull()); // closed, deleted
        // Targets added in the dialog show in the list (the same store).
        WindowParts(&window).deliveryDialog()->findChild<QComboBox*>(QStringLiteral("kindCombo"))->setCurrentIndex(2);
        WindowParts(&window)
            .deliveryDialog()
            ->findChild<QLineEdit*>(QStringLiteral("commandEdit"))
            ->setText(QStringLiteral("/bin/true"));
        WindowParts(&window).deliveryDialog()->addButton()->click();
        QCOMPARE(
            view->model()->data(indexOf(view, QStringLiteral("Second"), SavedTokensModel::DeliveryColumn)).toString(),
            QStringLiteral("not delivered yet"));
    }

    void saveListReopenCopyForget()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        Host host(settingsFile());
        SavedTokensView* view = host.saved;
        host.window.resize(800, 600);
        host.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->statusLabel()->property("statusKind").toString(), QStringLiteral("hint"));

        // An exchange arrives: the save row proposes "<platform> · <App ID>", secret unchecked.
        const QString token = QStringLiteral("EAAgui%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString id = uniqueAppId();
        host.result->setResult(facebookToken(token, 12 * 86400 + 3600));
        host.save->setToken(facebookToken(token, 12 * 86400 + 3600), id, QStringLiteral("v25.0"), appSecret);
        const QString name = QStringLiteral("Facebook · ") + id;
        m_names << name;
        QCOMPARE(host.save->profileName(), name);
        QCOMPARE(host.save->profileNameEdit()->text(), name);
        QVERIFY(!host.save->storeSecretCheckBox()->isChecked());
        QVERIFY(host.save->storeSecretCheckBox()->isEnabled());
        QVERIFY(host.save->saveButton()->isEnabled());

        // Ctrl+S
        QSignalSpy saved(host.save, &SaveTokenWidget::saved);
        host.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&host.window));
        QTest::keyClick(&host.window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(host.save->isBusy() || saved.count() == 1);
        QVERIFY(saved.count() == 1 || saved.wait(20000));
        QVERIFY2(host.save->statusLabel()->text().startsWith(QStringLiteral("Saved in the keyring as “%1”").arg(name)),
                 qPrintable(host.save->statusLabel()->text()));

        // The list follows the store: the profile with its remaining lifetime.
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->data(indexOf(view, name)).toString(), name);
        QCOMPARE(view->model()->data(indexOf(view, name, SavedTokensModel::RemainingColumn)).toString(),
                 QStringLiteral("in 12 days"));
        QCOMPARE(view->model()->data(indexOf(view, name, SavedTokensModel::AppIdColumn)).toString(), id);
        QVERIFY(!view->model()->data(indexOf(view, name, SavedTokensModel::SavedAtColumn)).toString().isEmpty());
        QCOMPARE(view->statusLabel()->text(), QString());

        // In the keychain (documented attributes), and not in the settings file.
        const QList<SecretItem> items = longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().attributes.value(QStringLiteral("server")), QStringLiteral("LongLived"));
        QCOMPARE(items.first().attributes.value(QStringLiteral("type")), QStringLiteral("plaintext"));
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("secret/") + name).isEmpty());
        QVERIFY(filesContaining(m_dir.path(), token.toUtf8()).isEmpty());

        // The result view is cleared (a new session), then the profile is reopened from the list.
        host.result->clear();
        host.save->clear();
        QSignalSpy activated(view, &SavedTokensView::profileActivated);
        const QRect row = view->list()->visualRect(indexOf(view, name));
        QTest::mouseClick(view->list()->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(view->currentProfileName(), name);
        QVERIFY(activated.count() == 1 || activated.wait(20000));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).value<Profile>().name, name);
        QVERIFY(activated.first().at(1).toString() == token);
        QVERIFY(host.result->hasResult());
        QVERIFY(host.result->result().accessToken == token);
        QCOMPARE(host.result->tokenEdit()->echoMode(), QLineEdit::Password); // masked
        QCOMPARE(host.save->profileName(), name); // re-saving replaces this profile
        QVERIFY(!host.save->storeSecretCheckBox()->isEnabled());

        // Copy works as for a fresh token.
        QGuiApplication::clipboard()->clear();
        host.result->copyAction()->trigger();
        QVERIFY(QGuiApplication::clipboard()->text() == token);
        host.clipboard.clearIfUnchanged();

        // Forget, cancelled first: nothing happens.
        QVERIFY(view->forgetButton()->isEnabled());
        QTest::mouseClick(view->forgetButton(), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findBox(view, QStringLiteral("forgetConfirmation"))) != nullptr);
        QVERIFY(box->text().contains(name));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!findBox(view, QStringLiteral("forgetConfirmation")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).size(), 1);

        // Forget, confirmed.
        QSignalSpy forgotten(view, &SavedTokensView::profileForgotten);
        QTest::mouseClick(view->forgetButton(), Qt::LeftButton);
        QTRY_VERIFY((box = findBox(view, QStringLiteral("forgetConfirmation"))) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmForgetButton")), Qt::LeftButton);
        QVERIFY(forgotten.count() == 1 || forgotten.wait(20000));
        QCOMPARE(forgotten.first().at(0).toString(), name);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!view->forgetButton()->isEnabled());
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).isEmpty());
        QVERIFY(!ProfileStore(settingsFile()).contains(name));
    }

    // Profile names are the user's (or Meta's, for Pages): shown as typed, never as markup.
    void markupInNamesIsShownAsText()
    {
        const QString name = QStringLiteral("<b>x</b><img src=\"file:///etc/hostname\">");
        {
            ProfileStore store(settingsFile());
            Profile p;
            p.name = name;
            p.appId = appId;
            p.savedAt = fixedNow();
            QVERIFY(store.put(p));
        }
        Host host(settingsFile());
        host.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        const auto verifyPlain = [&](QMessageBox* box) {
            QCOMPARE(box->textFormat(), Qt::PlainText);
            auto* label = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"));
            QVERIFY(label);
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY(label->text().contains(name));
        };

        SavedTokensView* view = host.saved;
        QCOMPARE(view->model()->rowCount(), 1);
        view->list()->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY(view->forgetButton()->isEnabled());
        QTest::mouseClick(view->forgetButton(), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findBox(view, QStringLiteral("forgetConfirmation"))) != nullptr);
        verifyPlain(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!findBox(view, QStringLiteral("forgetConfirmation")));

        host.exchanged(facebookToken(QStringLiteral("EAAmarkup-0123456789"), 60 * 86400));
        host.save->profileNameEdit()->setText(name);
        QTest::mouseClick(host.save->saveButton(), Qt::LeftButton);
        QTRY_VERIFY((box = findBox(host.save, QStringLiteral("replaceConfirmation"))) != nullptr);
        verifyPlain(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!findBox(host.save, QStringLiteral("replaceConfirmation")));
    }

    // With the box checked, the App Secret gets its own entry; saving a new token under an
    // existing name asks before replacing it.
    void secretAndReplace()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        Host host(settingsFile());
        host.window.show();
        const QString id = uniqueAppId();
        const QString name = QStringLiteral("Facebook · ") + id;
        m_names << name;
        const auto offer = [&](const QString& token) {
            host.result->setResult(facebookToken(token, 60 * 86400));
            host.save->setToken(facebookToken(token, 60 * 86400), id, QStringLiteral("v25.0"), appSecret);
        };

        offer(QStringLiteral("EAAfirst-0123456789"));
        host.save->storeSecretCheckBox()->setChecked(true);
        QSignalSpy saved(host.save, &SaveTokenWidget::saved);
        QTest::mouseClick(host.save->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QVERIFY(saved.first().at(0).value<Profile>().hasStoredSecret);
        QCOMPARE(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("secret/") + name).size(), 1);

        offer(QStringLiteral("EAAsecond-0123456789"));
        QTest::mouseClick(host.save->saveButton(), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findBox(host.save, QStringLiteral("replaceConfirmation"))) != nullptr);
        QVERIFY(box->text().contains(name));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmReplaceButton")), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QCOMPARE(host.saved->model()->rowCount(), 1);
        // Unchecked this time: the old secret went with the replaced token.
        QVERIFY(!saved.last().at(0).value<Profile>().hasStoredSecret);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("secret/") + name).isEmpty());
        QVERIFY(secretToolLookup({QStringLiteral("server"), QStringLiteral("LongLived"), QStringLiteral("user"),
                                  QStringLiteral("token/") + name})
                == QStringLiteral("EAAsecond-0123456789"));

        // The save row, whatever happens, never clears the result view.
        QVERIFY(host.result->result().accessToken == QStringLiteral("EAAsecond-0123456789"));
    }

    // No keyring at all: the specific message, the token still on screen, nothing written.
    void noKeyringKeepsTheToken_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::addRow("bus socket missing") << QStringLiteral("unix:path=/nonexistent");
        QTest::addRow("no session bus") << QString();
    }

    void noKeyringKeepsTheToken()
    {
        QFETCH(QString, busAddress);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString token = QStringLiteral("EAAnokeyring%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString settings = home.filePath(QStringLiteral(".config/LongLivedTests/LongLived.conf"));
        const QJsonObject result = probe(busAddress, TokenVault::defaultTimeoutMs, home.path(), token, settings);
        QVERIFY2(!result.isEmpty(), "the child printed nothing");
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("no_backend"));
        const QString status = result.value(QStringLiteral("status")).toString();
        QVERIFY2(status.startsWith(QLatin1String("No keyring service is running.")), qPrintable(status));
        QVERIFY(status.contains(QLatin1String("GNOME Keyring or KWallet")));
        QCOMPARE(result.value(QStringLiteral("statusKind")).toString(), QStringLiteral("error"));
        QVERIFY(result.value(QStringLiteral("statusVisible")).toBool());
        QVERIFY(result.value(QStringLiteral("tokenShown")).toBool());
        QVERIFY(result.value(QStringLiteral("tokenKept")).toBool());
        QVERIFY(result.value(QStringLiteral("saveEnabledAgain")).toBool());
        QCOMPARE(result.value(QStringLiteral("listed")).toInt(), 0);
        QVERIFY(result.value(QStringLiteral("elapsedMs")).toInteger() < 5000);
        QCOMPARE(filesContaining(home.path(), token.toUtf8()), QStringList());
        QCOMPARE(filesContaining(home.path(), appSecret.toUtf8()), QStringList());
    }

    // A keyring that takes the call and never answers: the vault's own limit ends it, and the
    // window kept processing events all along.
    void keyringThatNeverAnswers()
    {
        PrivateBus bus;
        QString why;
        QVERIFY2(bus.start(&why), qPrintable(why));
        NeverAnsweringSecretService silent;
        QVERIFY2(silent.start(bus.address(), &why), qPrintable(why));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString token = QStringLiteral("EAAsilent%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const int limitMs = 2000;
        const QJsonObject result =
            probe(bus.address(), limitMs, home.path(), token, home.filePath(QStringLiteral("settings.ini")));
        QVERIFY2(!result.isEmpty(), "the child printed nothing");
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("timeout"));
        const QString status = result.value(QStringLiteral("status")).toString();
        QVERIFY2(status.startsWith(QLatin1String("The keyring did not answer within 2 second")), qPrintable(status));
        QVERIFY(silent.callCount() > 0);
        QVERIFY(result.value(QStringLiteral("tokenShown")).toBool());
        QVERIFY(result.value(QStringLiteral("saveEnabledAgain")).toBool());
        QVERIFY2(result.value(QStringLiteral("maxStallMs")).toInteger() < limitMs / 2,
                 qPrintable(QString::number(result.value(QStringLiteral("maxStallMs")).toInteger())));
        QCOMPARE(filesContaining(home.path(), token.toUtf8()), QStringList());
    }
};

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--gui-probe") == 0)
            return runGuiProbe(argc, argv);
    }
    return GuiTest::run(argc, argv, [] { return static_cast<QObject*>(new TestSavedTokensView); });
}

#include "TestSavedTokensView.moc"
