#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QList>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace par {

namespace {

constexpr int SheetColumns = 16384; // A..XFD, the format's own limit
constexpr int SheetRows = 1'048'576;
constexpr int MaxMerges = 1'000'000;

struct ZipDiscard
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileClose
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// Inflated bytes of every part read so far: the zip bomb limit is on the whole workbook, not per part.
struct Budget
{
    qint64 used = 0;
};

// One part of the archive as a sequential device for QXmlStreamReader, counting what libzip inflates so that a
// part is abandoned as soon as it grows beyond the limits, whatever sizes the archive claims for it.
class PartDevice : public QIODevice
{
public:
    enum Failure
    {
        None,
        Damaged,
        TooLarge,
        Ratio,
    };

    PartDevice(zip_file_t* file, qint64 compressed, Budget& budget, const XlsxLimits& limits)
        : m_file(file)
        , m_compressed(std::max<qint64>(compressed, 1))
        , m_budget(budget)
        , m_limits(limits)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    Failure failure() const { return m_failure; }
    QString zipError() const { return m_zipError; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_failure != None)
            return -1;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            m_failure = Damaged;
            m_zipError = QString::fromLocal8Bit(zip_error_strerror(zip_file_get_error(m_file)));
            return -1;
        }
        m_inflated += n;
        m_budget.used += n;
        if (m_budget.used > m_limits.maxUncompressed) {
            m_failure = TooLarge;
            return -1;
        }
        if (m_inflated > m_limits.ratioSlack && m_inflated / m_compressed > m_limits.maxRatio) {
            m_failure = Ratio;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file_t* m_file;
    qint64 m_compressed;
    Budget& m_budget;
    const XlsxLimits& m_limits;
    qint64 m_inflated = 0;
    Failure m_failure = None;
    QString m_zipError;
};

struct Relationship
{
    QString id;
    QString type; // the last segment of the type URI: "worksheet", "sharedStrings", "officeDocument"...
    QString target; // a part name inside the archive
};

struct SheetEntry
{
    QString name;
    QString state; // "", "visible", "hidden", "veryHidden"
    QString relId;
};

struct Row
{
    int number = 0; // 1-based, as in the sheet
    QStringList cells;
};

struct Merge
{
    int top = 0;
    int left = 0;
    int bottom = 0;
    int right = 0;
};

// "B7" -> column 1, row 7. Row 0 when the reference has no digits ("B", as in a column range).
bool parseCellRef(QStringView ref, int* column, int* row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > SheetColumns)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    qint64 r = 0;
    const qsizetype digits = i;
    while (i < ref.size() && ref[i] >= u'0' && ref[i] <= u'9') {
        r = r * 10 + (ref[i].unicode() - u'0');
        if (r > SheetRows)
            return false;
        ++i;
    }
    if (i != ref.size() || (i > digits && r == 0))
        return false;
    *column = int(col - 1);
    *row = int(r);
    return true;
}

// OOXML strings escape characters XML cannot hold as _xHHHH_ (a literal "_x" sequence is itself escaped as
// _x005F_x...). A sequence that would decode to a lone surrogate is left as written.
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).sliced(i + 2, 4).toUInt(&ok, 16);
            if (ok && !QChar::isSurrogate(code)) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

// Whether a number format shows its value as a percentage: a '%' outside quoted text, escapes and [brackets].
bool isPercentFormat(QStringView code)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal, or padding
        } else if (c == u'%') {
            return true;
        }
    }
    return false;
}

QString lastSegment(const QString& uri)
{
    return uri.mid(uri.lastIndexOf(u'/') + 1);
}

class Reader
{
public:
    Reader(const QByteArray& bytes, const QString& fileName, const XlsxLimits& limits)
        : m_bytes(bytes)
        , m_fileName(fileName)
        , m_limits(limits)
    {
    }

    const QString& error() const { return m_error; }
    const QList<SheetEntry>& sheets() const { return m_sheets; }

    // Opens the container and reads the list of sheets.
    bool open()
    {
        if (m_bytes.size() > m_limits.maxFileSize)
            return fail(XlsxReader::tr("the file is larger than %1 MB; a score sheet is far smaller")
                            .arg(m_limits.maxFileSize / (1024 * 1024)));
        if (XlsxReader::looksLikeOle(m_bytes))
            return fail(XlsxReader::tr("this is an Excel 97-2003 (.xls) file or a password-protected workbook; save "
                                       "it without a password as an Excel workbook (.xlsx) or as CSV"));
        if (!XlsxReader::looksLikeZip(m_bytes))
            return fail(XlsxReader::tr("this is not an Excel workbook (.xlsx): it is not a zip container"));

        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
        if (source) {
            // Not ZIP_CHECKCONS: workbooks written by libxlsxwriter (minizip) and others fail its extra checks,
            // which compare fields that readers ignore. Damage is still caught: by the central directory's
            // consistency, the size limits below and every part's CRC, checked as it is read to the end.
            m_zip.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
            if (!m_zip)
                zip_source_free(source);
        }
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (!m_zip)
            return fail(XlsxReader::tr("the workbook is damaged or truncated (%1); save it again from Excel or "
                                       "LibreOffice")
                            .arg(reason));

        // The workbook part is named by the package's relationships; xl/workbook.xml where they are missing.
        QString workbook = QStringLiteral("xl/workbook.xml");
        QList<Relationship> packageRels;
        if (!readRelationships(QStringLiteral("_rels/.rels"), QString(), &packageRels))
            return false;
        for (const Relationship& r : packageRels) {
            if (r.type == QLatin1String("officeDocument")) {
                workbook = r.target;
                break;
            }
        }
        if (!exists(workbook)) {
            if (exists(QStringLiteral("mimetype")) && exists(QStringLiteral("content.xml")))
                return fail(XlsxReader::tr("this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook "
                                           "(.xlsx) or as CSV"));
            return fail(XlsxReader::tr("this zip file holds no Excel workbook (%1 is missing)").arg(workbook));
        }
        const qsizetype slash = workbook.lastIndexOf(u'/');
        const QString base = slash >= 0 ? workbook.left(slash + 1) : QString();
        QList<Relationship> rels;
        if (!readRelationships(base + QStringLiteral("_rels/") + workbook.mid(slash + 1) + QStringLiteral(".rels"),
                               base, &rels))
            return false;
        for (const Relationship& r : rels) {
            m_relTarget.insert(r.id, r);
            if (r.type == QLatin1String("sharedStrings"))
                m_sharedStringsPart = r.target;
            else if (r.type == QLatin1String("styles"))
                m_stylesPart = r.target;
        }
        return parsePart(workbook, true, [this](QXmlStreamReader& xml) { return readWorkbook(xml); });
    }

    // Reads the chosen sheet (or the first visible worksheet) into the table.
    bool readSheet(const QString& wanted, CsvTable* table)
    {
        const SheetEntry* sheet = nullptr;
        if (wanted.isEmpty()) {
            // The first visible worksheet; failing that the first visible sheet, whose kind is then reported.
            for (const SheetEntry& s : m_sheets) {
                const bool hidden = s.state == QLatin1String("hidden") || s.state == QLatin1String("veryHidden");
                if (hidden)
                    continue;
                if (m_relTarget.value(s.relId).type == QLatin1String("worksheet")) {
                    sheet = &s;
                    break;
                }
                if (!sheet)
                    sheet = &s;
            }
            if (!sheet)
                return fail(XlsxReader::tr("the workbook has no visible sheet"));
        } else {
            const QString name = wanted.normalized(QString::NormalizationForm_C);
            for (const SheetEntry& s : m_sheets) {
                if (s.name == name) {
                    sheet = &s;
                    break;
                }
            }
            // Excel treats sheet names case-insensitively, so a name typed in another case means the same sheet.
            for (const SheetEntry& s : m_sheets) {
                if (!sheet && s.name.compare(name, Qt::CaseInsensitive) == 0)
                    sheet = &s;
            }
            if (!sheet) {
                QStringList names;
                for (const SheetEntry& s : m_sheets)
                    names << QStringLiteral("\"%1\"").arg(s.name);
                return fail(XlsxReader::tr("there is no sheet named \"%1\"; the workbook has %2")
                                .arg(wanted, names.join(QStringLiteral(", "))));
            }
        }
        m_sheetLabel = XlsxReader::tr("%1, sheet \"%2\"").arg(m_fileName, sheet->name);
        const Relationship target = m_relTarget.value(sheet->relId);
        if (target.type != QLatin1String("worksheet"))
            return failSheet(target.type.isEmpty()
                                 ? XlsxReader::tr("the workbook does not say where the sheet is (damaged file)")
                                 : XlsxReader::tr("this sheet is a %1, not a table of cells").arg(target.type));
        if (!m_sharedStringsPart.isEmpty()
            && !parsePart(m_sharedStringsPart, false, [this](QXmlStreamReader& xml) { return readSharedStrings(xml); }))
            return false;
        if (!m_stylesPart.isEmpty()
            && !parsePart(m_stylesPart, false, [this](QXmlStreamReader& xml) { return readStyles(xml); }))
            return false;
        if (!exists(target.target))
            return failSheet(XlsxReader::tr("the sheet's part %1 is missing (damaged file)").arg(target.target));
        m_inSheet = true;
        if (!parsePart(target.target, true, [this](QXmlStreamReader& xml) { return readWorksheet(xml); }))
            return false;
        if (!applyMerges())
            return false;

        table->fileName = m_sheetLabel;
        table->delimiter = QChar();
        table->rows.reserve(m_rows.size());
        table->lines.reserve(m_rows.size());
        for (Row& row : m_rows) {
            while (!row.cells.isEmpty() && row.cells.last().isEmpty())
                row.cells.removeLast();
            if (row.cells.isEmpty())
                continue;
            table->rows.append(std::move(row.cells));
            table->lines.append(row.number);
        }
        if (table->rows.isEmpty())
            return failSheet(XlsxReader::tr("the sheet is empty"));
        return true;
    }

private:
    bool fail(const QString& reason)
    {
        m_error = XlsxReader::tr("%1: %2").arg(m_fileName, reason);
        return false;
    }
    bool failSheet(const QString& reason)
    {
        m_error = XlsxReader::tr("%1: %2").arg(m_sheetLabel, reason);
        return false;
    }
    bool failCell(int column, int row, const QString& reason)
    {
        m_error = XlsxReader::tr("%1, cell %2: %3").arg(m_sheetLabel, XlsxReader::cellName(column, row), reason);
        return false;
    }
    // A problem in a part other than the sheet (workbook, relationships, strings, styles) damages the whole file.
    bool failPart(const QString& reason) { return m_inSheet ? failSheet(reason) : fail(reason); }

    bool exists(const QString& part) const
    {
        return zip_name_locate(m_zip.get(), part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
    }

    // Opens a part and hands a reader positioned on its root element to `handler`. Refuses a DTD (the only way
    // to declare entities, hence entity bombs), and reports damage, size limits and XML errors with the part's name.
    bool parsePart(const QString& part, bool required, const std::function<bool(QXmlStreamReader&)>& handler)
    {
        const zip_int64_t index = zip_name_locate(m_zip.get(), part.toUtf8().constData(), ZIP_FL_NOCASE);
        if (index < 0) {
            if (required)
                return failPart(XlsxReader::tr("the part %1 is missing (damaged file)").arg(part));
            return true;
        }
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &stat) != 0)
            return failPart(XlsxReader::tr("cannot read the part %1 (damaged file)").arg(part));
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return failPart(XlsxReader::tr("the part %1 is encrypted; save the workbook without a password").arg(part));
        const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;
        // Sizes in the archive are only claims; the device below counts real bytes. A claim above the limits is
        // refused at once, without inflating anything.
        if ((stat.valid & ZIP_STAT_SIZE) && qint64(stat.size) > m_limits.maxUncompressed - m_budget.used)
            return failPart(tooLarge());
        if ((stat.valid & ZIP_STAT_SIZE) && qint64(stat.size) > m_limits.ratioSlack
            && qint64(stat.size) / std::max<qint64>(compressed, 1) > m_limits.maxRatio)
            return failPart(tooCompressed(part));

        std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0));
        if (!file)
            return failPart(XlsxReader::tr("cannot read the part %1 (%2); the file is damaged")
                                .arg(part, QString::fromLocal8Bit(zip_error_strerror(zip_get_error(m_zip.get())))));
        PartDevice device(file.get(), compressed, m_budget, m_limits);
        QXmlStreamReader xml(&device);
        bool ok = true;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::DTD)
                return failPart(XlsxReader::tr("the part %1 declares a DTD, which a workbook never does").arg(part));
            if (token == QXmlStreamReader::StartElement) {
                ok = handler(xml);
                break;
            }
        }
        // The device's own failure explains an XML error it caused (a cut-off stream), so it is reported first.
        switch (device.failure()) {
        case PartDevice::Damaged:
            return failPart(XlsxReader::tr("the part %1 is damaged (%2)").arg(part, device.zipError()));
        case PartDevice::TooLarge:
            return failPart(tooLarge());
        case PartDevice::Ratio:
            return failPart(tooCompressed(part));
        case PartDevice::None:
            break;
        }
        if (!ok)
            return false;
        if (!xml.hasError()) {
            // Read to the end, so that damage after the root element's content (or a truncated stream) is found.
            while (!xml.atEnd())
                xml.readNext();
        }
        if (device.failure() != PartDevice::None)
            return failPart(device.failure() == PartDevice::Damaged
                                ? XlsxReader::tr("the part %1 is damaged (%2)").arg(part, device.zipError())
                                : device.failure() == PartDevice::TooLarge ? tooLarge()
                                                                           : tooCompressed(part));
        if (xml.hasError())
            return failPart(XlsxReader::tr("the part %1 is not well-formed XML (line %2, column %3: %4); the file is "
                                           "damaged")
                                .arg(part)
                                .arg(xml.lineNumber())
                                .arg(xml.columnNumber())
                                .arg(xml.errorString()));
        return true;
    }

    QString tooLarge() const
    {
        return XlsxReader::tr("the workbook expands to more than %1 MB when unpacked (a zip bomb?); refused")
            .arg(m_limits.maxUncompressed / (1024 * 1024));
    }
    QString tooCompressed(const QString& part) const
    {
        return XlsxReader::tr("the part %1 expands more than %2 times when unpacked (a zip bomb?); refused")
            .arg(part)
            .arg(m_limits.maxRatio);
    }

    bool readRelationships(const QString& part, const QString& base, QList<Relationship>* out)
    {
        return parsePart(part, false, [&](QXmlStreamReader& xml) {
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("Relationship")) {
                    xml.skipCurrentElement();
                    continue;
                }
                const QXmlStreamAttributes a = xml.attributes();
                xml.skipCurrentElement();
                if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                    continue;
                QString target = a.value(QLatin1String("Target")).toString();
                target = target.startsWith(u'/') ? target.mid(1) : base + target;
                target = QDir::cleanPath(target);
                if (target.startsWith(QLatin1String("..")))
                    continue; // outside the package: ignore rather than follow
                out->append({a.value(QLatin1String("Id")).toString(),
                             lastSegment(a.value(QLatin1String("Type")).toString()), target});
            }
            return true;
        });
    }

    bool readWorkbook(QXmlStreamReader& xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("sheets")) {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("sheet")) {
                    xml.skipCurrentElement();
                    continue;
                }
                SheetEntry s;
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == QLatin1String("name") && a.namespaceUri().isEmpty())
                        s.name = a.value().toString().normalized(QString::NormalizationForm_C);
                    else if (a.name() == QLatin1String("state") && a.namespaceUri().isEmpty())
                        s.state = a.value().toString();
                    else if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                        s.relId = a.value().toString();
                }
                xml.skipCurrentElement();
                m_sheets.append(s);
            }
        }
        return true;
    }

    // The text of the current element (its children's text included) up to `limit` characters.
    bool readText(QXmlStreamReader& xml, QString* out, qsizetype limit, int column, int row)
    {
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                out->append(xml.text());
                if (out->size() > limit)
                    return tooLong(column, row);
                break;
            default:
                break;
            }
        }
        return true;
    }

    bool tooLong(int column, int row)
    {
        const QString reason = XlsxReader::tr("a cell holds more than %1 characters").arg(m_limits.maxCellLength);
        return row > 0 ? failCell(column, row, reason) : failPart(reason);
    }

    // <si> of the shared strings or <is> of an inline string: plain <t>, or rich text runs <r><t>; phonetic
    // guides (<rPh>) are not part of the value.
    bool readRichText(QXmlStreamReader& xml, QString* out, int column, int row)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("t")) {
                if (!readText(xml, out, m_limits.maxCellLength, column, row))
                    return false;
            } else if (xml.name() == QLatin1String("r")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("t")) {
                        if (!readText(xml, out, m_limits.maxCellLength, column, row))
                            return false;
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        return true;
    }

    bool readSharedStrings(QXmlStreamReader& xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("si")) {
                xml.skipCurrentElement();
                continue;
            }
            QString text;
            if (!readRichText(xml, &text, 0, 0))
                return false;
            m_sharedStrings.append(decodeEscapes(text).normalized(QString::NormalizationForm_C));
        }
        return true;
    }

    bool readStyles(QXmlStreamReader& xml)
    {
        QHash<int, bool> customPercent;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("numFmts")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numFmt")) {
                        const QXmlStreamAttributes a = xml.attributes();
                        customPercent.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                             isPercentFormat(a.value(QLatin1String("formatCode"))));
                    }
                    xml.skipCurrentElement();
                }
            } else if (xml.name() == QLatin1String("cellXfs")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("xf")) {
                        const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                        // Built-in formats 9 and 10 are "0%" and "0.00%".
                        m_percentStyle.append(id == 9 || id == 10 || customPercent.value(id, false));
                    }
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        return true;
    }

    bool readWorksheet(QXmlStreamReader& xml)
    {
        if (xml.name() != QLatin1String("worksheet"))
            return failSheet(XlsxReader::tr("this sheet is not a table of cells"));
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("sheetData")) {
                if (!readSheetData(xml))
                    return false;
            } else if (xml.name() == QLatin1String("mergeCells")) {
                if (!readMerges(xml))
                    return false;
            } else {
                xml.skipCurrentElement();
            }
        }
        return true;
    }

    bool readSheetData(QXmlStreamReader& xml)
    {
        int lastRow = 0;
        qint64 cellCount = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("row")) {
                xml.skipCurrentElement();
                continue;
            }
            int number = lastRow + 1;
            const QXmlStreamAttributes rowAttributes = xml.attributes();
            const QStringView r = rowAttributes.value(QLatin1String("r"));
            if (!r.isEmpty()) {
                bool ok = false;
                number = r.toInt(&ok);
                if (!ok || number < 1 || number > SheetRows)
                    return failSheet(XlsxReader::tr("row number \"%1\" is not valid (damaged file)").arg(r));
            }
            if (number <= lastRow)
                return failSheet(XlsxReader::tr("row %1 comes after row %2 (damaged file)").arg(number).arg(lastRow));
            if (number > m_limits.maxRows)
                return failSheet(XlsxReader::tr("the sheet has more than %1 rows").arg(m_limits.maxRows));
            lastRow = number;

            Row row;
            row.number = number;
            int lastColumn = -1;
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("c")) {
                    xml.skipCurrentElement();
                    continue;
                }
                int column = lastColumn + 1;
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView ref = a.value(QLatin1String("r"));
                if (!ref.isEmpty()) {
                    int refRow = 0;
                    if (!parseCellRef(ref, &column, &refRow) || refRow != number)
                        return failSheet(
                            XlsxReader::tr("row %1 holds a cell named \"%2\" (damaged file)").arg(number).arg(ref));
                }
                if (column >= SheetColumns)
                    return failSheet(XlsxReader::tr("row %1 has more than %2 columns").arg(number).arg(SheetColumns));
                if (column <= lastColumn)
                    return failCell(column, number, XlsxReader::tr("the cell appears twice or out of order"));
                lastColumn = column;

                QString value;
                if (!readCell(xml, a, column, number, &value))
                    return false;
                if (value.isEmpty())
                    continue;
                if (column >= row.cells.size()) {
                    cellCount += column + 1 - row.cells.size();
                    if (cellCount > m_limits.maxCells)
                        return failSheet(XlsxReader::tr("the sheet has more than %1 cells").arg(m_limits.maxCells));
                    row.cells.resize(column + 1);
                }
                row.cells[column] = value;
            }
            if (!row.cells.isEmpty())
                m_rows.append(std::move(row));
        }
        return true;
    }

    bool readCell(QXmlStreamReader& xml, const QXmlStreamAttributes& a, int column, int row, QString* value)
    {
        const QString type = a.value(QLatin1String("t")).toString();
        bool percent = false;
        if (const QStringView s = a.value(QLatin1String("s")); !s.isEmpty()) {
            bool ok = false;
            const int style = s.toInt(&ok);
            percent = ok && style >= 0 && style < m_percentStyle.size() && m_percentStyle[style];
        }
        QString v;
        bool hasValue = false;
        bool hasFormula = false;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("v")) {
                hasValue = true;
                if (!readText(xml, &v, m_limits.maxCellLength, column, row))
                    return false;
            } else if (xml.name() == QLatin1String("is")) {
                if (!readRichText(xml, &inlineText, column, row))
                    return false;
            } else {
                hasFormula = hasFormula || xml.name() == QLatin1String("f");
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return true; // reported by parsePart with the XML position

        if (type == QLatin1String("s")) {
            if (!hasValue)
                return true;
            bool ok = false;
            const qint64 index = QStringView(v).trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size())
                return failCell(column, row,
                                XlsxReader::tr("the cell refers to shared text %1, but the workbook has %2 (damaged "
                                               "file)")
                                    .arg(v.left(20))
                                    .arg(m_sharedStrings.size()));
            *value = m_sharedStrings[index];
        } else if (type == QLatin1String("inlineStr")) {
            *value = decodeEscapes(inlineText).normalized(QString::NormalizationForm_C);
        } else if (type == QLatin1String("str")) {
            *value = decodeEscapes(v).normalized(QString::NormalizationForm_C);
        } else if (type == QLatin1String("b")) {
            const QStringView b = QStringView(v).trimmed();
            *value = b == QLatin1String("1") ? QStringLiteral("TRUE")
                : b == QLatin1String("0")    ? QStringLiteral("FALSE")
                                             : b.toString();
        } else if (type == QLatin1String("e")) {
            return failCell(column, row,
                            XlsxReader::tr("the cell holds the error value %1; correct the formula or clear the cell")
                                .arg(v.trimmed()));
        } else if (type == QLatin1String("d")) {
            *value = v.trimmed();
        } else if (type.isEmpty() || type == QLatin1String("n")) {
            if (hasFormula && v.trimmed().isEmpty())
                return failCell(column, row,
                                XlsxReader::tr("the cell holds a formula whose result was never computed; open the "
                                               "file in Excel or LibreOffice and save it again"));
            if (!v.trimmed().isEmpty())
                *value = XlsxReader::decimalText(v, percent);
        } else {
            return failCell(column, row, XlsxReader::tr("the cell has an unknown type \"%1\"").arg(type.left(20)));
        }
        if (value->size() > m_limits.maxCellLength)
            return tooLong(column, row);
        return true;
    }

    bool readMerges(QXmlStreamReader& xml)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("mergeCell")) {
                xml.skipCurrentElement();
                continue;
            }
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            xml.skipCurrentElement();
            const qsizetype colon = ref.indexOf(u':');
            if (colon < 0)
                continue; // a single cell: nothing is hidden
            Merge m;
            if (!parseCellRef(QStringView(ref).first(colon), &m.left, &m.top)
                || !parseCellRef(QStringView(ref).sliced(colon + 1), &m.right, &m.bottom) || m.top == 0
                || m.bottom == 0)
                return failSheet(
                    XlsxReader::tr("the merged range \"%1\" is not valid (damaged file)").arg(ref.left(40)));
            if (m.bottom < m.top)
                std::swap(m.top, m.bottom);
            if (m.right < m.left)
                std::swap(m.left, m.right);
            if (m_merges.size() >= MaxMerges)
                return failSheet(XlsxReader::tr("the sheet has more than %1 merged ranges").arg(MaxMerges));
            m_merges.append(m);
        }
        return true;
    }

    // Only the first cell of a merged range is seen in Excel; content left in the others (LibreOffice can keep it,
    // hidden) must not be imported as if someone had typed it.
    bool applyMerges()
    {
        qint64 work = 0;
        for (const Merge& m : std::as_const(m_merges)) {
            auto it = std::lower_bound(m_rows.begin(), m_rows.end(), m.top,
                                       [](const Row& r, int number) { return r.number < number; });
            for (; it != m_rows.end() && it->number <= m.bottom; ++it) {
                const int last = std::min<int>(m.right, int(it->cells.size()) - 1);
                for (int c = m.left; c <= last; ++c) {
                    if (it->number != m.top || c != m.left)
                        it->cells[c].clear();
                }
                work += 1 + std::max(0, last - m.left + 1);
                if (work > m_limits.maxMergeWork)
                    return failSheet(XlsxReader::tr("the sheet's merged ranges cover too many cells"));
            }
        }
        return true;
    }

    const QByteArray& m_bytes;
    QString m_fileName;
    const XlsxLimits& m_limits;
    QString m_error;
    QString m_sheetLabel;
    bool m_inSheet = false;
    std::unique_ptr<zip_t, ZipDiscard> m_zip;
    Budget m_budget;
    QHash<QString, Relationship> m_relTarget; // by relationship id
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QList<SheetEntry> m_sheets;
    QStringList m_sharedStrings;
    QList<bool> m_percentStyle; // by cell style index
    QList<Row> m_rows;
    QList<Merge> m_merges;
};

} // namespace

bool XlsxReader::looksLikeZip(const QByteArray& head)
{
    // A local file header, or the end record of an empty archive.
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) || head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

bool XlsxReader::looksLikeOle(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

QString XlsxReader::cellName(int column, int row)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

QString XlsxReader::decimalText(QStringView xmlNumber, bool percent)
{
    const QStringView trimmed = xmlNumber.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return xmlNumber.toString();
    const QByteArray latin = trimmed.toLatin1();
    double value = 0;
    const char* begin = latin.constData();
    const char* end = begin + latin.size();
    const auto parsed = std::from_chars(begin, end, value);
    if (parsed.ec != std::errc() || parsed.ptr != end || !std::isfinite(value))
        return xmlNumber.toString();
    if (value == 0)
        return QStringLiteral("0");

    // 15 significant digits, as d.dddddddddddddde±x.
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 14);
    const std::string scientific(buffer, written.ptr);
    const bool negative = scientific.front() == '-';
    const std::size_t e = scientific.find('e');
    std::string digits;
    for (std::size_t i = negative ? 1 : 0; i < e; ++i) {
        if (scientific[i] != '.')
            digits += scientific[i];
    }
    int exponent = std::stoi(scientific.substr(e + 1)) + (percent ? 2 : 0);
    if (exponent > 20 || exponent < -20)
        return xmlNumber.toString();
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();

    // digits[0] stands at 10^exponent.
    const int integerDigits = exponent + 1;
    std::string text;
    if (integerDigits <= 0) {
        text = "0." + std::string(std::size_t(-integerDigits), '0') + digits;
    } else if (std::size_t(integerDigits) >= digits.size()) {
        text = digits + std::string(std::size_t(integerDigits) - digits.size(), '0');
    } else {
        text = digits.substr(0, std::size_t(integerDigits)) + '.' + digits.substr(std::size_t(integerDigits));
    }
    return (negative ? QStringLiteral("-") : QString()) + QString::fromLatin1(text.data(), qsizetype(text.size()));
}

Result<CsvTable> XlsxReader::read(const QByteArray& bytes, const QString& fileName, const QString& sheet,
                                  const XlsxLimits& limits)
{
    Reader reader(bytes, fileName, limits);
    CsvTable table;
    if (!reader.open() || !reader.readSheet(sheet, &table))
        return Error::input(reader.error());
    return table;
}

Result<CsvTable> XlsxReader::readFile(const QString& path, const QString& sheet, const XlsxLimits& limits)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName().isEmpty() ? path : info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::input(tr("%1: cannot read the file (%2)").arg(fileName, file.errorString()));
    // One byte more than the limit is enough to know the file is too large; read() refuses it.
    const QByteArray bytes = file.read(limits.maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::input(tr("%1: cannot read the file (%2)").arg(fileName, file.errorString()));
    return read(bytes, fileName, sheet, limits);
}

Result<QStringList> XlsxReader::sheetNames(const QByteArray& bytes, const QString& fileName, const XlsxLimits& limits)
{
    Reader reader(bytes, fileName, limits);
    if (!reader.open())
        return Error::input(reader.error());
    QStringList names;
    for (const SheetEntry& s : reader.sheets())
        names << s.name;
    return names;
}

} // namespace par
