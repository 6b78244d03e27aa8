#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace par {

// Tables for people, CSV and JSON for machines. Machine formats always use '.' as the decimal point.
class CliOutput
{
public:
    // Columns padded to their widest cell; columns listed in rightAligned hold numbers.
    static QString table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned);
    // Control characters (ESC, C1) and bidirectional controls are shown as \uXXXX, never sent to the terminal.
    // CSV cells that begin with = + - @, tab or CR, and are not numbers, get a leading apostrophe.
    static QString csvLine(const QStringList& cells);
    static QString jsonString(const QString& text);
    // A number as a JSON literal written from its exact decimal text, or null.
    static QString jsonNumber(const QString& exactText);

private:
    static QString plainTable(const QStringList& header, const QList<QStringList>& rows,
                              const QList<int>& rightAligned);
};

} // namespace par
