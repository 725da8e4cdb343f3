#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// One place a profile's token is delivered to, with what happened there last. Kept per
/// profile by DeliveryStore; nothing here is secret (an n8n target's API key lives in the
/// keychain, TokenVault::deliveryKeyKey(), and only a fingerprint of the token is kept).
///
/// - n8n: PATCH {n8nUrl}/api/v1/credentials/{credentialId} setting the credential's \a field.
/// - file: \a path rewritten atomically, mode 0600, as "<token>\n" (format "token") or
///   "VAR=<token>\n" (format "env:VAR").
/// - exec: \a program run with \a arguments (no shell), the token on its standard input.
class DeliveryTarget {
    Q_DECLARE_TR_FUNCTIONS(DeliveryTarget)

public:
    enum class Kind { N8n, File, Exec };

    static DeliveryTarget n8n(const QUrl& baseUrl, const QString& credentialId, const QString& field = defaultField());
    /// \a format: "token" or "env:VAR".
    static DeliveryTarget file(const QString& path, const QString& format = QStringLiteral("token"));
    /// \a commandLine split like a shell would split words, without running one
    /// (QProcess::splitCommand: double quotes group, no variables, no globbing).
    static DeliveryTarget exec(const QString& commandLine);

    static QString defaultField() { return QStringLiteral("accessToken"); }

    Kind kind = Kind::File;
    /// Short, stable within the profile ("n8n-1", "file-2"); given by DeliveryStore::add().
    QString id;

    QUrl n8nUrl;
    QString credentialId;
    QString field = defaultField();

    QString path;
    QString format = QStringLiteral("token");

    QString program;
    QStringList arguments;

    // What happened last (DeliveryStore::recordResult()).
    /// DeliveryTarget::fingerprint() of the token this target last received successfully.
    QString deliveredFingerprint;
    QDateTime lastAttemptAt; ///< UTC; invalid = never tried
    QDateTime lastDeliveredAt; ///< UTC; invalid = never delivered
    bool lastOk = false;
    QString lastResultKind; ///< DeliveryResult::kindId() of the last attempt
    QString lastMessage; ///< DeliveryResult::message() of the last attempt

    /// Empty when the settings can work; otherwise why not, in plain language.
    QString validationError() const;
    /// The variable name of an "env:VAR" format, empty for "token".
    QString envVariable() const;
    /// "n8n", "file" or "exec".
    QString kindId() const;
    static std::optional<Kind> kindFromId(const QString& id);
    /// One line for a listing, e.g. "n8n https://n8n.example.com credential 3BWx… field accessToken".
    QString description() const;
    /// Exec: program and arguments as one line that exec() splits back into the same words.
    QString commandLine() const;
    /// Everything above for `--json` (no secret in it).
    QJsonObject toJson() const;
    /// Whether this target has already received the token with \a tokenFingerprint.
    bool hasReceived(const QString& tokenFingerprint) const;
    /// Whether a token saved at \a tokenSavedAt (Profile::savedAt) was delivered here already,
    /// known without reading it: a successful delivery came after it was saved. False when in
    /// doubt (never delivered, or no time known), so only the fingerprint decides then.
    bool deliveredAfter(const QDateTime& tokenSavedAt) const;

    /// A short, non-reversible fingerprint of \a token (first 16 hex digits of its SHA-256),
    /// to remember which token a target received without keeping the token.
    static QString fingerprint(const QString& token);
    /// Letters, digits, '-' and '_' only (n8n's ids; never a path or query).
    static bool isValidCredentialId(const QString& id);
    /// A name a POSIX shell accepts as a variable: [A-Za-z_][A-Za-z0-9_]*.
    static bool isValidShellName(const QString& name);
    /// Empty when \a cleanedKey (after InputValidator::clean()) can be sent as n8n's
    /// X-N8N-API-KEY header; otherwise what is wrong, in plain language and without the key.
    /// n8n's keys are printable ASCII: a control character (a line break inside, a tab, a
    /// carriage return) would make the header malformed, and any other character could never
    /// match a key n8n issued, so both are refused where the key is entered, not at delivery.
    static QString apiKeyProblem(const QString& cleanedKey);
    /// The longest API key accepted (n8n's are a few hundred characters).
    static constexpr qsizetype maxApiKeyLength = 4096;

private:
    QString n8nValidationError() const;
    QString fileValidationError() const;
};

Q_DECLARE_METATYPE(DeliveryTarget)
