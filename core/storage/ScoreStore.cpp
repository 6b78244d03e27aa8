#include "storage/ScoreStore.h"

#include "Parallel.h"

#include "storage/ImportArray.h"
#include "storage/ImportKeys.h"
#include "storage/RecordedSink.h"
#include "storage/Sql.h"
#include "storage/StoreSupport.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <vector>

#include <sqlite3.h>

namespace par {

using namespace store;

namespace {

// SQLite: the framework's values of one stage into the sink by one statement, collected inside its one step
// (recorded_into, storage/RecordedSink.h).
bool readInto(sqlite3* db, qint64 frameworkId, const QByteArray& stage, RecordedSink& sink)
{
    const QByteArray text = sql::text("scores.recorded_framework");
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(stmt, sqlite3_bind_parameter_index(stmt, ":framework"), frameworkId);
        sqlite3_bind_text(stmt, sqlite3_bind_parameter_index(stmt, ":stage"), stage.constData(), int(stage.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_pointer(stmt, sqlite3_bind_parameter_index(stmt, ":sink"), &sink, recordedSinkType, nullptr);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) { }
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

// SQLite's message for a failed readInto, named as the executor names a statement's errors.
Error readError(Database& db)
{
    return Error::storage(
        QCoreApplication::translate("par::Database", "%1 (statement %2)")
            .arg(QString::fromUtf8(sqlite3_errmsg(db.handle())), QStringLiteral("scores.recorded_framework")));
}

// Fewer units than this are read by their ids (scores.recorded_pairs_of), more with the whole cohort-year.
constexpr qsizetype FewUnits = 256;

} // namespace

Result<QHash<qint64, Recorded>> ScoreStore::recorded(const Framework& framework, Stage stage,
                                                     const QList<qint64>& unitIds)
{
    QHash<qint64, Recorded> out;
    if (unitIds.isEmpty())
        return out; // an import's units all new, say
    out.reserve(unitIds.size());
    for (qint64 id : unitIds)
        out.insert(id, Recorded(framework.criteria.size()));
    QList<qint64> criterionIds;
    criterionIds.reserve(framework.criteria.size());
    for (const Criterion& c : framework.criteria)
        criterionIds.append(c.id);
    RecordedSink sink(criterionIds, unitIds);
    // QList's operator[] checks for sharing on every write, a third of a million times: data() detaches once, here.
    for (qsizetype i = 0; i < unitIds.size(); ++i)
        sink.values[size_t(i)] = out[unitIds[i]].data();

    const QString stageText = stageName(stage);
    // One unit (a form, a trend) through the primary key, on either backend.
    if (unitIds.size() == 1) {
        auto q = m_db.run("scores.recorded_unit",
                          {{"unit", unitIds.first()}, {"framework", framework.id}, {"stage", stageText}});
        if (!q)
            return q.error();
        while (q.value().next())
            sink.put(q.value().integer(1), q.value().integer(0), q.value().integer(2));
        if (!q.value().error().message.isEmpty())
            return q.value().error();
        return out;
    }
    // A national cohort-year is a third of a million values: on SQLite each goes straight into its unit's array.
    if (m_db.handle()) {
        if (!readInto(m_db.handle(), framework.id, stageText.toUtf8(), sink))
            return readError(m_db);
        return out;
    }
    // A server: the whole cohort-year in one round trip, a row per criterion with its units and their values; a few
    // units, theirs only.
    const auto put = [&sink](qint64 criterionId, qint64 unitId, qint64 micro) { sink.put(criterionId, unitId, micro); };
    const Status read = unitIds.size() > FewUnits
        ? m_db.serverPairs("scores.recorded_pairs", {{"framework", framework.id}, {"stage", stageText}}, put)
        : m_db.serverPairs("scores.recorded_pairs_of",
                           {{"framework", framework.id}, {"stage", stageText}, {"units", idArray(unitIds)}}, put);
    if (!read)
        return read.error();
    return out;
}

namespace {

// Runs statements that take the stage, or nothing, one after the other.
Status runAll(Database& db, const QString& stage, std::initializer_list<const char*> withStage,
              std::initializer_list<const char*> after = {})
{
    for (const char* name : withStage) {
        if (Status s = done(db.run(name, {{"stage", stage}})); !s)
            return s;
    }
    for (const char* name : after) {
        if (Status s = done(db.run(name)); !s)
            return s;
    }
    return success();
}

// Switches this connection's triggers off for the import's bulk statements and on again however it leaves: SQLite's
// own switch, in the one place a PostgreSQL backend replaces (with COPY into a staging table). A server database (no
// SQLite handle) keeps its triggers: a client may not switch off the log and the lock that every program obeys.
// The schema whose score rows carry a version (resources/sql/011_score_versions.sql).
constexpr int VersionedScores = 11;

class TriggersOff
{
public:
    explicit TriggersOff(sqlite3* h)
        : m_handle(h)
    {
        if (m_handle)
            sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    }
    ~TriggersOff()
    {
        if (m_handle)
            sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    }
    TriggersOff(const TriggersOff&) = delete;
    TriggersOff& operator=(const TriggersOff&) = delete;

private:
    sqlite3* m_handle;
};

// SQLite: one INSERT ... SELECT reads the values where they lie (import_array, storage/ImportArray.h).
Status upsertInPlace(Database& db, const QByteArray& stage, const std::vector<ImportValue>& values, bool versioned)
{
    return runWithArray(db.handle(),
                        versioned ? "scores.upsert_import_array" : "scores.upsert_import_array_unversioned", stage,
                        values);
}

// The values in COPY's text form (tab-separated, a row a line): unit, criterion, then `stage` if given, then value;
// as chunks of about a megabyte, each made while the server takes in the one before (Database::serverCopyIn).
std::function<QByteArray()> copyRows(const std::vector<ImportValue>& values, const QByteArray& stage)
{
    constexpr size_t RowsPerChunk = 1 << 15;
    const QByteArray middle = stage.isEmpty() ? QByteArray("\t") : '\t' + stage + '\t';
    return [&values, middle, at = size_t(0)]() mutable {
        const size_t end = std::min(values.size(), at + RowsPerChunk);
        // Three numbers of at most 20 characters, the separators and the stage.
        QByteArray rows(qsizetype(end - at) * (64 + middle.size()), Qt::Uninitialized);
        char* out = rows.data();
        const auto number = [&out](qint64 n) { out = std::to_chars(out, out + 20, n).ptr; };
        for (; at < end; ++at) {
            number(values[at].unitId);
            *out++ = '\t';
            number(values[at].criterionId);
            out = std::copy(middle.cbegin(), middle.cend(), out);
            number(values[at].micro);
            *out++ = '\n';
        }
        rows.truncate(out - rows.data());
        return rows;
    };
}

// A trigger or constraint of scores as the catalog defines it (scores.insert_triggers, scores.checks): its quoted
// name, its definition, and, for a check, whether the program proves it of the rows it copies.
struct Definition
{
    QString name;
    QString text;
    bool proved = false;
};

// `proofColumn`: the query's third column says whether it is proved.
Result<QList<Definition>> definitions(Database& db, const char* query, bool proofColumn)
{
    return readAll<Definition>(db.run(query), [proofColumn](const sql::Query& q) {
        return Definition {q.value(0).toString(), q.value(1).toString(), proofColumn && q.value(2).toBool()};
    });
}

// The owner drops the INSERT triggers of scores for its COPY, inside the import's transaction (they are off for it, but
// the mere presence of one BEFORE INSERT makes the COPY insert row by row, and of one with a transition table keep
// every row for it): their definitions, to make them again after it.
Result<QStringList> withoutInsertTriggers(Database& db)
{
    auto triggers = definitions(db, "scores.insert_triggers", false);
    if (!triggers)
        return triggers.error();
    QStringList remake;
    for (const Definition& trigger : triggers.value()) {
        if (Status s = db.execScript(QStringLiteral("DROP TRIGGER %1 ON scores").arg(trigger.name)); !s)
            return s.error();
        remake << trigger.text;
    }
    return remake;
}

// The owner drops the CHECK constraints of scores for its COPY, where every one is known to be proved by the rows
// (scores.checks): their tests took a sixth of a national year's COPY. The rows are proved here instead, and the
// constraints come back NOT VALID after the COPY, testing every later row as before; "check" validates them
// (Database::serverCheckKeys), as it does the foreign keys the import adds back so. The statements that add them back;
// none where a row or a constraint is not proved (the COPY then meets them).
Result<QStringList> withoutChecks(Database& db, const QByteArray& stage, const std::vector<ImportValue>& values)
{
    const bool proved = (stage == "self" || stage == "final")
        && std::all_of(values.cbegin(), values.cend(), [](const ImportValue& v) { return v.micro >= 0; });
    if (!proved)
        return QStringList();
    auto checks = definitions(db, "scores.checks", true);
    if (!checks)
        return checks.error();
    QStringList drops;
    QStringList adds;
    for (const Definition& check : checks.value()) {
        if (!check.proved)
            return QStringList();
        const QString notValid
            = check.text.endsWith(QLatin1String(" NOT VALID")) ? QString() : QStringLiteral(" NOT VALID");
        drops << QStringLiteral("DROP CONSTRAINT %1").arg(check.name);
        adds << QStringLiteral("ADD CONSTRAINT %1 %2%3").arg(check.name, check.text, notValid);
    }
    if (drops.isEmpty())
        return QStringList();
    if (Status s = db.execScript(QStringLiteral("ALTER TABLE scores ") + drops.join(QLatin1String(", "))); !s)
        return s.error();
    return QStringList {QStringLiteral("ALTER TABLE scores ") + adds.join(QLatin1String(", "))};
}

// COPY straight into scores. Where the table holds fewer rows than the copy adds and the caller owns it, its primary
// key is dropped and built again after the COPY: one sort of the whole table costs about half as much as inserting
// every value into the B-tree (measured in bench/README.md). Inside the import's transaction: the table is the
// import's until COMMIT, and a ROLLBACK brings its key and triggers back as they were.
Status copyIntoScores(Database& db, const QByteArray& stage, const std::vector<ImportValue>& values, bool ownsTable)
{
    bool rebuild = false;
    if (ownsTable) {
        auto smaller = scalar(db.run("scores.fewer_rows_than", {{"count", qint64(values.size())}}));
        if (!smaller)
            return smaller.error();
        rebuild = smaller.value().toBool();
    }
    if (rebuild) {
        if (Status s = runAll(db, {}, {}, {"scores.drop_primary_key"}); !s)
            return s;
    }
    auto triggers = ownsTable ? withoutInsertTriggers(db) : Result<QStringList>(QStringList());
    if (!triggers)
        return triggers.error();
    auto checks = ownsTable ? withoutChecks(db, stage, values) : Result<QStringList>(QStringList());
    if (!checks)
        return checks.error();
    if (Status s = db.serverCopyIn("COPY scores (unit_id, criterion_id, stage, value_micro) FROM STDIN",
                                   copyRows(values, stage));
        !s)
        return s;
    for (const QString& definition : triggers.value() + checks.value()) {
        if (Status s = db.execScript(definition); !s)
            return s;
    }
    if (!rebuild)
        return success();
    return runAll(db, {}, {}, {"scores.add_primary_key"});
}

// A server. When the owner imports and the import's units hold no row of its criteria at this stage yet (the first
// import of a cohort-year), nothing can conflict: one COPY straight into scores, in key order, true. Otherwise the
// values go into the connection's scratch table by one COPY, then one upsert, false.
Result<bool> upsertStaged(Database& db, const QByteArray& stage, const std::vector<ImportValue>& values, bool ownsTable)
{
    // Only the owner copies straight into scores: PostgreSQL refuses COPY FROM into a table with row-level security
    // to any other role.
    auto empty = ownsTable ? scalar(db.run("scores.import_target_empty", {{"stage", QString::fromUtf8(stage)}}))
                           : Result<QVariant>(QVariant(false));
    if (!empty)
        return empty.error();
    if (empty.value().toBool()) {
        if (Status s = copyIntoScores(db, stage, values, ownsTable); !s)
            return s.error();
        return true;
    }
    if (Status s = runAll(db, {}, {}, {"scores.create_import_values", "scores.empty_import_values"}); !s)
        return s.error();
    if (Status s = db.serverCopyIn("COPY import_values (unit_id, criterion_id, value_micro) FROM STDIN",
                                   copyRows(values, QByteArray()));
        !s)
        return s.error();
    if (Status s = done(db.run("scores.upsert_import_values", {{"stage", QString::fromUtf8(stage)}})); !s)
        return s.error();
    if (Status s = done(db.run("scores.empty_import_values")); !s)
        return s.error();
    return false;
}

// The import's distinct units or criteria into their scratch table: on a server by one COPY, a round trip in all.
Status stageIds(Database& db, const QSet<qint64>& ids, const char* statement, const char* placeholder,
                const char* copyTarget)
{
    if (db.isServer()) {
        QByteArray rows;
        for (qint64 id : ids)
            rows += QByteArray::number(id) + '\n';
        return db.serverCopyIn(QByteArray("COPY ") + copyTarget + " FROM STDIN", rows);
    }
    for (qint64 id : ids) {
        if (Status s = done(db.run(statement, {{placeholder, id}})); !s)
            return s;
    }
    return success();
}

} // namespace

namespace {

// A server: the cells as three arrays in PostgreSQL's text form, bound to each of the four statements.
Status writeArrays(Database& db, const QString& stage, const QList<ScoreWrite>& writes)
{
    QStringList units;
    QStringList criteria;
    QStringList values;
    for (const ScoreWrite& w : writes) {
        units << QString::number(w.unitId);
        criteria << QString::number(w.criterionId);
        values << (w.value ? QString::number(w.value->micro()) : QStringLiteral("NULL"));
    }
    const QString unitArray = arrayText(units);
    const QString criterionArray = arrayText(criteria);
    const QString valueArray = arrayText(values);
    for (const char* name : {"scores.update_from_arrays", "scores.insert_from_arrays", "scores.delete_from_arrays",
                             "scores.clear_from_arrays"}) {
        if (Status s = done(db.run(
                name, {{"stage", stage}, {"units", unitArray}, {"criteria", criterionArray}, {"values", valueArray}}));
            !s)
            return s;
    }
    return success();
}

} // namespace

Status ScoreStore::writeScores(Stage stage, const QList<ScoreWrite>& writes)
{
    if (m_db.isServer())
        return writeArrays(m_db, stageName(stage), writes);
    if (Status s = runAll(m_db, {}, {}, {"scores.create_writes", "scores.empty_writes"}); !s)
        return s;
    for (const ScoreWrite& w : writes) {
        if (Status s = done(m_db.run("scores.add_write",
                                     {{"unit", w.unitId},
                                      {"criterion", w.criterionId},
                                      {"value", w.value ? QVariant(w.value->micro()) : QVariant()}}));
            !s)
            return s;
    }
    return runAll(m_db, stageName(stage),
                  {"scores.update_from_writes", "scores.insert_from_writes", "scores.delete_from_writes",
                   "scores.clear_from_writes"},
                  {"scores.empty_writes"});
}

std::vector<ImportValue> importValuesInKeyOrder(const QList<ScoreWrite>& writes)
{
    const auto value = [](const ScoreWrite& w) { return ImportValue {w.criterionId, w.unitId, w.value->micro()}; };
    size_t count = 0;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const ScoreWrite& w : writes) {
        if (!w.value)
            continue;
        ++count;
        first = std::min(first, w.criterionId);
        last = std::max(last, w.criterionId);
    }
    if (!count)
        return {};
    const qint64 span = last - first + 1;
    // A framework's criteria are numbered together; ids far apart (never seen) are sorted the plain way.
    if (span > (1 << 16)) {
        std::vector<ImportValue> values;
        values.reserve(count);
        for (const ScoreWrite& w : writes) {
            if (w.value)
                values.push_back(value(w));
        }
        std::stable_sort(values.begin(), values.end(), [](const ImportValue& a, const ImportValue& b) {
            return a.criterionId != b.criterionId ? a.criterionId < b.criterionId : a.unitId < b.unitId;
        });
        return values;
    }
    // Counted, then placed straight from the writes (one buffer of a third of a million values, not two), criterion by
    // criterion in the writes' order: ends[k] is where criterion first + k ends.
    std::vector<size_t> ends(size_t(span), 0);
    for (const ScoreWrite& w : writes) {
        if (w.value)
            ++ends[size_t(w.criterionId - first)];
    }
    size_t at = 0;
    for (size_t& end : ends)
        end = at += end;
    std::vector<ImportValue> ordered(count);
    for (auto w = writes.crbegin(); w != writes.crend(); ++w) {
        if (w->value)
            ordered[--ends[size_t(w->criterionId - first)]] = value(*w);
    }
    // Now ends[k] is where criterion first + k begins.
    const auto byUnit = [](const ImportValue& a, const ImportValue& b) { return a.unitId < b.unitId; };
    for (size_t k = 0; k < ends.size(); ++k) {
        const auto from = ordered.begin() + qsizetype(ends[k]);
        const auto to = ordered.begin() + qsizetype(k + 1 < ends.size() ? ends[k + 1] : ordered.size());
        if (!std::is_sorted(from, to, byUnit))
            std::stable_sort(from, to, byUnit);
    }
    return ordered;
}

namespace {

// The distinct criteria of the writes. A framework's criteria are numbered together: a map of their span takes two
// passes over a national year's third of a million writes, where a set's insert for each took 6 ms.
QSet<qint64> criteriaOf(const QList<ScoreWrite>& writes)
{
    QSet<qint64> criteria;
    if (writes.isEmpty())
        return criteria;
    const auto [low, high]
        = std::minmax_element(writes.cbegin(), writes.cend(),
                              [](const ScoreWrite& a, const ScoreWrite& b) { return a.criterionId < b.criterionId; });
    const qint64 first = low->criterionId;
    const qint64 span = high->criterionId - first + 1;
    if (span > (1 << 16)) {
        for (const ScoreWrite& w : writes)
            criteria.insert(w.criterionId);
        return criteria;
    }
    std::vector<bool> seen(size_t(span), false);
    for (const ScoreWrite& w : writes)
        seen[size_t(w.criterionId - first)] = true;
    for (size_t k = 0; k < seen.size(); ++k) {
        if (seen[k])
            criteria.insert(first + qint64(k));
    }
    return criteria;
}

} // namespace

Status ScoreStore::importScores(Stage stage, const QList<ScoreWrite>& writes, bool ownsTable)
{
    // The values to write, in the table's key order (criterion, unit), so that the upsert appends to the B-tree: put in
    // order on a thread of their own while the lock is checked (a national year's 13 ms, beside as many of round
    // trips).
    auto ordering = inParallel([&writes] { return importValuesInKeyOrder(writes); });
    // The lock, as the scores triggers would check it, once for the whole import.
    if (Status s = runAll(m_db, {}, {},
                          {"scores.create_import_units", "scores.create_import_criteria", "scores.empty_import_units",
                           "scores.empty_import_criteria"});
        !s)
        return s;
    {
        QSet<qint64> units;
        qint64 lastUnit = 0; // writes come a unit at a time: its id once, not once per criterion
        for (const ScoreWrite& w : writes) {
            if (w.unitId != lastUnit || units.isEmpty())
                units.insert(lastUnit = w.unitId);
        }
        const QSet<qint64> criteria = criteriaOf(writes);
        if (Status s = stageIds(m_db, units, "scores.add_import_unit", "unit", "import_units (unit_id)"); !s)
            return s;
        if (Status s
            = stageIds(m_db, criteria, "scores.add_import_criterion", "criterion", "import_criteria (criterion_id)");
            !s)
            return s;
    }
    auto locked = scalar(m_db.run("scores.import_locked"));
    if (!locked)
        return locked.error();
    // The triggers' refusal, checked once for the whole import, in the same words.
    if (locked.value().toBool())
        return Database::lockRefusal(QStringLiteral("finalised: reopen the cohort-year before changing its scores"));

    // Triggers would add a log row and a lock check per value: the lock is checked above, and the caller logs the
    // import as one change set plus the values it replaces. One prepared statement per value, no scratch table.
    TriggersOff off(m_db.handle());
    // A national year is about 25 MB of pages: with SQLite's default 2 MB cache the transaction spills dirty pages
    // to the WAL midway and reads them back for every index it maintains.
    if (m_db.handle())
        sqlite3_exec(m_db.handle(), "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    const QByteArray stageText = stageName(stage).toUtf8();
    const std::vector<ImportValue> values = ordering.get();
    // With triggers off the import moves the row versions itself (migration 011). A database held below 011 on purpose
    // (the migration tests fill older schemas through the importer) has no version column to move.
    const bool versioned = m_db.isServer() || m_db.schemaVersion() >= VersionedScores;
    bool nothingStored = false;
    if (m_db.handle()) {
        if (Status s = upsertInPlace(m_db, stageText, values, versioned); !s)
            return s;
    } else {
        auto copied = upsertStaged(m_db, stageText, values, ownsTable);
        if (!copied)
            return copied.error();
        nothingStored = copied.value();
    }
    // Removals (rare): one cell at a time; a cell with a note or evidence keeps its row, without a value. Where nothing
    // was stored there is nothing to remove.
    for (const ScoreWrite& w : writes) {
        if (nothingStored)
            break;
        if (w.value)
            continue;
        const std::initializer_list<sql::Binding> cell {
            {"unit", w.unitId}, {"criterion", w.criterionId}, {"stage", QString::fromUtf8(stageText)}};
        if (Status s = done(m_db.run("scores.remove", cell)); !s)
            return s;
        if (Status s = done(m_db.run(versioned ? "scores.clear" : "scores.clear_unversioned", cell)); !s)
            return s;
    }
    return success();
}

Status checkImportKeys(Database& db, qint64 cohortId, int year)
{
    auto missing = scalar(db.run("scores.import_dangling", {{"cohort", cohortId}, {"year", year}}));
    if (!missing)
        return missing.error();
    if (const qint64 count = missing.value().toLongLong(); count != 0)
        return Error::storage(
            QCoreApplication::translate(
                "par::Catalog",
                "the import refers to units, criteria or a cohort that do not exist (%1 missing); nothing was imported")
                .arg(count));
    return success();
}

ImportKeys::ImportKeys(Database& db)
    : m_handle(db.handle())
{
    int on = 0;
    // SQLite ignores the switch inside a transaction; only an import's own, not yet begun, may turn the keys off.
    if (!m_handle || !sqlite3_get_autocommit(m_handle)
        || sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &on) != SQLITE_OK || !on)
        return;
    int now = 1;
    m_restore = sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_FKEY, 0, &now) == SQLITE_OK;
}

ImportKeys::~ImportKeys()
{
    if (!m_restore)
        return;
    // The import's transaction has ended (committed or rolled back) before this runs; should one still be open, it
    // is rolled back here rather than left to run on with the keys off.
    if (!sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    int now = 0;
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &now);
}

Status ScoreStore::setNote(qint64 unitId, qint64 criterionId, Stage stage, const QString& note, const QString& evidence)
{
    const std::initializer_list<sql::Binding> values {{"unit", unitId},
                                                      {"criterion", criterionId},
                                                      {"stage", stageName(stage)},
                                                      {"note", nullable(note)},
                                                      {"evidence", nullable(evidence)}};
    if (Status s = done(m_db.run("scores.update_note", values)); !s)
        return s;
    return done(m_db.run("scores.insert_note", values));
}

} // namespace par
