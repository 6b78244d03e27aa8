#pragma once

#include "Result.h"
#include "io/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace par {

// Bounds that keep a hostile or broken workbook from exhausting memory or time. The defaults are far above any
// score sheet (a national cohort-year is some 3,500 rows by 110 columns, about 2 MB of compressed XML).
struct XlsxLimits
{
    qint64 maxFileSize = 50LL * 1024 * 1024; // the .xlsx file itself
    qint64 maxUncompressed = 200LL * 1024 * 1024; // all the parts read, once inflated
    qint64 maxRatio = 200; // inflated / compressed size of a part larger than ratioSlack
    qint64 ratioSlack = 1024 * 1024;
    qsizetype maxCellLength = CsvReader::MaxFieldLength; // UTF-16 code units, as for CSV
    int maxRows = 1'048'576; // Excel's own limit
    qint64 maxCells = 5'000'000; // cells from column A to the last value of each row, all rows together
    qint64 maxMergeWork = 50'000'000; // cells visited while applying merged ranges
};

// Reads one worksheet of an Office Open XML workbook (.xlsx, .xlsm) into the same table shape as CsvReader, so that
// the framework and score importers apply exactly the same rules to both: `rows` are the sheet's rows from column
// A to the last cell with a value, and `lines` are the spreadsheet's row numbers (row 7 of the sheet is line 7).
// Rows with no value at all are left out, like blank lines of a CSV file.
//
// The container is opened with libzip and every part is read through Qt's XML stream reader, never trusting sizes
// written in the file: inflated bytes are counted as they come, so a zip bomb is refused after at most
// maxUncompressed bytes, usually after ratioSlack. Cells are turned into text as a person sees them:
// - shared strings (rich text runs joined, phonetic guides dropped), inline strings and formula text results as
//   written, with Excel's _xHHHH_ escapes decoded and NFC normalisation;
// - numbers as the shortest decimal Excel itself shows for them (15 significant digits, see decimalText());
//   a number formatted as a percentage (79.87% stored as 0.7987) is read as shown, 79.87;
// - booleans as TRUE / FALSE; ISO dates as written;
// - a merged range keeps its value in its first (top-left) cell, every other cell of the range is empty, even where
//   the file still holds hidden content there (LibreOffice can keep it).
// Refused, with a message naming the file, the sheet and the cell ("B7"): damaged, truncated or encrypted files,
// old .xls and OpenDocument files, a missing sheet, XML errors or a DTD, an error value (#N/A) in a cell, a
// formula with no computed result, a cell over maxCellLength, a sheet over maxRows or maxCells.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(par::XlsxReader)

public:
    // An empty sheet name reads the first visible worksheet. The table's fileName reads `file.xlsx, sheet "Name"`
    // so that every message of the importers says which sheet it is about.
    static Result<CsvTable> read(const QByteArray& bytes, const QString& fileName, const QString& sheet = QString(),
                                 const XlsxLimits& limits = XlsxLimits());
    static Result<CsvTable> readFile(const QString& path, const QString& sheet = QString(),
                                     const XlsxLimits& limits = XlsxLimits());
    // The names of the workbook's worksheets in tab order (hidden ones included), for a sheet chooser.
    static Result<QStringList> sheetNames(const QByteArray& bytes, const QString& fileName,
                                          const XlsxLimits& limits = XlsxLimits());

    // Whether the bytes start like a zip container (an .xlsx is one).
    static bool looksLikeZip(const QByteArray& head);
    // Whether the bytes start like an OLE compound file: an Excel 97-2003 .xls, or a password-protected workbook.
    static bool looksLikeOle(const QByteArray& head);

    // The decimal text of a numeric cell as written in the XML ("17.51922", "74.620000000000005", "1E-05").
    // Excel shows and computes with 15 significant digits; a value typed or imported as 74.62 is stored as the
    // nearest double and written back as the shortest text that reproduces it, sometimes with 17 digits. Rounding
    // the double to 15 significant digits gives back exactly the decimal that was typed whenever it had at most 15
    // (every value a Decimal can hold: 9 integer and 6 fraction digits), and for a formula's result
    // (0.1 + 0.2 = 0.30000000000000004) gives what Excel shows, 0.3. The result is plain text for Decimal::parse,
    // never a double. `percent` moves the decimal point two places (0.7987 is 79.87 when shown as a percentage).
    // Text that is not a finite number, or whose magnitude is beyond 1e20 or below 1e-20, comes back unchanged,
    // for the importer to refuse with the text the file holds.
    static QString decimalText(QStringView xmlNumber, bool percent = false);

    // "B7" for a 0-based column and a 1-based row.
    static QString cellName(int column, int row);
};

} // namespace par
