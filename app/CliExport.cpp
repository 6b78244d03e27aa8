#include "CliSupport.h"
namespace par::cli {
QList<Command> exportCommands()
{
    return {};
}
} // namespace par::cli
