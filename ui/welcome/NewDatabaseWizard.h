#pragma once

#include "storage/NewProvince.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace par::ui {

// File > New database and the welcome page's "Create a database for my province": the province, its units pasted
// from a list (checked line by line with the imports' text rules), the indexes it tracks, the cohorts of its own index
// and the file. Nothing is written before Create; then NewProvince writes everything in one transaction into a file
// that appears only when whole, so a cancelled or failed wizard leaves no file behind.
class NewDatabaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ProvincePage,
        UnitsPage,
        IndexesPage,
        CohortsPage,
        FilePage,
    };

    explicit NewDatabaseWizard(QWidget* parent = nullptr);

    // What the pages describe so far.
    NewProvince::Spec spec() const;
    // The database created by Create; empty until then.
    QString createdPath() const { return m_created; }

    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;

private:
    QWizardPage* buildProvincePage();
    QWizardPage* buildUnitsPage();
    QWizardPage* buildIndexesPage();
    QWizardPage* buildCohortsPage();
    QWizardPage* buildFilePage();
    bool checkUnits();
    bool needsCohorts() const;
    QString suggestedPath() const;
    void chooseFile();
    static QLabel* problemLabel(const QString& name, QWidget* parent);

    QLineEdit* m_province;
    QSpinBox* m_year;
    QLabel* m_provinceProblem;
    QPlainTextEdit* m_departments;
    QPlainTextEdit* m_locals;
    QComboBox* m_localKind;
    QLabel* m_unitCount;
    QLabel* m_unitProblems;
    QList<QCheckBox*> m_national;
    QGroupBox* m_own;
    QLineEdit* m_ownCode;
    QLineEdit* m_ownName;
    QLabel* m_indexProblem;
    QCheckBox* m_departmentCohortOn;
    QLineEdit* m_departmentCohort;
    QCheckBox* m_localCohortOn;
    QLineEdit* m_localCohort;
    QLabel* m_cohortProblem;
    QLineEdit* m_path;
    QLabel* m_summary;
    QLabel* m_fileProblem;
    QStringList m_departmentNames;
    QStringList m_localNames;
    QString m_created;
    bool m_pathEdited = false;
};

} // namespace par::ui
