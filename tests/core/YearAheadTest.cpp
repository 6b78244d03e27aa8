// Last year's standing read on a second connection while this year's is read (scoring/YearAhead.h): the ranking must
// be the one a single connection gives, from one state of the file, whatever another program commits meanwhile.
#include "../QtPrintTo.h"
#include "TestDatabase.h"

#include "scoring/Analysis.h"
#include "scoring/YearAhead.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace par;

namespace {

class YearAheadTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.framework(QStringLiteral("P"), 2017, "code,title,max_points\n1,a,50\n2,b,50\n");
        t.framework(QStringLiteral("P"), 2018, "code,title,max_points\n1,a,50\n2,b,50\n");
        ASSERT_TRUE(t.scores(QStringLiteral("P"), 2017, "u,1,2\nA,40,40\nB,30,30\nC,20,20\n").isEmpty());
        ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1,2\nA,20,20\nB,40,40\nC,30,30\n").isEmpty());
    }
    void TearDown() override { YearAhead::setBeforeSnapshotHook(nullptr); }

    // Every figure of the ranking that depends on either year, one line per row.
    QStringList ranking()
    {
        auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
        QStringList lines;
        if (!r.ok())
            return lines;
        lines << QStringLiteral("previous year %1 of %2").arg(r->previousYear).arg(r->previousRankedOf);
        for (const RankedUnit& row : r->rows) {
            lines << QStringLiteral("%1 %2 %3 | %4 %5 %6")
                         .arg(row.rank)
                         .arg(row.name, row.total.toString())
                         .arg(row.previousRank ? QString::number(*row.previousRank) : QStringLiteral("-"),
                              row.previousTotal ? row.previousTotal->toString() : QStringLiteral("-"),
                              row.places ? QString::number(*row.places) : QStringLiteral("-"));
        }
        return lines;
    }

    // A change by another program (the sqlite3 shell, say): A's value of criterion 1 in both years.
    void changeBothYearsElsewhere(int value2017, int value2018)
    {
        sqlite3* other = nullptr;
        ASSERT_EQ(sqlite3_open(t.path.toUtf8().constData(), &other), SQLITE_OK);
        sqlite3_busy_timeout(other, 5000);
        const QByteArray sql
            = QStringLiteral("UPDATE scores SET value_micro = CASE (SELECT year FROM frameworks f JOIN criteria c "
                             "ON c.framework_id = f.id WHERE c.id = scores.criterion_id) WHEN 2017 THEN %1 "
                             "ELSE %2 END * 1000000 WHERE unit_id = (SELECT id FROM units WHERE name = 'A') "
                             "AND criterion_id IN (SELECT id FROM criteria WHERE code = '1')")
                  .arg(value2017)
                  .arg(value2018)
                  .toUtf8();
        char* error = nullptr;
        EXPECT_EQ(sqlite3_exec(other, sql.constData(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
        sqlite3_free(error);
        EXPECT_EQ(sqlite3_changes(other), 2);
        sqlite3_close(other);
    }

    TestDatabase t;
};

} // namespace

TEST_F(YearAheadTest, LastYearReadBesideThisYearGivesTheSingleConnectionsRanking)
{
    // Inside a transaction of the caller's, everything is read on its one connection.
    QStringList single;
    {
        Database::Transaction hold(*t.db);
        ASSERT_TRUE(hold.ok());
        const int before = YearAhead::takenCount();
        single = ranking();
        EXPECT_EQ(YearAhead::takenCount(), before) << "no second connection inside the caller's transaction";
    }
    const int before = YearAhead::takenCount();
    EXPECT_EQ(ranking(), single);
    EXPECT_EQ(YearAhead::takenCount(), before + 1) << "last year was read on the second connection";
    EXPECT_EQ(single,
              (QStringList {QStringLiteral("previous year 2017 of 3"), QStringLiteral("1 B 80 | 2 60 1"),
                            QStringLiteral("2 C 60 | 3 40 1"), QStringLiteral("3 A 40 | 1 80 -2")}));
}

// Another program commits a change to both years after this year's read began and before last year's does: the
// thread's snapshot is newer than the caller's. Used as it is, it would pair this year's old values with last year's
// new ones, a state the file was never in; the ranking must be read again, whole, from the new state.
TEST_F(YearAheadTest, AChangeCommittedBeforeLastYearIsReadMakesTheRankingReadAgainWhole)
{
    const QStringList before = ranking();
    const int taken = YearAhead::takenCount();
    YearAhead::setBeforeSnapshotHook([this] { changeBothYearsElsewhere(10, 50); });
    const QStringList during = ranking();
    YearAhead::setBeforeSnapshotHook(nullptr);
    EXPECT_EQ(YearAhead::takenCount(), taken) << "the thread's read was from another state and must not be used";
    const QStringList after = ranking();
    EXPECT_NE(after, before);
    EXPECT_EQ(during, after);
    EXPECT_EQ(after,
              (QStringList {QStringLiteral("previous year 2017 of 3"), QStringLiteral("1 B 80 | 1 60 0"),
                            QStringLiteral("2 A 70 | 2 50 0"), QStringLiteral("3 C 60 | 3 40 0")}));
}

// The caller's own uncommitted writes are seen by its connection only: inside its transaction, last year is read
// there, and the change shows.
TEST_F(YearAheadTest, InsideTheCallersTransactionItsOwnWritesAreRanked)
{
    Database::Transaction hold(*t.db);
    ASSERT_TRUE(hold.ok());
    ASSERT_TRUE(
        t.db->execScript(QStringLiteral("UPDATE scores SET value_micro = 5000000 WHERE unit_id = (SELECT id FROM units "
                                        "WHERE name = 'B') AND criterion_id IN (SELECT c.id FROM criteria c JOIN "
                                        "frameworks f ON f.id = c.framework_id WHERE f.year = 2017)"))
            .ok());
    const QStringList lines = ranking();
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[1], QStringLiteral("1 B 80 | 3 10 2"));
}
