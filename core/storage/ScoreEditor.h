#pragma once

#include "storage/Catalog.h"

namespace par {

// A note and evidence reference recorded beside a value.
struct ScoreNote
{
    QString note;
    QString evidence;
};

// A value a form changes, with the value the form showed before: the edit stands only if that is still stored.
struct ScoreChange
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    Stage stage = Stage::Final;
    std::optional<Decimal> expected; // what the form showed (nullopt: no value)
    std::optional<Decimal> value; // nullopt: remove the value
};

// Edits of single cells from forms: one value, a pasted block, a note. Each call is one transaction, keeps the unit
// in the cohort for the year, and is refused while the cohort-year is final.
class ScoreEditor
{
    Q_DECLARE_TR_FUNCTIONS(par::ScoreEditor)

public:
    explicit ScoreEditor(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    // Values are checked against each criterion's maximum here too: a form is no less strict than a file.
    Status setValues(const Framework& framework, const Cohort& cohort, Stage stage, const QList<ScoreWrite>& writes,
                     const QString& reason = QString());
    // Writes form edits (any stages) in one transaction, refused as a whole when a cell no longer holds the value the
    // form showed: another program or window changed it since, and the refusal says who and when from the audit log.
    Status changeValues(const Framework& framework, const Cohort& cohort, const QList<ScoreChange>& changes,
                        const QString& reason = QString());
    Status setNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId, Stage stage,
                   const ScoreNote& note);
    // As setNote, refused when the cell's note or evidence is no longer what the form showed (expected).
    Status changeNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId, Stage stage,
                      const ScoreNote& expected, const ScoreNote& note);
    // Notes and evidence of one unit at one stage, by criterion position.
    Result<QHash<int, ScoreNote>> notes(const Framework& framework, qint64 unitId, Stage stage);

    // The refusal a form shows for a typed value, or an empty string when it is acceptable.
    static QString validate(const Criterion& criterion, const QString& text, std::optional<Decimal>* value);

private:
    Status refuseIfFinal(const Cohort& cohort, int year);
    Status refuseStale(const Framework& framework, qint64 unitId, qint64 criterionId, Stage stage, const QString& what,
                       const QString& now);
    static QString codeOf(const Framework& framework, qint64 criterionId);
    Status checkValues(const Framework& framework, const QList<ScoreChange>& changes);
    Status checkLimits(const Framework& framework, qint64 criterionId, const std::optional<Decimal>& value);

    Catalog& m_catalog;
};

} // namespace par
