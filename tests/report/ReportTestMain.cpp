// The main of the report tests: painting needs a QGuiApplication (fonts), on the offscreen platform so that the tests
// run without a display; gtest_discover_tests runs the binary without the test environment, so it is forced here.
#include <QGuiApplication>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}
void PrintTo(const QVariant& value, std::ostream* os)
{
    *os << value.toString().toStdString();
}
QT_END_NAMESPACE

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
