// The shared main of every test binary: an offscreen Qt application, so that tests run without a display
// (gtest_discover_tests runs binaries at build time without the test environment, so it cannot be set there).
#include "QtPrintTo.h"
#include "TestBackend.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace {

// The ".pg" runs (PARINDEX_TEST_BACKEND=pg) without a server to run on: every test is skipped, saying why, rather than
// failed or passed.
class ServerBackend : public ::testing::Environment
{
public:
    void SetUp() override
    {
        QString why;
        if (testbackend::onServer() && testbackend::clusterUri(&why).isEmpty())
            GTEST_SKIP() << why.toStdString();
    }
};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new ServerBackend);
    return RUN_ALL_TESTS();
}
