#include "io/ScoreImport.h"

#include "Parallel.h"

#include "io/FrameworkImport.h"
#include "model/TextRules.h"
#include "storage/AuditLog.h"
#include "storage/ImportKeys.h"
#include "storage/Sha256.h"
#include "storage/StoreSupport.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <iterator>
#include <utility>

namespace par {

namespace {

QString place(const CsvTable& t, int row, int column, const QString& header = QString())
{
    QString text = QCoreApplication::translate("par::ScoreImport", "%1: line %2, column %3")
                       .arg(t.fileName)
                       .arg(t.lines[row])
                       .arg(column + 1);
    if (!header.isEmpty())
        text += QStringLiteral(" (%1)").arg(header);
    return text;
}

struct UnitLookup
{
    QHash<QString, QList<Unit>> cohortByName;
    QHash<QString, Unit> byCode;
    QHash<QString, QList<Unit>> byName;
};

Result<UnitLookup> buildLookup(Catalog& catalog, qint64 cohortId)
{
    UnitLookup lookup;
    auto all = catalog.units();
    if (!all)
        return all.error();
    for (const Unit& u : all.value()) {
        if (!u.code.isEmpty())
            lookup.byCode.insert(u.code, u);
        lookup.byName[u.name].append(u);
    }
    auto members = catalog.membersAnyYear(cohortId);
    if (!members)
        return members.error();
    for (const Unit& u : members.value())
        lookup.cohortByName[u.name].append(u);
    return lookup;
}

// The unit a row names: a unit's code first, then a name in the cohort, then a name anywhere; unitId 0: a new unit.
// `sharing` counts the cohort's units of that name where it is more than one (the row must use the code).
struct Named
{
    qint64 unitId = 0;
    QString name;
    QString code;
    qsizetype sharing = 0;
};

Named byText(const UnitLookup& lookup, const QString& text)
{
    if (const auto code = lookup.byCode.constFind(text); code != lookup.byCode.cend())
        return {code->id, code->name, code->code, 0};
    const QList<Unit> inCohort = lookup.cohortByName.value(text);
    if (inCohort.size() == 1)
        return {inCohort.first().id, text, inCohort.first().code, 0};
    if (inCohort.size() > 1)
        return {0, text, QString(), inCohort.size()};
    const QList<Unit> anywhere = lookup.byName.value(text);
    if (anywhere.size() == 1)
        return {anywhere.first().id, text, anywhere.first().code, 0};
    return {0, text, QString(), 0};
}

QString fileDigest(const QString& path, const CsvTable& table)
{
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly)) {
        Sha256 hash;
        if (hash.addData(&file))
            return QString::fromLatin1(hash.hexResult());
    }
    // No file to read (a table built in memory): the digest of its cells instead.
    Sha256 hash;
    for (const QStringList& row : table.rows)
        hash.addData(QByteArray(row.join(u'\x1f').toUtf8() + '\x1e'));
    return QStringLiteral("cells ") + QString::fromLatin1(hash.hexResult());
}

int findCodeColumn(const QStringList& header, const Framework& framework)
{
    for (int c = 1; c < header.size(); ++c)
        if (ScoreImport::isUnitCodeHeader(header[c].trimmed()) && framework.find(header[c].trimmed()) < 0)
            return c;
    return -1;
}

} // namespace

bool ScoreImport::isUnitCodeHeader(const QString& header)
{
    for (const char* word : {"code", "unit code", "mã đơn vị"})
        if (header.compare(QString::fromUtf8(word), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// A refusal of one table row. The rows' units and their values are checked apart (during an import, the values on a
// thread of their own) and their refusals reported together in row order, as one pass over the rows would.
struct ScoreImport::RowRefusal
{
    int row = 0;
    QString message;
};

// Where the plan's rows and columns are in the table, and the refusals of its unit rows.
struct ScoreImport::Layout
{
    QList<int> fileColumn; // the table column of each value column
    QList<int> tableRow; // the table row of each unit row
    QList<RowRefusal> refusals;
};

// The value cells read, and, where they are all accepted, compared with the stored values.
struct ScoreImport::Checked
{
    QList<std::optional<Decimal>> values; // as ScoreImportPlan::values
    QList<RowRefusal> refusals;
    bool compared = false;
    QList<bool> changes; // of each unit row
    QList<ScoreImportPlan::Replacement> replacements;
    QStringList warnings;
    QString digest; // the file's SHA-256, for the import's change set (fileDigest)
};

// What the units' part of an import wrote: the cohort (created if new) and the id of each unit row's unit.
struct ScoreImport::Members
{
    Cohort cohort;
    QList<qint64> unitIds;
};

Result<ScoreImportPlan> ScoreImport::planUnits(Catalog& catalog, const CsvTable& table, const QString& indexCode,
                                               int year, const QString& cohortName, Stage stage, Layout& layout)
{
    ScoreImportPlan plan;
    plan.fileName = table.fileName;
    plan.table = table;
    plan.requestedCohort = cohortName;
    plan.year = year;
    plan.stage = stage;
    auto index = catalog.index(indexCode);
    if (!index)
        return index.error();
    plan.index = index.value();
    auto framework = catalog.requireFramework(plan.index, year);
    if (!framework)
        return framework.error();
    plan.framework = framework.value();
    // Read only: a cohort that does not exist yet is created by write(), inside the import's transaction.
    const QString wanted = cohortName.trimmed().normalized(QString::NormalizationForm_C);
    if (const QString problem = TextRules::problem(wanted, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("the cohort name %1").arg(problem));
    auto cohort = wanted.isEmpty() ? catalog.findDefaultCohort(plan.index) : catalog.cohort(plan.index.id, wanted);
    if (!cohort)
        return cohort.error();
    if (cohort.value())
        plan.cohort = *cohort.value();
    else
        plan.cohort
            = Cohort {0, plan.index.id, wanted.isEmpty() ? plan.index.code : wanted, QString(), wanted.isEmpty()};
    auto refuse = [&plan](const QString& message) {
        if (plan.errors.size() < MaxErrors)
            plan.errors << message;
    };
    if (table.rows.isEmpty()) {
        refuse(tr("%1: the file is empty").arg(table.fileName));
        return plan;
    }

    // Header: which criterion each column holds.
    const QStringList& header = table.rows.first();
    QHash<int, int> seenColumn;
    const int codeColumn = findCodeColumn(header, plan.framework);
    for (int c = 1; c < header.size(); ++c) {
        if (c == codeColumn)
            continue;
        const QString code = header[c].trimmed();
        if (code.isEmpty()) {
            bool used = false;
            for (int r = 1; r < table.rows.size() && !used; ++r)
                used = c < table.rows[r].size() && !table.rows[r][c].trimmed().isEmpty();
            if (used)
                refuse(tr("%1: the column has values but no criterion code").arg(place(table, 0, c)));
            continue;
        }
        if (const QString problem = TextRules::problem(code, TextRules::Kind::Name); !problem.isEmpty()) {
            refuse(tr("%1: the criterion code %2").arg(place(table, 0, c), problem));
            continue;
        }
        const int position = FrameworkImport::isTotalHeader(code) ? 0 : plan.framework.find(code);
        if (position < 0 || (position == 0 && !FrameworkImport::isTotalHeader(code))) {
            refuse(tr("%1: %2 is not a criterion of the %3 %4 framework")
                       .arg(place(table, 0, c), code, plan.index.code)
                       .arg(year));
            continue;
        }
        if (seenColumn.contains(position)) {
            refuse(tr("%1: criterion %2 is also in column %3")
                       .arg(place(table, 0, c), code)
                       .arg(seenColumn[position] + 1));
            continue;
        }
        seenColumn.insert(position, c);
        plan.columns.append(position);
        layout.fileColumn.append(c);
    }
    if (plan.columns.isEmpty() && plan.errors.isEmpty())
        refuse(tr("%1: line %2: the header names no criterion").arg(table.fileName).arg(table.lines.first()));

    auto lookup = buildLookup(catalog, plan.cohort.id);
    if (!lookup)
        return lookup.error();
    QHash<QString, int> rowOfKey; // unit id or new name -> line
    auto refuseRow = [&layout](int row, const QString& message) {
        if (layout.refusals.size() < MaxErrors)
            layout.refusals.append({row, message});
    };
    for (int r = 1; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows[r];
        if (cells.size() > header.size()) {
            refuseRow(r,
                      tr("%1: this row has %2 cells but the header has %3")
                          .arg(place(table, r, header.size()))
                          .arg(cells.size())
                          .arg(header.size()));
            continue;
        }
        const QString unitText = cells.value(0).trimmed();
        const QString codeText = codeColumn >= 0 ? cells.value(codeColumn).trimmed() : QString();
        if (unitText.isEmpty() && codeText.isEmpty()) {
            bool empty = true;
            for (const QString& cell : cells)
                empty = empty && cell.trimmed().isEmpty();
            if (!empty)
                refuseRow(r, tr("%1: the row has values but no unit").arg(place(table, r, 0)));
            continue;
        }
        if (const QString problem = TextRules::problem(unitText, TextRules::Kind::Name); !problem.isEmpty()) {
            refuseRow(r, tr("%1: the unit name %2").arg(place(table, r, 0), problem));
            continue;
        }
        Named named = byText(lookup.value(), unitText);
        // The code column names the unit even after a rename: it wins over the name, unless the name is another
        // unit's.
        if (!codeText.isEmpty()) {
            const auto owner = lookup->byCode.constFind(codeText);
            if (owner == lookup->byCode.cend()) {
                refuseRow(r, tr("%1: no unit has the code %2").arg(place(table, r, codeColumn), codeText));
                continue;
            }
            if (named.unitId && named.unitId != owner->id) {
                refuseRow(r,
                          tr("%1: the code %2 is %3's, but the row names %4")
                              .arg(place(table, r, codeColumn), codeText, owner->name, unitText));
                continue;
            }
            named = {owner->id, owner->name, owner->code, 0};
        } else if (named.sharing > 1) {
            refuseRow(r,
                      tr("%1: %2 units of cohort \"%3\" are named \"%4\"; use the unit's code")
                          .arg(place(table, r, 0))
                          .arg(named.sharing)
                          .arg(plan.cohort.name, unitText));
            continue;
        }
        ScoreImportPlan::UnitRow unit;
        unit.line = table.lines[r];
        unit.unitId = named.unitId;
        unit.name = named.name;
        unit.code = named.code;
        const QString key = unit.unitId ? QString::number(unit.unitId) : QStringLiteral("new:") + unit.name;
        if (const auto previous = rowOfKey.constFind(key); previous != rowOfKey.cend()) {
            refuseRow(r, tr("%1: %2 is already on line %3").arg(place(table, r, 0), unit.name).arg(*previous));
            continue;
        }
        rowOfKey.insert(key, unit.line);
        if (!unit.unitId)
            ++plan.newUnits;
        plan.units.append(unit);
        layout.tableRow.append(r);
    }
    if (plan.units.isEmpty() && plan.errors.isEmpty() && layout.refusals.isEmpty())
        refuse(tr("%1: the file has no unit rows").arg(table.fileName));
    return plan;
}

// Reads only the plan and the table: run on a thread of its own during an import.
ScoreImport::Checked ScoreImport::checkValues(const CsvTable& table, const ScoreImportPlan& plan, const Layout& layout)
{
    Checked checked;
    if (plan.units.isEmpty())
        return checked;
    const QStringList& header = table.rows.first();
    checked.values.reserve(plan.units.size() * plan.columns.size());
    for (int u = 0; u < plan.units.size(); ++u) {
        const int r = layout.tableRow[u];
        const QStringList& cells = table.rows[r];
        for (int v = 0; v < plan.columns.size(); ++v) {
            const int c = layout.fileColumn[v];
            const QString text = c < cells.size() ? cells[c].trimmed() : QString();
            std::optional<Decimal> value;
            if (!text.isEmpty()) {
                const Criterion& criterion = plan.framework.criteria[plan.columns[v]];
                // Only a refused value needs its place: a national file has a third of a million values.
                const auto where = [&] { return place(table, r, c, header[c].trimmed()); };
                const auto refuse = [&](const QString& message) {
                    if (checked.refusals.size() < MaxErrors)
                        checked.refusals.append({r, message});
                };
                auto parsed = Decimal::parse(text);
                if (!parsed)
                    refuse(tr("%1: %2").arg(where(), parsed.error().message));
                else if (parsed->isNegative())
                    refuse(tr("%1: %2 is negative").arg(where(), text));
                else if (*parsed > criterion.maxPoints)
                    refuse(tr("%1: %2 is above the maximum of %3").arg(where(), text, criterion.maxPoints.toString()));
                else
                    value = *parsed;
            }
            checked.values.append(value);
        }
    }
    return checked;
}

// The values replaced, and the recorded parents that will differ from their children, against what is stored.
void ScoreImport::compareStored(const ScoreImportPlan& plan, const QHash<qint64, Recorded>& stored, Checked& checked)
{
    checked.compared = true;
    checked.changes.fill(false, plan.units.size());
    const qsizetype columns = plan.columns.size();
    for (int r = 0; r < plan.units.size(); ++r) {
        const auto& unit = plan.units[r];
        Recorded merged = unit.unitId ? stored.value(unit.unitId) : Recorded(plan.framework.criteria.size());
        for (int v = 0; v < columns; ++v) {
            const int position = plan.columns[v];
            const std::optional<Decimal>& after = checked.values[r * columns + v];
            if (merged[position] != after) {
                checked.changes[r] = true;
                if (merged[position])
                    checked.replacements.append(
                        {unit.name, plan.framework.criteria[position].code, merged[position], after});
            }
            merged[position] = after;
        }
        for (const Discrepancy& d : discrepancies(evaluate(plan.framework, merged))) {
            const Criterion& c = plan.framework.criteria[d.criterion];
            checked.warnings << tr("%1: line %2: %3, %4: recorded %5 but its parts give %6")
                                    .arg(plan.fileName)
                                    .arg(unit.line)
                                    .arg(unit.name, c.isRoot() ? tr("total") : c.code, d.recorded.toString(),
                                         d.aggregate.toString());
        }
    }
}

void ScoreImport::takeChecked(ScoreImportPlan& plan, const Layout& layout, Checked&& checked)
{
    // The units' refusals and the values' in row order; no row has both (a refused unit's values are not read).
    QList<RowRefusal> rows;
    std::merge(layout.refusals.cbegin(), layout.refusals.cend(), checked.refusals.cbegin(), checked.refusals.cend(),
               std::back_inserter(rows), [](const RowRefusal& a, const RowRefusal& b) { return a.row < b.row; });
    for (const RowRefusal& refusal : rows) {
        if (plan.errors.size() >= MaxErrors)
            break;
        plan.errors << refusal.message;
    }
    plan.values = std::move(checked.values);
    if (!checked.compared)
        return;
    for (int r = 0; r < plan.units.size(); ++r)
        plan.units[r].changes = checked.changes[r];
    plan.replacements = std::move(checked.replacements);
    plan.warnings = std::move(checked.warnings);
}

// Whether the cohort-year's results are final: checked once for the import, as the lock would check every row.
Result<bool> ScoreImport::isFinal(Catalog& catalog, const ScoreImportPlan& plan)
{
    return plan.cohort.id ? catalog.isFinalised(plan.cohort.id, plan.year) : Result<bool>(false);
}

void ScoreImport::refuseFinal(ScoreImportPlan& plan)
{
    plan.errors << tr("%1: the %2 %3 results of \"%4\" are final; reopen them with a reason before changing scores")
                       .arg(plan.fileName, plan.index.code)
                       .arg(plan.year)
                       .arg(plan.cohort.name);
}

// The stored values of the plan's existing units, at its stage.
Result<QHash<qint64, Recorded>> ScoreImport::storedValues(Catalog& catalog, const ScoreImportPlan& plan)
{
    QList<qint64> existing;
    for (const auto& u : plan.units) {
        if (u.unitId)
            existing.append(u.unitId);
    }
    return catalog.recorded(plan.framework, plan.stage, existing);
}

Result<ScoreImportPlan> ScoreImport::prepare(Catalog& catalog, const CsvTable& table, const QString& indexCode,
                                             int year, const QString& cohortName, Stage stage)
{
    Layout layout;
    auto plan = planUnits(catalog, table, indexCode, year, cohortName, stage, layout);
    if (!plan)
        return plan;
    Checked checked = checkValues(plan->table, plan.value(), layout);
    if (!plan->acceptable() || !layout.refusals.isEmpty() || !checked.refusals.isEmpty()) {
        takeChecked(plan.value(), layout, std::move(checked));
        return plan;
    }
    auto final = isFinal(catalog, plan.value());
    if (!final)
        return final.error();
    if (final.value()) {
        takeChecked(plan.value(), layout, std::move(checked));
        refuseFinal(plan.value());
        return plan;
    }
    auto stored = storedValues(catalog, plan.value());
    if (!stored)
        return stored.error();
    compareStored(plan.value(), stored.value(), checked);
    takeChecked(plan.value(), layout, std::move(checked));
    return plan;
}

Result<ScoreImportPlan> ScoreImport::importTable(Catalog& catalog, CsvTable table, const QString& indexCode, int year,
                                                 const QString& cohortName, Stage stage, const QString& filePath)
{
    // Foreign keys are proved once per distinct parent by write() instead of twice per value (ImportKeys);
    // made before the transaction, so that it is restored after the transaction ends.
    ImportKeys keys(catalog.database());
    Database::Transaction transaction(catalog.database(), tr("import %1").arg(table.fileName));
    if (!transaction.ok())
        return transaction.error();
    Layout layout;
    auto plan = planUnits(catalog, table, indexCode, year, cohortName, stage, layout);
    if (!plan)
        return plan;
    if (!plan->acceptable() || !layout.refusals.isEmpty()) {
        takeChecked(plan.value(), layout, checkValues(plan->table, plan.value(), layout));
        return plan; // the transaction rolls back: nothing was written
    }
    auto final = isFinal(catalog, plan.value());
    if (!final)
        return final.error();
    if (final.value()) {
        // The values' refusals come first, as in prepare().
        takeChecked(plan.value(), layout, checkValues(plan->table, plan.value(), layout));
        if (plan->acceptable())
            refuseFinal(plan.value());
        return plan;
    }
    auto stored = storedValues(catalog, plan.value());
    if (!stored)
        return stored.error();
    // The values are read and compared on a thread of their own while this one creates the new units and their
    // memberships: a national file's third of a million cells take as long as the server's work for its units. Both
    // only read the plan until the thread is joined; a refused value still rolls everything back. The thread takes the
    // cells with it and lets them go there: where the caller gave its table up, their 15-20 ms of freeing is done
    // while the server works, not after COMMIT.
    CsvTable cells = std::exchange(plan.value().table, CsvTable());
    table = CsvTable();
    const ScoreImportPlan& planned = plan.value();
    auto checking = inParallel([&planned, &layout, &stored, &filePath, work = std::move(cells)]() mutable {
        Checked checked = checkValues(work, planned, layout);
        if (checked.refusals.isEmpty())
            compareStored(planned, stored.value(), checked);
        checked.digest = fileDigest(filePath, work);
        work = CsvTable();
        return checked;
    });
    auto members = writeUnits(catalog, planned);
    Checked checked = checking.get();
    const QString digest = checked.digest;
    takeChecked(plan.value(), layout, std::move(checked));
    if (!plan->acceptable())
        return plan; // the transaction rolls back: nothing was written
    if (!members)
        return members.error();
    plan.value().filePath = filePath;
    if (Status s = writeValues(catalog, plan.value(), members.value(), digest); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return plan;
}

Status ScoreImport::apply(Catalog& catalog, const ScoreImportPlan& plan)
{
    if (!plan.acceptable())
        return Error::input(plan.errors.join(u'\n'));
    auto done
        = importTable(catalog, plan.table, plan.index.code, plan.year, plan.requestedCohort, plan.stage, plan.filePath);
    if (!done)
        return done.error();
    if (!done->acceptable())
        return Error::input(done->errors.join(u'\n'));
    return success();
}

namespace {

// Tells the open windows which cohort-years the owner's import changed, as the scores triggers would have: the units
// whose values changed go as one array ("{...}").
Status announce(Database& db, const ScoreImportPlan& plan, const QList<qint64>& unitIds)
{
    QList<qint64> changed;
    for (int r = 0; r < plan.units.size(); ++r) {
        if (plan.units[r].changes)
            changed << unitIds[r];
    }
    if (changed.isEmpty())
        return success();
    auto told
        = db.run("scores.announce_import", {{"framework", plan.framework.id}, {"units", store::idArray(changed)}});
    return told ? success() : Status(told.error());
}

} // namespace

Status ScoreImport::write(Catalog& catalog, const ScoreImportPlan& plan)
{
    if (!plan.acceptable())
        return Error::input(plan.errors.join(u'\n'));
    auto members = writeUnits(catalog, plan);
    if (!members)
        return members.error();
    return writeValues(catalog, plan, members.value(), fileDigest(plan.filePath, plan.table));
}

Result<ScoreImport::Members> ScoreImport::writeUnits(Catalog& catalog, const ScoreImportPlan& plan)
{
    Cohort cohort = plan.cohort;
    if (!cohort.id) {
        auto created = catalog.ensureCohort(plan.index.id, cohort.name, cohort.unitKind, cohort.isDefault);
        if (!created)
            return created.error();
        cohort = created.value();
    }
    const QString kind = cohort.unitKind.isEmpty() ? QStringLiteral("other") : cohort.unitKind;
    QStringList newNames;
    for (const auto& unit : plan.units) {
        if (!unit.unitId)
            newNames << unit.name;
    }
    auto created = catalog.createUnits(newNames, kind);
    if (!created)
        return created.error();
    QList<qint64> unitIds;
    unitIds.reserve(plan.units.size());
    for (int r = 0, next = 0; r < plan.units.size(); ++r)
        unitIds.append(plan.units[r].unitId ? plan.units[r].unitId : created->at(next++));
    if (Status s = catalog.addMembers(cohort.id, plan.year, unitIds); !s)
        return s.error();
    return Members {cohort, unitIds};
}

Status ScoreImport::writeValues(Catalog& catalog, const ScoreImportPlan& plan, const Members& members,
                                const QString& digest)
{
    const Cohort& cohort = members.cohort;
    const QList<qint64>& unitIds = members.unitIds;
    QList<ScoreWrite> writes;
    writes.reserve(plan.values.size());
    int valueCount = 0;
    for (int r = 0; r < plan.units.size(); ++r) {
        for (int v = 0; v < plan.columns.size(); ++v) {
            writes.append({unitIds[r], plan.framework.criteria[plan.columns[v]].id, plan.value(r, v)});
            if (plan.value(r, v))
                ++valueCount;
        }
    }
    // One entry for the import itself; values it replaces are logged old -> new by importScores.
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("scores");
    entry.indexCode = plan.index.code;
    entry.year = plan.year;
    entry.stage = stageName(plan.stage);
    entry.newValue = QStringLiteral("%1 (sha256 %2): %3 units (%4 new), %5 values, %6 replaced, cohort %7")
                         .arg(plan.fileName, digest)
                         .arg(plan.units.size())
                         .arg(plan.newUnits)
                         .arg(valueCount)
                         .arg(plan.replacements.size())
                         .arg(cohort.name);
    if (Status s = AuditLog::append(catalog.database(), entry); !s)
        return s;
    // On a server the triggers log and lock every row for every program; the owner of the scores (the secretariat's
    // own role) switches them off inside this transaction only, and the import is logged as in a file: one change
    // set plus the values it replaced. Any other role's import keeps them on, and they log every value themselves.
    Database& db = catalog.database();
    auto ownLog = db.suspendTriggers("scores");
    if (!ownLog)
        return ownLog.error();
    if (db.isServer() && !ownLog.value())
        return catalog.importScores(plan.stage, writes);
    if (db.isServer()) {
        if (auto off = db.run("scores.keys_off"); !off)
            return off.error();
    }
    // Values that existed before, old -> new; the plan was made inside this transaction, so they are exact.
    QList<AuditEntry> replaced;
    replaced.reserve(plan.replacements.size());
    for (const auto& r : plan.replacements) {
        AuditEntry e;
        e.action = r.after ? QStringLiteral("update") : QStringLiteral("delete");
        e.entity = QStringLiteral("score");
        e.indexCode = plan.index.code;
        e.year = plan.year;
        e.unit = r.unit;
        e.criterion = r.criterion;
        e.stage = stageName(plan.stage);
        e.oldValue = r.before ? r.before->toString() : QString();
        e.newValue = r.after ? r.after->toString() : QString();
        replaced << e;
    }
    if (Status s = AuditLog::appendAll(catalog.database(), replaced); !s)
        return s;
    if (Status s = catalog.importScores(plan.stage, writes, db.isServer()); !s)
        return s;
    // Every parent of what was written exists: the guarantee the foreign keys give, whether they are on or off.
    if (Status s = checkImportKeys(db, cohort.id, plan.year); !s)
        return s;
    if (db.isServer()) {
        if (auto on = db.run("scores.keys_on_proved"); !on)
            return on.error();
        // The triggers that tell the open windows were off too: the same notice, sent at COMMIT (none on ROLLBACK),
        // for the units whose values changed; none when the file holds what is stored.
        if (Status s = announce(db, plan, unitIds); !s)
            return s;
    }
    return db.resumeTriggers("scores");
}

} // namespace par
