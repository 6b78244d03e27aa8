#pragma once

#include <QStringList>

namespace par::ui {

// Starts the desktop application inside an existing QApplication: "parindex [--db FILE] [--lang vi|en]".
int runDesktop(const QStringList& arguments);

} // namespace par::ui
