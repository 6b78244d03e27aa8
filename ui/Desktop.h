#pragma once

#include <QStringList>

namespace par::ui {

// Starts the desktop application inside an existing QApplication: "parindex [--db FILE] [--lang vi|en]".
int runDesktop(const QStringList& arguments);
// Switches the translators and the default locale (numbers: 74,62 or 74.62).
bool installLanguage(const QString& language);

} // namespace par::ui
