#pragma once

#include "Result.h"
#include "io/ExportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace par {

// Writes export tables as CSV (one sheet) or XLSX (every sheet). Both are written to a temporary file beside the
// target and renamed over it at the end, so an interrupted export never leaves half a file under the real name.
//
// CSV: UTF-8 with a byte order mark (without it Excel reads Vietnamese as Windows-1252), comma separated, CRLF,
// RFC 4180 quoting, decimals exactly as stored with '.' (the importers read it back unchanged).
// XLSX (libxlsxwriter): bold header row, frozen with the first frozenColumns, numbers as numbers with a format
// showing the decimals the column needs, column widths from the content, header notes as cell comments, and for
// template cells a frame and a validation rule (a number from 0 to the criterion's maximum).
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(par::ExportWriter)

public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    // By the file's suffix (.csv or .xlsx, any case); anything else is a usage error.
    static Result<Format> formatOf(const QString& path);
    static QByteArray toCsv(const ExportSheet& sheet);
    static Status writeCsv(const ExportSheet& sheet, const QString& path);
    static Status writeXlsx(const ExportBook& book, const QString& path);
    // Chooses the format by suffix; CSV takes the book's first sheet.
    static Status write(const ExportBook& book, const QString& path);

    // The number format of a decimal column whose values have at most `decimals` fraction digits: "0", "0.0",
    // "0.00", "0.00###"...: at least two decimals once there are any, and never hiding one that is recorded.
    static QString decimalFormat(int decimals);
    // Fraction digits of a decimal as stored (17.51922 -> 5, 12 -> 0).
    static int decimalsOf(Decimal value);
};

} // namespace par
