#include "report/ReportOdt.h"

#include "report/ReportChartPainter.h"
#include "report/ReportPainter.h"
#include "report/ReportText.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>
#include <QVariant>

#include <zip.h>

#include <memory>

namespace par::ui {

namespace {

constexpr double BodySize = 13;
constexpr double TableSize = 11;
constexpr double NoteSize = 10.5;

QTextCharFormat charFormat(double size, bool bold = false, bool italic = false, bool underline = false)
{
    QTextCharFormat f;
    f.setFontFamilies({QStringLiteral("Liberation Serif"), QStringLiteral("Times New Roman")});
    // Qt 6.4's ODF writer reads the older single-family property only.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    f.setProperty(QTextFormat::FontFamily, QStringLiteral("Liberation Serif"));
    QT_WARNING_POP
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setFontUnderline(underline);
    return f;
}

QTextBlockFormat blockFormat(Qt::Alignment align, double indentMm = 0, double after = 4)
{
    QTextBlockFormat b;
    b.setAlignment(align);
    b.setTextIndent(indentMm * 72.0 / 25.4);
    b.setBottomMargin(after);
    return b;
}

// Lines of a multi-line text as separate blocks in the same cell or place.
void insertLines(QTextCursor& c, const QString& text, const QTextCharFormat& f, Qt::Alignment align, bool first)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (!(first && i == 0))
            c.insertBlock(blockFormat(align, 0, 0), f);
        else
            c.setBlockFormat(blockFormat(align, 0, 0));
        c.insertText(lines[i], f);
    }
}

QTextTableFormat plainTable(int columns)
{
    QTextTableFormat t;
    t.setBorder(0);
    t.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    t.setCellPadding(0);
    t.setCellSpacing(0);
    t.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int i = 0; i < columns; ++i)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 / columns);
    t.setColumnWidthConstraints(widths);
    return t;
}

// The page layout of Nghị định 30/2020 and the default font, as the ODF styles that QTextDocumentWriter omits.
QByteArray stylesXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">"
        "<office:font-face-decls><style:font-face style:name=\"Liberation Serif\" "
        "svg:font-family=\"'Liberation Serif'\" style:font-family-generic=\"roman\"/></office:font-face-decls>"
        "<office:styles><style:default-style style:family=\"paragraph\"><style:text-properties "
        "style:font-name=\"Liberation Serif\" fo:font-size=\"13pt\" fo:language=\"vi\"/></style:default-style>"
        "</office:styles>"
        "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties "
        "fo:page-width=\"210mm\" fo:page-height=\"297mm\" style:print-orientation=\"portrait\" "
        "fo:margin-top=\"20mm\" fo:margin-bottom=\"20mm\" fo:margin-left=\"30mm\" fo:margin-right=\"15mm\"/>"
        "</style:page-layout></office:automatic-styles>"
        "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/>"
        "</office:master-styles></office:document-styles>\n");
}

QByteArray readEntry(zip_t* archive, const char* name)
{
    zip_stat_t stat;
    zip_file_t* file = zip_stat(archive, name, 0, &stat) == 0 ? zip_fopen(archive, name, 0) : nullptr;
    if (!file)
        return {};
    QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    return read == zip_int64_t(stat.size) ? data : QByteArray();
}

} // namespace

QTextDocument* ReportOdt::document() const
{
    ReportPainter::loadFonts();
    auto* doc = new QTextDocument;
    doc->setDefaultFont(ReportText::font(BodySize));
    QTextCursor c(doc);
    const ReportTitle& t = m_report.title;
    const QTextCharFormat body = charFormat(BodySize);

    // The title block: the issuing body on the left, the national title and motto on the right.
    if (!t.draftMark.isEmpty()) {
        c.setBlockFormat(blockFormat(Qt::AlignRight));
        c.insertText(t.draftMark, charFormat(12, true));
        c.insertBlock();
    }
    QTextTable* head = c.insertTable(1, 2, plainTable(2));
    {
        QTextCursor l = head->cellAt(0, 0).firstCursorPosition();
        bool first = true;
        if (!t.authority.isEmpty()) {
            insertLines(l, t.authority, charFormat(12.5), Qt::AlignHCenter, first);
            first = false;
        }
        insertLines(l, t.office, charFormat(12.5, true, false, true), Qt::AlignHCenter, first);
        insertLines(l, t.number, charFormat(BodySize), Qt::AlignHCenter, false);
        QTextCursor r = head->cellAt(0, 1).firstCursorPosition();
        insertLines(r, t.nation, charFormat(12.5, true), Qt::AlignHCenter, true);
        insertLines(r, t.motto, charFormat(13.5, true, false, true), Qt::AlignHCenter, false);
        insertLines(r, t.placeAndDate, charFormat(BodySize, false, true), Qt::AlignHCenter, false);
    }
    c.movePosition(QTextCursor::End);
    c.insertBlock(blockFormat(Qt::AlignHCenter, 0, 0));
    c.insertText(t.kind, charFormat(14, true));
    c.insertBlock(blockFormat(Qt::AlignHCenter, 0, 12));
    c.insertText(t.subject, charFormat(BodySize + 1, true));

    int chartNumber = 0;
    QSet<int> headings; // the block formats of the headings, which the ODF writer writes as paragraphs
    QSet<int> dataTables; // the formats of the tables with a header row, which the ODF writer does not mark
    auto addBlock = [&](const ReportBlock& b) {
        switch (b.kind) {
        case ReportBlock::Subheading:
            c.insertBlock(blockFormat(Qt::AlignLeft, 10, 3));
            c.insertText(b.text, charFormat(BodySize, true, true));
            break;
        case ReportBlock::Paragraph:
            c.insertBlock(blockFormat(Qt::AlignJustify, 10, 6));
            c.insertText(b.text, body);
            break;
        case ReportBlock::Note:
            c.insertBlock(blockFormat(Qt::AlignLeft, 0, 3));
            c.insertText(b.text, charFormat(NoteSize, false, true));
            break;
        case ReportBlock::Figures: {
            c.insertBlock();
            QTextTableFormat f = plainTable(int(b.figures.size()));
            f.setBorder(0.5);
            f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            f.setCellPadding(3);
            QTextTable* table = c.insertTable(1, int(b.figures.size()), f);
            for (int i = 0; i < b.figures.size(); ++i) {
                QTextCursor cell = table->cellAt(0, i).firstCursorPosition();
                insertLines(cell, b.figures[i].label, charFormat(TableSize), Qt::AlignHCenter, true);
                insertLines(cell, b.figures[i].value, charFormat(BodySize + 1, true), Qt::AlignHCenter, false);
                insertLines(cell, b.figures[i].detail, charFormat(NoteSize, false, true), Qt::AlignHCenter, false);
            }
            c.movePosition(QTextCursor::End);
            break;
        }
        case ReportBlock::Table: {
            const ReportTable& rt = b.table;
            c.insertBlock(blockFormat(Qt::AlignHCenter, 0, 3));
            c.insertText(rt.caption, charFormat(12, true));
            c.insertBlock();
            QTextTableFormat f;
            f.setBorder(0.5);
            f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            f.setBorderCollapse(true);
            f.setCellPadding(2);
            f.setCellSpacing(0);
            f.setHeaderRowCount(1);
            f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            const int columns = int(rt.columns.size());
            QTextTable* table = c.insertTable(int(rt.rows.size()) + 1, columns, f);
            dataTables.insert(table->formatIndex());
            for (int col = 0; col < columns; ++col) {
                QTextCursor cell = table->cellAt(0, col).firstCursorPosition();
                cell.setBlockFormat(blockFormat(Qt::AlignHCenter, 0, 0));
                cell.insertText(rt.columns[col].header, charFormat(TableSize, true));
            }
            for (int r = 0; r < rt.rows.size(); ++r) {
                const bool bold = rt.emphasised.contains(r);
                for (int col = 0; col < columns; ++col) {
                    QTextCursor cell = table->cellAt(r + 1, col).firstCursorPosition();
                    const auto align = rt.columns[col].align;
                    cell.setBlockFormat(blockFormat(align == ReportColumn::Left         ? Qt::AlignLeft
                                                        : align == ReportColumn::Center ? Qt::AlignHCenter
                                                                                        : Qt::AlignRight,
                                                    0, 0));
                    cell.insertText(rt.rows[r].value(col), charFormat(TableSize, bold));
                }
            }
            c.movePosition(QTextCursor::End);
            for (const QString& note : rt.notes) {
                c.insertBlock(blockFormat(Qt::AlignLeft, 0, 2));
                c.insertText(note, charFormat(NoteSize, false, true));
            }
            break;
        }
        case ReportBlock::Chart: {
            // A picture at 200 dpi, 160 mm wide: the chart as the PDF draws it.
            QImage image(1260, 10, QImage::Format_RGB32);
            image.setDotsPerMeterX(7874);
            image.setDotsPerMeterY(7874);
            const ReportChartPainter painter(b.chart, &image);
            const double height = painter.height(image.width());
            image = QImage(1260, int(height) + 1, QImage::Format_RGB32);
            image.setDotsPerMeterX(7874);
            image.setDotsPerMeterY(7874);
            image.fill(Qt::white);
            {
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                ReportChartPainter(b.chart, &image).paint(p, QRectF(0, 0, image.width(), height));
            }
            const QUrl name(QStringLiteral("chart%1.png").arg(++chartNumber));
            doc->addResource(QTextDocument::ImageResource, name, image);
            c.insertBlock(blockFormat(Qt::AlignHCenter, 0, 6));
            QTextImageFormat f;
            f.setName(name.toString());
            f.setWidth(160 * 72.0 / 25.4);
            f.setHeight(160 * 72.0 / 25.4 * image.height() / image.width());
            c.insertImage(f);
            break;
        }
        }
    };

    auto heading = [&](const QString& text, int level, Qt::Alignment align) {
        QTextBlockFormat f = blockFormat(align, 0, 6);
        f.setHeadingLevel(level);
        f.setTopMargin(8);
        c.insertBlock(f);
        headings.insert(c.block().blockFormatIndex());
        c.insertText(text, charFormat(BodySize, true));
    };
    for (const ReportSection& s : m_report.sections) {
        if (s.annex)
            continue;
        heading(s.heading, 1, Qt::AlignLeft);
        for (const ReportBlock& b : s.blocks)
            addBlock(b);
    }

    // The signature: recipients on the left, the signer on the right with room to sign.
    const ReportSignature& sig = m_report.signature;
    if (!sig.signerFor.isEmpty() || !sig.recipients.isEmpty()) {
        c.insertBlock();
        QTextTable* table = c.insertTable(1, 2, plainTable(2));
        QTextCursor l = table->cellAt(0, 0).firstCursorPosition();
        insertLines(l, sig.recipientsTitle, charFormat(12, true, true), Qt::AlignLeft, true);
        for (const QString& r : sig.recipients)
            insertLines(l, r, charFormat(11), Qt::AlignLeft, false);
        QTextCursor r = table->cellAt(0, 1).firstCursorPosition();
        insertLines(r, sig.signerFor, charFormat(13, true), Qt::AlignHCenter, true);
        if (!sig.signerRole.isEmpty())
            insertLines(r, sig.signerRole, charFormat(13, true), Qt::AlignHCenter, false);
        for (int i = 0; i < 4; ++i)
            insertLines(r, QString(), charFormat(13), Qt::AlignHCenter, false);
        if (!sig.signerName.isEmpty())
            insertLines(r, sig.signerName, charFormat(13, true), Qt::AlignHCenter, false);
        c.movePosition(QTextCursor::End);
    }

    for (const ReportSection& s : m_report.sections) {
        if (!s.annex)
            continue;
        QTextBlockFormat f = blockFormat(Qt::AlignHCenter, 0, 0);
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        f.setHeadingLevel(1);
        c.insertBlock(f);
        headings.insert(c.block().blockFormatIndex());
        c.insertText(s.heading, charFormat(BodySize, true));
        if (!s.subtitle.isEmpty()) {
            c.insertBlock(blockFormat(Qt::AlignHCenter, 0, 8));
            c.insertText(s.subtitle, charFormat(BodySize, true));
        }
        for (const ReportBlock& b : s.blocks)
            addBlock(b);
    }
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_report.documentTitle);
    QVariantList list;
    for (int h : std::as_const(headings))
        list << h;
    doc->setProperty("headingFormats", list);
    QVariantList tables;
    for (int t : std::as_const(dataTables))
        tables << t;
    doc->setProperty("tableFormats", tables);
    return doc;
}

Status ReportOdt::write(const QString& path) const
{
    const std::unique_ptr<QTextDocument> doc(document());
    QTextDocumentWriter writer(path, "odf");
    if (!writer.write(doc.get()))
        return Error::storage(
            tr("cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), writer.device() ? writer.device()->errorString() : QString()));
    // QTextDocumentWriter writes no page layout and no headings: add the margins and the default font as styles.xml
    // (listed in the manifest), and turn the headings' paragraphs into outline-level headings.
    QString headingStyles;
    for (const QVariant& v : doc->property("headingFormats").toList())
        headingStyles
            += (headingStyles.isEmpty() ? QString() : QStringLiteral("|")) + QStringLiteral("p%1").arg(v.toInt());
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), 0, &error);
    if (!archive)
        return Error::storage(tr("cannot write %1: not a readable package").arg(QDir::toNativeSeparators(path)));
    QByteArray content = readEntry(archive, "content.xml");
    QByteArray manifest = readEntry(archive, "META-INF/manifest.xml");
    if (!headingStyles.isEmpty()) {
        const QRegularExpression paragraph(
            QStringLiteral("<text:p text:style-name=\"(%1)\">(.*?)</text:p>").arg(headingStyles));
        content = QString::fromUtf8(content)
                      .replace(paragraph,
                               QStringLiteral("<text:h text:style-name=\"\\1\" "
                                              "text:outline-level=\"1\">\\2</text:h>"))
                      .toUtf8();
    }
    // The header row of each report table repeats on every page where the table continues.
    for (const QVariant& v : doc->property("tableFormats").toList()) {
        const QRegularExpression firstRow(
            QStringLiteral("(<table:table table:style-name=\"Table%1\">(?:\\s*<table:table-column[^>]*/>)*\\s*)"
                           "(<table:table-row>.*?</table:table-row>)")
                .arg(v.toInt()),
            QRegularExpression::DotMatchesEverythingOption);
        content = QString::fromUtf8(content)
                      .replace(firstRow, QStringLiteral("\\1<table:table-header-rows>\\2</table:table-header-rows>"))
                      .toUtf8();
    }
    manifest.replace("</manifest:manifest>",
                     "<manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>"
                     "</manifest:manifest>");
    bool added = !content.isEmpty() && !manifest.isEmpty();
    const QByteArray styles = stylesXml();
    for (const auto& [name, data] : {std::pair<const char*, const QByteArray*> {"styles.xml", &styles},
                                     {"content.xml", &content},
                                     {"META-INF/manifest.xml", &manifest}}) {
        zip_source_t* source
            = added ? zip_source_buffer(archive, data->constData(), zip_uint64_t(data->size()), 0) : nullptr;
        if (source && zip_file_add(archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            source = nullptr;
        }
        added = added && source;
    }
    if (!added || zip_close(archive) < 0) {
        zip_discard(archive);
        return Error::storage(
            tr("cannot write %1: the page layout could not be added").arg(QDir::toNativeSeparators(path)));
    }
    return success();
}

} // namespace par::ui
