#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

Result<FrameworkParse> parse(const QByteArray& csv, Aggregation aggregation = Aggregation::Sum)
{
    auto table = CsvReader::read(csv, QStringLiteral("framework.csv"));
    EXPECT_TRUE(table.ok());
    Index index;
    index.code = QStringLiteral("PAR");
    index.name = QStringLiteral("PAR INDEX");
    index.aggregation = aggregation;
    return FrameworkImport::parse(table.value(), index);
}

QString error(const QByteArray& csv)
{
    auto parsed = parse(csv);
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? QString() : parsed.error().message;
}

} // namespace

TEST(FrameworkImport, DottedCodesMakeTheTree)
{
    auto parsed
        = parse("code,title,max_points\n6,Tài chính công,6.5\n6.1,Tự chủ,2.5\n6.2,Sự nghiệp,4\n7,Hiện đại hóa,3.5\n");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    const Framework& f = parsed->framework;
    ASSERT_EQ(f.criteria.size(), 5);
    EXPECT_TRUE(f.root().isRoot());
    EXPECT_EQ(f.root().maxPoints.toString(), QStringLiteral("10"));
    EXPECT_EQ(f.criteria[f.find(QStringLiteral("6.1"))].parent, f.find(QStringLiteral("6")));
    EXPECT_EQ(f.criteria[f.find(QStringLiteral("6"))].depth, 1);
    EXPECT_EQ(f.criteria[f.find(QStringLiteral("6.2"))].depth, 2);
    EXPECT_TRUE(parsed->warnings.isEmpty());
}

TEST(FrameworkImport, ExplicitParentsMayComeAfterTheirChildren)
{
    auto parsed = parse("code,title,max_points,parent,aggregation,lead_unit\n"
                        "x1,Child,2,X,sum,Sở Nội vụ\nX,Parent,,,sum,\nY,Other,3,,,\n");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    const Framework& f = parsed->framework;
    EXPECT_EQ(f.criteria[1].code, QStringLiteral("X"));
    EXPECT_EQ(f.criteria[2].code, QStringLiteral("x1"));
    EXPECT_EQ(f.criteria[2].leadUnit, QStringLiteral("Sở Nội vụ"));
    EXPECT_EQ(f.criteria[1].maxPoints.toString(), QStringLiteral("2")); // blank: from its children
    EXPECT_EQ(f.root().maxPoints.toString(), QStringLiteral("5"));
}

TEST(FrameworkImport, MeanAggregationForPercentages)
{
    auto parsed = parse("code,title,max_points,aggregation\n1,Tiếp cận,100,mean\n1.1,a,100,mean\n1.2,b,100,mean\n"
                        "2,Thủ tục,100,mean\n",
                        Aggregation::Mean);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->framework.root().aggregation, Aggregation::Mean);
    EXPECT_EQ(parsed->framework.root().maxPoints.toString(), QStringLiteral("100"));
}

TEST(FrameworkImport, ParentMaximumThatDisagreesIsKeptAndReported)
{
    auto parsed = parse("code,title,max_points\n1,Field,10\n1.1,a,4\n1.2,b,5\n");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->framework.criteria[1].maxPoints.toString(), QStringLiteral("10"));
    ASSERT_EQ(parsed->warnings.size(), 1);
    EXPECT_TRUE(parsed->warnings.first().contains(QStringLiteral("line 2"))) << parsed->warnings.first().toStdString();
}

TEST(FrameworkImport, RefusesBadFilesWithLineAndReason)
{
    EXPECT_TRUE(error("code,title\n1,a\n").contains(QStringLiteral("max_points")));
    EXPECT_TRUE(error("code,title,max_points\n1,a,2\n1,b,3\n").contains(QStringLiteral("line 3, column 1")));
    EXPECT_TRUE(error("code,title,max_points\n1.1,a,2\n").contains(QStringLiteral("parent 1")));
    EXPECT_TRUE(error("code,title,max_points\n1,a,x\n").contains(QStringLiteral("line 2, column 3")));
    EXPECT_TRUE(error("code,title,max_points\n1,a,-2\n").contains(QStringLiteral("negative")));
    EXPECT_TRUE(error("code,title,max_points\n1,,2\n").contains(QStringLiteral("no title")));
    EXPECT_TRUE(error("code,title,max_points\ntotal,a,2\n").contains(QStringLiteral("reserved")));
    EXPECT_TRUE(error("code,title,max_points,aggregation\n1,a,2,median\n").contains(QStringLiteral("median")));
    EXPECT_TRUE(error("code,title,max_points,parent\na,A,1,b\nb,B,1,a\n").contains(QStringLiteral("loop")));
    EXPECT_TRUE(error("code,title,max_points\n1,a,\n").contains(QStringLiteral("no maximum")));
    EXPECT_TRUE(error("code,title,max_points\n").contains(QStringLiteral("no criteria")));
    EXPECT_TRUE(error("code,title,max_points\n1,a,2,extra\n").contains(QStringLiteral("4 cells")));
}

TEST(FrameworkImport, ReimportReplacesAFrameworkWithoutScoresOnly)
{
    TestDatabase t;
    t.framework(QStringLiteral("PAR"), 2018, "code,title,max_points\n1,a,10\n2,b,20\n");
    Framework f = t.framework(QStringLiteral("PAR"), 2018, "code,title,max_points\n1,a,10\n3,c,5\n");
    EXPECT_EQ(f.criteria.size(), 3);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM criteria")), 3);
    EXPECT_EQ(
        t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'criterion' AND action = 'delete'")), 3);

    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2018, "Đơn vị,1\nBắc Kạn,7\n").isEmpty());
    auto table = CsvReader::read("code,title,max_points\n9,z,1\n", QStringLiteral("f.csv"));
    auto index = t.catalog->index(QStringLiteral("PAR"));
    auto parsed = FrameworkImport::parse(table.value(), index.value());
    Database::Transaction tx(*t.db);
    auto stored = FrameworkImport::store(*t.catalog, index.value(), 2018, parsed->framework, std::nullopt);
    ASSERT_FALSE(stored.ok());
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("already has scores")));
}

TEST(FrameworkImport, NewYearsInheritTheBandsOfTheYearBefore)
{
    TestDatabase t;
    t.framework(QStringLiteral("X"), 2017, "code,title,max_points\n1,a,10\n");
    {
        auto index = t.catalog->index(QStringLiteral("X"));
        auto f = t.catalog->requireFramework(index.value(), 2017);
        Database::Transaction tx(*t.db);
        auto bands = parseBands(QStringLiteral("90=A;80=B;70=C"));
        ASSERT_TRUE(FrameworkImport::store(*t.catalog, index.value(), 2017, f.value(), bands.value()).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const Framework next = t.framework(QStringLiteral("X"), 2018, "code,title,max_points\n1,a,10\n");
    ASSERT_EQ(next.bands.size(), 3);
    EXPECT_EQ(next.bands.last().label, QStringLiteral("C"));
}
