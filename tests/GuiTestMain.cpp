// The main of the test binaries that paint or build widgets (desktop pages, setup, the report): a QApplication on the
// offscreen platform, since gtest_discover_tests runs each binary at build time without the test environment.
// Settings and the demo database go to test locations, changes are made by a known "tester", and numbers default to
// English so that displayed values can be compared; tests that need Vietnamese switch the language themselves.
#include "QtPrintTo.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PARINDEX_USER", "tester");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parindex-tests"));
    QApplication::setOrganizationName(QStringLiteral("parindex"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
