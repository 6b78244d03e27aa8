#include "CliSupport.h"

namespace par::cli {

// The export commands; registered in parindex --help through this list.
QList<Command> exportCommands()
{
    return {};
}

} // namespace par::cli
