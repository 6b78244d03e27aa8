#include "report/ReportText.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>
#include <QtEndian>

#include <algorithm>

namespace par::ui {

namespace {

// Four letters, as OpenType vendor IDs are.
const char Vendor[] = "PRDX";

} // namespace

QFont ReportText::font(double points, bool bold, bool italic)
{
    QFont f(QStringLiteral("Liberation Serif [%1]").arg(QLatin1String(Vendor)));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // The same line breaks on a 1200 dpi PDF and a 96 dpi preview.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

bool ReportText::markFoundry(QByteArray& data)
{
    // The table directory: numTables at offset 4, then 16-byte records of tag, checksum, offset, length.
    if (data.size() < 12)
        return false;
    const int tables = qFromBigEndian<quint16>(data.constData() + 4);
    for (int i = 0; i < tables && 12 + 16 * (i + 1) <= data.size(); ++i) {
        const char* record = data.constData() + 12 + 16 * i;
        if (QByteArrayView(record, 4) != QByteArrayView("OS/2"))
            continue;
        const quint32 offset = qFromBigEndian<quint32>(record + 8);
        const quint32 length = qFromBigEndian<quint32>(record + 12);
        if (length < 62 || offset + 62 > quint32(data.size()))
            return false;
        data.replace(qsizetype(offset) + 58, 4, Vendor, 4);
        return true;
    }
    return false;
}

QStringList ReportText::wrap(const QString& text, const QFont& font, const QPaintDevice* device, double width)
{
    QStringList out;
    const QFontMetricsF metrics(font, device);
    for (const QString& paragraph : text.split(u'\n')) {
        if (metrics.horizontalAdvance(paragraph) <= width) {
            out.append(paragraph);
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return out;
}

double ReportText::widestWord(const QString& text, const QFont& font, const QPaintDevice* device)
{
    const QFontMetricsF metrics(font, device);
    double widest = 0;
    QString words = text;
    words.replace(u'\n', u' ');
    for (const QString& word : words.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

} // namespace par::ui
