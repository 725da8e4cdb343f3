// The German translation is complete over every user-visible string of the core, the GUI and
// the CLI; plural forms are right in German and English; the catalogues compiled into the
// programs load, and a widget speaks German under a German locale.
#include "ExchangeForm.h"
#include "support/ExpiryFormatter.h"
#include "TranslationLoader.h"
#include "TsFile.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyStringIsExtractable();
    void germanIsComplete();
    void englishHasEveryPluralForm();
    void catalogueLoadsFromResources();
    void availableLanguages();
    void loaderInstallsGermanForGermanLocale();
    void loaderFallsBackToEnglishPlurals();
    void widgetShowsGerman();
    void datesFollowTheLocale();
    void cliSpeaksGermanUnderGermanLang();

private:
    /// The .ts file \a name as lupdate makes it from today's sources (a copy; the tree is untouched).
    QString refreshedTs(const QString& name, const QString& projectCmake, const QStringList& extraOptions);
    static QStringList problemsOf(const TsFile& ts, int expectedForms);

    QTemporaryDir m_dir;
    QStringList m_lupdateWarnings; ///< strings lupdate saw but could not extract
    QString m_german;
    QString m_english;
    QLocale m_defaultLocale;
};

QString TestTranslations::refreshedTs(const QString& name, const QString& projectCmake, const QStringList& extraOptions)
{
    const QString copy = m_dir.filePath(name);
    if (!QFile::copy(QStringLiteral(LONGLIVED_TS_DIR "/") + name, copy))
        return {};
    const QString json = m_dir.filePath(name + QStringLiteral(".json"));
    QProcess cmake;
    cmake.start(QStringLiteral(LONGLIVED_CMAKE),
                {QStringLiteral("-DIN_FILE=") + projectCmake, QStringLiteral("-DOUT_FILE=") + json, QStringLiteral("-P"),
                 QStringLiteral(LONGLIVED_LUPDATE_PROJECT_SCRIPT)});
    if (!cmake.waitForFinished(60000) || cmake.exitCode() != 0) {
        qWarning().noquote() << cmake.readAllStandardError();
        return {};
    }
    // The options of resources/translations/CMakeLists.txt, and -ts to write the copy instead.
    QProcess lupdate;
    lupdate.start(QStringLiteral(LONGLIVED_LUPDATE),
                  QStringList{QStringLiteral("-project"), json, QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-no-obsolete"), QStringLiteral("-silent")}
                      + extraOptions + QStringList{QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        qWarning().noquote() << lupdate.readAllStandardError();
        return {};
    }
    // "tr() cannot be called without context" and friends: a string the program translates at
    // run time but lupdate cannot see, so it can never be translated.
    const QStringList lines = QString::fromLocal8Bit(lupdate.readAllStandardError()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.contains(QLatin1String("tr() cannot be called without context"))
            || line.contains(QLatin1String("Cannot invoke tr()")) || line.contains(QLatin1String("unknown namespace/class")))
            m_lupdateWarnings << line;
    }
    m_lupdateWarnings.removeDuplicates();
    return copy;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_defaultLocale = QLocale();
    m_german = refreshedTs(QStringLiteral("longlived_de.ts"), QStringLiteral(LONGLIVED_LUPDATE_PROJECT_DE), {});
    QVERIFY2(!m_german.isEmpty(), "lupdate could not refresh a copy of longlived_de.ts");
    m_english = refreshedTs(QStringLiteral("longlived_en.ts"), QStringLiteral(LONGLIVED_LUPDATE_PROJECT_EN),
                            {QStringLiteral("-pluralonly")});
    QVERIFY2(!m_english.isEmpty(), "lupdate could not refresh a copy of longlived_en.ts");
}

void TestTranslations::cleanup()
{
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_defaultLocale);
}

QStringList TestTranslations::problemsOf(const TsFile& ts, int expectedForms)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    // A mnemonic: "&" before a letter or digit; "&&" is a literal ampersand.
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?!&)\\w"));
    const auto placeholders = [](const QString& text) {
        QSet<QString> found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found.insert(it.next().captured(0));
        return found;
    };

    QStringList problems;
    for (const TsFile::Message& message : ts.messages()) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            continue;
        if (message.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: ") + message.where();
            continue;
        }
        if (message.forms.size() != (message.numerus ? expectedForms : 1)) {
            problems << QStringLiteral("%1 forms instead of %2: ").arg(message.forms.size()).arg(expectedForms)
                    + message.where();
            continue;
        }
        QSet<QString> expected = placeholders(message.source);
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            const QString& form = message.forms.at(i);
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: ") + message.where();
                continue;
            }
            QSet<QString> found = placeholders(form);
            // A singular may say "one day" instead of "%n day"; every other form needs the number.
            if (message.numerus && i == 0)
                found.insert(QStringLiteral("%n"));
            if (found != expected)
                problems << QStringLiteral("placeholders differ in \"%1\": ").arg(form) + message.where();
            if (mnemonic.match(message.source).hasMatch() != mnemonic.match(form).hasMatch())
                problems << QStringLiteral("keyboard shortcut (&) lost or added in \"%1\": ").arg(form)
                        + message.where();
        }
    }
    return problems;
}

void TestTranslations::everyStringIsExtractable()
{
    QVERIFY2(m_lupdateWarnings.isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot extract these strings, so they stay English (use "
                                       "Class::tr() or QCoreApplication::translate(\"Context\", ...)):\n")
                        + m_lupdateWarnings.join(QLatin1Char('\n'))));
}

void TestTranslations::germanIsComplete()
{
    TsFile ts;
    QVERIFY2(ts.read(m_german), qPrintable(ts.errorString()));
    QVERIFY(ts.language().startsWith(QLatin1String("de")));
    // lupdate found the sources: the core, the GUI (forms included) and the CLI all have strings.
    QSet<QString> contexts;
    for (const TsFile::Message& message : ts.messages())
        contexts.insert(message.context);
    for (const char* context : {"GraphError", "ExchangeForm", "MainWindow", "ExpiryFormatter", "CommandLine"})
        QVERIFY2(contexts.contains(QLatin1String(context)), context);

    const QStringList problems = problemsOf(ts, 2); // German: one, other
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in longlived_de.ts; run scripts/update-translations.sh and "
                                       "translate:\n")
                            .arg(problems.size())
                        + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishHasEveryPluralForm()
{
    TsFile ts;
    QVERIFY2(ts.read(m_english), qPrintable(ts.errorString()));
    QVERIFY(!ts.messages().isEmpty());
    QStringList problems = problemsOf(ts, 2);
    for (const TsFile::Message& message : ts.messages()) {
        if (!message.numerus)
            problems << QStringLiteral("not a plural (lupdate -pluralonly): ") + message.where();
        for (const QString& form : message.forms) {
            if (form.contains(QLatin1String("(s)")))
                problems << QStringLiteral("\"(s)\" left in \"%1\": ").arg(form) + message.where();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueLoadsFromResources()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/longlived_de.qm")));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.translate("ExpiryFormatter", "in %n day(s)", nullptr, 1), QStringLiteral("in %n Tag"));
    QCOMPARE(translator.translate("ExpiryFormatter", "in %n day(s)", nullptr, 59), QStringLiteral("in %n Tagen"));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/longlived_en.qm")));
}

void TestTranslations::availableLanguages()
{
    QCOMPARE(TranslationLoader::availableLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
}

void TestTranslations::loaderInstallsGermanForGermanLocale()
{
    QCOMPARE(TranslationLoader::install(qApp, QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ExpiryFormatter::relative(now, now.addSecs(24 * 3600 + 30)), QStringLiteral("in 1 Tag"));
    QCOMPARE(ExpiryFormatter::relative(now, now.addDays(59).addSecs(30)), QStringLiteral("in 59 Tagen"));
    QCOMPARE(ExpiryFormatter::relative(now, now.addSecs(-2 * 3600 - 30)), QStringLiteral("vor 2 Stunden abgelaufen"));
}

void TestTranslations::loaderFallsBackToEnglishPlurals()
{
    QCOMPARE(TranslationLoader::install(qApp, QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ExpiryFormatter::relative(now, now.addSecs(24 * 3600 + 30)), QStringLiteral("in 1 day"));
    QCOMPARE(ExpiryFormatter::relative(now, now.addDays(59).addSecs(30)), QStringLiteral("in 59 days"));
}

void TestTranslations::widgetShowsGerman()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QCOMPARE(TranslationLoader::install(qApp, german), QStringLiteral("de"));
    ExchangeForm form;
    auto* tokenLabel = form.findChild<QLabel*>(QStringLiteral("tokenLabel"));
    QVERIFY(tokenLabel);
    QCOMPARE(tokenLabel->text(), QStringLiteral("&Kurzlebiges Token"));
    auto* appSecretLabel = form.findChild<QLabel*>(QStringLiteral("appSecretLabel"));
    QVERIFY(appSecretLabel);
    QCOMPARE(appSecretLabel->text(), QStringLiteral("App-&Geheimnis"));
}

void TestTranslations::datesFollowTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(TranslationLoader::install(qApp, german), QStringLiteral("de"));
    const QDateTime expiry(QDate(2027, 1, 15), QTime(14, 30), Qt::LocalTime);
    const QString text = ExpiryFormatter::absolute(expiry, german);
    QVERIFY2(text.contains(QLatin1String("15. Januar 2027")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(" um 14:30")), qPrintable(text));
}

void TestTranslations::cliSpeaksGermanUnderGermanLang()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(LONGLIVED_CLI), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString help = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(help.contains(QLatin1String("Befehle:")), qPrintable(help));
    QVERIFY2(help.contains(QLatin1String("Ein kurzlebiges Token gegen ein langlebiges tauschen.")), qPrintable(help));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
