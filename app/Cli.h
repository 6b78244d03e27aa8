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

    static int run(const QStringList& arguments);
};

} // namespace par
