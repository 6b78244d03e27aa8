#pragma once

#include "model/Lineage.h"
#include "storage/Catalog.h"

namespace par {

// Reads and records the lineage of units (merge, split, rename). Each record is one transaction that checks the
// event against the recorded ones (Lineage::check) and against the scores (a unit keeps every year it has scores
// in), changes the units' life spans, moves the predecessors' cohort places from the event's year on to the
// successors, and stores the event; the database logs every part of it.
class LineageStore
{
    Q_DECLARE_TR_FUNCTIONS(par::LineageStore)

public:
    explicit LineageStore(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Result<QList<LineageEvent>> events();
    // The units and the recorded events, ready for questions.
    Result<Lineage> lineage();
    // Records the event. New units (id 0) are created first, beginning in the event's year, and join its
    // successors. Returns the event as stored (its id, the rename's old name).
    Result<LineageEvent> record(LineageEvent event, const QList<Unit>& newUnits, const QString& reason = QString());
    // Why record() would refuse the event, or Done: the same checks in a transaction that is rolled back, so that a
    // form can say so before it asks the user to confirm.
    Status check(const LineageEvent& event, const QList<Unit>& newUnits);
    // record() inside a transaction the caller holds (the demo database is loaded in one).
    Result<LineageEvent> recordWithin(LineageEvent event, const QList<Unit>& newUnits);

private:
    Status checkScores(const QList<Unit>& changed);
    Status moveMembers(const LineageEvent& event);
    Status store(LineageEvent& event);

    Catalog& m_catalog;
};

} // namespace par
