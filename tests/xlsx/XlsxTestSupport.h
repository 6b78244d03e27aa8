#pragma once

// Small workbooks built in the tests with libzip, so that each case shows the XML it is about and no large or
// hostile file has to be committed.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <zip.h>

#include <gtest/gtest.h>

#include <deque>

namespace xlsxtest {

struct Entry
{
    QString name;
    QByteArray data;
    bool store = false; // no compression
};

// A zip archive of the entries, as bytes.
inline QByteArray zipOf(const QList<Entry>& entries)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("book.zip")));
    int error = 0;
    zip_t* archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr) << "zip_open " << error;
    if (!archive)
        return {};
    std::deque<QByteArray> keep; // libzip reads the buffers at zip_close
    for (const Entry& e : entries) {
        keep.push_back(e.data);
        zip_source_t* source = zip_source_buffer(archive, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
        const zip_int64_t index = zip_file_add(archive, e.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        EXPECT_GE(index, 0) << e.name.toStdString();
        if (index >= 0 && e.store)
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    EXPECT_EQ(zip_close(archive), 0);
    QFile file(QFile::decodeName(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The entries of an archive (for editing a written workbook as Excel would).
inline QList<Entry> entriesOf(const QByteArray& bytes)
{
    QList<Entry> out;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    EXPECT_NE(archive, nullptr) << zip_error_strerror(&error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return out;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(archive, zip_uint64_t(i), 0, &st);
        zip_file_t* f = zip_fopen_index(archive, zip_uint64_t(i), 0);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        EXPECT_EQ(zip_fread(f, data.data(), st.size), zip_int64_t(st.size));
        zip_fclose(f);
        out.append({QString::fromUtf8(st.name), data});
    }
    zip_discard(archive);
    return out;
}

inline QByteArray entry(const QByteArray& zip, const QString& name)
{
    for (const Entry& e : entriesOf(zip)) {
        if (e.name == name)
            return e.data;
    }
    return {};
}

inline QByteArray replaceEntry(const QByteArray& zip, const QString& name, const QByteArray& data)
{
    QList<Entry> entries = entriesOf(zip);
    for (Entry& e : entries) {
        if (e.name == name)
            e.data = data;
    }
    return zipOf(entries);
}

struct Sheet
{
    QString name;
    QByteArray xml; // the whole worksheet part
    QString state; // "", "hidden"
};

inline QByteArray worksheet(const QByteArray& rows, const QByteArray& after = {})
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                             "<sheetData>")
        + rows + QByteArrayLiteral("</sheetData>") + after + QByteArrayLiteral("</worksheet>");
}

inline QByteArray sharedStrings(const QList<QByteArray>& items)
{
    QByteArray xml = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QByteArray& item : items)
        xml += item.startsWith("<") ? QByteArrayLiteral("<si>") + item + QByteArrayLiteral("</si>")
                                    : QByteArrayLiteral("<si><t>") + item + QByteArrayLiteral("</t></si>");
    return xml + QByteArrayLiteral("</sst>");
}

// The entries of a workbook with these sheets (and optional shared strings and styles parts).
inline QList<Entry> workbookEntries(const QList<Sheet>& sheets, const QByteArray& strings = {},
                                    const QByteArray& styles = {})
{
    QByteArray workbook
        = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    QByteArray rels
        = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    QList<Entry> entries;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets[i].name.toUtf8() + "\" sheetId=\"" + n + "\""
            + (sheets[i].state.isEmpty() ? QByteArray() : " state=\"" + sheets[i].state.toUtf8() + "\"") + " r:id=\"rId"
            + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets[i].xml});
    }
    if (!strings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
        entries.append({QStringLiteral("xl/sharedStrings.xml"), strings});
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdY\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                "Target=\"styles.xml\"/>";
        entries.append({QStringLiteral("xl/styles.xml"), styles});
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    entries.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.prepend({QStringLiteral("xl/workbook.xml"), workbook});
    entries.prepend({QStringLiteral("_rels/.rels"),
                     QByteArrayLiteral(
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" "
                         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                         "Target=\"xl/workbook.xml\"/></Relationships>")});
    return entries;
}

inline QByteArray workbook(const QList<Sheet>& sheets, const QByteArray& strings = {}, const QByteArray& styles = {})
{
    return zipOf(workbookEntries(sheets, strings, styles));
}

// A one-sheet workbook named "Sheet1" from the rows of its sheetData.
inline QByteArray oneSheet(const QByteArray& rows, const QByteArray& strings = {}, const QByteArray& styles = {},
                           const QByteArray& after = {})
{
    return workbook({{QStringLiteral("Sheet1"), worksheet(rows, after), QString()}}, strings, styles);
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(bytes);
}

} // namespace xlsxtest
