#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace par::ui {

// The pictures in the manual, made from the demo by parindex-manual-shots at build time (so they never go stale) and
// compiled into the program under :/manual/shots/<language>/<name>.png. The manual's HTML refers to them as
// shots/<language>/<name>.png; a test checks that every picture it refers to is there and is a real one.
struct ManualShots
{
    // Every picture is of the whole window (or the report dialog) at this size.
    static QSize size() { return QSize(1280, 800); }
    static QStringList languages() { return {QStringLiteral("vi"), QStringLiteral("en")}; }
    // The main pages in the window's order, then the report dialog.
    static QStringList names()
    {
        return {QStringLiteral("overview"), QStringLiteral("entry"), QStringLiteral("rankings"),
                QStringLiteral("trends"),   QStringLiteral("setup"), QStringLiteral("report")};
    }
};

// True when the program carries the pictures (the library parmanual_images is linked in).
bool manualImagesBuiltIn();

} // namespace par::ui
