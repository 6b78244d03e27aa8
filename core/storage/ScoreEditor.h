#pragma once

#include "storage/Catalog.h"

namespace par {

// A note and evidence reference recorded beside a value.
struct ScoreNote
{
    QString note;
    QString evidence;
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
    Status setNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId, Stage stage,
                   const ScoreNote& note);
    // Notes and evidence of one unit at one stage, by criterion position.
    Result<QHash<int, ScoreNote>> notes(const Framework& framework, qint64 unitId, Stage stage);

    // The refusal a form shows for a typed value, or an empty string when it is acceptable.
    static QString validate(const Criterion& criterion, const QString& text, std::optional<Decimal>* value);

private:
    Status refuseIfFinal(const Cohort& cohort, int year);

    Catalog& m_catalog;
};

} // namespace par
