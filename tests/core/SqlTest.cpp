// The one executor (storage/Sql.h): statements by name from :/sql/queries, named placeholders, one prepared
// statement per connection, failures that name the statement and never show its SQL.
#include "TestDatabase.h"

#include "storage/Sql.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace par;

TEST(Sql, StatementsAreLoadedByRepositoryAndName)
{
    EXPECT_TRUE(sql::text("units.by_code").contains("FROM units"));
    EXPECT_TRUE(sql::text("indices.all").startsWith("SELECT"));
    EXPECT_TRUE(sql::text("units.no_such_statement").isEmpty());
    EXPECT_TRUE(sql::text("nowhere.by_code").isEmpty());
    // No statement carries the next one's comment or name line.
    EXPECT_FALSE(sql::text("indices.all").contains("-- name:"));
}

TEST(Sql, AnUnknownStatementIsAnErrorNamingIt)
{
    TestDatabase t;
    auto q = t.db->run("units.no_such_statement");
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().kind, Error::Storage);
    EXPECT_TRUE(q.error().message.contains(QLatin1String("units.no_such_statement")))
        << q.error().message.toStdString();
    EXPECT_EQ(t.db->statements().size(), 0);
}

TEST(Sql, EveryPlaceholderNeedsAValueAndEveryValueAPlaceholder)
{
    TestDatabase t;
    auto missing = t.db->run("units.by_code");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QLatin1String(":code"))) << missing.error().message.toStdString();
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("units.by_code")));

    auto unknown = t.db->run("units.by_code", {{"code", QStringLiteral("A")}, {"kode", QStringLiteral("B")}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QLatin1String("kode"))) << unknown.error().message.toStdString();

    // The statement is not left holding the refused values: the next run is clean.
    auto fine = t.db->run("units.by_code", {{"code", QStringLiteral("A")}});
    ASSERT_TRUE(fine.ok()) << fine.error().message.toStdString();
    EXPECT_FALSE(fine.value().next());
}

TEST(Sql, AFailedStatementIsNamedWithoutItsSql)
{
    TestDatabase t;
    par::Database::Transaction tx(*t.db);
    ASSERT_TRUE(t.catalog->saveUnit(makeUnit(QString(), QStringLiteral("Xã A"))).ok());
    // A second unit without a code and the same name breaks the unique constraint.
    auto q = t.db->run("units.insert_named", {{"name", QStringLiteral("Xã A")}, {"kind", QStringLiteral("commune")}});
    ASSERT_FALSE(q.ok());
    EXPECT_TRUE(q.error().message.contains(QLatin1String("units.insert_named"))) << q.error().message.toStdString();
    EXPECT_FALSE(q.error().message.contains(QLatin1String("INSERT"))) << q.error().message.toStdString();
}

TEST(Sql, EachConnectionPreparesAStatementOnceAndKeepsIt)
{
    SKIP_ON_SERVER("SQLite's prepared statements (the server's are sent with their values, see ServerBackend.cpp)");
    TestDatabase t;
    auto other = Database::openExisting(t.path);
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();

    ASSERT_TRUE(t.db->run("indices.all").ok());
    const sqlite3_stmt* first = t.db->statements().prepared("indices.all");
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(other.value()->statements().prepared("indices.all"), nullptr);

    ASSERT_TRUE(t.db->run("indices.all").ok());
    EXPECT_EQ(t.db->statements().prepared("indices.all"), first);

    ASSERT_TRUE(other.value()->run("indices.all").ok());
    EXPECT_NE(other.value()->statements().prepared("indices.all"), nullptr);
    EXPECT_NE(other.value()->statements().prepared("indices.all"), first);
}

TEST(Sql, TheSameStatementCanRunInsideItsOwnRows)
{
    TestDatabase t;
    {
        par::Database::Transaction tx(*t.db);
        ASSERT_TRUE(t.catalog->saveUnit(makeUnit(QStringLiteral("A"), QStringLiteral("Xã A"))).ok());
        ASSERT_TRUE(t.catalog->saveUnit(makeUnit(QStringLiteral("B"), QStringLiteral("Xã B"))).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto outer = t.db->run("units.all");
    ASSERT_TRUE(outer.ok());
    QStringList seen;
    while (outer.value().next()) {
        // The cached statement is busy with the outer rows: the inner run gets one of its own.
        auto inner = t.db->run("units.all");
        ASSERT_TRUE(inner.ok());
        int count = 0;
        while (inner.value().next())
            ++count;
        EXPECT_EQ(count, 2);
        seen << outer.value().value(2).toString();
    }
    EXPECT_EQ(seen, QStringList({QStringLiteral("Xã A"), QStringLiteral("Xã B")}));
}

TEST(Sql, EveryStatementOfTheProgramCompilesAgainstTheNewestSchema)
{
    SKIP_ON_SERVER("compiled by sqlite3_prepare_v2");
    TestDatabase t;
    const QStringList names = sql::names();
    ASSERT_GT(names.size(), 80);
    // The scratch tables some statements use are made by statements of their own.
    for (const QString& name : names) {
        if (name.contains(QLatin1String(".create_"))) {
            ASSERT_TRUE(t.db->execScript(QString::fromUtf8(sql::text(name.toStdString()))).ok()) << name.toStdString();
        }
    }
    for (const QString& name : names) {
        const QByteArray text = sql::text(name.toStdString());
        EXPECT_FALSE(text.isEmpty()) << name.toStdString();
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(t.db->handle(), text.constData(), int(text.size()), &stmt, nullptr);
        EXPECT_EQ(rc, SQLITE_OK) << name.toStdString() << ": " << sqlite3_errmsg(t.db->handle());
        sqlite3_finalize(stmt);
    }
}
