#pragma once

// WindowFixture — the window as the GUI tests drive it: a MainWindow on a TokenService whose
// three base URLs point at a loopback GraphTestServer, a pinned clock, and fresh settings and
// clipboard for every test, and the recording systemctl stand-in as the "systemctl" on PATH
// (the window asks it whether the renewal timer is on; the timer starts out enabled, tests may
// change m_systemctl's state before createWindow()). A test class derives from it (beside
// QObject) and calls startWindow() from init() and stopWindow() from cleanup().

#include "FakeSystemctl.h"
#include "GraphTestServer.h"
#include "MainWindow.h"
#include "WindowParts.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenService.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

#include <memory>

class WindowFixture
{
protected:
    /// The tests' "now": every expiry is computed from it.
    static QDateTime fixedNow() { return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); }

    /// What a screen reader announces for \a widget.
    static QString accessibleName(QWidget* widget)
    {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

    /// A label as shown, without its mnemonic marker ("&Copy" reads "Copy").
    static QString withoutMnemonic(QString text) { return text.remove(QLatin1Char('&')); }

    /// The window's child named \a name, found as users' tools find it (a warning when missing).
    template <typename T> T* find(const char* name) const { return findNamed<T>(m_window.get(), name); }

    /// The window's parts (form, result panel, status, ...), found by their object names.
    WindowParts parts() const { return WindowParts(m_window.get()); }
    static WindowParts parts(QWidget* window) { return WindowParts(window); }

    void startWindow()
    {
        prepareWindow();
        createWindow();
    }

    /// Everything startWindow() does but the window: for tests that choose its settings file
    /// (useSettingsFile()) or start it later.
    void prepareWindow()
    {
        QSettings().clear();
        QGuiApplication::clipboard()->clear();
        m_systemctl = std::make_unique<FakeSystemctl>(QStringLiteral("enabled"));
        QVERIFY(m_systemctl->isValid());
        QVERIFY(m_systemctl->putOnPath());
        m_server = std::make_unique<GraphTestServer>();
        QVERIFY(m_server->start());
        m_config = ServiceConfig();
        m_config.facebookBaseUrl = m_config.threadsBaseUrl = m_config.instagramBaseUrl = m_server->baseUrl();
        m_config.deadlineMs = 20000;
    }

    /// From the next createWindow() on, the saved profiles and tokens are those of
    /// \a settingsFile: a ProfileStore and its TokenVault, made anew for each window as each
    /// start of the app makes them. Without it the window keeps them in the application's
    /// settings.
    void useSettingsFile(const QString& settingsFile) { m_settingsFile = settingsFile; }

    /// A new window (and service) on the current m_config; shown and active unless \a shown
    /// is false (then no event loop has run yet when it returns).
    void createWindow(bool shown = true)
    {
        m_window.reset();
        m_vault.reset();
        m_store.reset();
        if (!m_settingsFile.isEmpty()) {
            m_store = std::make_unique<ProfileStore>(m_settingsFile);
            m_vault = std::make_unique<TokenVault>(m_store.get());
            m_vault->setClock([] { return fixedNow(); });
        }
        m_service = std::make_unique<TokenService>(&m_network, m_config, [] { return fixedNow(); });
        m_window = std::make_unique<MainWindow>(m_service.get(), m_vault.get(), [] { return fixedNow(); });
        if (!shown)
            return;
        m_window->show();
        // Under Xvfb without a window manager nobody activates a new window: ask for it.
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void stopWindow()
    {
        m_window.reset();
        m_service.reset();
        m_vault.reset();
        m_store.reset();
        m_settingsFile.clear();
        m_server.reset();
        m_systemctl.reset();
    }

    std::unique_ptr<FakeSystemctl> m_systemctl;
    std::unique_ptr<GraphTestServer> m_server;
    QNetworkAccessManager m_network;
    ServiceConfig m_config;
    std::unique_ptr<TokenService> m_service;
    QString m_settingsFile;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<MainWindow> m_window;
};
