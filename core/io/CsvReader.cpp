#include "io/CsvReader.h"

#include "Parallel.h"

#include <QFile>
#include <QFileInfo>
#include <QStringView>

#include <algorithm>

namespace par {

namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

QString located(const QString& fileName, qsizetype line, qsizetype column, const QString& reason)
{
    return CsvReader::tr("%1: line %2, column %3: %4")
        .arg(fileName, QString::number(line), QString::number(column), reason);
}

QString unlocated(const QString& fileName, const QString& reason)
{
    return CsvReader::tr("%1: %2").arg(fileName, reason);
}

// Where the first ill-formed UTF-8 sequence starts, as a 1-based line and character column.
struct BadByte
{
    qsizetype line = 0;
    qsizetype column = 0;
};

// Validates against Unicode's table of well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
// We do this ourselves rather than trusting a decoder because the message must say where the damage is, and a
// replacement character silently entering a candidate's name is worse than refusing the file.
// Line breaks are counted exactly like the parser counts them (LF, CRLF, lone CR) so positions agree.
std::optional<BadByte> findInvalidUtf8(const unsigned char* data, qsizetype size)
{
    qsizetype line = 1;
    qsizetype column = 0; // characters already seen on this line
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = data[i];
        if (b < 0x80) {
            ++i;
            if (b == '\n') {
                ++line;
                column = 0;
            } else if (b == '\r') {
                if (i < size && data[i] == '\n')
                    ++i;
                ++line;
                column = 0;
            } else {
                ++column;
            }
            continue;
        }

        int continuation = 0;
        unsigned char low = 0x80; // allowed range of the first continuation byte
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            continuation = 1;
        } else if (b == 0xE0) {
            continuation = 2;
            low = 0xA0; // below would be overlong
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            continuation = 2;
        } else if (b == 0xED) {
            continuation = 2;
            high = 0x9F; // above would be a UTF-16 surrogate
        } else if (b == 0xF0) {
            continuation = 3;
            low = 0x90; // below would be overlong
        } else if (b >= 0xF1 && b <= 0xF3) {
            continuation = 3;
        } else if (b == 0xF4) {
            continuation = 3;
            high = 0x8F; // above would exceed U+10FFFF
        } else {
            return BadByte {line, column + 1};
        }

        if (size - i - 1 < continuation)
            return BadByte {line, column + 1};
        for (int k = 1; k <= continuation; ++k) {
            const unsigned char c = data[i + k];
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            if (c < lo || c > hi)
                return BadByte {line, column + 1};
        }
        i += continuation + 1;
        ++column;
    }
    return std::nullopt;
}

bool isBlankText(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Counts delimiter candidates in the first non-blank record, ignoring anything inside quotes, so a header such
// as `"Name, full";Score` is still recognised as semicolon-separated.
QChar detectDelimiter(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && (text[i] == Cr || text[i] == Lf))
        ++i;

    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool inQuotes = false;
    for (; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == Quote) {
            inQuotes = !inQuotes; // an escaped "" toggles twice, which is exactly right
        } else if (inQuotes) {
            continue;
        } else if (c == Cr || c == Lf) {
            break;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        } else if (c == u'\t') {
            ++tabs;
        }
    }

    // Ties prefer the separator least likely to appear in ordinary text.
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return QChar(u'\t');
    if (semicolons > 0 && semicolons >= commas)
        return QChar(u';');
    return QChar(u',');
}

// Single pass over the decoded text. Positions are kept as indices; columns are only computed when an error
// needs one, so the common path does no per-character bookkeeping beyond line breaks.
class Parser
{
public:
    // The records of text[begin, end), the first line of which is `line`: the whole text, or a part of it that
    // begins at a record's start or at the line break before one (recordBoundary).
    Parser(QStringView text, QChar delimiter, const QString& fileName, qsizetype begin, qsizetype end, qsizetype line)
        : m_text(text)
        , m_data(text.utf16())
        , m_size(end)
        , m_delimiter(delimiter.unicode())
        , m_fileName(fileName)
        , m_pos(begin)
        , m_line(line)
        , m_lineStart(begin)
    {
    }

    // Fills rows/lines; returns an error message on refusal, an empty string on success.
    QString parse(QList<QStringList>& rows, QList<int>& lines)
    {
        // One reservation for the whole table: the number of LFs (or CRs for old Mac files) bounds the records.
        const qsizetype breaks = std::max(std::count(m_data + m_pos, m_data + m_size, Lf),
                                          std::count(m_data + m_pos, m_data + m_size, Cr));
        rows.reserve(breaks + 1);
        lines.reserve(breaks + 1);

        qsizetype expectedFields = 0;
        while (m_pos < m_size) {
            const char16_t c = m_data[m_pos];
            if (c == Cr || c == Lf) {
                skipLineBreak(); // a completely blank line carries no record
                continue;
            }

            const qsizetype recordLine = m_line;
            QStringList record;
            record.reserve(expectedFields);
            for (;;) {
                QString field;
                const bool quoted = m_pos < m_size && m_data[m_pos] == Quote;
                const QString error = quoted ? readQuoted(field) : readUnquoted(field);
                if (!error.isEmpty())
                    return error;
                record.append(field.normalized(QString::NormalizationForm_C));
                if (m_pos < m_size && m_data[m_pos] == m_delimiter) {
                    ++m_pos; // a delimiter at the very end still yields a final empty field
                    continue;
                }
                break;
            }
            if (m_pos < m_size)
                skipLineBreak(); // readers stop only at a delimiter, a line break or the end

            expectedFields = record.size();
            rows.append(std::move(record));
            lines.append(int(recordLine));
        }
        return {};
    }

private:
    void skipLineBreak()
    {
        if (m_data[m_pos] == Cr && m_pos + 1 < m_size && m_data[m_pos + 1] == Lf)
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    // 1-based character column of `pos` on the line starting at `lineStart`; a surrogate pair is one character,
    // matching what the UTF-8 check reports.
    qsizetype columnOf(qsizetype lineStart, qsizetype pos) const
    {
        qsizetype column = 1;
        for (qsizetype i = lineStart; i < pos; ++i) {
            if (!QChar::isLowSurrogate(m_data[i]))
                ++column;
        }
        return column;
    }

    QString tooLong(qsizetype line, qsizetype lineStart, qsizetype pos) const
    {
        return located(m_fileName, line, columnOf(lineStart, pos), CsvReader::tr("a cell is longer than 1 MiB"));
    }

    QString readUnquoted(QString& field)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_size) {
            const char16_t c = m_data[m_pos];
            if (c == m_delimiter || c == Cr || c == Lf)
                break;
            if (c == Quote) {
                return located(m_fileName, m_line, columnOf(m_lineStart, m_pos),
                               CsvReader::tr("a quote appears inside an unquoted field"));
            }
            ++m_pos;
        }
        if (m_pos - start > CsvReader::MaxFieldLength)
            return tooLong(m_line, m_lineStart, start);
        field = m_text.mid(start, m_pos - start).toString();
        return {};
    }

    QString readQuoted(QString& field)
    {
        const qsizetype openLine = m_line;
        const qsizetype openLineStart = m_lineStart;
        const qsizetype open = m_pos;
        ++m_pos;

        // Copy runs of plain text in one go; only escaped quotes and line breaks interrupt a run.
        qsizetype run = m_pos;
        const auto flushRun = [&](qsizetype end) {
            if (end > run)
                field.append(QStringView(m_data + run, end - run));
        };
        while (m_pos < m_size) {
            const char16_t c = m_data[m_pos];
            if (c == Quote) {
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == Quote) {
                    flushRun(m_pos + 1); // keep one of the two quotes
                    m_pos += 2;
                    run = m_pos;
                    continue;
                }
                flushRun(m_pos);
                ++m_pos;
                if (field.size() > CsvReader::MaxFieldLength)
                    return tooLong(openLine, openLineStart, open);
                if (m_pos < m_size) {
                    const char16_t next = m_data[m_pos];
                    if (next != m_delimiter && next != Cr && next != Lf) {
                        return located(m_fileName, m_line, columnOf(m_lineStart, m_pos),
                                       CsvReader::tr("unexpected text after a closing quote"));
                    }
                }
                return {};
            }
            if (c == Cr || c == Lf) {
                // Embedded line breaks are normalised so a CRLF file never leaves a stray '\r' inside a cell.
                flushRun(m_pos);
                field.append(QChar(Lf));
                skipLineBreak();
                run = m_pos;
                // Cap while reading, so a file that is one endless quoted cell is refused without copying it all.
                if (field.size() > CsvReader::MaxFieldLength)
                    return tooLong(openLine, openLineStart, open);
                continue;
            }
            ++m_pos;
            if (field.size() + (m_pos - run) > CsvReader::MaxFieldLength)
                return tooLong(openLine, openLineStart, open);
        }
        return located(m_fileName, openLine, columnOf(openLineStart, open),
                       CsvReader::tr("a quoted field is never closed"));
    }

    QStringView m_text;
    const char16_t* m_data;
    qsizetype m_size;
    char16_t m_delimiter;
    const QString& m_fileName;
    qsizetype m_pos;
    qsizetype m_line;
    qsizetype m_lineStart;
};

// A line break near the middle of the text that ends a record, for two threads to parse a large file from either
// side of it; -1 if there is none. Outside quotes is where an even number of them came before: in a well-formed
// part the quotes pair up (a field's opening and closing ones, a doubled one inside it), and a part before it that
// is not well-formed is refused by its own parser, at the same place as by one parser for the whole text. The LF of a
// CRLF is not taken: the part after starts at the CR.
qsizetype recordBoundary(QStringView text)
{
    const char16_t* data = text.utf16();
    const qsizetype size = text.size();
    const qsizetype middle = size / 2;
    qsizetype quotes = std::count(data, data + middle, Quote);
    for (qsizetype i = middle; i < size; ++i) {
        const char16_t c = data[i];
        if (c == Quote)
            ++quotes;
        else if ((c == Lf || c == Cr) && quotes % 2 == 0 && !(c == Lf && i > 0 && data[i - 1] == Cr))
            return i;
    }
    return -1;
}

// The line a position is on: one more than the line breaks before it, a CRLF counted once, as the parser counts them.
qsizetype lineAt(QStringView text, qsizetype position)
{
    const char16_t* data = text.utf16();
    qsizetype line = 1;
    for (qsizetype i = 0; i < position; ++i) {
        if (data[i] == Lf || (data[i] == Cr && !(i + 1 < text.size() && data[i + 1] == Lf)))
            ++line;
    }
    return line;
}

// The table's records, in two halves on two threads where the text is large (CsvReader::SplitFrom): a national file's
// 318,000 fields each take an allocation, and the file is read while the database opens. The first half's refusal,
// if any, is the one a single parser would have met first.
QString parseText(QStringView text, QChar delimiter, const QString& fileName, QList<QStringList>& rows,
                  QList<int>& lines)
{
    const qsizetype split = text.size() >= CsvReader::SplitFrom ? recordBoundary(text) : -1;
    if (split < 0)
        return Parser(text, delimiter, fileName, 0, text.size(), 1).parse(rows, lines);
    QList<QStringList> laterRows;
    QList<int> laterLines;
    auto later = inParallel([&] {
        return Parser(text, delimiter, fileName, split, text.size(), lineAt(text, split)).parse(laterRows, laterLines);
    });
    const QString error = Parser(text, delimiter, fileName, 0, split, 1).parse(rows, lines);
    const QString laterError = later.get();
    if (!error.isEmpty() || !laterError.isEmpty())
        return error.isEmpty() ? laterError : error;
    rows.append(std::move(laterRows));
    lines.append(std::move(laterLines));
    return {};
}

} // namespace

Result<CsvTable> CsvReader::read(const QByteArray& bytes, const QString& fileName)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    qsizetype size = bytes.size();
    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        data += 3;
        size -= 3;
    }

    if (const auto bad = findInvalidUtf8(data, size))
        return Error::input(located(fileName, bad->line, bad->column, tr("invalid UTF-8 byte sequence")));

    // Note that fromUtf8 itself also drops a leading BOM, so a doubled BOM (seen from some export chains)
    // does not end up hidden in the first header cell either.
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), size);
    if (isBlankText(text))
        return Error::input(unlocated(fileName, tr("the file is empty")));

    CsvTable table;
    table.fileName = fileName;
    table.delimiter = detectDelimiter(text);
    const QString error = parseText(text, table.delimiter, fileName, table.rows, table.lines);
    if (!error.isEmpty())
        return Error::input(error);
    if (table.rows.isEmpty()) // unreachable after the blank check, but never hand back a table without a header
        return Error::input(unlocated(fileName, tr("the file is empty")));
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString& path)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName().isEmpty() ? path : info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::input(unlocated(fileName, tr("cannot read the file (%1)").arg(file.errorString())));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::input(unlocated(fileName, tr("cannot read the file (%1)").arg(file.errorString())));
    return read(bytes, fileName);
}

} // namespace par
