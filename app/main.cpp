#include "Cli.h"
#include "Desktop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

namespace {

void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("parindex"));
    QCoreApplication::setOrganizationName(QStringLiteral("parindex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARINDEX_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    switch (par::Cli::mode(arguments)) {
    case par::Cli::Mode::Console: {
        QCoreApplication app(argc, argv);
        describe();
        return par::Cli::run(QCoreApplication::arguments());
    }
    case par::Cli::Mode::Painting: {
        // A report paints fonts and charts but shows no window: it must work on a server without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, CI, root) Qt warns on every run that XDG_RUNTIME_DIR is unset.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime
                = QDir::tempPath().toLocal8Bit() + "/parindex-runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(runtime));
            QFile::setPermissions(QString::fromLocal8Bit(runtime),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        QApplication app(argc, argv);
        describe();
        return par::Cli::run(QCoreApplication::arguments());
    }
    case par::Cli::Mode::Desktop:
        break;
    }
    QApplication app(argc, argv);
    describe();
    return par::ui::runDesktop(QCoreApplication::arguments());
}
