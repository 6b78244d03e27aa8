// One main for the two programs (app/CMakeLists.txt). parindex-desktop (PARINDEX_WITH_DESKTOP) runs everything: the
// window, the painting commands and the console ones. parindex runs the console commands itself, without loading
// Qt's GUI libraries, and hands the rest over to parindex-desktop with the same arguments.
#include "Cli.h"
#include "CliSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef PARINDEX_WITH_DESKTOP
#include "Desktop.h"

#include <QApplication>
#include <QIcon>
#include <QStandardPaths>
#else
#include <QFileInfo>
#include <QProcess>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif
#endif

namespace {

void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("parindex"));
    QCoreApplication::setOrganizationName(QStringLiteral("parindex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARINDEX_VERSION));
}

#ifdef PARINDEX_WITH_DESKTOP

// The window's icon: the theme's copy installed by the package, else the program's own (app/CMakeLists.txt).
void setIcon()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(PARINDEX_APP_ID));
    QIcon own;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        own.addFile(QStringLiteral(":/icons/%1/parindex.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PARINDEX_APP_ID), own));
}

// A report paints fonts and charts but shows no window: it must work on a server without a display.
int paint(int argc, char* argv[])
{
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
    par::cli::installPainting();
    return par::Cli::run(QCoreApplication::arguments());
}

int showDesktop(int argc, char* argv[])
{
    QApplication app(argc, argv);
    describe();
    setIcon();
    return par::ui::runDesktop(QCoreApplication::arguments());
}

#else

// Beside this program in a build folder; in libexec/parindex when installed (PARINDEX_DESKTOP_DIR, relative to bin).
QString desktopProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    QString name = QStringLiteral(PARINDEX_DESKTOP_PROGRAM);
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    const QString beside = here.filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(here.filePath(QStringLiteral(PARINDEX_DESKTOP_DIR "/") + name));
}

int handOver(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    describe();
    const QString program = desktopProgram();
    if (!QFileInfo(program).isExecutable())
        return par::Cli::cannotHandOver(QCoreApplication::arguments(), program, QString());
#ifdef Q_OS_UNIX
    // The same process goes on as parindex-desktop: same arguments, standard streams, exit code and process id.
    execv(QFile::encodeName(program).constData(), argv);
    return par::Cli::cannotHandOver(QCoreApplication::arguments(), program, QString::fromLocal8Bit(strerror(errno)));
#else
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.start(program, QCoreApplication::arguments().mid(1));
    if (!child.waitForStarted(-1))
        return par::Cli::cannotHandOver(QCoreApplication::arguments(), program, child.errorString());
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : int(par::Cli::StorageFailure);
#endif
}

#endif

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const par::Cli::Mode mode = par::Cli::mode(arguments);
    if (mode == par::Cli::Mode::Console) {
        QCoreApplication app(argc, argv);
        describe();
        return par::Cli::run(QCoreApplication::arguments());
    }
#ifdef PARINDEX_WITH_DESKTOP
    return mode == par::Cli::Mode::Painting ? paint(argc, argv) : showDesktop(argc, argv);
#else
    return handOver(argc, argv);
#endif
}
