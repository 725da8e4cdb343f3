#include "vault/DeliveryTarget.h"

#include "graph/ServiceConfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace {
const QString envPrefix = QStringLiteral("env:");

QString dateToText(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

DeliveryTarget DeliveryTarget::n8n(const QUrl& baseUrl, const QString& credentialId, const QString& field)
{
    DeliveryTarget target;
    target.kind = Kind::N8n;
    target.n8nUrl = baseUrl;
    target.credentialId = credentialId.trimmed();
    target.field = field.trimmed().isEmpty() ? defaultField() : field.trimmed();
    return target;
}

DeliveryTarget DeliveryTarget::file(const QString& path, const QString& format)
{
    DeliveryTarget target;
    target.kind = Kind::File;
    target.path = path.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(path));
    target.format = format.isEmpty() ? QStringLiteral("token") : format;
    return target;
}

DeliveryTarget DeliveryTarget::exec(const QString& commandLine)
{
    DeliveryTarget target;
    target.kind = Kind::Exec;
    QStringList words = QProcess::splitCommand(commandLine);
    if (!words.isEmpty())
        target.program = words.takeFirst();
    target.arguments = words;
    return target;
}

bool DeliveryTarget::isValidCredentialId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

bool DeliveryTarget::isValidShellName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QString DeliveryTarget::apiKeyProblem(const QString& cleanedKey)
{
    if (cleanedKey.isEmpty())
        return tr("Enter the n8n API key (in n8n: Settings › n8n API).");
    const auto isControl = [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph;
    };
    if (std::any_of(cleanedKey.cbegin(), cleanedKey.cend(), isControl))
        return tr("The n8n API key contains a line break or another control character; put the key alone on "
                  "one line.");
    if (std::any_of(cleanedKey.cbegin(), cleanedKey.cend(), [](QChar c) { return c.unicode() > 0x7e; }))
        return tr("The n8n API key contains a character that cannot be sent in an HTTP header (n8n's keys have "
                  "only ASCII letters, digits and punctuation); copy the key again.");
    if (cleanedKey.size() > maxApiKeyLength)
        return tr("The n8n API key is far too long to be a key; put the key alone on one line.");
    return {};
}

QString DeliveryTarget::fingerprint(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString DeliveryTarget::envVariable() const
{
    return format.startsWith(envPrefix) ? format.mid(envPrefix.size()) : QString();
}

QString DeliveryTarget::n8nValidationError() const
{
    if (!n8nUrl.isValid() || n8nUrl.host().isEmpty())
        return tr("The n8n address is not a valid URL (e.g. https://n8n.example.com).");
    if (!n8nUrl.userInfo().isEmpty() || n8nUrl.hasQuery() || n8nUrl.hasFragment())
        return tr("The n8n address must be a plain base URL, without user, query or fragment.");
    if (!ServiceConfig::isAllowedBaseUrl(n8nUrl))
        return tr("The n8n address must use https:// (plain http:// only to a loopback address such as "
                  "127.0.0.1).");
    if (!isValidCredentialId(credentialId))
        return tr("The credential id may contain only letters, digits, '-' and '_' (it is the last part of the "
                  "credential's address in n8n).");
    static const QRegularExpression fieldPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,128}$"));
    if (!fieldPattern.match(field).hasMatch())
        return tr("The field name may contain only letters, digits, '.', '-' and '_'.");
    return {};
}

QString DeliveryTarget::fileValidationError() const
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return tr("The file needs an absolute path.");
    if (format == QLatin1String("token"))
        return {};
    if (!format.startsWith(envPrefix))
        return tr("The file format must be \"token\" or \"env:VARIABLE\".");
    if (!isValidShellName(envVariable()))
        return tr("\"%1\" is not a valid shell variable name (letters, digits and '_', not starting with a digit).")
            .arg(envVariable());
    return {};
}

QString DeliveryTarget::validationError() const
{
    switch (kind) {
    case Kind::N8n:
        return n8nValidationError();
    case Kind::File:
        return fileValidationError();
    case Kind::Exec:
        return program.isEmpty() ? tr("The command is empty.") : QString();
    }
    return {};
}

QString DeliveryTarget::kindId() const
{
    switch (kind) {
    case Kind::N8n:
        return QStringLiteral("n8n");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Exec:
        return QStringLiteral("exec");
    }
    return {};
}

std::optional<DeliveryTarget::Kind> DeliveryTarget::kindFromId(const QString& id)
{
    if (id == QLatin1String("n8n"))
        return Kind::N8n;
    if (id == QLatin1String("file"))
        return Kind::File;
    if (id == QLatin1String("exec"))
        return Kind::Exec;
    return std::nullopt;
}

QString DeliveryTarget::description() const
{
    switch (kind) {
    case Kind::N8n:
        // Without user information: add() refuses it, but a hand-edited settings file may hold a password.
        return tr("n8n %1 credential %2 field %3")
            .arg(n8nUrl.toDisplayString(QUrl::RemoveUserInfo), credentialId, field);
    case Kind::File:
        return tr("file %1 (%2)").arg(QDir::toNativeSeparators(path), format);
    case Kind::Exec:
        return tr("exec %1").arg(commandLine());
    }
    return {};
}

QString DeliveryTarget::commandLine() const
{
    // Quoted the way QProcess::splitCommand() reads it back.
    QStringList words;
    for (QString word : QStringList {program} + arguments) {
        if (word.isEmpty() || word.contains(QLatin1Char(' ')) || word.contains(QLatin1Char('"'))) {
            word.replace(QLatin1Char('"'), QStringLiteral("\"\"\""));
            word = QLatin1Char('"') + word + QLatin1Char('"');
        }
        words << word;
    }
    return words.join(QLatin1Char(' '));
}

QJsonObject DeliveryTarget::toJson() const
{
    QJsonObject json {{QStringLiteral("id"), id}, {QStringLiteral("kind"), kindId()}};
    if (kind == Kind::N8n) {
        json.insert(QStringLiteral("url"), n8nUrl.toString(QUrl::RemoveUserInfo));
        json.insert(QStringLiteral("credential"), credentialId);
        json.insert(QStringLiteral("field"), field);
    } else if (kind == Kind::File) {
        json.insert(QStringLiteral("path"), path);
        json.insert(QStringLiteral("format"), format);
    } else {
        json.insert(QStringLiteral("program"), program);
        json.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    }
    json.insert(QStringLiteral("deliveredFingerprint"), deliveredFingerprint);
    json.insert(QStringLiteral("lastAttemptAt"), dateToText(lastAttemptAt));
    json.insert(QStringLiteral("lastDeliveredAt"), dateToText(lastDeliveredAt));
    json.insert(QStringLiteral("lastOk"), lastOk);
    json.insert(QStringLiteral("lastResult"), lastResultKind);
    json.insert(QStringLiteral("lastMessage"), lastMessage);
    return json;
}

bool DeliveryTarget::hasReceived(const QString& tokenFingerprint) const
{
    return !tokenFingerprint.isEmpty() && deliveredFingerprint == tokenFingerprint;
}

bool DeliveryTarget::deliveredAfter(const QDateTime& tokenSavedAt) const
{
    // Strictly after: a delivery in the same millisecond as a save may have carried the token
    // the save replaced.
    return !deliveredFingerprint.isEmpty() && lastDeliveredAt.isValid() && tokenSavedAt.isValid()
        && lastDeliveredAt > tokenSavedAt;
}
