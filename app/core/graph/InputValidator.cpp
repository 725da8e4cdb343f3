#include "graph/InputValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
bool hasInnerWhitespace(const QString& text)
{
    for (QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}
} // namespace

QString InputValidator::clean(const QString& input)
{
    // Beyond trimmed(): zero-width spaces, word joiners and byte order marks (Unicode "format"
    // characters) that web pages and some editors put around copied text, invisible to the user.
    const auto invisible = [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; };
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && invisible(input.at(begin)))
        ++begin;
    while (end > begin && invisible(input.at(end - 1)))
        --end;
    return input.mid(begin, end - begin);
}

QString InputValidator::appIdProblem(const QString& cleanedAppId)
{
    if (cleanedAppId.isEmpty())
        return tr("Enter the App ID from your app's dashboard.");
    for (QChar c : cleanedAppId) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("The App ID has digits only (find it at the top of your app's dashboard).");
    }
    if (cleanedAppId.size() > 32)
        return tr("The App ID is too long: Meta's App IDs have about 16 digits.");
    return {};
}

QString InputValidator::appSecretProblem(const QString& cleanedSecret)
{
    if (cleanedSecret.isEmpty())
        return tr("Enter the App Secret (Settings › Basic in your app's dashboard).");
    if (hasInnerWhitespace(cleanedSecret))
        return tr("The App Secret cannot contain spaces or line breaks: copy it again.");
    return {};
}

QString InputValidator::tokenProblem(const QString& cleanedToken)
{
    if (cleanedToken.isEmpty())
        return tr("Paste the access token.");
    if (hasInnerWhitespace(cleanedToken))
        return tr("The token cannot contain spaces or line breaks: it was probably cut while copying.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_\\-.~+/=|%]+$"));
    if (!allowed.match(cleanedToken).hasMatch())
        return tr("The token contains characters that access tokens never have: copy it again.");
    return {};
}

QString InputValidator::apiVersionProblem(const QString& cleanedVersion)
{
    if (cleanedVersion.isEmpty())
        return {};
    static const QRegularExpression version(QStringLiteral("^v[0-9]+\\.[0-9]+$"));
    if (!version.match(cleanedVersion).hasMatch())
        return tr("The API version looks like v25.0 (or leave it empty for the unversioned API).");
    return {};
}
