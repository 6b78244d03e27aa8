#include "io/SheetReader.h"

#include "model/TextRules.h"

#include <QFile>
#include <QFileInfo>

namespace par {

namespace {

QString displayName(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

Error unreadable(const QString& path, const QFile& file)
{
    return Error::input(SheetReader::tr("%1: cannot read the file (%2)").arg(displayName(path), file.errorString()));
}

Result<QByteArray> readBytes(const QString& path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return unreadable(path, file);
    if (bytes.size() > limit)
        return Error::input(SheetReader::tr("%1: the file is larger than %2 MB; a score sheet is far smaller")
                                .arg(displayName(path))
                                .arg(limit / (1024 * 1024)));
    return bytes;
}

} // namespace

SheetReader::Format SheetReader::detect(const QByteArray& head)
{
    // An OLE file (.xls or an encrypted workbook) goes to the XLSX reader too, which explains what to do with it.
    return XlsxReader::looksLikeZip(head) || XlsxReader::looksLikeOle(head) ? Format::Xlsx : Format::Csv;
}

Result<CsvTable> SheetReader::read(const QByteArray& bytes, const QString& fileName, const QString& sheet)
{
    if (detect(bytes) == Format::Xlsx)
        return checked(XlsxReader::read(bytes, fileName, sheet));
    if (!sheet.isEmpty())
        return Error::usage(
            tr("%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks (.xlsx)").arg(fileName));
    return checked(CsvReader::read(bytes, fileName));
}

Result<CsvTable> SheetReader::checked(Result<CsvTable> table)
{
    if (!table)
        return table;
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList& row = table->rows[r];
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString problem = TextRules::problem(row[c], TextRules::Kind::Note);
            if (!problem.isEmpty())
                return Error::input(tr("%1, line %2, column %3: the text %4")
                                        .arg(table->fileName)
                                        .arg(table->lines.value(r, int(r) + 1))
                                        .arg(c + 1)
                                        .arg(problem));
        }
    }
    return table;
}

Status SheetReader::openable(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    return success();
}

Result<CsvTable> SheetReader::readFile(const QString& path, const QString& sheet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    const QByteArray head = file.read(8);
    file.close();
    // A file named like a workbook that is not one is a damaged workbook, not a CSV file to guess at.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool workbookName
        = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls");
    // A CSV file goes through CsvReader::readFile exactly as before: no size limit of its own (the national-scale
    // benchmark imports files of hundreds of megabytes).
    if (detect(head) == Format::Csv && !workbookName) {
        if (!sheet.isEmpty())
            return Error::usage(tr("%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks (.xlsx)")
                                    .arg(displayName(path)));
        return checked(CsvReader::readFile(path));
    }
    auto bytes = readBytes(path, XlsxLimits().maxFileSize);
    if (!bytes)
        return bytes.error();
    return checked(XlsxReader::read(bytes.value(), displayName(path), sheet));
}

Result<QStringList> SheetReader::sheetNames(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    if (detect(file.read(8)) == Format::Csv)
        return QStringList();
    file.close();
    auto bytes = readBytes(path, XlsxLimits().maxFileSize);
    if (!bytes)
        return bytes.error();
    return XlsxReader::sheetNames(bytes.value(), displayName(path));
}

} // namespace par
