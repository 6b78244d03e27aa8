#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace par {

// The command line: a contract that scripts and acceptance checks rely on, documented in the README.
// Exit codes: 0 done, 1 usage error, 2 input refused (nothing changed), 3 storage error.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(par::Cli)

public:
    enum ExitCode
    {
        Done = 0,
        Usage = 1,
        Refused = 2,
        StorageFailure = 3,
    };

    enum class Mode
    {
        Console, // a command that prints or writes files: QCoreApplication, no display needed
        Painting, // a command that paints (the PDF report): QApplication on the offscreen platform
        Desktop, // no command: the desktop application
    };
    // Decided from the raw arguments, before any Qt application exists.
    static Mode mode(const QStringList& arguments);
    static int run(const QStringList& arguments);
    // The console program could not hand a painting or desktop run over to parindex-desktop (main.cpp): says so in
    // the language asked for and returns the exit code. An empty reason: the program is not there.
    static int cannotHandOver(const QStringList& arguments, const QString& program, const QString& reason);
};

} // namespace par
