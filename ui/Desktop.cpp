#include "Desktop.h"

#include <QMessageBox>

namespace par::ui {

int runDesktop(const QStringList& arguments)
{
    Q_UNUSED(arguments)
    QMessageBox::information(nullptr, QStringLiteral("parindex"), QStringLiteral("The desktop pages are being built."));
    return 0;
}

} // namespace par::ui
