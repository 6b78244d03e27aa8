#pragma once

#include "io/ScoreImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace par::ui {

class Session;

// Imports a score file (CSV or a sheet of an XLSX workbook) after showing what it would do: the new units, the values
// it replaces (old > new), the warnings (recorded parents that differ from their parts) and every error with its row
// and column. Nothing is written until Import is pressed, and then all of it or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Session& session, const QString& path, QWidget* parent = nullptr);

    // Re-reads the file with the current choices and shows the preview; false when the file cannot be read at all.
    bool preview();
    bool importNow();
    const std::optional<ScoreImportPlan>& plan() const { return m_plan; }
    QString summary() const;
    QStringList errorLines() const;

private:
    void saveErrors();
    void showProblem(const QString& text);

    Session& m_session;
    QString m_path;
    QComboBox* m_sheet;
    QSpinBox* m_year;
    QComboBox* m_cohort;
    QComboBox* m_stage;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QListWidget* m_newUnits;
    QTableWidget* m_replaced;
    QListWidget* m_warnings;
    QListWidget* m_errors;
    QPushButton* m_import;
    QPushButton* m_saveErrors;
    std::optional<ScoreImportPlan> m_plan;
};

} // namespace par::ui
