#pragma once

// QTEST_MAIN for the widget tests, plus what every one of them needs: the offscreen platform
// unless QT_QPA_PLATFORM says otherwise (so the same tests run on xcb under Xvfb), the
// application identity, QSettings in a private temporary folder (never the user's), and the
// English catalogue so "%n day(s)" reads "59 days".

#include "TranslationLoader.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace GuiTest {

/// With LONGLIVED_SCREENSHOT_DIR set, saves \a widget as <dir>/<name>.png (for looking at the
/// window as a user would); false only when that fails.
inline bool saveSnapshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LONGLIVED_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    // Layouts and newly shown children settle through posted events: let them run first.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline int run(int argc, char** argv, QObject* (*makeTest)())
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LongLivedGuiTest"));
    QCoreApplication::setOrganizationName(QStringLiteral("LongLivedTests"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tests.longlived.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONGLIVED_VERSION));
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    TranslationLoader::install(&app, QLocale(QLocale::English, QLocale::UnitedStates));
    QObject* test = makeTest();
    const int result = QTest::qExec(test, argc, argv);
    delete test;
    return result;
}

} // namespace GuiTest

#define LONGLIVED_GUI_TEST_MAIN(TestClass)                                                             \
    int main(int argc, char** argv)                                                                    \
    {                                                                                                  \
        return GuiTest::run(argc, argv, [] { return static_cast<QObject*>(new TestClass); });           \
    }
