// import_array (storage/ImportArray.h): the import's values read where they lie by one INSERT ... SELECT.
#include "TestDatabase.h"

#include "storage/ImportArray.h"
#include "storage/ScoreStore.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace par;

namespace {

// Runs one statement and returns its first column as text ("" for no row); SQLite's message on an error.
std::string first(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return std::string("error: ") + sqlite3_errmsg(db);
    const int rc = sqlite3_step(stmt);
    std::string out;
    if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0))
        out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        out = std::string("error: ") + sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

TEST(ImportArray, TheUpsertWritesEveryValueOfTheVectorAndReplacesOnlyWhatDiffers)
{
    TestDatabase t;
    t.framework(QStringLiteral("DDCI"), 2018, "code,title,max_points\n1,Một,10\n2,Hai,20\n");
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "Đơn vị,1,2\nSở A,1,2\nSở B,3,4\n").isEmpty());
    sqlite3* db = t.db->handle();
    const qint64 a = std::stoll(first(db, "SELECT id FROM units WHERE name = 'Sở A'"));
    const qint64 b = std::stoll(first(db, "SELECT id FROM units WHERE name = 'Sở B'"));
    const qint64 one = std::stoll(first(db, "SELECT id FROM criteria WHERE code = '1'"));
    const qint64 two = std::stoll(first(db, "SELECT id FROM criteria WHERE code = '2'"));
    // Sở A's value of 2 changes, Sở B's of 1 stays as it is (no write), Sở A's of 1 is new on stage "self".
    const std::vector<ImportValue> values {{one, b, 3000000}, {two, a, 7500000}, {two, b, 4000000}};
    ASSERT_TRUE(runWithArray(db, "scores.upsert_import_array", "final", values).ok());
    EXPECT_EQ(first(db,
                    "SELECT group_concat(u.name || ':' || c.code || '=' || s.value_micro, ' ') FROM ("
                    "SELECT * FROM scores ORDER BY unit_id, criterion_id) s JOIN units u ON u.id = s.unit_id "
                    "JOIN criteria c ON c.id = s.criterion_id WHERE s.stage = 'final'"),
              "Sở A:1=1000000 Sở A:2=7500000 Sở B:1=3000000 Sở B:2=4000000");
    ASSERT_TRUE(runWithArray(db, "scores.upsert_import_array", "self", {{one, a, 500000}}).ok());
    EXPECT_EQ(first(db, "SELECT count(*) || ' ' || sum(value_micro) FROM scores WHERE stage = 'self'"), "1 500000");
}

TEST(ImportArray, TheTablesChecksStillHoldForEveryRow)
{
    TestDatabase t;
    t.framework(QStringLiteral("DDCI"), 2018, "code,title,max_points\n1,Một,10\n");
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "Đơn vị,1\nSở A,1\n").isEmpty());
    sqlite3* db = t.db->handle();
    const qint64 unit = std::stoll(first(db, "SELECT id FROM units"));
    const qint64 criterion = std::stoll(first(db, "SELECT id FROM criteria"));
    // A negative value breaks the table's CHECK: the statement fails, names itself, and writes nothing.
    const auto refused = runWithArray(db, "scores.upsert_import_array", "final", {{criterion, unit, -1}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("scores.upsert_import_array")))
        << refused.error().message.toStdString();
    EXPECT_EQ(first(db, "SELECT value_micro FROM scores"), "1000000");
    // So does a stage the table does not know.
    EXPECT_FALSE(runWithArray(db, "scores.upsert_import_array", "draft", {{criterion, unit, 2}}).ok());
    EXPECT_EQ(first(db, "SELECT count(*) FROM scores"), "1");
}

TEST(ImportArray, SqlAloneSeesNoRowsAndCannotUseItInAViewOrTrigger)
{
    TestDatabase t;
    sqlite3* db = t.db->handle();
    // Only a pointer bound by the program reaches the table; a number or text in SQL is no pointer.
    EXPECT_EQ(first(db, "SELECT count(*) FROM import_array"), "0");
    EXPECT_EQ(first(db, "SELECT count(*) FROM import_array(140737488355328)"), "0");
    EXPECT_EQ(first(db, "SELECT count(*) FROM import_array('x')"), "0");
    // Nothing is stored in the file: it is a function of the connection, not a table of the schema.
    EXPECT_EQ(first(db, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%import_array%'"), "0");
    // A view (or trigger) in the file, which another program could have written, may not use it: SQLite refuses.
    EXPECT_EQ(first(db, "CREATE VIEW peek AS SELECT * FROM import_array"), "");
    EXPECT_EQ(first(db, "SELECT count(*) FROM peek").rfind("error: ", 0), 0u) << first(db, "SELECT count(*) FROM peek");
}

// The values of an import in the key order of scores (criterion, then unit), whatever order the file gave: the upsert
// appends to the B-tree, and the server's COPY into a table keeping its primary key does the same. A removal (no value)
// is not among them; a unit given twice keeps its writes in the file's order, the later one last.
namespace {

std::string keyOrder(const QList<ScoreWrite>& writes)
{
    std::string order;
    for (const ImportValue& v : importValuesInKeyOrder(writes))
        order += std::to_string(v.criterionId) + ':' + std::to_string(v.unitId) + '=' + std::to_string(v.micro) + ' ';
    return order;
}

} // namespace

TEST(ImportArray, AnImportsValuesGoInTheKeyOrderOfScores)
{
    const auto value = [](qint64 micro) { return std::optional<Decimal>(Decimal::fromMicro(micro)); };
    EXPECT_EQ(keyOrder({{30, 7, value(1)},
                        {30, 5, value(2)},
                        {30, 6, std::nullopt},
                        {10, 7, value(3)},
                        {10, 5, value(4)},
                        {20, 5, value(5)},
                        {20, 7, value(6)},
                        {10, 7, value(7)}}),
              "5:10=4 5:20=5 5:30=2 7:10=3 7:10=7 7:20=6 7:30=1 ");
    // Criteria far apart are sorted another way, to the same order.
    EXPECT_EQ(keyOrder({{2, 100'000, value(1)}, {1, 100'000, value(2)}, {1, 3, value(3)}, {1, 3, value(4)}}),
              "3:1=3 3:1=4 100000:1=2 100000:2=1 ");
    EXPECT_EQ(keyOrder({}), "");
    EXPECT_EQ(keyOrder({{1, 2, std::nullopt}}), "");
}
