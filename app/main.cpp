#include "Cli.h"
#include "Desktop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QStandardPaths>

namespace {

void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("parindex"));
    QCoreApplication::setOrganizationName(QStringLiteral("parindex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARINDEX_VERSION));
}

// The window's icon: the theme's copy installed by the package, else the program's own (app/CMakeLists.txt).
void setIcon()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(PARINDEX_APP_ID));
    QIcon own;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        own.addFile(QStringLiteral(":/icons/%1/parindex.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PARINDEX_APP_ID), own));
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
            // Without a session (cron, CI, root) Qt warns on every run that XDG_RUNTIME_DIR is unset. The user's own
            // cache folder is private to them on every system, so no user id is needed to name it.
            // Only Qt's Unix platforms read it; Windows and macOS have no such folder.
#ifdef Q_OS_UNIX
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                                        .filePath(QStringLiteral("parindex/runtime"));
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
#endif
        QApplication app(argc, argv);
        describe();
        return par::Cli::run(QCoreApplication::arguments());
    }
    case par::Cli::Mode::Desktop:
        break;
    }
    QApplication app(argc, argv);
    describe();
    setIcon();
    return par::ui::runDesktop(QCoreApplication::arguments());
}
