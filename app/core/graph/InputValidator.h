#pragma once

#include <QCoreApplication>
#include <QString>

/// Cleans and checks what users paste into the form or feed to the CLI.
/// Messages are translated and name the field, never its content.
class InputValidator
{
    Q_DECLARE_TR_FUNCTIONS(InputValidator)

public:
    /// Surrounding whitespace and newlines removed, as pasted from a browser or a terminal,
    /// and invisible format characters around it (zero-width space, word joiner, BOM).
    static QString clean(const QString& input);

    /// Empty when valid, otherwise a message to show next to the field.
    /// An App ID is all digits (Meta's IDs are 15–17 digits; any length is accepted).
    static QString appIdProblem(const QString& cleanedAppId);
    /// A secret is a single word (Meta's are 32 hex characters; others are accepted).
    static QString appSecretProblem(const QString& cleanedSecret);
    /// A token has no inner whitespace and only URL-safe characters.
    static QString tokenProblem(const QString& cleanedToken);
    /// An API version is empty or "v" followed by a number such as 25.0.
    static QString apiVersionProblem(const QString& cleanedVersion);
};
