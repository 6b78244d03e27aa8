#include "CliSupport.h"
namespace par::cli {
QList<Command> reportCommands()
{
    return {};
}
} // namespace par::cli
