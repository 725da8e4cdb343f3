#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

constexpr QLatin1String catalogue("longlived");

QTranslator* loadInto(QCoreApplication* app, const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(app);
    // QTranslator tries every language in locale.uiLanguages() (de-AT, de, ...) in order.
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QString TranslationLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::install(QCoreApplication* app, const QLocale& locale)
{
    // Qt's own strings first: a translator installed later is asked first, and LongLived's
    // catalogue must win if both have a string.
    loadInto(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (const QTranslator* own = loadInto(app, locale, QString(catalogue), resourceDirectory()))
        return own->language().section(QLatin1Char('_'), 0, 0);

    // No catalogue for this language: the English one gives "%n day(s)" its proper forms.
    if (loadInto(app, QLocale(QLocale::English), QString(catalogue), resourceDirectory()))
        return QStringLiteral("en");
    return {};
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(resourceDirectory()).entryList({QString(catalogue) + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(catalogue.size() + 1).chopped(3);
    return languages;
}
