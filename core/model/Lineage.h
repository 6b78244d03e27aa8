#pragma once

#include "Result.h"
#include "model/Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace par {

// One change in the administrative map, from a year on: units merged into one (Bắc Kạn and Thái Nguyên became the
// new Thái Nguyên in 2025), one unit split into several, or a unit renamed (the same unit, a new name).
struct LineageEvent
{
    enum Kind
    {
        Merge,
        Split,
        Rename,
    };

    qint64 id = 0;
    Kind kind = Merge;
    int year = 0; // the first year of the new form; predecessors end the year before
    QList<qint64> predecessors; // Rename: the unit itself
    QList<qint64> successors; // Rename: the unit itself
    QString oldName; // Rename: the name until year - 1
    QString newName; // Rename: the name from year on
    QString basis; // the legal basis, e.g. "Nghị quyết 1664/NQ-UBTVQH15"

    // "merge", "split", "rename": the words stored in the database and used on the command line.
    static QString kindName(Kind kind);
    static Kind kindFrom(const QString& name);
};

// The lineage of units: checks an event before it is recorded and answers "what was this unit before". Results are
// never blended: a unit's trend shows its own results and, before the event, its predecessors' as theirs.
//
// Rules. A merge has one or more predecessors and one successor; a split one predecessor and two or more successors;
// no unit is on both sides. Every predecessor exists the year before the event and not after it (it ends into the
// event, and only once). Every successor exists in the event's year; a successor that existed before continues
// (it absorbed the others). A rename keeps the unit and changes its name from the year on. Life spans never
// overlap and the events never form a cycle.
class Lineage
{
    Q_DECLARE_TR_FUNCTIONS(par::Lineage)

public:
    Lineage(const QList<Unit>& units, const QList<LineageEvent>& events);

    // Why the event cannot be recorded, or Done.
    Status check(const LineageEvent& event) const;
    // The units whose life span the event changes, as they are after it: predecessors end the year before, new
    // successors begin in the year; a rename changes the unit's current name when it is the latest.
    QList<Unit> spansAfter(const LineageEvent& event) const;

    // The unit's name in a year, following its renames.
    QString nameIn(qint64 unitId, int year) const;
    // The units whose results stand before this one in a year it did not yet exist in its present form: its
    // predecessors that existed that year, and theirs in turn when they did not; never the unit itself. Only events of
    // `until` or earlier count: a ranking of 2025 is not told of a merger of 2027.
    QList<qint64> predecessorsIn(qint64 unitId, int year, int until = std::numeric_limits<int>::max()) const;
    // The merges and splits that made the unit, oldest first.
    QList<LineageEvent> origins(qint64 unitId) const;
    // The events of a year, merges and splits first, in the order recorded.
    QList<LineageEvent> eventsIn(int year) const;

private:
    Status checkShape(const LineageEvent& event) const;
    Status checkSpans(const LineageEvent& event) const;
    Status checkRename(const LineageEvent& event) const;
    bool reaches(qint64 from, qint64 to, const LineageEvent& extra) const;
    QString nameOf(qint64 unitId) const;

    QHash<qint64, Unit> m_units;
    QList<LineageEvent> m_events;
};

} // namespace par
