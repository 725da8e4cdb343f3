// longlived-bench-responsiveness: how long LongLived's window goes without an event-loop turn
// while it exchanges a token with a slow server and while it talks to the keychain.
//
// It builds the real MainWindow (offscreen), wired as app/main.cpp wires it, against a loopback
// Graph server (GraphTestServer, in its own thread) that answers after --delay-ms, and drives it
// the way a user does: the Exchange action, then "Save to keychain" and opening the saved
// profile. An EventLoopProbe (a 1 ms timer) records every interval between two turns.
//
//   longlived-bench-responsiveness [--idle-ms 1000] [--exchanges 5] [--delay-ms 300] [--keychain-ops 3]
//
// Prints one line per phase (idle = nothing happening, the measurement's own floor on this
// machine): phase ops samples max_gap_ms max_gap_cpu_ms max_cpu_ms p99_gap_ms over_16ms status
// own_gap_ms own_gap_cpu_ms (own = the interval minus the thread's wait for a CPU, see
// EventLoopProbe).
// --keychain-ops needs a Secret Service on the session bus (bench/run.sh starts a private one).
#include "EventLoopProbe.h"
#include "ExchangeForm.h"
#include "GraphTestServer.h"
#include "MainWindow.h"
#include "vault/ProfileStore.h"
#include "vault/Profile.h"
#include "ResultPanel.h"
#include "SaveTokenWidget.h"
#include "SavedTokensView.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"
#include "vault/VaultError.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// Runs the event loop (the real one, as the app does; QTest::qWaitFor would sleep between turns
// and add gaps of its own) until \a done returns true or \a timeoutMs passed.
bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    // A coarse check beside the signals: cheap (a few µs every 5 ms), and it cannot miss anything.
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Phase {
    explicit Phase(const char* phaseName)
        : name(phaseName)
    {
    }

    const char* name;
    int ops = 0;
    EventLoopProbe::Stats stats;
    QString status = QStringLiteral("ok");

    void add(const EventLoopProbe::Stats& s)
    {
        ++ops;
        stats.samples += s.samples;
        if (s.maxGapMs > stats.maxGapMs) {
            stats.maxGapMs = s.maxGapMs;
            stats.maxGapCpuMs = s.maxGapCpuMs;
        }
        stats.maxCpuMs = std::max(stats.maxCpuMs, s.maxCpuMs);
        stats.p99GapMs = std::max(stats.p99GapMs, s.p99GapMs);
        stats.over16Ms += s.over16Ms;
        if (s.maxOwnGapMs > stats.maxOwnGapMs) {
            stats.maxOwnGapMs = s.maxOwnGapMs;
            stats.maxOwnGapCpuMs = s.maxOwnGapCpuMs;
        }
    }

    void print() const
    {
        std::printf("%s %d %d %.2f %.2f %.2f %.2f %d %s %.2f %.2f\n", name, ops, stats.samples, stats.maxGapMs,
                    stats.maxGapCpuMs, stats.maxCpuMs, stats.p99GapMs, stats.over16Ms, qPrintable(status),
                    stats.maxOwnGapMs, stats.maxOwnGapCpuMs);
        std::fflush(stdout);
    }
};

// One measured operation: the probe is reset, \a action runs from the event loop (as a click's
// handler would), the loop turns until \a done, then a little longer so the repaint that shows
// the outcome and the interval still open are recorded too.
bool measure(EventLoopProbe& probe, Phase& phase, const std::function<void()>& action,
             const std::function<bool()>& done, int timeoutMs)
{
    probe.reset();
    QTimer::singleShot(0, action);
    const bool finished = runUntil(done, timeoutMs);
    runFor(40);
    phase.add(probe.stats());
    return finished;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LongLived"));
    QCoreApplication::setOrganizationName(QStringLiteral("LongLived"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption idleOption(QStringLiteral("idle-ms"), QStringLiteral("Idle probing time."),
                                        QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption exchangesOption(QStringLiteral("exchanges"), QStringLiteral("Exchanges to run."),
                                             QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"), QStringLiteral("Server answer delay."),
                                         QStringLiteral("ms"), QStringLiteral("300"));
    const QCommandLineOption keychainOption(QStringLiteral("keychain-ops"),
                                            QStringLiteral("Save + open rounds (0 = no keychain)."),
                                            QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({idleOption, exchangesOption, delayOption, keychainOption});
    parser.process(app);
    const int idleMs = parser.value(idleOption).toInt();
    const int exchanges = parser.value(exchangesOption).toInt();
    const int delayMs = parser.value(delayOption).toInt();
    const int keychainOps = parser.value(keychainOption).toInt();

    GraphTestServer server;
    server.setHandler([delayMs](const GraphTestServer::Request&) {
        return GraphTestServer::tokenResponse(QStringLiteral("EAAbenchLongLived") + QString(180, QLatin1Char('x')))
            .delayed(delayMs);
    });
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the loopback server\n");
        return 1;
    }

    ServiceConfig config = ServiceConfig::fromEnvironment();
    config.facebookBaseUrl = config.threadsBaseUrl = config.instagramBaseUrl = server.baseUrl();
    QNetworkAccessManager network;
    TokenService service(&network, config);
    ProfileStore profiles;
    TokenVault vault(&profiles);
    MainWindow window(&service, &vault);
    window.show();
    if (!runUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed(); }, 5000)) {
        std::fprintf(stderr, "the window was not exposed\n");
        return 1;
    }

    std::printf("phase ops samples max_gap_ms max_gap_cpu_ms max_cpu_ms p99_gap_ms over_16ms status own_gap_ms "
                "own_gap_cpu_ms\n");
    EventLoopProbe probe;
    probe.start();
    runFor(50); // the first turns after showing belong to start-up

    Phase idle("idle");
    probe.reset();
    runFor(idleMs);
    idle.add(probe.stats());
    idle.ops = 0;
    idle.print();

    // The window's parts, found by object name as users' tools find them.
    auto* form = window.findChild<ExchangeForm*>(QStringLiteral("exchangeForm"));
    auto* result = window.findChild<ResultPanel*>(QStringLiteral("resultPanel"));
    form->appIdEdit()->setText(QStringLiteral("1234567890"));
    form->appSecretEdit()->setText(QStringLiteral("0123456789abcdef0123456789abcdef"));
    form->tokenEdit()->setText(QStringLiteral("EAAbenchShortLived") + QString(160, QLatin1Char('y')));
    // The first exchange also creates the network manager's HTTP thread, looks up the proxy and
    // opens the connection: measured apart from the later ones.
    Phase firstExchange("exchange_first");
    Phase exchange("exchange");
    for (int i = 0; i < exchanges; ++i) {
        bool started = false;
        const bool ok = measure(
            probe, i == 0 ? firstExchange : exchange,
            [&] {
                form->exchangeAction()->trigger();
                started = form->isBusy();
            },
            [&] { return started && !form->isBusy(); }, 15000);
        if (!ok || !result->hasResult()) {
            firstExchange.status = exchange.status = QStringLiteral("failed");
            break;
        }
    }
    firstExchange.print();
    exchange.print();
    if (exchange.status != QLatin1String("ok"))
        return 1;

    if (keychainOps <= 0)
        return 0;
    Phase first("keychain_first");
    Phase keychain("keychain");
    auto* save = window.findChild<SaveTokenWidget*>(QStringLiteral("saveTokenWidget"));
    auto* savedTokens = window.findChild<SavedTokensView*>(QStringLiteral("savedTokensPanel"));
    bool saved = false;
    bool activated = false;
    QString failure;
    QObject::connect(save, &SaveTokenWidget::saved, [&] { saved = true; });
    QObject::connect(save, &SaveTokenWidget::saveFailed, [&](const VaultError& e) { failure = e.kindId(); });
    QObject::connect(savedTokens, &SavedTokensView::profileActivated, [&] { activated = true; });
    QObject::connect(savedTokens, &SavedTokensView::vaultFailed, [&](const VaultError& e) { failure = e.kindId(); });
    for (int i = 0; i < keychainOps && failure.isEmpty(); ++i) {
        const QString name = QStringLiteral("Bench %1").arg(i);
        save->profileNameEdit()->setText(name);
        saved = false;
        // The very first keychain call loads libsecret and connects to the Secret Service.
        Phase& savePhase = i == 0 ? first : keychain;
        if (!measure(probe, savePhase, [&] { save->saveAction()->trigger(); },
                     [&] { return saved || !failure.isEmpty(); }, 15000)
            || !saved) {
            break;
        }
        activated = false;
        if (!measure(
                probe, keychain, [&] { savedTokens->openProfile(name); },
                [&] { return activated || !failure.isEmpty(); }, 15000)
            || !activated) {
            break;
        }
    }
    if (!failure.isEmpty() || (first.ops > 0 && keychain.ops < 2 * keychainOps - 1)) {
        const QString status = QStringLiteral("failed:") + (failure.isEmpty() ? QStringLiteral("timeout") : failure);
        first.status = keychain.status = status;
    }
    first.print();
    keychain.print();
    return first.status == QLatin1String("ok") ? 0 : 1;
}
