#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class CliSession;
class CliVault;
class QCommandLineParser;
struct Profile;
struct TokenResult;

/// `--save NAME [--replace] [--save-app-secret]` of exchange and refresh: the token Meta returns
/// is stored as a saved profile exactly as the window's "Save to keychain" stores it (the same
/// profile record through TokenVault::save(), the same keychain entries).
///
/// The order keeps the token safe: a name that is taken (without --replace) is refused before
/// anything is sent to Meta; the token is printed before the keychain is written (with --json,
/// one object once the keychain answered), so a keychain that fails loses nothing.
class ProfileSaveOption {
    Q_DECLARE_TR_FUNCTIONS(ProfileSaveOption)

public:
    ProfileSaveOption();
    ~ProfileSaveOption();
    ProfileSaveOption(const ProfileSaveOption&) = delete;
    ProfileSaveOption& operator=(const ProfileSaveOption&) = delete;

    static QList<QCommandLineOption> options();
    /// The help paragraph on saving.
    static QString help();
    /// Whether \a arguments (a command's, before parsing) ask to save: the keychain then needs
    /// the GLib event loop, which is chosen before the command line is parsed.
    static bool isRequestedIn(const QStringList& arguments);

    /// Reads the options; returns the problem, or an empty string.
    QString read(const QCommandLineParser& parser);
    bool isRequested() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    bool replace() const { return m_replace; }
    bool saveAppSecret() const { return m_saveAppSecret; }

    /// Before the request: exit status 2 (kind "profile_exists") when a profile of that name
    /// exists and --replace was not given; nullopt when the command may go on.
    std::optional<int> checkName(CliSession& session);
    /// After Meta's answer: prints the token (\a what as for CliSession::reportToken()), saves
    /// \a profile with it (\a appSecret as TokenVault::save() takes it) and finishes the session
    /// with 0, or 1 when the keychain failed (the token is printed all the same).
    void saveAndFinish(CliSession& session, const TokenResult& result, const QString& what, const Profile& profile,
                       const std::optional<QString>& appSecret);

private:
    CliVault& vault(CliSession& session);
    void reportSaved(CliSession& session, const QByteArray& tokenJson, const Profile& stored);

    QString m_name;
    bool m_replace = false;
    bool m_saveAppSecret = false;
    std::unique_ptr<CliVault> m_vault;
};
