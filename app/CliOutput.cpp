#include "CliOutput.h"

#include <QRegularExpression>

namespace par {

namespace {

// Shown, not obeyed: a stored name must not clear the screen (ESC[2J), move the cursor or reverse the line.
QString visible(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if (control || bidi)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString CliOutput::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned)
{
    const auto escaped = [](const QStringList& cells) {
        QStringList shown;
        for (const QString& cell : cells)
            shown << visible(cell);
        return shown;
    };
    QList<QStringList> shownRows;
    for (const QStringList& row : rows)
        shownRows << escaped(row);
    return plainTable(escaped(header), shownRows, rightAligned);
}

QString CliOutput::plainTable(const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned)
{
    QList<qsizetype> width(header.size(), 0);
    auto measure = [&width](const QStringList& cells) {
        for (qsizetype c = 0; c < cells.size() && c < width.size(); ++c)
            width[c] = qMax(width[c], cells[c].size());
    };
    measure(header);
    for (const QStringList& row : rows)
        measure(row);
    auto line = [&](const QStringList& cells) -> QString {
        QStringList padded;
        for (qsizetype c = 0; c < width.size(); ++c) {
            const QString cell = cells.value(c);
            padded << (rightAligned.contains(int(c)) ? cell.rightJustified(width[c]) : cell.leftJustified(width[c]));
        }
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype w : width)
        rule << QString(w, u'-');
    out += rule.join(QStringLiteral("  ")) + u'\n';
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

QString CliOutput::csvLine(const QStringList& cells)
{
    // Numbers (negative ones too) stay numbers; other text a spreadsheet would take for a formula gets an apostrophe.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    QStringList quoted;
    for (QString cell : cells) {
        if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell[0]) && !number.match(cell).hasMatch())
            cell.prepend(u'\'');
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
            quoted << u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            quoted << cell;
    }
    return quoted.join(u',') + u'\n';
}

QString CliOutput::jsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString CliOutput::jsonNumber(const QString& exactText)
{
    return exactText.isEmpty() ? QStringLiteral("null") : exactText;
}

} // namespace par
