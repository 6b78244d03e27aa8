#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace par {

// What a meeting report says, as plain data: every text is final (in the report's language, numbers already in
// its locale), so that the painter, a print preview and a future export only lay it out and never compute.
// Built by ReportBuilder; painted by ui/report's ReportPainter.

struct ReportColumn
{
    enum Align
    {
        Left, // text; wraps onto several lines where the column is narrow
        Center, // short codes, ranks, years, classifications
        Numeric, // right-aligned on the decimal separator, so 9,6697 and 47,4299 line up
    };
    QString header;
    Align align = Left;
};

struct ReportTable
{
    QString caption; // "Bảng 2. ..." above the table; repeated with Report::continued on later pages
    QList<ReportColumn> columns;
    QList<QStringList> rows;
    QList<int> emphasised; // rows printed in bold: the report's own unit, a total
    QStringList notes; // printed in small italics under the table
};

struct ReportTick
{
    double value = 0;
    QString label;
};

struct ReportChartPoint
{
    QString label; // a year, or a field's code and title (never shortened)
    QString sublabel; // a second line under a category, e.g. the rank
    double value = 0; // geometry only: the exact figure is valueText
    QString valueText;
};

struct ReportChart
{
    enum Kind
    {
        Line, // a trend over years
        HorizontalBars, // fields as percent of their maximum
    };
    Kind kind = Line;
    QString title; // "Biểu đồ 1. ..." above the plot
    QString valueAxisTitle;
    QString categoryAxisTitle;
    double axisMin = 0;
    double axisMax = 100;
    QList<ReportTick> ticks; // on the value axis, between axisMin and axisMax
    QList<ReportChartPoint> points;
};

// A key figure in a box: label, value, and a line of context (last year's figure).
struct ReportFigure
{
    QString label;
    QString value;
    QString detail;
};

struct ReportBlock
{
    enum Kind
    {
        Subheading,
        Paragraph,
        Note, // small italics: sources, caveats
        Figures,
        Table,
        Chart,
    };
    Kind kind = Paragraph;
    QString text; // Subheading, Paragraph, Note
    QList<ReportFigure> figures;
    ReportTable table;
    ReportChart chart;
};

struct ReportSection
{
    QString id; // stable, for choosing sections: summary, trend, fields, sipas, lost, rankings, annex
    QString heading; // numbered: "I. KẾT QUẢ CHUNG"; an annex: "PHỤ LỤC 1"
    QString subtitle; // an annex's title under its heading
    bool annex = false; // after the signature, on a new page
    QList<ReportBlock> blocks;
};

// The title block of an official document (Nghị định 30/2020/NĐ-CP): the issuing body on the left, the national
// title and motto on the right, then place and date, the kind of document and its subject.
struct ReportTitle
{
    QString authority; // "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
    QString office; // "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH" (bold, underlined)
    QString number; // "Số:      /BC-BCĐ"
    QString nation; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString motto; // "Độc lập - Tự do - Hạnh phúc"
    QString placeAndDate; // "Bắc Kạn, ngày 15 tháng 7 năm 2019"
    QString kind; // "BÁO CÁO"
    QString subject; // "Kết quả ... năm 2018 của tỉnh Bắc Kạn"
    QString draftMark; // "DỰ THẢO"; empty once the results are final
};

struct ReportSignature
{
    QString recipientsTitle; // "Nơi nhận:"
    QStringList recipients;
    QString signerFor; // "TM. BAN CHỈ ĐẠO"
    QString signerRole; // "TRƯỞNG BAN"
    QString signerName; // under the space for the signature and seal; may be empty
};

struct Report
{
    QString language; // "vi" or "en"
    QString decimalPoint; // of the report's locale, for aligning numbers
    QString continued; // "(tiếp theo)" after a table caption repeated on a new page
    QDate date;
    QString dateText; // dd/MM/yyyy
    bool draft = true; // the cohort-year's final results are not closed

    QString indexCode;
    QString indexName;
    int year = 0;
    QString unitName;
    QString cohortName;

    ReportTitle title;
    QList<ReportSection> sections; // the annexes last
    ReportSignature signature;
    QString footer; // identifies the document at the foot of every page
    QString documentTitle; // PDF metadata
    QString author;

    int rowCount() const; // of every table: a measure of the work for progress bars
};

} // namespace par
