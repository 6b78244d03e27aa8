// The library that carries the manual's pictures (see ManualShots.h): the program and the test that checks the
// pictures link it. Its resources register themselves; this function lets a caller ask whether they are in.
#include "help/ManualShots.h"

#include <QFile>

namespace par::ui {

bool manualImagesBuiltIn()
{
    return QFile::exists(QStringLiteral(":/manual/shots/en/overview.png"));
}

} // namespace par::ui
