#pragma once

#include "Result.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace par {

// The one entry point of the importers' files: a CSV file or one sheet of an Excel workbook, as the same table
// shape (CsvTable), so that `index import`, `scores import` and the import preview apply the same rules to both.
// The format is decided by the content (an attachment renamed from .xlsx to .csv is still read as a workbook), except
// that a file named .xlsx, .xlsm or .xls is always a workbook: one that is not a zip is damaged, not a CSV file.
// CSV files go through CsvReader exactly as before, with no size limit of their own; workbooks have XlsxLimits.
// For a workbook, `lines` are spreadsheet row numbers and the table's fileName names the sheet too
// (`scores.xlsx, sheet "Điểm"`), so every message says where to look.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(par::SheetReader)

public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    // Whether the file opens for reading, refused in readFile's words if not: a check before anything else is touched.
    static Status openable(const QString& path);
    // `sheet` chooses a worksheet by name (empty: the first visible one); it is a usage error for a CSV file.
    static Result<CsvTable> readFile(const QString& path, const QString& sheet = QString());
    static Result<CsvTable> read(const QByteArray& bytes, const QString& fileName, const QString& sheet = QString());
    // The sheet names of a workbook, in tab order, for a sheet chooser; a CSV file has none (an empty list).
    static Result<QStringList> sheetNames(const QString& path);
    static Format detect(const QByteArray& head);

private:
    // Refuses a table with a cell that TextRules refuses (file, line, column and reason).
    static Result<CsvTable> checked(Result<CsvTable> table);
};

} // namespace par
