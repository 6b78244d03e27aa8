#include "scoring/YearGlance.h"
#include "storage/Demo.h"
#include "storage/NewProvince.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace par;
using Step = CohortGlance::Step;

namespace {

class YearGlanceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("demo.db")));
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        catalog = std::make_unique<Catalog>(*db);
        ASSERT_TRUE(Demo::load(*catalog).ok());
    }

    QList<CohortGlance> glance(const QString& code, int year)
    {
        auto index = catalog->index(code);
        EXPECT_TRUE(index.ok());
        auto out = YearGlance::of(*catalog, index.value(), year);
        EXPECT_TRUE(out.ok()) << out.error().message.toStdString();
        return out.ok() ? out.value() : QList<CohortGlance>();
    }

    static const CohortGlance& named(const QList<CohortGlance>& all, const QString& name)
    {
        for (const CohortGlance& g : all) {
            if (g.cohort.name == name)
                return g;
        }
        ADD_FAILURE() << "no cohort " << name.toStdString();
        static CohortGlance none;
        return none;
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Catalog> catalog;
};

} // namespace

TEST_F(YearGlanceTest, TheDemosDistrictsIn2018AreSevenOfEightAppraised)
{
    const QList<CohortGlance> all = glance(QStringLiteral("BKCCHC"), 2018);
    ASSERT_EQ(all.size(), 2);
    const CohortGlance& districts = named(all, QStringLiteral("UBND huyện, thành phố"));
    EXPECT_TRUE(districts.framework);
    EXPECT_EQ(districts.criteria, 26);
    EXPECT_EQ(districts.members, 8);
    EXPECT_EQ(districts.self.scored, 8);
    EXPECT_EQ(districts.started(Stage::Self), 8);
    // Pác Nặm has no appraised 6.2 and 6.3: partly scored, not missing, and not counted as scored.
    EXPECT_EQ(districts.final.scored, 7);
    EXPECT_EQ(districts.final.incomplete, QStringList {QStringLiteral("Huyện Pác Nặm")});
    EXPECT_TRUE(districts.missing().isEmpty());
    EXPECT_EQ(districts.started(Stage::Final), 8);
    EXPECT_FALSE(districts.finalised);
    EXPECT_EQ(districts.next, Step::Appraise);

    const CohortGlance& departments = named(all, QStringLiteral("Sở, ban, ngành"));
    EXPECT_EQ(departments.members, 18);
    EXPECT_EQ(departments.self.scored, 18);
    EXPECT_EQ(departments.final.scored, 18);
    EXPECT_FALSE(departments.finalised);
    EXPECT_EQ(departments.next, Step::Finalise);
}

TEST_F(YearGlanceTest, AFinalisedYearLeadsToTheReportAndAYearWithoutCriteriaToSetup)
{
    for (const CohortGlance& g : glance(QStringLiteral("BKCCHC"), 2017)) {
        EXPECT_TRUE(g.finalised) << g.cohort.name.toStdString();
        EXPECT_EQ(g.next, Step::Report);
    }
    // SIPAS has no 2017 framework in the demo.
    const QList<CohortGlance> sipas = glance(QStringLiteral("SIPAS"), 2017);
    ASSERT_EQ(sipas.size(), 1);
    EXPECT_FALSE(sipas[0].framework);
    EXPECT_EQ(sipas[0].next, Step::SetUpCriteria);
    // The PAR INDEX arrives as final figures only: Bắc Kạn, the one member here, published 49th of 63.
    const QList<CohortGlance> par = glance(QStringLiteral("PAR"), 2018);
    ASSERT_EQ(par.size(), 1);
    EXPECT_EQ(par[0].members, 1);
    EXPECT_EQ(par[0].self.scored, 0);
    EXPECT_EQ(par[0].final.publishedOf, 63);
}

TEST(YearGlanceRuleTest, TheNextStepFollowsTheCycle)
{
    CohortGlance g;
    EXPECT_EQ(YearGlance::nextStep(g), Step::SetUpCriteria);
    g.framework = true;
    EXPECT_EQ(YearGlance::nextStep(g), Step::AddUnits);
    g.members = g.self.members = g.final.members = 3;
    g.self.missing = g.final.missing = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    EXPECT_EQ(YearGlance::nextStep(g), Step::ImportScores);
    g.self.missing = {QStringLiteral("C")};
    g.self.scored = 2;
    EXPECT_EQ(YearGlance::nextStep(g), Step::ImportScores);
    g.self.missing.clear();
    g.self.scored = 3;
    EXPECT_EQ(YearGlance::nextStep(g), Step::Appraise);
    g.final.missing.clear();
    g.final.scored = 3;
    EXPECT_EQ(YearGlance::nextStep(g), Step::Finalise);
    g.finalised = true;
    EXPECT_EQ(YearGlance::nextStep(g), Step::Report);
}

TEST(YearGlanceNewTest, ANewProvinceStartsWithTheYearsCriteria)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    NewProvince::Spec spec;
    spec.province = QStringLiteral("Lạng Sơn");
    spec.year = 2026;
    spec.departments = {QStringLiteral("Sở Nội vụ")};
    spec.departmentCohort = QStringLiteral("Sở, ban, ngành");
    spec.national = {QStringLiteral("PAR")};
    spec.ownCode = QStringLiteral("CCHC");
    ASSERT_TRUE(NewProvince::create(path, spec).ok());
    auto db = Database::openExisting(path);
    ASSERT_TRUE(db.ok());
    Catalog catalog(*db.value());
    auto own = catalog.index(QStringLiteral("CCHC"));
    ASSERT_TRUE(own.ok());
    for (int year : {0, 2026}) {
        auto all = YearGlance::of(catalog, own.value(), year);
        ASSERT_TRUE(all.ok());
        ASSERT_EQ(all->size(), 1);
        EXPECT_FALSE(all->at(0).framework);
        EXPECT_EQ(all->at(0).next, Step::SetUpCriteria);
    }
    EXPECT_EQ(YearGlance::of(catalog, own.value(), 2026)->at(0).members, 1);
}
