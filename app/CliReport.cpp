#include "CliSupport.h"

namespace par::cli {

// The report commands; registered in parindex --help through this list.
QList<Command> reportCommands()
{
    return {};
}

} // namespace par::cli
