#include "io/ExportWriter.h"
#include "io/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <locale.h>

namespace par {

namespace {

constexpr qsizetype ExcelMaxText = 32767; // characters in one cell
constexpr int MinWidth = 8;
constexpr int MaxWidth = 60;

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// The OWASP rule for CSV injection: a text cell that a spreadsheet would read as a formula (= + - @, tab, CR first)
// gets a leading apostrophe. Numbers are written from their own cell kinds and are never touched.
QString neutral(const QString& text)
{
    // Numbers held as text (an audit entry's old value "-1.5") are not formulas.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    if (!text.isEmpty() && !number.match(text).hasMatch()
        && (text[0] == u'=' || text[0] == u'+' || text[0] == u'-' || text[0] == u'@' || text[0] == u'\t'
            || text[0] == u'\r'))
        return u'\'' + text;
    return text;
}

QString plain(const ExportCell& cell)
{
    switch (cell.kind) {
    case ExportCell::Kind::Text:
        return cell.text;
    case ExportCell::Kind::Number:
        return cell.number.toString();
    case ExportCell::Kind::Integer:
        return QString::number(cell.integer);
    case ExportCell::Kind::Empty:
        break;
    }
    return QString();
}

double toDouble(Decimal value)
{
    // Millionths are exact integers below 2^53 and IEEE division rounds correctly, so this is the double nearest
    // the decimal; libxlsxwriter prints it with 16 significant digits, which gives the decimal back exactly, and
    // XlsxReader reads it back to the same text (see XlsxReader::decimalText).
    return double(value.micro()) / double(Decimal::One);
}

// libxlsxwriter prints numbers with snprintf("%.16G"), which follows LC_NUMERIC: under a Vietnamese locale it would
// write "17,51922" into the XML and Excel would refuse the file. The C locale is set for this thread only, for as
// long as the workbook is being built and written.
class CNumericLocale
{
public:
    CNumericLocale()
        : m_c(newlocale(LC_NUMERIC_MASK, "C", locale_t(nullptr)))
        , m_previous(m_c ? uselocale(m_c) : locale_t(nullptr))
    {
    }
    ~CNumericLocale()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale&) = delete;
    CNumericLocale& operator=(const CNumericLocale&) = delete;

private:
    locale_t m_c;
    locale_t m_previous;
};

// Builds one workbook; owns the UTF-8 copies of every string until the workbook is closed.
class XlsxBuilder
{
public:
    explicit XlsxBuilder(lxw_workbook* workbook)
        : m_workbook(workbook)
    {
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xDDEBF7);
        format_set_pattern(m_header, LXW_PATTERN_SOLID);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    }

    const char* keep(const QString& text)
    {
        m_strings.push_back(text.toUtf8());
        return m_strings.back().constData();
    }

    lxw_format* numberFormat(const QString& code, bool input)
    {
        const QString key = code + (input ? QStringLiteral("|input") : QString());
        if (lxw_format* found = m_formats.value(key))
            return found;
        lxw_format* format = workbook_add_format(m_workbook);
        if (!code.isEmpty())
            format_set_num_format(format, keep(code));
        if (input) {
            format_set_border(format, LXW_BORDER_THIN);
            format_set_border_color(format, 0xBFBFBF);
            format_set_bg_color(format, 0xFFF2CC);
            format_set_pattern(format, LXW_PATTERN_SOLID);
        }
        m_formats.insert(key, format);
        return format;
    }

    lxw_format* header() const { return m_header; }

private:
    lxw_workbook* m_workbook;
    lxw_format* m_header = nullptr;
    QHash<QString, lxw_format*> m_formats;
    std::deque<QByteArray> m_strings; // stable addresses
};

QString numberFormatOf(const ExportColumn& column, const QList<QList<ExportCell>>& rows, int c)
{
    int decimals = 0;
    for (const QList<ExportCell>& row : rows) {
        if (c < row.size() && row[c].kind == ExportCell::Kind::Number)
            decimals = std::max(decimals, ExportWriter::decimalsOf(row[c].number));
    }
    switch (column.format) {
    case ExportColumn::Format::Text:
        return QString();
    case ExportColumn::Format::Integer:
        return QStringLiteral("0");
    case ExportColumn::Format::Percent:
        return QStringLiteral("0.00");
    case ExportColumn::Format::SignedDecimal: {
        const QString f = ExportWriter::decimalFormat(std::max(decimals, 2));
        return QStringLiteral("+%1;-%1;%1").arg(f);
    }
    case ExportColumn::Format::Decimal:
        // A column to fill in shows what is typed, up to the six decimals a score may have.
        return column.input ? QStringLiteral("0.00####") : ExportWriter::decimalFormat(decimals);
    }
    return QString();
}

int widthOf(const ExportColumn& column, const QList<QList<ExportCell>>& rows, int c)
{
    qsizetype width = column.header.size();
    for (const QList<ExportCell>& row : rows) {
        if (c < row.size())
            width = std::max(width, plain(row[c]).size() + (row[c].kind == ExportCell::Kind::Text ? 0 : 2));
        if (width >= MaxWidth)
            break;
    }
    return int(std::clamp<qsizetype>(width + 2, MinWidth, MaxWidth));
}

Status writeSheet(XlsxBuilder& b, lxw_workbook* workbook, const ExportSheet& sheet)
{
    lxw_worksheet* ws = workbook_add_worksheet(workbook, b.keep(sheet.name.left(31)));
    if (!ws)
        return Error::usage(ExportWriter::tr("cannot add the sheet \"%1\"").arg(sheet.name));
    auto check = [&sheet](lxw_error error, int row, int column) -> Status {
        if (error == LXW_NO_ERROR)
            return success();
        return Error::input(ExportWriter::tr("sheet \"%1\", row %2, column %3: %4")
                                .arg(sheet.name)
                                .arg(row + 1)
                                .arg(column + 1)
                                .arg(QString::fromUtf8(lxw_strerror(error))));
    };
    const int columns = int(sheet.columns.size());
    for (int c = 0; c < columns; ++c) {
        const ExportColumn& column = sheet.columns[c];
        const QString code = numberFormatOf(column, sheet.rows, c);
        lxw_format* columnFormat = code.isEmpty() ? nullptr : b.numberFormat(code, false);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widthOf(column, sheet.rows, c), columnFormat);
        if (Status s
            = check(worksheet_write_string(ws, 0, lxw_col_t(c), b.keep(column.header.left(ExcelMaxText)), b.header()),
                    0, c);
            !s)
            return s;
        if (!column.comment.isEmpty()) {
            if (Status s
                = check(worksheet_write_comment(ws, 0, lxw_col_t(c), b.keep(column.comment.left(ExcelMaxText))), 0, c);
                !s)
                return s;
        }
        lxw_format* cellFormat = code.isEmpty() && !column.input ? nullptr : b.numberFormat(code, column.input);
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QList<ExportCell>& row = sheet.rows[r];
            const ExportCell cell = c < row.size() ? row[c] : ExportCell();
            const auto at = lxw_row_t(r + 1);
            lxw_error error = LXW_NO_ERROR;
            switch (cell.kind) {
            case ExportCell::Kind::Text:
                if (cell.text.size() > ExcelMaxText)
                    return Error::input(ExportWriter::tr("sheet \"%1\", row %2, column %3: the text is longer than "
                                                         "Excel allows (%4 characters)")
                                            .arg(sheet.name)
                                            .arg(r + 2)
                                            .arg(c + 1)
                                            .arg(ExcelMaxText));
                error = worksheet_write_string(ws, at, lxw_col_t(c), b.keep(cell.text), cellFormat);
                break;
            case ExportCell::Kind::Number:
                error = worksheet_write_number(ws, at, lxw_col_t(c), toDouble(cell.number), cellFormat);
                break;
            case ExportCell::Kind::Integer:
                error = worksheet_write_number(ws, at, lxw_col_t(c), double(cell.integer), cellFormat);
                break;
            case ExportCell::Kind::Empty:
                if (column.input)
                    error = worksheet_write_blank(ws, at, lxw_col_t(c), cellFormat);
                break;
            }
            if (Status s = check(error, r + 1, c); !s)
                return s;
        }
        if (column.input && column.inputMax) {
            lxw_data_validation validation {};
            validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
            validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            validation.minimum_number = 0;
            validation.maximum_number = toDouble(*column.inputMax);
            validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
            if (!column.inputError.isEmpty()) {
                // Excel's limits: 32 characters of title, 255 of message.
                validation.error_title = const_cast<char*>(b.keep(column.header.left(32)));
                validation.error_message = const_cast<char*>(b.keep(column.inputError.left(255)));
            }
            // Rows beyond the units too, for a unit that adds itself at the bottom.
            const auto last = lxw_row_t(std::max<qsizetype>(sheet.rows.size(), 200));
            if (Status s
                = check(worksheet_data_validation_range(ws, 1, lxw_col_t(c), last, lxw_col_t(c), &validation), 1, c);
                !s)
                return s;
        }
    }
    worksheet_freeze_panes(ws, 1, lxw_col_t(std::max(0, sheet.frozenColumns)));
    if (sheet.autoFilter && columns > 0)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(columns - 1));
    return success();
}

} // namespace

Result<ExportWriter::Format> ExportWriter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Error::usage(tr("%1: the file name must end in .xlsx (Excel) or .csv").arg(path));
}

QString ExportWriter::decimalFormat(int decimals)
{
    if (decimals <= 0)
        return QStringLiteral("0");
    const int shown = std::min(decimals, 2);
    return QStringLiteral("0.") + QString(shown, u'0') + QString(std::max(0, decimals - shown), u'#');
}

int ExportWriter::decimalsOf(Decimal value)
{
    qint64 fraction = value.micro() % Decimal::One;
    if (fraction == 0)
        return 0;
    int decimals = Decimal::Scale;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    return decimals;
}

QByteArray ExportWriter::toCsv(const ExportSheet& sheet)
{
    QString text;
    QStringList header;
    for (const ExportColumn& column : sheet.columns)
        header << csvField(neutral(column.header));
    text += header.join(u',') + QStringLiteral("\r\n");
    for (const QList<ExportCell>& row : sheet.rows) {
        QStringList cells;
        for (int c = 0; c < sheet.columns.size(); ++c)
            cells << csvField(c >= row.size()                             ? QString()
                                  : row[c].kind == ExportCell::Kind::Text ? neutral(row[c].text)
                                                                          : plain(row[c]));
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status ExportWriter::writeCsv(const ExportSheet& sheet, const QString& path)
{
    return SafeFile::write(path, toCsv(sheet));
}

Status ExportWriter::writeXlsx(const ExportBook& book, const QString& path)
{
    // libxlsxwriter opens the file itself, at the temporary name SafeFile gives it.
    return SafeFile::write(path, [&book](const QString& partial) -> Status {
        const QByteArray partialName = QFile::encodeName(partial);
        CNumericLocale cLocale;
        lxw_workbook_options options {};
        options.use_zip64 = LXW_TRUE; // harmless for small files, needed past 4 GB of XML
        lxw_workbook* workbook = workbook_new_opt(partialName.constData(), &options);
        if (!workbook)
            return Error::storage(tr("out of memory"));
        XlsxBuilder builder(workbook);
        Status written = success();
        for (const ExportSheet& sheet : book.sheets) {
            written = writeSheet(builder, workbook, sheet);
            if (!written)
                break;
        }
        lxw_doc_properties properties {};
        properties.title = const_cast<char*>(builder.keep(book.title));
        properties.comments = const_cast<char*>(builder.keep(tr("Written by parindex")));
        workbook_set_properties(workbook, &properties);
        const lxw_error closed = workbook_close(workbook); // frees the workbook in every case
        if (!written)
            return written;
        if (closed != LXW_NO_ERROR)
            return Error::storage(QString::fromUtf8(lxw_strerror(closed)));
        return success();
    });
}

Status ExportWriter::write(const ExportBook& book, const QString& path)
{
    auto format = formatOf(path);
    if (!format)
        return format.error();
    if (book.sheets.isEmpty())
        return Error::usage(tr("nothing to write"));
    return format.value() == Format::Xlsx ? writeXlsx(book, path) : writeCsv(book.sheets.first(), path);
}

} // namespace par
