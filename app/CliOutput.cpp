#include "CliOutput.h"

namespace par {

QString CliOutput::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned)
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
    QStringList quoted;
    for (const QString& cell : cells) {
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
