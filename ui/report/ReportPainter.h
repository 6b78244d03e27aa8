#pragma once

#include "Result.h"
#include "report/Report.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <functional>

class QPainter;

namespace par::ui {

// Paints a core Report as an A4 document in the form of Nghị định 30/2020/NĐ-CP: official margins, Liberation
// Serif (metrically Times New Roman) embedded, the title block, page numbers at the top centre from page 2, a
// footer naming the document, charts as vectors, tables that continue across pages with their header repeated.
// Used for the PDF of the command line, and by the desktop's preview and printing (QPrinter with setFullPage(true)
// and pageLayout()).
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(par::ui::ReportPainter)

public:
    explicit ReportPainter(Report report);

    // A4 portrait with no device margins: the painter keeps the official ones itself, so that the page number can
    // stand in the top margin.
    static QPageLayout pageLayout();
    // Registers the Liberation Serif fonts embedded in the resources (once). False if one could not be loaded.
    static bool loadFonts();

    // Called as the work proceeds (done of total steps: a step is a table row or a block); return false to stop.
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }

    // Paints every page with an active painter on a QPagedPaintDevice (QPdfWriter, QPrinter) set to pageLayout().
    // False when the device is not paged or the progress callback stopped it.
    bool paint(QPainter& painter);
    // Pages painted by the last paint().
    int pageCount() const { return m_pages; }

    // Writes the report to a PDF file; pdfA: PDF/A-1b, for archiving.
    Status writePdf(const QString& path, bool pdfA = false, const QString& creator = QString());

    const Report& report() const { return m_report; }

private:
    Report m_report;
    std::function<bool(int, int)> m_progress;
    int m_pages = 0;
};

} // namespace par::ui
