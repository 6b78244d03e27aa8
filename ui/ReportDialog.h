#pragma once

#include "Result.h"
#include "report/Report.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;

namespace par::ui {

class Session;

// The meeting report of the selected index and year: choose the unit, the language and the sections, then preview,
// print or export the A4 PDF — the same document the command line writes.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Session& session, QWidget* parent = nullptr);

    // The report with the chosen sections, or the reason it cannot be made.
    Result<Report> build() const;
    bool exportPdf(const QString& path);
    // The same content as an editable ODF text document.
    bool exportOdt(const QString& path);

    // What the report is about: the index's main unit (the province), one unit, or a cohort's results (all cohorts
    // where none is chosen) — the same choices as `parindex report` without --unit, with --unit, with --cohort.
    enum Scope
    {
        Province,
        OneUnit,
        Cohort,
    };

private:
    void scopeChanged();
    QString suggestedName(const QString& suffix) const;
    void preview();
    void print();
    void exportDialog();
    void exportOdtDialog();
    bool paintOn(QPrinter& printer);

    Session& m_session;
    QComboBox* m_scope;
    QComboBox* m_unit;
    QComboBox* m_cohort;
    QWidget* m_sectionBox = nullptr;
    QComboBox* m_language;
    QList<QCheckBox*> m_sections;
    QLabel* m_status;
};

} // namespace par::ui
