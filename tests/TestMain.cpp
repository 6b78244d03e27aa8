// The shared main of every test binary: an offscreen Qt application, so that tests run without a display
// (gtest_discover_tests runs binaries at build time without the test environment, so it cannot be set there).
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

#include <ostream>

QT_BEGIN_NAMESPACE
// Readable failure messages for Qt values.
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
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
