#include "TestDatabase.h"

#include "storage/Finalisation.h"

#include <gtest/gtest.h>

using namespace par;

TEST(Finalisation, RefusesWhileUnitsMissScoresUnlessAllowedAndReopensWithAReason)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, "code,title,max_points\n1,a,50\n2,b,50\n");
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,10,20\nB,5,\nC,,\n").isEmpty());
    auto index = t.catalog->index(QStringLiteral("P"));
    auto cohort = t.catalog->defaultCohort(index.value());
    Finalisation f(*t.catalog);
    auto unscored = f.unscored(index.value(), cohort.value(), 2024);
    ASSERT_TRUE(unscored.ok());
    EXPECT_EQ(unscored.value(), (QStringList {QStringLiteral("B"), QStringLiteral("C")}));

    const Status refused = f.finalise(index.value(), cohort.value(), 2024, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Input);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("B; C"))) << refused.error().message.toStdString();
    EXPECT_FALSE(t.catalog->isFinalised(cohort->id, 2024).value());

    ASSERT_TRUE(f.finalise(index.value(), cohort.value(), 2024, true, QStringLiteral("council met")).ok());
    EXPECT_TRUE(t.catalog->isFinalised(cohort->id, 2024).value());

    EXPECT_FALSE(f.reopen(index.value(), cohort.value(), 2024, QStringLiteral("  ")).ok());
    EXPECT_TRUE(t.catalog->isFinalised(cohort->id, 2024).value());
    ASSERT_TRUE(f.reopen(index.value(), cohort.value(), 2024, QStringLiteral("typo in B")).ok());
    EXPECT_FALSE(t.catalog->isFinalised(cohort->id, 2024).value());

    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nB,5,5\nC,1,1\n").isEmpty());
    EXPECT_TRUE(f.finalise(index.value(), cohort.value(), 2024, false).ok());
}
