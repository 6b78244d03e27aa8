#pragma once

#include "storage/FrameworkEditor.h"
#include "storage/UnitEditor.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace par::ui {

// The Setup page's forms. Each asks, writes through the core when the user presses OK (a refusal is shown in the
// form, which stays open), and returns what it made, or nothing when cancelled.
class SetupDialogs
{
    Q_DECLARE_TR_FUNCTIONS(par::ui::SetupDialogs)

public:
    static std::optional<Index> newIndex(QWidget* parent, FrameworkEditor& editor);
    // A new year, copied from the year before or empty; returns the year, or 0.
    static int newYear(QWidget* parent, FrameworkEditor& editor, const Index& index, const QList<int>& years);
    static std::optional<FrameworkFileImport> importFramework(QWidget* parent, FrameworkEditor& editor,
                                                              const Index& index, int year, const QList<int>& years);
    // add writes the criterion and returns its id.
    static qint64 newCriterion(QWidget* parent, const QString& title, const CriterionFields& suggested,
                               const QStringList& leadUnits,
                               const std::function<Result<qint64>(const CriterionFields&)>& add);
    static bool newBand(QWidget* parent, const std::function<Status(const Band&)>& add);

    static std::optional<Unit> newUnit(QWidget* parent, UnitEditor& editor, int year);
    static std::optional<Cohort> newCohort(QWidget* parent, UnitEditor& editor, const Index& index);
    // Units to add to a cohort for a year; those of the cohort's kind are offered first.
    static QList<qint64> chooseMembers(QWidget* parent, const QString& cohortName, int year,
                                       const QList<Unit>& candidates, const QString& kind);
};

} // namespace par::ui
