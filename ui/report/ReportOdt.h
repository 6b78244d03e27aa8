#pragma once

#include "Result.h"
#include "report/Report.h"

#include <QCoreApplication>

class QTextDocument;

namespace par::ui {

// The report as an editable document: the same Report as the PDF, written as ODF text (.odt) with Qt's
// QTextDocumentWriter, which Word and LibreOffice open. Real tables with a header row, the title block and the
// signature as borderless tables, section headings as headings (outline level 1), the charts as images, Liberation
// Serif (metrically Times New Roman), and the margins of Nghị định 30/2020 (30 mm left, 15 mm right, 20 mm top and
// bottom), which QTextDocumentWriter cannot say and are added to the package as styles.xml.
class ReportOdt
{
    Q_DECLARE_TR_FUNCTIONS(par::ui::ReportOdt)

public:
    explicit ReportOdt(const Report& report)
        : m_report(report)
    {
    }

    // The document, for a writer or a test; the caller owns it.
    QTextDocument* document() const;
    Status write(const QString& path) const;

private:
    const Report& m_report;
};

} // namespace par::ui
