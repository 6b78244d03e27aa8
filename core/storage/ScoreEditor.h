#pragma once

#include "storage/Catalog.h"

namespace par {

// A note and evidence reference recorded beside a value.
struct ScoreNote
{
    QString note;
    QString evidence;
};

// A value a form changes, with the value and row version the form showed before: the edit stands only if both are
// still stored. The version (migration 011) also catches a value changed and changed back since it was shown.
struct ScoreChange
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    Stage stage = Stage::Final;
    std::optional<Decimal> expected; // what the form showed (nullopt: no value)
    std::optional<Decimal> value; // nullopt: remove the value
    std::optional<qint64> version; // the row's version the form showed (0: no row; nullopt: not known, value only)
};

// A row's version before and after a write of this program's own (0: no row), for the undo history: a later step
// over the same cell was based on the version this write left.
struct VersionStep
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    Stage stage = Stage::Final;
    qint64 from = 0;
    qint64 to = 0;
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
    // steps (optional) gets each cell's version before and after the write.
    Status changeValues(const Framework& framework, const Cohort& cohort, const QList<ScoreChange>& changes,
                        const QString& reason = QString(), QList<VersionStep>* steps = nullptr);
    Status setNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId, Stage stage,
                   const ScoreNote& note);
    // As setNote, refused when the cell's note or evidence is no longer what the form showed (expected), or its row's
    // version is no longer the one the form showed (0: no row; nullopt: not known, the text only), as changeValues.
    Status changeNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId, Stage stage,
                      const ScoreNote& expected, std::optional<qint64> version, const ScoreNote& note,
                      VersionStep* step = nullptr);
    // Notes and evidence of one unit at one stage, by criterion position.
    Result<QHash<int, ScoreNote>> notes(const Framework& framework, qint64 unitId, Stage stage);
    // Row versions of one unit at one stage, by criterion position (a cell without a row is absent: version 0).
    Result<QHash<int, qint64>> versions(const Framework& framework, qint64 unitId, Stage stage);

    // The refusal a form shows for a typed value, or an empty string when it is acceptable.
    static QString validate(const Criterion& criterion, const QString& text, std::optional<Decimal>* value);

private:
    Status refuseIfFinal(const Cohort& cohort, int year);
    Status refuseStale(const Framework& framework, qint64 unitId, qint64 criterionId, Stage stage, const QString& what,
                       const QString& now);
    static QString codeOf(const Framework& framework, qint64 criterionId);
    // The cell's value and version as stored now (version 0: no row).
    Result<std::pair<std::optional<Decimal>, qint64>> cell(qint64 unitId, qint64 criterionId, Stage stage);
    Status checkValues(const Framework& framework, const QList<ScoreChange>& changes, QList<VersionStep>* steps);
    Status finishSteps(QList<VersionStep>* steps);
    Status checkLimits(const Framework& framework, qint64 criterionId, const std::optional<Decimal>& value);

    Catalog& m_catalog;
};

} // namespace par
