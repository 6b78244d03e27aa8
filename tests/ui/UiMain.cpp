// The GUI tests' main: a QApplication on the offscreen platform, so that widgets can be built, shown and grabbed
// without a display (gtest_discover_tests runs the binary at build time without the test environment).
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings and the demo database away from the user's own
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parindex-tests"));
    QApplication::setOrganizationName(QStringLiteral("parindex"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
