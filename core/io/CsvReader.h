#pragma once

#include "Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace par {

// A CSV file exactly as it was written, split into records and fields. No column meaning is applied here;
// that is the importer's job, which needs `lines` to point officials at the offending row.
struct CsvTable
{
    QString fileName; // as given, used in messages
    QChar delimiter; // detected: ',', ';' or '\t'
    QList<QStringList> rows; // every record, header included, fields NFC-normalised
    QList<int> lines; // 1-based physical line where each record starts (same size as rows)
};

// Strict RFC 4180 reader for the files officials export from Excel or LibreOffice. Anything ambiguous is
// refused with a file/line/column message rather than guessed at, so a bad file never becomes bad scores.
//
// - UTF-8 only (a leading BOM is dropped); invalid byte sequences are refused with their position.
// - The delimiter (comma, semicolon or tab) is taken from the header record.
// - Line endings may be LF, CRLF or a lone CR; inside quoted fields each of them becomes "\n".
// - Completely blank lines are skipped; fields are never trimmed.
// - A single field may hold at most 1 MiB of text (UTF-16 code units).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(par::CsvReader)

public:
    // Longest accepted field, in UTF-16 code units; keeps hostile files from exhausting memory per cell.
    static constexpr qsizetype MaxFieldLength = 1024 * 1024;
    // From this many UTF-16 code units a text is parsed in two halves on two threads, split at a record's end.
    static constexpr qsizetype SplitFrom = 512 * 1024;

    static Result<CsvTable> read(const QByteArray& bytes, const QString& fileName);
    // fileName in the table and in messages is QFileInfo(path).fileName(); an unreadable file is Error::input.
    static Result<CsvTable> readFile(const QString& path);
};

} // namespace par
