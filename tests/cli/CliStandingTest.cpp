// Ranks on the command line: the same rank as every page, provisional while units miss scores, and finalise that
// lists what it would close without.
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../RunParindex.h"
#include "../TestBackend.h"

namespace {

class CliStanding : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(runParindex({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 0); }
    QString db() const { return location.path(); }
    QStringList districts() const
    {
        return {QStringLiteral("--db"),     db(),
                QStringLiteral("--index"),  QStringLiteral("BKCCHC"),
                QStringLiteral("--year"),   QStringLiteral("2018"),
                QStringLiteral("--cohort"), QStringLiteral("UBND huyện, thành phố")};
    }
    testbackend::Location location {QStringLiteral("demo.db")};
    const QTemporaryDir& dir = location.dir();
};

} // namespace

TEST_F(CliStanding, RankingShowsThePublishedRankWhereThePoolIsNotHere)
{
    const Outcome csv = runParindex({QStringLiteral("ranking"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                     QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                                     QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0],
              QStringLiteral("rank,unit,total,max,percent,band,code,tied,previous_rank,change,rank_source,of,"
                             "complete,provisional,previous_of,places,predecessors"));
    // Published both years out of the same 63, the same one member here: the change of rank stands (0).
    EXPECT_EQ(lines[1], QStringLiteral("49,Bắc Kạn,74.62,100,74.62,,BK,0,49,0.7,published,63,1,0,63,0,"));
}

TEST_F(CliStanding, AnIncompleteCohortIsProvisionalInEveryFormat)
{
    const Outcome table = runParindex(QStringList {QStringLiteral("ranking")} + districts());
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("7 of 8 units scored; ranks provisional")))
        << table.out.toStdString();
    const Outcome json = runParindex(QStringList {QStringLiteral("ranking")} + districts()
                                     + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"provisional\": true"))) << json.out.toStdString();
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"scored\": 7")));
    const Outcome trend = runParindex(
        {QStringLiteral("trend"), QStringLiteral("--db"), db(), QStringLiteral("--index"), QStringLiteral("BKCCHC"),
         QStringLiteral("--unit"), QStringLiteral("Huyện Pác Nặm"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(trend.out.contains(QStringLiteral("2018,62.62,100,62.62,8,8,1"))) << trend.out.toStdString();
}

TEST_F(CliStanding, FinaliseListsTheUnitsMissingScoresAndNeedsAllowIncomplete)
{
    const Outcome refused = runParindex(QStringList {QStringLiteral("finalise")} + districts());
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Huyện Pác Nặm"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--allow-incomplete")));
    const Outcome help = runParindex({QStringLiteral("finalise"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("--allow-incomplete"))) << help.out.toStdString();
    const Outcome done = runParindex(QStringList {QStringLiteral("finalise")} + districts()
                                     + QStringList {QStringLiteral("--allow-incomplete")});
    EXPECT_EQ(done.code, 0) << done.err.toStdString();
}
