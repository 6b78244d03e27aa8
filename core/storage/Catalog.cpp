#include "storage/Catalog.h"

#include "storage/AuditLog.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace par {

namespace {

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

Index readIndex(const QSqlQuery& q)
{
    Index i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.name = q.value(2).toString();
    parseAggregation(q.value(3).toString(), &i.aggregation);
    i.mainUnitId = q.value(4).toLongLong();
    i.illustrative = q.value(5).toBool();
    return i;
}

const char* const IndexColumns = "SELECT id, code, name, aggregation, main_unit_id, illustrative FROM indices ";
const char* const UnitColumns
    = "SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.successor_id FROM units u ";
const char* const CohortColumns = "SELECT id, index_id, name, unit_kind, is_default FROM cohorts ";

Unit readUnit(const QSqlQuery& q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.code = q.value(1).toString();
    u.name = q.value(2).toString();
    u.kind = q.value(3).toString();
    if (!q.value(4).isNull())
        u.validFrom = q.value(4).toInt();
    if (!q.value(5).isNull())
        u.validTo = q.value(5).toInt();
    u.successorId = q.value(6).toLongLong();
    return u;
}

Cohort readCohort(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toBool()};
}

template <typename T, typename Read> Result<QList<T>> readAll(Result<QSqlQuery> q, Read read)
{
    if (!q)
        return q.error();
    QList<T> out;
    while (q.value().next())
        out.append(read(q.value()));
    return out;
}

template <typename T, typename Read> Result<std::optional<T>> readOne(Result<QSqlQuery> q, Read read)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<T>();
    return std::optional<T>(read(q.value()));
}

} // namespace

// ---- Indexes ----

Result<std::optional<Index>> Catalog::findIndex(const QString& code)
{
    return readOne<Index>(m_db.exec(QString::fromLatin1(IndexColumns) + QLatin1String("WHERE code = ?"), {code}),
                          readIndex);
}

Result<Index> Catalog::index(const QString& code)
{
    auto found = findIndex(code);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::usage(tr("there is no index %1 in %2").arg(code, m_db.path()));
    return *found.value();
}

Result<QList<Index>> Catalog::indexes()
{
    return readAll<Index>(m_db.exec(QString::fromLatin1(IndexColumns) + QLatin1String("ORDER BY code")), readIndex);
}

Result<Index> Catalog::saveIndex(const Index& index)
{
    // Update, then insert what is missing: an upsert would look like a replacement to the audit triggers.
    auto q
        = m_db.exec(QStringLiteral("UPDATE indices SET name = ?, aggregation = ?, main_unit_id = ?, illustrative = ? "
                                   "WHERE code = ? RETURNING id"),
                    {index.name, aggregationName(index.aggregation), nullableId(index.mainUnitId),
                     index.illustrative ? 1 : 0, index.code});
    if (!q)
        return q.error();
    Index saved = index;
    if (q.value().next()) {
        saved.id = q.value().value(0).toLongLong();
        return saved;
    }
    auto inserted
        = m_db.exec(QStringLiteral("INSERT INTO indices (code, name, aggregation, main_unit_id, illustrative) "
                                   "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                    {index.code, index.name, aggregationName(index.aggregation), nullableId(index.mainUnitId),
                     index.illustrative ? 1 : 0});
    if (!inserted)
        return inserted.error();
    if (inserted.value().next())
        saved.id = inserted.value().value(0).toLongLong();
    return saved;
}

// ---- Frameworks ----

Result<QList<int>> Catalog::years(qint64 indexId)
{
    return readAll<int>(
        m_db.exec(QStringLiteral("SELECT year FROM frameworks WHERE index_id = ? ORDER BY year"), {indexId}),
        [](const QSqlQuery& q) { return q.value(0).toInt(); });
}

Result<std::optional<Framework>> Catalog::framework(const Index& index, int year)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM frameworks WHERE index_id = ? AND year = ?"), {index.id, year});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Framework>();
    auto loaded = loadFramework(index, q.value().value(0).toLongLong(), year);
    if (!loaded)
        return loaded.error();
    return std::optional<Framework>(std::move(loaded).value());
}

Result<Framework> Catalog::requireFramework(const Index& index, int year)
{
    auto found = framework(index, year);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::usage(tr("index %1 has no framework for %2; import one with \"parindex index import\"")
                                .arg(index.code)
                                .arg(year));
    return *found.value();
}

Result<Framework> Catalog::loadFramework(const Index& index, qint64 frameworkId, int year)
{
    Framework f;
    f.id = frameworkId;
    f.indexId = index.id;
    f.indexCode = index.code;
    f.year = year;
    // Depth-first order from the stored positions: a recursive CTE keeps parents before children.
    auto q
        = m_db.exec(QStringLiteral("WITH RECURSIVE tree (id, path) AS ("
                                   " SELECT id, '' FROM criteria WHERE framework_id = ? AND parent_id IS NULL"
                                   " UNION ALL SELECT c.id, t.path || printf('%08d', c.position) FROM criteria c"
                                   " JOIN tree t ON c.parent_id = t.id)"
                                   " SELECT c.id, c.parent_id, c.code, c.title, c.max_micro, c.aggregation, c.lead_unit"
                                   " FROM tree JOIN criteria c ON c.id = tree.id ORDER BY tree.path"),
                    {frameworkId});
    if (!q)
        return q.error();
    QHash<qint64, int> positionOf;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Criterion c;
        c.id = r.value(0).toLongLong();
        c.parent = r.value(1).isNull() ? -1 : positionOf.value(r.value(1).toLongLong(), -1);
        c.code = r.value(2).toString();
        c.title = r.value(3).toString();
        c.maxPoints = Decimal::fromMicro(r.value(4).toLongLong());
        parseAggregation(r.value(5).toString(), &c.aggregation);
        c.leadUnit = r.value(6).toString();
        positionOf.insert(c.id, int(f.criteria.size()));
        f.criteria.append(c);
    }
    if (f.criteria.isEmpty() || !f.criteria.first().isRoot())
        return Error::storage(tr("the %1 framework of %2 has no root criterion").arg(year).arg(index.code));
    f.link();
    auto bands = m_db.exec(
        QStringLiteral(
            "SELECT min_percent_micro, label FROM bands WHERE framework_id = ? ORDER BY min_percent_micro DESC"),
        {frameworkId});
    if (!bands)
        return bands.error();
    while (bands.value().next())
        f.bands.append({Decimal::fromMicro(bands.value().value(0).toLongLong()), bands.value().value(1).toString()});
    return f;
}

Result<bool> Catalog::frameworkHasScores(qint64 frameworkId)
{
    auto q = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM scores s JOIN criteria c ON c.id = s.criterion_id "
                                      "WHERE c.framework_id = ?)"),
                       {frameworkId});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toBool();
}

Result<Framework> Catalog::saveFramework(const Index& index, int year, Framework framework)
{
    auto existing
        = m_db.exec(QStringLiteral("SELECT id FROM frameworks WHERE index_id = ? AND year = ?"), {index.id, year});
    if (!existing)
        return existing.error();
    qint64 frameworkId = 0;
    if (existing.value().next()) {
        frameworkId = existing.value().value(0).toLongLong();
        // The framework row stays, so every deleted criterion and band is logged with its index and year.
        for (const QString& sql : {QStringLiteral("DELETE FROM criteria WHERE framework_id = ?"),
                                   QStringLiteral("DELETE FROM bands WHERE framework_id = ?")}) {
            if (auto q = m_db.exec(sql, {frameworkId}); !q)
                return q.error();
        }
    } else {
        auto q = m_db.exec(QStringLiteral("INSERT INTO frameworks (index_id, year) VALUES (?, ?) RETURNING id"),
                           {index.id, year});
        if (!q)
            return q.error();
        q.value().next();
        frameworkId = q.value().value(0).toLongLong();
    }
    framework.id = frameworkId;
    framework.indexId = index.id;
    framework.indexCode = index.code;
    framework.year = year;
    for (int i = 0; i < framework.criteria.size(); ++i) {
        Criterion& c = framework.criteria[i];
        const QVariant parentId = c.parent < 0 ? QVariant() : QVariant(framework.criteria[c.parent].id);
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO criteria (framework_id, parent_id, code, title, max_micro, "
                           "aggregation, lead_unit, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {frameworkId, parentId, c.code.isNull() ? QStringLiteral("") : c.code, c.title, c.maxPoints.micro(),
             aggregationName(c.aggregation), nullable(c.leadUnit), i});
        if (!q)
            return q.error();
        q.value().next();
        c.id = q.value().value(0).toLongLong();
    }
    for (const Band& band : framework.bands) {
        if (auto q
            = m_db.exec(QStringLiteral("INSERT INTO bands (framework_id, min_percent_micro, label) VALUES (?, ?, ?)"),
                        {frameworkId, band.minPercent.micro(), band.label});
            !q)
            return q.error();
    }
    framework.link();
    return framework;
}

// ---- Units and cohorts ----

Result<std::optional<Unit>> Catalog::unitById(qint64 id)
{
    return readOne<Unit>(m_db.exec(QString::fromLatin1(UnitColumns) + QLatin1String("WHERE u.id = ?"), {id}), readUnit);
}

Result<std::optional<Unit>> Catalog::unitByCode(const QString& code)
{
    return readOne<Unit>(m_db.exec(QString::fromLatin1(UnitColumns) + QLatin1String("WHERE u.code = ?"), {code}),
                         readUnit);
}

Result<QList<Unit>> Catalog::unitsNamed(const QString& name)
{
    return readAll<Unit>(
        m_db.exec(QString::fromLatin1(UnitColumns) + QLatin1String("WHERE u.name = ? ORDER BY u.id"), {name}),
        readUnit);
}

Result<QList<Unit>> Catalog::units()
{
    return readAll<Unit>(m_db.exec(QString::fromLatin1(UnitColumns) + QLatin1String("ORDER BY u.name")), readUnit);
}

Result<std::optional<Unit>> Catalog::findUnit(const QString& nameOrCode)
{
    const QString key = nameOrCode.trimmed().normalized(QString::NormalizationForm_C);
    auto byCode = unitByCode(key);
    if (!byCode || byCode.value())
        return byCode;
    auto named = unitsNamed(key);
    if (!named)
        return named.error();
    if (named.value().size() > 1)
        return Error::usage(
            tr("%1 units are named \"%2\"; give the unit's code instead").arg(named.value().size()).arg(key));
    if (named.value().isEmpty())
        return std::optional<Unit>();
    return std::optional<Unit>(named.value().first());
}

Result<Unit> Catalog::saveUnit(Unit unit)
{
    const QVariant successor = nullableId(unit.successorId);
    if (unit.id == 0) {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO units (code, name, kind, valid_from, valid_to, successor_id) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {nullable(unit.code), unit.name, unit.kind, nullable(unit.validFrom), nullable(unit.validTo), successor});
        if (!q && q.error().message.contains(QLatin1String("UNIQUE constraint failed: units.name")))
            return Error::input(
                tr("a unit named \"%1\" without a code already exists; give the new one a code").arg(unit.name));
        if (!q)
            return q.error();
        q.value().next();
        unit.id = q.value().value(0).toLongLong();
        return unit;
    }
    auto q = m_db.exec(QStringLiteral("UPDATE units SET code = ?, name = ?, kind = ?, valid_from = ?, valid_to = ?, "
                                      "successor_id = ? WHERE id = ?"),
                       {nullable(unit.code), unit.name, unit.kind, nullable(unit.validFrom), nullable(unit.validTo),
                        successor, unit.id});
    if (!q)
        return q.error();
    return unit;
}

Result<std::optional<Cohort>> Catalog::cohort(qint64 indexId, const QString& name)
{
    return readOne<Cohort>(
        m_db.exec(QString::fromLatin1(CohortColumns) + QLatin1String("WHERE index_id = ? AND name = ?"),
                  {indexId, name}),
        readCohort);
}

Result<std::optional<Cohort>> Catalog::findDefaultCohort(const Index& index)
{
    return readOne<Cohort>(m_db.exec(QString::fromLatin1(CohortColumns)
                                         + QLatin1String("WHERE index_id = ? ORDER BY is_default DESC, id LIMIT 1"),
                                     {index.id}),
                           readCohort);
}

Result<Cohort> Catalog::defaultCohort(const Index& index)
{
    auto found
        = readOne<Cohort>(m_db.exec(QString::fromLatin1(CohortColumns)
                                        + QLatin1String("WHERE index_id = ? ORDER BY is_default DESC, id LIMIT 1"),
                                    {index.id}),
                          readCohort);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    // An index always has a pool to rank in; the first one is named after the index.
    return ensureCohort(index.id, index.code, QString(), true);
}

Result<Cohort> Catalog::resolveCohort(const Index& index, const QString& name)
{
    if (name.isEmpty())
        return defaultCohort(index);
    auto found = cohort(index.id, name.normalized(QString::NormalizationForm_C));
    if (!found)
        return found.error();
    if (!found.value())
        return Error::usage(tr("index %1 has no cohort \"%2\"").arg(index.code, name));
    return *found.value();
}

Result<Cohort> Catalog::ensureCohort(qint64 indexId, const QString& name, const QString& unitKind, bool makeDefault)
{
    if (makeDefault) {
        if (auto q = m_db.exec(QStringLiteral("UPDATE cohorts SET is_default = 0 WHERE index_id = ? AND name <> ?"),
                               {indexId, name});
            !q)
            return q.error();
    }
    auto updated = m_db.exec(
        QStringLiteral("UPDATE cohorts SET unit_kind = coalesce(?, unit_kind), is_default = max(is_default, ?) "
                       "WHERE index_id = ? AND name = ? RETURNING id, index_id, name, unit_kind, is_default"),
        {nullable(unitKind), makeDefault ? 1 : 0, indexId, name});
    if (!updated)
        return updated.error();
    if (updated.value().next())
        return readCohort(updated.value());
    auto q = m_db.exec(QStringLiteral("INSERT INTO cohorts (index_id, name, unit_kind, is_default) VALUES (?, ?, ?, ?) "
                                      "RETURNING id, index_id, name, unit_kind, is_default"),
                       {indexId, name, nullable(unitKind), makeDefault ? 1 : 0});
    if (!q)
        return q.error();
    q.value().next();
    return readCohort(q.value());
}

Result<QList<Cohort>> Catalog::cohorts(qint64 indexId)
{
    return readAll<Cohort>(m_db.exec(QString::fromLatin1(CohortColumns)
                                         + QLatin1String("WHERE index_id = ? ORDER BY is_default DESC, name"),
                                     {indexId}),
                           readCohort);
}

Result<QList<Unit>> Catalog::members(qint64 cohortId, int year)
{
    return readAll<Unit>(m_db.exec(QString::fromLatin1(UnitColumns)
                                       + QLatin1String("JOIN cohort_members m ON m.unit_id = u.id "
                                                       "WHERE m.cohort_id = ? AND m.year = ?"),
                                   {cohortId, year}),
                         readUnit);
}

Result<QList<Unit>> Catalog::membersAnyYear(qint64 cohortId)
{
    return readAll<Unit>(
        m_db.exec(QString::fromLatin1(UnitColumns)
                      + QLatin1String("WHERE u.id IN (SELECT unit_id FROM cohort_members WHERE cohort_id = ?)"),
                  {cohortId}),
        readUnit);
}

Status Catalog::addMember(qint64 cohortId, int year, qint64 unitId)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO cohort_members (cohort_id, year, unit_id) SELECT ?, ?, ? "
                                      "WHERE NOT EXISTS (SELECT 1 FROM cohort_members WHERE cohort_id = ? AND "
                                      "year = ? AND unit_id = ?)"),
                       {cohortId, year, unitId, cohortId, year, unitId});
    if (!q)
        return q.error();
    return success();
}

Result<QList<Cohort>> Catalog::cohortsOf(qint64 indexId, qint64 unitId, int year)
{
    return readAll<Cohort>(
        m_db.exec(QStringLiteral("SELECT c.id, c.index_id, c.name, c.unit_kind, c.is_default FROM cohorts c "
                                 "JOIN cohort_members m ON m.cohort_id = c.id "
                                 "WHERE c.index_id = ? AND m.unit_id = ? AND m.year = ? "
                                 "ORDER BY c.is_default DESC, c.name"),
                  {indexId, unitId, year}),
        readCohort);
}

// ---- Scores ----

// A scratch statement that is finalised however the function leaves.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql) { m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK; }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return m_ok; }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

Result<QHash<qint64, Recorded>> Catalog::recorded(const Framework& framework, Stage stage, const QList<qint64>& unitIds)
{
    QHash<qint64, int> positionOf;
    for (int i = 0; i < framework.criteria.size(); ++i)
        positionOf.insert(framework.criteria[i].id, i);
    QHash<qint64, Recorded> out;
    out.reserve(unitIds.size());
    for (qint64 id : unitIds)
        out.insert(id, Recorded(framework.criteria.size()));

    // Straight through SQLite: a national cohort-year is a third of a million values. One unit (a form, a trend)
    // is read through the primary key instead of the whole framework.
    const bool oneUnit = unitIds.size() == 1;
    Statement stmt(m_db.handle(),
                   oneUnit ? "SELECT s.unit_id, s.criterion_id, s.value_micro FROM scores s JOIN criteria c ON c.id = "
                             "s.criterion_id WHERE s.unit_id = ?3 AND c.framework_id = ?1 AND s.stage = ?2 "
                             "AND s.value_micro IS NOT NULL"
                           : "SELECT s.unit_id, s.criterion_id, s.value_micro FROM scores s JOIN criteria c ON c.id = "
                             "s.criterion_id WHERE c.framework_id = ?1 AND s.stage = ?2 AND s.value_micro IS NOT NULL");
    if (!stmt.ok())
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    const QByteArray stageText = stageName(stage).toLatin1();
    sqlite3_bind_int64(stmt.get(), 1, framework.id);
    sqlite3_bind_text(stmt.get(), 2, stageText.constData(), int(stageText.size()), SQLITE_STATIC);
    if (oneUnit)
        sqlite3_bind_int64(stmt.get(), 3, unitIds.first());
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        auto unit = out.find(sqlite3_column_int64(stmt.get(), 0));
        if (unit == out.end())
            continue;
        const int position = positionOf.value(sqlite3_column_int64(stmt.get(), 1), -1);
        if (position >= 0)
            (*unit)[position] = Decimal::fromMicro(sqlite3_column_int64(stmt.get(), 2));
    }
    if (rc != SQLITE_DONE)
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return out;
}

namespace {

Status scoreFailure(sqlite3* h)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(h));
    if (text.startsWith(QLatin1String("finalised")))
        return Error::input(text);
    return Error::storage(Catalog::tr("cannot write scores: %1").arg(text));
}

// The values go first into a temporary table (no triggers, no per-row journal), then into scores with one
// statement each for updates, inserts and removals: a national import is a third of a million values.
Status fillScratch(sqlite3* h, const QList<ScoreWrite>& writes)
{
    const char* scratch
        = "CREATE TEMP TABLE IF NOT EXISTS score_writes (unit_id INTEGER NOT NULL, criterion_id INTEGER "
          "NOT NULL, value_micro INTEGER); DELETE FROM temp.score_writes;";
    if (sqlite3_exec(h, scratch, nullptr, nullptr, nullptr) != SQLITE_OK)
        return scoreFailure(h);
    Statement insert(h, "INSERT INTO temp.score_writes (unit_id, criterion_id, value_micro) VALUES (?, ?, ?)");
    if (!insert.ok())
        return scoreFailure(h);
    for (const ScoreWrite& w : writes) {
        sqlite3_bind_int64(insert.get(), 1, w.unitId);
        sqlite3_bind_int64(insert.get(), 2, w.criterionId);
        if (w.value)
            sqlite3_bind_int64(insert.get(), 3, w.value->micro());
        else
            sqlite3_bind_null(insert.get(), 3);
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return scoreFailure(h);
        sqlite3_reset(insert.get());
    }
    return success();
}

Status runAll(sqlite3* h, const QByteArray& stageText, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements) {
        Statement statement(h, sql);
        if (!statement.ok())
            return scoreFailure(h);
        if (sqlite3_bind_parameter_count(statement.get()) > 0)
            sqlite3_bind_text(statement.get(), 1, stageText.constData(), int(stageText.size()), SQLITE_STATIC);
        if (sqlite3_step(statement.get()) != SQLITE_DONE)
            return scoreFailure(h);
    }
    return success();
}

// Keep the note and evidence of a cell whose value is removed: such a row stays, without a value.
const char* const UpdateScores
    = "UPDATE scores SET value_micro = w.value_micro FROM temp.score_writes w WHERE scores.stage = ?1 AND "
      "scores.unit_id = w.unit_id AND scores.criterion_id = w.criterion_id AND w.value_micro IS NOT NULL "
      "AND scores.value_micro IS NOT w.value_micro";
const char* const InsertScores
    = "INSERT INTO scores (unit_id, criterion_id, stage, value_micro) SELECT w.unit_id, w.criterion_id, ?1, "
      "w.value_micro FROM temp.score_writes w WHERE w.value_micro IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
      "scores s WHERE s.unit_id = w.unit_id AND s.criterion_id = w.criterion_id AND s.stage = ?1) "
      "ORDER BY w.unit_id, w.criterion_id";
const char* const DeleteScores
    = "DELETE FROM scores WHERE stage = ?1 AND note IS NULL AND evidence IS NULL AND (unit_id, criterion_id) IN "
      "(SELECT unit_id, criterion_id FROM temp.score_writes WHERE value_micro IS NULL)";
const char* const ClearScores
    = "UPDATE scores SET value_micro = NULL WHERE stage = ?1 AND value_micro IS NOT NULL AND (unit_id, criterion_id) "
      "IN (SELECT unit_id, criterion_id FROM temp.score_writes WHERE value_micro IS NULL)";
const char* const EmptyScratch = "DELETE FROM temp.score_writes";

// Switches this connection's triggers off for the import's bulk statements and on again however it leaves.
class TriggersOff
{
public:
    explicit TriggersOff(sqlite3* h)
        : m_handle(h)
    {
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    }
    ~TriggersOff() { sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr); }
    TriggersOff(const TriggersOff&) = delete;
    TriggersOff& operator=(const TriggersOff&) = delete;

private:
    sqlite3* m_handle;
};

} // namespace

Status Catalog::writeScores(Stage stage, const QList<ScoreWrite>& writes)
{
    sqlite3* h = m_db.handle();
    if (Status s = fillScratch(h, writes); !s)
        return s;
    return runAll(h, stageName(stage).toLatin1(),
                  {UpdateScores, InsertScores, DeleteScores, ClearScores, EmptyScratch});
}

Status Catalog::importScores(Stage stage, const QList<ScoreWrite>& writes)
{
    sqlite3* h = m_db.handle();
    // The lock, as the scores triggers would check it, once for the whole import: the units it writes, in the
    // frameworks it writes to.
    const char* scratch = "CREATE TEMP TABLE IF NOT EXISTS import_units (unit_id INTEGER PRIMARY KEY); "
                          "CREATE TEMP TABLE IF NOT EXISTS import_criteria (criterion_id INTEGER PRIMARY KEY); "
                          "DELETE FROM temp.import_units; DELETE FROM temp.import_criteria;";
    if (sqlite3_exec(h, scratch, nullptr, nullptr, nullptr) != SQLITE_OK)
        return scoreFailure(h);
    {
        QSet<qint64> units;
        QSet<qint64> criteria;
        for (const ScoreWrite& w : writes) {
            units.insert(w.unitId);
            criteria.insert(w.criterionId);
        }
        Statement unit(h, "INSERT INTO temp.import_units VALUES (?)");
        Statement criterion(h, "INSERT INTO temp.import_criteria VALUES (?)");
        if (!unit.ok() || !criterion.ok())
            return scoreFailure(h);
        for (auto [set, statement] : {std::pair {&units, &unit}, std::pair {&criteria, &criterion}}) {
            for (qint64 id : *set) {
                sqlite3_bind_int64(statement->get(), 1, id);
                if (sqlite3_step(statement->get()) != SQLITE_DONE)
                    return scoreFailure(h);
                sqlite3_reset(statement->get());
            }
        }
    }
    {
        Statement check(h,
                        "SELECT EXISTS (SELECT 1 FROM frameworks f JOIN cohorts co ON co.index_id = f.index_id "
                        "JOIN finalisations fz ON fz.cohort_id = co.id AND fz.year = f.year "
                        "JOIN cohort_members m ON m.cohort_id = co.id AND m.year = f.year "
                        "JOIN temp.import_units iu ON iu.unit_id = m.unit_id "
                        "WHERE f.id IN (SELECT DISTINCT c.framework_id FROM criteria c "
                        "JOIN temp.import_criteria ic ON ic.criterion_id = c.id))");
        if (!check.ok() || sqlite3_step(check.get()) != SQLITE_ROW)
            return scoreFailure(h);
        if (sqlite3_column_int(check.get(), 0))
            return Error::input(tr("finalised: reopen the cohort-year before changing its scores"));
    }
    // Triggers would add a log row and a lock check per value: the lock is checked above, and the caller logs the
    // import as one change set plus the values it replaces. One prepared statement per value, no scratch table.
    TriggersOff off(h);
    // A national year is about 25 MB of pages: with SQLite's default 2 MB cache the transaction spills dirty pages
    // to the WAL midway and reads them back for every index it maintains.
    sqlite3_exec(h, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    const QByteArray stageText = stageName(stage).toLatin1();
    Statement upsert(h,
                     "INSERT INTO scores (unit_id, criterion_id, stage, value_micro) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT (unit_id, criterion_id, stage) DO UPDATE SET value_micro = excluded.value_micro "
                     "WHERE scores.value_micro IS NOT excluded.value_micro");
    // Keep the note and evidence of a cell whose value is removed: such a row stays, without a value.
    Statement remove(h,
                     "DELETE FROM scores WHERE unit_id = ?1 AND criterion_id = ?2 AND stage = ?3 AND note IS NULL "
                     "AND evidence IS NULL");
    Statement clear(h,
                    "UPDATE scores SET value_micro = NULL WHERE unit_id = ?1 AND criterion_id = ?2 AND stage = ?3 "
                    "AND value_micro IS NOT NULL");
    if (!upsert.ok() || !remove.ok() || !clear.ok())
        return scoreFailure(h);
    auto step = [&](const Statement& statement, const ScoreWrite& w) {
        sqlite3_bind_int64(statement.get(), 1, w.unitId);
        sqlite3_bind_int64(statement.get(), 2, w.criterionId);
        sqlite3_bind_text(statement.get(), 3, stageText.constData(), int(stageText.size()), SQLITE_STATIC);
        if (w.value)
            sqlite3_bind_int64(statement.get(), 4, w.value->micro());
        const bool done = sqlite3_step(statement.get()) == SQLITE_DONE;
        sqlite3_reset(statement.get());
        return done;
    };
    for (const ScoreWrite& w : writes) {
        if (w.value ? !step(upsert, w) : !step(remove, w) || !step(clear, w))
            return scoreFailure(h);
    }
    return success();
}

Status Catalog::addMembers(qint64 cohortId, int year, const QList<qint64>& unitIds)
{
    sqlite3* h = m_db.handle();
    Statement add(h,
                  "INSERT INTO cohort_members (cohort_id, year, unit_id) SELECT ?1, ?2, ?3 WHERE NOT EXISTS "
                  "(SELECT 1 FROM cohort_members WHERE cohort_id = ?1 AND year = ?2 AND unit_id = ?3)");
    if (!add.ok())
        return scoreFailure(h);
    for (qint64 unitId : unitIds) {
        sqlite3_bind_int64(add.get(), 1, cohortId);
        sqlite3_bind_int(add.get(), 2, year);
        sqlite3_bind_int64(add.get(), 3, unitId);
        if (sqlite3_step(add.get()) != SQLITE_DONE)
            return scoreFailure(h);
        sqlite3_reset(add.get());
    }
    return success();
}

Result<QList<qint64>> Catalog::createUnits(const QStringList& names, const QString& kind)
{
    sqlite3* h = m_db.handle();
    Statement insert(h, "INSERT INTO units (name, kind) VALUES (?, ?) RETURNING id");
    if (!insert.ok())
        return scoreFailure(h).error();
    const QByteArray kindText = kind.toUtf8();
    QList<qint64> ids;
    ids.reserve(names.size());
    for (const QString& name : names) {
        const QByteArray nameText = name.toUtf8();
        sqlite3_bind_text(insert.get(), 1, nameText.constData(), int(nameText.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert.get(), 2, kindText.constData(), int(kindText.size()), SQLITE_STATIC);
        if (sqlite3_step(insert.get()) != SQLITE_ROW) {
            const QString text = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_reset(insert.get());
            if (text.contains(QLatin1String("UNIQUE constraint failed: units.name")))
                return Error::input(
                    tr("a unit named \"%1\" without a code already exists; give the new one a code").arg(name));
            return Error::storage(tr("cannot create unit %1: %2").arg(name, text));
        }
        ids.append(sqlite3_column_int64(insert.get(), 0));
        while (sqlite3_step(insert.get()) == SQLITE_ROW) { }
        sqlite3_reset(insert.get());
    }
    return ids;
}

Status Catalog::setNote(qint64 unitId, qint64 criterionId, Stage stage, const QString& note, const QString& evidence)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE scores SET note = ?, evidence = ? WHERE unit_id = ? AND "
                                            "criterion_id = ? AND stage = ?"),
                             {nullable(note), nullable(evidence), unitId, criterionId, stageName(stage)});
    if (!updated)
        return updated.error();
    auto q = m_db.exec(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, note, evidence) SELECT ?, ?, "
                                      "?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM scores WHERE unit_id = ? AND "
                                      "criterion_id = ? AND stage = ?)"),
                       {unitId, criterionId, stageName(stage), nullable(note), nullable(evidence), unitId, criterionId,
                        stageName(stage)});
    if (!q)
        return q.error();
    return success();
}

// ---- Published ranks and finalisation ----

Result<std::optional<PublishedRank>> Catalog::publishedRank(qint64 cohortId, int year, qint64 unitId)
{
    return readOne<PublishedRank>(
        m_db.exec(QStringLiteral("SELECT rank, of_count, source FROM published_ranks WHERE cohort_id = ? AND year = ? "
                                 "AND unit_id = ?"),
                  {cohortId, year, unitId}),
        [](const QSqlQuery& q) {
            return PublishedRank {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString()};
        });
}

Status Catalog::setPublishedRank(const Index& index, qint64 cohortId, int year, qint64 unitId,
                                 const PublishedRank& rank)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE published_ranks SET rank = ?, of_count = ?, source = ? WHERE "
                                            "cohort_id = ? AND year = ? AND unit_id = ? AND index_id = ?"),
                             {rank.rank, rank.of, nullable(rank.source), cohortId, year, unitId, index.id});
    if (!updated)
        return updated.error();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO published_ranks (index_id, year, cohort_id, unit_id, rank, of_count, source) "
                       "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM published_ranks WHERE "
                       "cohort_id = ? AND year = ? AND unit_id = ?)"),
        {index.id, year, cohortId, unitId, rank.rank, rank.of, nullable(rank.source), cohortId, year, unitId});
    if (!q)
        return q.error();
    return success();
}

Result<bool> Catalog::isFinalised(qint64 cohortId, int year)
{
    auto q = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM finalisations WHERE cohort_id = ? AND year = ?)"),
                       {cohortId, year});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toBool();
}

Status Catalog::finalise(qint64 cohortId, int year)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO finalisations (cohort_id, year, finalised_at, finalised_by) "
                                      "SELECT ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ? WHERE NOT EXISTS "
                                      "(SELECT 1 FROM finalisations WHERE cohort_id = ? AND year = ?)"),
                       {cohortId, year, Database::currentActor(), cohortId, year});
    if (!q)
        return q.error();
    return success();
}

Status Catalog::reopen(qint64 cohortId, int year)
{
    // The triggers refuse to remove a finalisation unless the transaction says it is a reopen.
    if (Status s = AuditLog::permitReopen(m_db); !s)
        return s;
    auto q = m_db.exec(QStringLiteral("DELETE FROM finalisations WHERE cohort_id = ? AND year = ?"), {cohortId, year});
    if (!q)
        return q.error();
    return success();
}

} // namespace par
