#include "storage/LineageStore.h"

#include "model/TextRules.h"

#include <QSet>
#include <QSqlQuery>

namespace par {

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// basis is NOT NULL: an event recorded without one stores "".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

Result<QList<LineageEvent>> LineageStore::events()
{
    Database& db = m_catalog.database();
    auto q = db.exec(
        QStringLiteral("SELECT id, kind, year, basis, old_name, new_name FROM unit_events ORDER BY year, id"));
    if (!q)
        return q.error();
    QList<LineageEvent> found;
    QHash<qint64, qsizetype> at;
    while (q.value().next()) {
        LineageEvent e;
        e.id = q.value().value(0).toLongLong();
        e.kind = LineageEvent::kindFrom(q.value().value(1).toString());
        e.year = q.value().value(2).toInt();
        e.basis = q.value().value(3).toString();
        e.oldName = q.value().value(4).toString();
        e.newName = q.value().value(5).toString();
        at.insert(e.id, found.size());
        found.append(e);
    }
    auto links = db.exec(QStringLiteral(
        "SELECT event_id, unit_id, side FROM unit_event_units ORDER BY event_id, side, position, unit_id"));
    if (!links)
        return links.error();
    while (links.value().next()) {
        const auto index = at.constFind(links.value().value(0).toLongLong());
        if (index == at.cend())
            continue;
        LineageEvent& e = found[*index];
        (links.value().value(2).toString() == QLatin1String("from") ? e.predecessors : e.successors)
            .append(links.value().value(1).toLongLong());
    }
    return found;
}

Result<Lineage> LineageStore::lineage()
{
    auto units = m_catalog.units();
    if (!units)
        return units.error();
    auto recorded = events();
    if (!recorded)
        return recorded.error();
    return Lineage(units.value(), recorded.value());
}

Result<LineageEvent> LineageStore::record(LineageEvent event, const QList<Unit>& newUnits, const QString& reason)
{
    Database::Transaction transaction(m_catalog.database(), reason.isEmpty() ? event.basis : reason);
    if (!transaction.ok())
        return transaction.error();
    auto stored = recordWithin(std::move(event), newUnits);
    if (!stored)
        return stored;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored;
}

Status LineageStore::check(const LineageEvent& event, const QList<Unit>& newUnits)
{
    Database::Transaction transaction(m_catalog.database(), event.basis);
    if (!transaction.ok())
        return transaction.error();
    auto tried = recordWithin(event, newUnits);
    if (!tried)
        return tried.error();
    return Done {}; // the transaction is rolled back when it goes out of scope
}

Result<LineageEvent> LineageStore::recordWithin(LineageEvent event, const QList<Unit>& newUnits)
{
    if (const QString problem = TextRules::problem(event.basis, TextRules::Kind::Title); !problem.isEmpty())
        return Error::input(tr("The legal basis %1.").arg(problem));
    if (event.kind == LineageEvent::Rename) {
        event.newName = event.newName.trimmed();
        if (const QString problem = TextRules::problem(event.newName, TextRules::Kind::Name); !problem.isEmpty())
            return Error::input(tr("The new name %1.").arg(problem));
    }
    for (Unit unit : newUnits) {
        if (const QString problem = TextRules::problem(unit.name, TextRules::Kind::Name);
            !problem.isEmpty() || unit.name.trimmed().isEmpty())
            return Error::input(problem.isEmpty() ? tr("A new unit needs a name.") : tr("The name %1.").arg(problem));
        unit.id = 0;
        unit.validFrom = event.year;
        auto saved = m_catalog.saveUnit(unit);
        if (!saved)
            return saved.error();
        event.successors.append(saved->id);
    }
    auto current = lineage();
    if (!current)
        return current.error();
    if (Status s = current->check(event); !s)
        return s.error();
    if (event.kind == LineageEvent::Rename)
        event.oldName = current->nameIn(event.predecessors.constFirst(), event.year - 1);

    QList<Unit> changed = current->spansAfter(event);
    if (event.kind == LineageEvent::Merge)
        for (Unit& unit : changed)
            if (event.predecessors.contains(unit.id))
                unit.successorId = event.successors.constFirst();
    if (Status s = checkScores(changed); !s)
        return s.error();
    for (const Unit& unit : std::as_const(changed))
        if (auto saved = m_catalog.saveUnit(unit); !saved)
            return saved.error();
    if (event.kind != LineageEvent::Rename)
        if (Status s = moveMembers(event); !s)
            return s.error();
    if (Status s = store(event); !s)
        return s.error();
    return event;
}

// A unit keeps every year it has scores in: an event that would end it before them, or begin it after them, is
// refused (the scores belong to another unit, or the year is wrong).
Status LineageStore::checkScores(const QList<Unit>& changed)
{
    for (const Unit& unit : changed) {
        auto q = m_catalog.database().exec(
            QStringLiteral("SELECT min(f.year), max(f.year) FROM scores s JOIN criteria c ON c.id = s.criterion_id "
                           "JOIN frameworks f ON f.id = c.framework_id WHERE s.unit_id = ?"),
            {unit.id});
        if (!q)
            return q.error();
        if (!q.value().next() || q.value().value(0).isNull())
            continue;
        const int first = q.value().value(0).toInt();
        const int last = q.value().value(1).toInt();
        if (unit.validTo && last > *unit.validTo)
            return Error::input(
                tr("%1 has scores for %2, so it cannot end in %3.").arg(unit.name).arg(last).arg(*unit.validTo));
        if (unit.validFrom && first < *unit.validFrom)
            return Error::input(
                tr("%1 has scores for %2, so it cannot begin in %3.").arg(unit.name).arg(first).arg(*unit.validFrom));
    }
    return Done {};
}

// The places the predecessors held in cohorts from the event's year on pass to the successors (an ended unit is
// in no cohort after its last year).
Status LineageStore::moveMembers(const LineageEvent& event)
{
    Database& db = m_catalog.database();
    QList<QPair<qint64, int>> places;
    for (qint64 unitId : event.predecessors) {
        auto q = db.exec(QStringLiteral("SELECT cohort_id, year FROM cohort_members WHERE unit_id = ? AND year >= ? "
                                        "ORDER BY cohort_id, year"),
                         {unitId, event.year});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QPair<qint64, int> place(q.value().value(0).toLongLong(), q.value().value(1).toInt());
            if (!places.contains(place))
                places.append(place);
        }
        if (auto removed = db.exec(QStringLiteral("DELETE FROM cohort_members WHERE unit_id = ? AND year >= ?"),
                                   {unitId, event.year});
            !removed)
            return removed.error();
    }
    for (const auto& [cohortId, year] : std::as_const(places))
        for (qint64 unitId : event.successors)
            if (Status s = m_catalog.addMember(cohortId, year, unitId); !s)
                return s;
    return Done {};
}

Status LineageStore::store(LineageEvent& event)
{
    Database& db = m_catalog.database();
    const bool rename = event.kind == LineageEvent::Rename;
    auto q = db.exec(QStringLiteral("INSERT INTO unit_events (kind, year, basis, old_name, new_name) "
                                    "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                     {LineageEvent::kindName(event.kind), event.year, notNull(event.basis.trimmed()),
                      rename ? textOrNull(event.oldName) : textOrNull(QString()),
                      rename ? textOrNull(event.newName) : textOrNull(QString())});
    if (!q)
        return q.error();
    q.value().next();
    event.id = q.value().value(0).toLongLong();
    auto link = [&](const QList<qint64>& units, const char* side) -> Status {
        for (qsizetype i = 0; i < units.size(); ++i)
            if (auto added = db.exec(QStringLiteral("INSERT INTO unit_event_units (event_id, unit_id, side, position) "
                                                    "VALUES (?, ?, ?, ?)"),
                                     {event.id, units[i], QString::fromLatin1(side), int(i)});
                !added)
                return added.error();
        return Done {};
    };
    if (Status s = link(event.predecessors, "from"); !s)
        return s;
    return link(event.successors, "to");
}

} // namespace par
