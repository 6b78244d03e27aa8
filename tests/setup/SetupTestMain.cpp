// The main of the Setup and History tests: an offscreen QApplication (widgets need one; gtest_discover_tests runs
// the binary without the test environment, so the platform is chosen here) and English number formats, so that
// displayed values can be compared.
#include <QApplication>
#include <QLocale>
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
    qputenv("PARINDEX_USER", "tester");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parindex-setup-tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
