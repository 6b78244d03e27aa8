// The main of the test binaries that paint or build widgets (desktop pages, setup, the report): a QApplication on the
// offscreen platform, since gtest_discover_tests runs each binary at build time without the test environment.
// Settings and the demo database go to test locations, changes are made by a known "tester", and numbers default to
// English so that displayed values can be compared; tests that need Vietnamese switch the language themselves.
// ctest runs many of these processes at once, so each gets a home of its own: the settings and the demo database of
// test mode live under it, and one test's recent files or last database can never leak into another's.
#include "QtPrintTo.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PARINDEX_USER", "tester");
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parindex-tests"));
    QApplication::setOrganizationName(QStringLiteral("parindex"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
