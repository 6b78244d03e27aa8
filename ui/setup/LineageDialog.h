#pragma once

#include "model/Lineage.h"
#include "setup/FormDialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace par {
class LineageStore;
}

namespace par::ui {

// Records one change of the administrative map with its legal basis: "these N units became this one from year Y"
// (merge), "this unit became these" (split), or "this unit is named so from year Y" (rename). The core checks the
// event (LineageStore::check) before the user is asked to confirm; a refusal (a cycle, overlapping life spans, a unit
// merged into itself) is shown in the form, which stays open. Recording is not on the undo stack, like every Setup
// edit: it changes life spans and cohort places at once, so the user confirms it, and it stays in the History page.
class LineageDialog : public FormDialog
{
    Q_OBJECT

public:
    // units: every unit; current: the unit chosen in the table (checked or chosen first); year: the event's year.
    LineageDialog(LineageEvent::Kind kind, LineageStore& store, const QList<Unit>& units,
                  const std::optional<Unit>& current, int year, QWidget* parent = nullptr);

    // What was recorded, once the dialog was accepted.
    const std::optional<LineageEvent>& recorded() const { return m_recorded; }

    // The form's parts, by role (for tests and for the page's focus).
    QLineEdit* filter() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    QComboBox* unit() const { return m_unit; }
    QRadioButton* intoExisting() const { return m_intoExisting; }
    QRadioButton* intoNew() const { return m_intoNew; }
    QLineEdit* newNames() const { return m_newNames; }
    QComboBox* newKind() const { return m_newKind; }
    QSpinBox* year() const { return m_year; }
    QLineEdit* basis() const { return m_basis; }
    QLineEdit* reason() const { return m_reason; }
    QLabel* summary() const { return m_summary; }

private:
    void fillList();
    void updateSummary();
    QList<qint64> checked() const;
    qint64 chosen(const QComboBox* combo) const;
    QStringList typedNames() const;
    QString nameOf(qint64 id) const;
    // The event and the new units the form describes, or why it cannot say yet.
    QString describe(LineageEvent& event, QList<Unit>& newUnits) const;
    QString apply();

    LineageEvent::Kind m_kind;
    LineageStore& m_store;
    QList<Unit> m_units;
    std::optional<Unit> m_current;
    std::optional<LineageEvent> m_recorded;

    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QComboBox* m_unit = nullptr;
    QRadioButton* m_intoExisting = nullptr;
    QRadioButton* m_intoNew = nullptr;
    QLineEdit* m_newNames = nullptr;
    QComboBox* m_newKind = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_basis = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_summary = nullptr;
    int m_summaryLines = 0; // the summary's height for two lines
};

} // namespace par::ui
