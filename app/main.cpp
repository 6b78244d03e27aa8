#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parindex"));
    QCoreApplication::setOrganizationName(QStringLiteral("parindex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARINDEX_VERSION));
    return par::Cli::run(QCoreApplication::arguments());
}
