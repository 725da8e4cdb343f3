// longlived-bench-profiles: saves the renewal benchmark's profiles, as the window's "Save to
// keychain" and a delivery target's "Add" do — through the core library's TokenVault (token in
// the keychain, profile in the settings file) and DeliveryStore (an n8n target, its API key in
// the keychain). One process for all of them: saving 1,000 profiles through 2,000 CLI starts
// would take longer than the benchmark itself. Not a product; bench/renew.sh runs it.
//
//   longlived-bench-profiles FROM TO N8N_URL
//
// Profiles bench-FROM … bench-TO (four digits), Threads, obtained 53 days ago and expiring in
// 7 days (due for renewal), token "THbenchstart<6 digits>Qw…", one n8n target each with the
// credential id cred<12 digits> and the API key n8n-api-key-<6 digits>. Exit 1 at the first
// failure, with what failed.
#include "vault/DeliveryStore.h"
#include "vault/DeliveryTarget.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"
#include "vault/VaultError.h"
#include "vault/VaultJob.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

QString profileName(int i)
{
    return QStringLiteral("bench-%1").arg(i, 4, 10, QLatin1Char('0'));
}

Profile dueProfile(int i)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Profile profile;
    profile.name = profileName(i);
    profile.platform = Platform::Threads;
    profile.obtainedAt = now.addDays(-53);
    profile.expiresAt = now.addDays(7);
    profile.tokenType = QStringLiteral("bearer");
    return profile;
}

QString tokenOf(int i)
{
    return QStringLiteral("THbenchstart%1").arg(i, 6, 10, QLatin1Char('0')) + QStringLiteral("Qw").repeated(90);
}

// Saves the profiles one after the other (each keychain write waits for the one before).
class Saver {
public:
    Saver(int from, int to, const QUrl& n8n)
        : m_next(from)
        , m_last(to)
        , m_n8n(n8n)
        , m_deliveries(m_store.fileName())
        , m_vault(&m_store)
    {
    }

    void saveNext()
    {
        if (m_next > m_last) {
            QCoreApplication::exit(0);
            return;
        }
        const int i = m_next++;
        VaultJob* job = m_vault.save(dueProfile(i), tokenOf(i));
        watch(job, "the token", [this, i] { addTarget(i); });
    }

private:
    void addTarget(int i)
    {
        const auto target = m_deliveries.add(
            profileName(i), DeliveryTarget::n8n(m_n8n, QStringLiteral("cred%1").arg(i, 12, 10, QLatin1Char('0'))));
        if (!target) {
            std::fprintf(stderr, "longlived-bench-profiles: the n8n target of %d could not be added\n", i);
            QCoreApplication::exit(1);
            return;
        }
        VaultJob* job = m_vault.saveDeliveryKey(profileName(i), target->id,
                                                QStringLiteral("n8n-api-key-%1").arg(i, 6, 10, QLatin1Char('0')));
        watch(job, "the n8n API key", [this] { saveNext(); });
    }

    void watch(VaultJob* job, const char* what, std::function<void()> then)
    {
        QObject::connect(job, &VaultJob::succeeded, job, [then] { then(); });
        QObject::connect(job, &VaultJob::failed, job, [what](const VaultError& error) {
            std::fprintf(stderr, "longlived-bench-profiles: the keychain did not take %s: %s\n", what,
                         qPrintable(error.displayText()));
            QCoreApplication::exit(1);
        });
    }

    int m_next;
    const int m_last;
    const QUrl m_n8n;
    ProfileStore m_store;
    DeliveryStore m_deliveries;
    TokenVault m_vault;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: longlived-bench-profiles FROM TO N8N_URL\n");
        return 2;
    }
    Saver saver(std::atoi(argv[1]), std::atoi(argv[2]), QUrl(QString::fromLocal8Bit(argv[3])));
    QMetaObject::invokeMethod(
        &app, [&saver] { saver.saveNext(); }, Qt::QueuedConnection);
    return app.exec();
}
