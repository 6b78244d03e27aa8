#pragma once

#include "model/Decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace par {

// The language of an exported file's headers and labels. Chosen per export (--lang), not from the screen's
// language: a file for the ministry is in Vietnamese whatever language the desktop shows.
enum class ExportLanguage
{
    Vietnamese,
    English,
};

// One cell of an exported sheet: text, an exact decimal, a whole number, or nothing.
struct ExportCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Integer,
    };
    Kind kind = Kind::Empty;
    QString text;
    Decimal number;
    qint64 integer = 0;

    static ExportCell ofText(const QString& text)
    {
        ExportCell c;
        c.kind = text.isEmpty() ? Kind::Empty : Kind::Text;
        c.text = text;
        return c;
    }
    static ExportCell ofNumber(Decimal number)
    {
        ExportCell c;
        c.kind = Kind::Number;
        c.number = number;
        return c;
    }
    static ExportCell ofNumber(const std::optional<Decimal>& number)
    {
        return number ? ofNumber(*number) : ExportCell();
    }
    static ExportCell ofInteger(qint64 integer)
    {
        ExportCell c;
        c.kind = Kind::Integer;
        c.integer = integer;
        return c;
    }
    static ExportCell ofInteger(const std::optional<int>& integer)
    {
        return integer ? ofInteger(*integer) : ExportCell();
    }
};

struct ExportColumn
{
    enum class Format
    {
        Text,
        Decimal, // shown with the decimals its values need (0.00### for 17.51922)
        SignedDecimal, // a change: +0.70 / -1.25
        Percent, // a percentage already multiplied by 100, two decimals
        Integer,
    };
    QString header;
    Format format = Format::Text;
    QString comment; // a note on the header cell in XLSX: a criterion's title and maximum
    bool input = false; // a cell to fill in (templates): framed, and in XLSX limited to 0..inputMax
    std::optional<Decimal> inputMax;
    QString inputError; // what Excel says when a value outside 0..inputMax is typed (at most 255 characters)
};

// A table as it is written: row 1 holds the headers, then one row per record. The first sheet of a book is the
// one the importers read back, so its header row must stay machine-readable (criterion codes, framework columns).
struct ExportSheet
{
    QString name; // the XLSX tab (at most 31 characters)
    QList<ExportColumn> columns;
    QList<QList<ExportCell>> rows; // each at most columns.size() cells
    int frozenColumns = 0; // columns kept in view when scrolling right (unit names)
    bool autoFilter = false;
};

struct ExportBook
{
    QString title; // the XLSX document title
    QString what; // for messages: "the PAR 2018 ranking"
    QList<ExportSheet> sheets; // a CSV file holds the first only
};

} // namespace par
