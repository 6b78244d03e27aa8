#include "model/Lineage.h"

#include <QSet>

#include <algorithm>

namespace par {

namespace {

bool changesShape(const LineageEvent& event)
{
    return event.kind != LineageEvent::Rename;
}

// Whether two events are the same record (an event being edited is checked against the others, not itself).
bool sameRecord(const LineageEvent& a, const LineageEvent& b)
{
    return a.id != 0 && a.id == b.id;
}

} // namespace

QString LineageEvent::kindName(Kind kind)
{
    switch (kind) {
    case Merge:
        return QStringLiteral("merge");
    case Split:
        return QStringLiteral("split");
    case Rename:
        return QStringLiteral("rename");
    }
    return QString();
}

LineageEvent::Kind LineageEvent::kindFrom(const QString& name)
{
    if (name == QLatin1String("split"))
        return Split;
    if (name == QLatin1String("rename"))
        return Rename;
    return Merge;
}

Lineage::Lineage(const QList<Unit>& units, const QList<LineageEvent>& events)
    : m_events(events)
{
    for (const Unit& unit : units)
        m_units.insert(unit.id, unit);
}

QString Lineage::nameOf(qint64 unitId) const
{
    const auto found = m_units.constFind(unitId);
    return found == m_units.cend() ? QString::number(unitId) : found->name;
}

Status Lineage::check(const LineageEvent& event) const
{
    if (Status shape = checkShape(event); !shape)
        return shape;
    if (event.kind == LineageEvent::Rename)
        return checkRename(event);
    if (Status spans = checkSpans(event); !spans)
        return spans;
    for (qint64 successor : event.successors)
        for (qint64 predecessor : event.predecessors)
            if (reaches(successor, predecessor, event))
                return Error::input(tr("%1 already descends from %2: the events would form a cycle.")
                                        .arg(nameOf(predecessor), nameOf(successor)));
    return Done {};
}

Status Lineage::checkShape(const LineageEvent& event) const
{
    if (event.year <= 0)
        return Error::input(tr("An event needs the year from which it holds."));
    const QList<qint64> all = event.predecessors + event.successors;
    for (qint64 id : all)
        if (!m_units.contains(id))
            return Error::input(tr("There is no unit with id %1.").arg(id));
    if (event.kind == LineageEvent::Rename) {
        if (event.predecessors.size() != 1 || event.successors != event.predecessors)
            return Error::input(tr("A rename concerns one unit."));
        return Done {};
    }
    const QSet<qint64> before(event.predecessors.cbegin(), event.predecessors.cend());
    const QSet<qint64> after(event.successors.cbegin(), event.successors.cend());
    if (before.size() != event.predecessors.size() || after.size() != event.successors.size())
        return Error::input(tr("A unit is named twice in the same event."));
    for (qint64 id : event.successors)
        if (before.contains(id))
            return Error::input(tr("%1 cannot be merged or split into itself.").arg(nameOf(id)));
    if (event.kind == LineageEvent::Merge && (event.predecessors.isEmpty() || event.successors.size() != 1))
        return Error::input(tr("A merger makes one unit from one or more others."));
    if (event.kind == LineageEvent::Split && (event.predecessors.size() != 1 || event.successors.size() < 2))
        return Error::input(tr("A split makes two or more units from one."));
    return Done {};
}

Status Lineage::checkSpans(const LineageEvent& event) const
{
    const int year = event.year;
    for (qint64 id : event.predecessors) {
        const Unit& unit = m_units[id];
        if (!unit.activeIn(year - 1))
            return Error::input(tr("%1 does not exist in %2, so it cannot end into an event of %3.")
                                    .arg(unit.name)
                                    .arg(year - 1)
                                    .arg(year));
        // An end typed in Setup without an event is a plan the event may move; only an event's end is a fact.
        for (const LineageEvent& other : m_events)
            if (changesShape(other) && !sameRecord(other, event) && other.predecessors.contains(id))
                return Error::input(tr("%1 already ended in %2.").arg(unit.name).arg(other.year - 1));
    }
    for (qint64 id : event.successors) {
        const Unit& unit = m_units[id];
        if (unit.validTo && *unit.validTo < year)
            return Error::input(
                tr("%1 ends in %2, before the event of %3.").arg(unit.name).arg(*unit.validTo).arg(year));
        if (unit.validFrom && *unit.validFrom > year)
            return Error::input(tr("%1 begins in %2, after the event of %3; their life spans would leave a gap.")
                                    .arg(unit.name)
                                    .arg(*unit.validFrom)
                                    .arg(year));
    }
    return Done {};
}

Status Lineage::checkRename(const LineageEvent& event) const
{
    const qint64 id = event.predecessors.constFirst();
    const Unit& unit = m_units[id];
    if (!unit.activeIn(event.year) || !unit.activeIn(event.year - 1))
        return Error::input(
            tr("%1 must exist in %2 and %3 to be renamed in %3.").arg(unit.name).arg(event.year - 1).arg(event.year));
    if (event.newName.trimmed().isEmpty())
        return Error::input(tr("A rename needs the new name."));
    if (event.newName == nameIn(id, event.year - 1))
        return Error::input(tr("%1 already has that name.").arg(unit.name));
    for (const LineageEvent& other : m_events)
        if (other.kind == LineageEvent::Rename && !sameRecord(other, event) && other.year == event.year
            && other.predecessors.contains(id))
            return Error::input(tr("%1 is already renamed in %2.").arg(unit.name).arg(event.year));
    return Done {};
}

// Whether `to` descends from `from` through the recorded events and `extra`.
bool Lineage::reaches(qint64 from, qint64 to, const LineageEvent& extra) const
{
    QList<LineageEvent> events = m_events;
    events.append(extra);
    QSet<qint64> seen;
    QList<qint64> pending {from};
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        if (id == to)
            return true;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        for (const LineageEvent& event : std::as_const(events))
            if (changesShape(event) && event.predecessors.contains(id))
                pending.append(event.successors);
    }
    return false;
}

QList<Unit> Lineage::spansAfter(const LineageEvent& event) const
{
    QList<Unit> changed;
    if (event.kind == LineageEvent::Rename) {
        Unit unit = m_units.value(event.predecessors.value(0));
        const bool latest = std::none_of(m_events.cbegin(), m_events.cend(), [&](const LineageEvent& other) {
            return other.kind == LineageEvent::Rename && other.predecessors == event.predecessors
                && other.year > event.year;
        });
        if (latest) {
            unit.name = event.newName;
            changed.append(unit);
        }
        return changed;
    }
    for (qint64 id : event.predecessors) {
        Unit unit = m_units.value(id);
        unit.validTo = event.year - 1;
        changed.append(unit);
    }
    for (qint64 id : event.successors) {
        Unit unit = m_units.value(id);
        if (unit.activeIn(event.year - 1))
            continue; // it existed before and absorbed the others: its life span stays as it was
        unit.validFrom = event.year;
        changed.append(unit);
    }
    return changed;
}

QString Lineage::nameIn(qint64 unitId, int year) const
{
    QString name = nameOf(unitId);
    QList<LineageEvent> renames;
    for (const LineageEvent& event : m_events)
        if (event.kind == LineageEvent::Rename && event.predecessors.contains(unitId))
            renames.append(event);
    std::sort(renames.begin(), renames.end(), [](const auto& a, const auto& b) { return a.year > b.year; });
    for (const LineageEvent& rename : std::as_const(renames))
        if (year < rename.year)
            name = rename.oldName;
    return name;
}

QList<qint64> Lineage::predecessorsIn(qint64 unitId, int year, int until) const
{
    QList<qint64> found;
    QSet<qint64> seen {unitId};
    QList<qint64> pending {unitId};
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeFirst();
        for (const LineageEvent& event : m_events) {
            if (!changesShape(event) || event.year <= year || event.year > until || !event.successors.contains(id))
                continue;
            for (qint64 predecessor : event.predecessors) {
                if (seen.contains(predecessor))
                    continue;
                seen.insert(predecessor);
                if (m_units.value(predecessor).activeIn(year))
                    found.append(predecessor);
                else
                    pending.append(predecessor);
            }
        }
    }
    return found;
}

QList<LineageEvent> Lineage::origins(qint64 unitId) const
{
    QList<LineageEvent> found;
    for (const LineageEvent& event : m_events)
        if (changesShape(event) && event.successors.contains(unitId))
            found.append(event);
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
    return found;
}

QList<LineageEvent> Lineage::eventsIn(int year) const
{
    QList<LineageEvent> found;
    for (const LineageEvent& event : m_events)
        if (event.year == year)
            found.append(event);
    std::stable_partition(found.begin(), found.end(), changesShape);
    return found;
}

} // namespace par
