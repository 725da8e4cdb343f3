#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

/// Installs the translations for the user's language on an application: LongLived's own
/// strings (compiled into the binary as :/i18n/longlived_<lang>.qm, from the .ts files beside
/// this file) and Qt's (qtbase_<lang>.qm from Qt's translations folder, Debian package
/// qt6-translations-l10n, for standard buttons and context menus).
///
/// Call it once, right after constructing the QCoreApplication/QApplication and before any
/// widget or message is created. The GUI and longlived-cli both use it.
class TranslationLoader
{
public:
    /// Where the compiled catalogues live in the resources.
    static QString resourceDirectory();

    /// Installs the catalogues for \a locale (default: the system's, from LANG/LC_ALL/LANGUAGE)
    /// on \a app, which owns them. Languages without a LongLived catalogue get the English one,
    /// which holds only the plural forms ("1 day", "2 days"). Returns the language of the
    /// LongLived catalogue installed ("de", "en"), or an empty string if none could be loaded.
    static QString install(QCoreApplication* app, const QLocale& locale = QLocale());

    /// The languages with a LongLived catalogue, e.g. {"de", "en"}.
    static QStringList availableLanguages();
};
