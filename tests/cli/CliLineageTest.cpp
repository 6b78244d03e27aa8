// parindex unit merge | split | rename | events through the real executable: what is recorded, and what is refused
// with nothing changed (a cycle, a life span that overlaps, a unit merged into itself).
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../RunParindex.h"
#include "../TestBackend.h"

namespace {

// The demo records the 2025 mergers of the departments (issue 11), among them these two into a new unit; the tests
// record further ones of 2026 over it.
const QString Agriculture = QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn");
const QString Environment = QStringLiteral("Sở Tài nguyên và Môi trường");
const QString Merged = QStringLiteral("Sở Nông nghiệp và Môi trường");
const QString Culture = QStringLiteral("Sở Văn hóa, Thể thao và Du lịch");
const QString Ethnic = QStringLiteral("Ban Dân tộc");
const QString CultureAndEthnic = QStringLiteral("Sở Văn hóa và Dân tộc");

class CliLineage : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(runParindex({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 0); }
    QString db() const { return location.path(); }
    Outcome unit(const QString& command, const QStringList& args) const
    {
        return runParindex(QStringList {QStringLiteral("unit"), command, QStringLiteral("--db"), db()} + args);
    }
    Outcome events() const
    {
        return unit(QStringLiteral("events"), {QStringLiteral("--format"), QStringLiteral("csv")});
    }
    // Everything a refused command must leave as it was.
    QString snapshot() const
    {
        const QString name = QStringLiteral("snapshot-%1").arg(++m_snapshots);
        const QStringList queries {
            QStringLiteral("select id, name, valid_from, valid_to, successor_id from units order by id"),
            QStringLiteral("select * from unit_events order by id"), QStringLiteral("select count(*) from audit_log"),
            QStringLiteral("select * from cohort_members order by 1, 2")};
        if (testbackend::onServer())
            return testbackend::serverRows(db(), queries);
        QString text;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            sql.setDatabaseName(db());
            EXPECT_TRUE(sql.open());
            for (const QString& query : queries) {
                QSqlQuery q(sql);
                EXPECT_TRUE(q.exec(query));
                while (q.next())
                    for (int i = 0; i < q.record().count(); ++i)
                        text += q.value(i).toString() + u'|';
            }
        }
        QSqlDatabase::removeDatabase(name);
        return text;
    }
    testbackend::Location location {QStringLiteral("demo.db")};
    const QTemporaryDir& dir = location.dir();
    mutable int m_snapshots = 0;
};

} // namespace

TEST_F(CliLineage, AMergerIsRecordedWithItsBasisAndListed)
{
    const Outcome merged = unit(QStringLiteral("merge"),
                                {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--from"), Culture,
                                 QStringLiteral("--from"), Ethnic, QStringLiteral("--into"), CultureAndEthnic,
                                 QStringLiteral("--basis"), QStringLiteral("NQ 190/2025/QH15")});
    ASSERT_EQ(merged.code, 0) << merged.err.toStdString();
    EXPECT_TRUE(merged.out.contains(QStringLiteral("New unit: ") + CultureAndEthnic)) << merged.out.toStdString();
    const Outcome listed = events();
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.startsWith(QStringLiteral("year,kind,from,to,basis\n"))) << listed.out.toStdString();
    // A field with a comma ("Sở Văn hóa, Thể thao và Du lịch") is quoted.
    EXPECT_TRUE(listed.out.endsWith(
        QStringLiteral("2026,merge,\"%1; %2\",%3,NQ 190/2025/QH15\n").arg(Culture, Ethnic, CultureAndEthnic)))
        << listed.out.toStdString();
    // The demo's own mergers are listed before it.
    EXPECT_TRUE(listed.out.contains(
        QStringLiteral("2025,merge,%1; %2,%3,Nghị định 45/2025/NĐ-CP\n").arg(Agriculture, Environment, Merged)))
        << listed.out.toStdString();
    // The predecessors end the year before and name their successor; the new unit begins in 2025.
    const Outcome units = runParindex(
        {QStringLiteral("log"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(units.out.contains(QStringLiteral("unit-event"))) << units.out.toStdString();
}

TEST_F(CliLineage, ASplitCreatesEachNewUnitAndARenameKeepsTheUnit)
{
    const Outcome split = unit(QStringLiteral("split"),
                               {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--from"),
                                QStringLiteral("Huyện Chợ Mới"), QStringLiteral("--into"),
                                QStringLiteral("Xã Chợ Mới; Xã Thanh Mai"), QStringLiteral("--kind"),
                                QStringLiteral("commune"), QStringLiteral("--basis"), QStringLiteral("NQ 1683")});
    ASSERT_EQ(split.code, 0) << split.err.toStdString();
    EXPECT_EQ(split.out.count(QStringLiteral("New unit:")), 2) << split.out.toStdString();
    const Outcome renamed = unit(QStringLiteral("rename"),
                                 {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--unit"),
                                  QStringLiteral("Sở Nội vụ"), QStringLiteral("--to"), QStringLiteral("Sở Nội vụ tỉnh"),
                                  QStringLiteral("--basis"), QStringLiteral("QĐ 12")});
    ASSERT_EQ(renamed.code, 0) << renamed.err.toStdString();
    const Outcome listed = events();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("2025,split,Huyện Chợ Mới,Xã Chợ Mới; Xã Thanh Mai,NQ 1683")))
        << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("2025,rename,Sở Nội vụ,Sở Nội vụ tỉnh,QĐ 12")));
    // The same unit under its new name: its 2018 results are still there.
    const Outcome trend
        = runParindex({QStringLiteral("trend"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                       QStringLiteral("BKCCHC"), QStringLiteral("--unit"), QStringLiteral("Sở Nội vụ tỉnh"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(trend.code, 0) << trend.err.toStdString();
    EXPECT_TRUE(trend.out.contains(QStringLiteral("\n2018,90.47,"))) << trend.out.toStdString();
}

TEST_F(CliLineage, AUnitMergedIntoItselfIsRefusedAndNothingChanges)
{
    const QString before = snapshot();
    const Outcome refused
        = unit(QStringLiteral("merge"),
               {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--from"), QStringLiteral("Sở Y tế"),
                QStringLiteral("--into"), QStringLiteral("Sở Y tế"), QStringLiteral("--basis"), QStringLiteral("x")});
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("into itself"))) << refused.err.toStdString();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(CliLineage, ACycleIsRefusedAndNothingChanges)
{
    // Districts, whose scores end in 2018 (the departments have scores up to 2025 and could not end earlier).
    ASSERT_EQ(unit(QStringLiteral("merge"),
                   {QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--from"),
                    QStringLiteral("Huyện Ba Bể"), QStringLiteral("--into"), QStringLiteral("Huyện Pác Nặm"),
                    QStringLiteral("--basis"), QStringLiteral("a")})
                  .code,
              0);
    const QString before = snapshot();
    // Huyện Pác Nặm took in Huyện Ba Bể in 2024; it cannot also have become Huyện Ba Bể in 2020.
    const Outcome refused = unit(QStringLiteral("merge"),
                                 {QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--from"),
                                  QStringLiteral("Huyện Pác Nặm"), QStringLiteral("--into"),
                                  QStringLiteral("Huyện Ba Bể"), QStringLiteral("--basis"), QStringLiteral("b")});
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("cycle"))) << refused.err.toStdString();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(CliLineage, OverlappingLifeSpansAreRefusedAndNothingChanges)
{
    // The demo recorded the merger of Agriculture and Environment into Merged in 2025.
    const QString before = snapshot();
    // Sở Tài nguyên và Môi trường ended in 2024: it cannot end again, nor receive a merger of 2026.
    const Outcome again
        = unit(QStringLiteral("split"),
               {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--from"), Environment,
                QStringLiteral("--into"), QStringLiteral("A;B"), QStringLiteral("--basis"), QStringLiteral("x")});
    EXPECT_EQ(again.code, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("2025"))) << again.err.toStdString();
    const Outcome after
        = unit(QStringLiteral("merge"),
               {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--from"), QStringLiteral("Sở Y tế"),
                QStringLiteral("--into"), Environment, QStringLiteral("--basis"), QStringLiteral("x")});
    EXPECT_EQ(after.code, 2);
    EXPECT_TRUE(after.err.contains(QStringLiteral("ends in 2024"))) << after.err.toStdString();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(CliLineage, UsageErrorsNameWhatIsMissing)
{
    const Outcome noBasis = unit(QStringLiteral("merge"),
                                 {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--from"),
                                  Agriculture, QStringLiteral("--into"), Merged});
    EXPECT_EQ(noBasis.code, 1);
    EXPECT_TRUE(noBasis.err.contains(QStringLiteral("--basis"))) << noBasis.err.toStdString();
    const Outcome unknown = unit(QStringLiteral("merge"),
                                 {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--from"),
                                  QStringLiteral("Sở Không Có"), QStringLiteral("--into"), Merged,
                                  QStringLiteral("--basis"), QStringLiteral("x")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Sở Không Có"))) << unknown.err.toStdString();
    const Outcome empty = unit(QStringLiteral("events"), {QStringLiteral("--year"), QStringLiteral("2019")});
    EXPECT_EQ(empty.code, 0);
    EXPECT_TRUE(empty.out.contains(QStringLiteral("No mergers"))) << empty.out.toStdString();
}

namespace {

// The demo's 2018 department scores as the 2019 ones, after the merger of 2019: the merged department takes
// Agriculture's row (an illustration: its own scores), Environment's row goes, the other 16 stay.
// The demo's own 2025 merger (Nghị định 45/2025/NĐ-CP): Agriculture and Environment became Merged, with 2024 and 2025
// scores on both sides of it.
class CliMergedYear : public CliLineage
{
protected:
    // QCommandLineParser takes options after the positional argument too.
    Outcome run(const QStringList& args) const
    {
        return runParindex(args + QStringList {QStringLiteral("--db"), db()});
    }
    Outcome ranking(const QString& format) const
    {
        return run({QStringLiteral("ranking"), QStringLiteral("--index"), QStringLiteral("BKCCHC"),
                    QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"), format});
    }
    Outcome trend(const QString& format) const
    {
        return run({QStringLiteral("trend"), QStringLiteral("--index"), QStringLiteral("BKCCHC"),
                    QStringLiteral("--unit"), Merged, QStringLiteral("--format"), format});
    }
};

} // namespace

TEST_F(CliMergedYear, TheTrendShowsEachPredecessorMarkedNeverASum)
{
    const Outcome csv = trend(QStringLiteral("csv"));
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    // Two predecessor rows a year, each its own figure and rank; the merged unit's 2025 has no change against them.
    EXPECT_EQ(csv.out,
              QStringLiteral("year,total,max,percent,rank,of,provisional,unit,predecessor\n"
                             "2017,71.84,100,71.84,15,18,0,%1,1\n"
                             "2017,76.21,100,76.21,12,18,0,%2,1\n"
                             "2018,71.96,100,71.96,16,18,0,%1,1\n"
                             "2018,76.85,100,76.85,13,18,0,%2,1\n"
                             "2024,78.5,100,78.50,17,18,0,%1,1\n"
                             "2024,81.5,100,81.50,12,18,0,%2,1\n"
                             "2025,82,100,82.00,10,13,0,%3,0\n")
                  .arg(Agriculture, Environment, Merged));
    const Outcome table = trend(QStringLiteral("table"));
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    for (const QString& line :
         {QStringLiteral("Merged in 2025 from %1; %2 (Nghị định 45/2025/NĐ-CP)").arg(Agriculture, Environment),
          QStringLiteral("2018  76.85  100  76.85  13/18            +0.64  Khá   (predecessor: %1)").arg(Environment),
          // 2019 to 2023 have no framework: 2024's change is against 2018, and says so.
          QStringLiteral("2024   81.5  100  81.50  12/18  +4.65 (vs 2018)  Tốt   (predecessor: %1)").arg(Environment),
          QStringLiteral("2025     82  100  82.00  10/13                   Tốt   %1").arg(Merged)})
        EXPECT_TRUE(table.out.contains(line)) << line.toStdString() << "\n" << table.out.toStdString();
    const Outcome json = trend(QStringLiteral("json"));
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"unit\": \"%1\", \"predecessor\": true").arg(Environment)))
        << json.out.toStdString();
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"change\": 4.65, "))
                && json.out.contains(
                    QStringLiteral("\"unit\": \"%1\", \"predecessor\": true, \"change_from\": 2018}").arg(Environment)))
        << json.out.toStdString();
}

TEST_F(CliMergedYear, TheRankingShowsThePredecessorsRanksAndEachRankWithItsOf)
{
    const Outcome csv = ranking(QStringLiteral("csv"));
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 14);
    EXPECT_EQ(lines[0],
              QStringLiteral("rank,unit,total,max,percent,band,code,tied,previous_rank,change,rank_source,of,"
                             "complete,provisional,previous_of,places,predecessors"));
    // The new unit: no last-year rank, no change; each predecessor's rank of 18 and percentage instead.
    EXPECT_EQ(lines[10],
              QStringLiteral("10,%1,82,100,82.00,Tốt,SNNMT,0,,,computed,13,1,0,,,%2: 17=/18 (78.50%); "
                             "%3: 12=/18 (81.50%)")
                  .arg(Merged, Agriculture, Environment));
    // 2nd of 18, now 2nd of 13: both shown, no change of rank computed (the cohort changed shape).
    EXPECT_EQ(lines[2], QStringLiteral("2,Sở Tư pháp,89.75,100,89.75,Tốt,STP,0,2,-0.25,computed,13,1,0,18,,"));
    const Outcome table = ranking(QStringLiteral("table"));
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    for (const QString& line :
         {QStringLiteral("Predecessors last year"), QStringLiteral("89.75  100  89.75  Tốt            2/18   -0.25"),
          QStringLiteral("%1: 17=/18 (78.50%); %2: 12=/18 (81.50%)").arg(Agriculture, Environment),
          QStringLiteral("Note: the cohort's members changed between 2024 and 2025 (18 ranked then, 13 now)")})
        EXPECT_TRUE(table.out.contains(line)) << line.toStdString() << "\n" << table.out.toStdString();
    const Outcome json = ranking(QStringLiteral("json"));
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"cohort_changed\": true"))) << json.out.toStdString();
}
