#include "storage/ImportArray.h"

#include "storage/Sql.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>

namespace par {

namespace {

enum Column
{
    UnitColumn,
    CriterionColumn,
    ValueColumn,
    SourceColumn // hidden: the argument of import_array(:values)
};

struct Cursor
{
    sqlite3_vtab_cursor base; // first: SQLite hands back a pointer to it
    const std::vector<ImportValue>* rows;
    size_t at;
};

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x (unit_id INTEGER, criterion_id INTEGER, value_micro INTEGER, source HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    *table = static_cast<sqlite3_vtab*>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    std::memset(*table, 0, sizeof(sqlite3_vtab));
    // Only the program's own statements use it: never a trigger or a view another program could define.
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

// Plan 1: the source is given (import_array(:values)); plan 0: it is not, and the table has no rows.
int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (c.iColumn != SourceColumn || c.op != SQLITE_INDEX_CONSTRAINT_EQ)
            continue;
        if (!c.usable)
            return SQLITE_CONSTRAINT;
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->idxNum = 1;
        info->estimatedCost = 1;
        return SQLITE_OK;
    }
    info->idxNum = 0;
    info->estimatedCost = 1e9;
    return SQLITE_OK;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
{
    auto* c = static_cast<Cursor*>(sqlite3_malloc(sizeof(Cursor)));
    if (!c)
        return SQLITE_NOMEM;
    std::memset(c, 0, sizeof(Cursor));
    *cursor = &c->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
    sqlite3_free(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int plan, const char*, int argc, sqlite3_value** argv)
{
    auto* c = reinterpret_cast<Cursor*>(cursor);
    c->rows = plan == 1 && argc == 1
        ? static_cast<const std::vector<ImportValue>*>(sqlite3_value_pointer(argv[0], importArrayType))
        : nullptr;
    c->at = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor)
{
    ++reinterpret_cast<Cursor*>(cursor)->at;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor)
{
    const auto* c = reinterpret_cast<const Cursor*>(cursor);
    return !c->rows || c->at >= c->rows->size();
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int n)
{
    const auto* c = reinterpret_cast<const Cursor*>(cursor);
    const ImportValue& v = (*c->rows)[c->at];
    switch (n) {
    case UnitColumn:
        sqlite3_result_int64(context, v.unitId);
        break;
    case CriterionColumn:
        sqlite3_result_int64(context, v.criterionId);
        break;
    case ValueColumn:
        sqlite3_result_int64(context, v.micro);
        break;
    default:
        sqlite3_result_null(context);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* id)
{
    *id = sqlite3_int64(reinterpret_cast<const Cursor*>(cursor)->at);
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m;
    std::memset(&m, 0, sizeof m);
    // No xCreate: an eponymous-only table, which CREATE VIRTUAL TABLE cannot put into a file.
    m.xConnect = connect;
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xOpen = open;
    m.xClose = close;
    m.xFilter = filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = column;
    m.xRowid = rowid;
    return m;
}

const sqlite3_module module = makeModule();

} // namespace

int registerImportArray(sqlite3* db)
{
    return sqlite3_create_module_v2(db, "import_array", &module, nullptr, nullptr);
}

Status runWithArray(sqlite3* db, std::string_view name, const QByteArray& stage, const std::vector<ImportValue>& values)
{
    const QByteArray text = sql::text(name);
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, sqlite3_bind_parameter_index(stmt, ":stage"), stage.constData(), int(stage.size()),
                          SQLITE_TRANSIENT);
        // SQLite only reads through the pointer: import_array is read-only.
        sqlite3_bind_pointer(stmt, sqlite3_bind_parameter_index(stmt, ":values"),
                             const_cast<std::vector<ImportValue>*>(&values), importArrayType, nullptr);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) { }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (rc == SQLITE_DONE)
        return success();
    return Error::storage(QCoreApplication::translate("par::Database", "%1 (statement %2)")
                              .arg(message, QString::fromUtf8(name.data(), qsizetype(name.size()))));
}

} // namespace par
