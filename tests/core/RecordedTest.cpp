// ScoreStore::recorded: a cohort-year's values, read in bulk for the rankings, must be exactly what one unit's own
// read gives (the form's path), whatever the ids, the stage or the rows without a value.
#include "TestDatabase.h"

#include "storage/ScoreEditor.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

const QByteArray Tree = "code,title,max_points,parent\n"
                        "1,Một,50,\n"
                        "1.1,Một một,20,1\n"
                        "1.2,Một hai,30,1\n"
                        "2,Hai,50,\n";

qint64 unitId(TestDatabase& t, const QString& name)
{
    auto found = t.catalog->findUnit(name);
    EXPECT_TRUE(found.ok() && found.value());
    return found.ok() && found.value() ? found.value()->id : -1;
}

// "1.1=2.5 2=-" over the framework's criteria in order, the root as "total".
std::string describe(const Framework& framework, const Recorded& values)
{
    std::string out;
    for (int i = 0; i < framework.criteria.size(); ++i) {
        const QString code = i == 0 ? QStringLiteral("total") : framework.criteria[i].code;
        const std::optional<Decimal> v = i < values.size() ? values[i] : std::nullopt;
        out += (out.empty() ? "" : " ") + code.toStdString() + "="
            + (v ? v->toString().toStdString() : std::string("-"));
    }
    return out;
}

class RecordedRead : public ::testing::Test
{
protected:
    void SetUp() override
    {
        framework = t.framework(QStringLiteral("Q"), 2024, Tree);
        // Another year's criteria (other ids) with values of the same units: never part of 2024's values.
        t.framework(QStringLiteral("Q"), 2023, Tree);
        // A unit whose id is far from the others: the ids asked for are not compact.
        QSqlQuery q(t.db->sql());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO units (id, code, name) VALUES (900000, 'XA', 'Xã Xa')")));
        ASSERT_TRUE(t.scores(QStringLiteral("Q"), 2024,
                             "Đơn vị,1.1,1.2,2\n"
                             "Sở A,1,2,3\n"
                             "Sở B,4.5,,6\n"
                             "Sở C,,,\n"
                             "Xã Xa,7,8.25,9\n"
                             "Ngoài,10,11,12\n")
                        .isEmpty());
        ASSERT_TRUE(t.scores(QStringLiteral("Q"), 2024, "Đơn vị,1.1,1.2,2\nSở A,0.5,0.5,0.5\n", QString(), Stage::Self)
                        .isEmpty());
        ASSERT_TRUE(t.scores(QStringLiteral("Q"), 2023, "Đơn vị,1.1,1.2,2\nSở A,9,9,9\nSở C,8,8,8\n").isEmpty());
        // A published value on a parent over its parts, and a row with a note and no value (NULL).
        QSqlQuery parent(t.db->sql());
        ASSERT_TRUE(parent.exec(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro) "
                                               "SELECT u.id, c.id, 'final', 40000000 FROM units u, criteria c "
                                               "JOIN frameworks f ON f.id = c.framework_id "
                                               "WHERE u.name = 'Sở B' AND c.code = '1' AND f.year = 2024")));
        qint64 twoOf2024 = 0;
        for (const Criterion& c : framework.criteria) {
            if (c.code == QLatin1String("2"))
                twoOf2024 = c.id;
        }
        ASSERT_TRUE(t.catalog
                        ->setNote(unitId(t, QStringLiteral("Sở C")), twoOf2024, Stage::Final,
                                  QStringLiteral("chưa chấm"), QString())
                        .ok());
    }

    // Each unit's bulk values, checked against its own one-unit read.
    std::map<std::string, std::string> read(const QList<qint64>& ids, Stage stage)
    {
        auto bulk = t.catalog->recorded(framework, stage, ids);
        EXPECT_TRUE(bulk.ok()) << (bulk.ok() ? "" : bulk.error().message.toStdString());
        std::map<std::string, std::string> out;
        if (!bulk)
            return out;
        EXPECT_EQ(bulk->size(), QSet<qint64>(ids.cbegin(), ids.cend()).size());
        for (qint64 id : ids) {
            EXPECT_TRUE(bulk->contains(id)) << id;
            auto one = t.catalog->recorded(framework, stage, {id});
            EXPECT_TRUE(one.ok());
            const std::string text = describe(framework, bulk->value(id));
            if (one) {
                EXPECT_EQ(text, describe(framework, one->value(id))) << "unit " << id;
            }
            out[std::to_string(id)] = text;
        }
        return out;
    }

    TestDatabase t;
    Framework framework;
};

} // namespace

TEST_F(RecordedRead, TheBulkReadGivesEachUnitItsOwnValuesAndNoOneElses)
{
    const qint64 a = unitId(t, QStringLiteral("Sở A"));
    const qint64 b = unitId(t, QStringLiteral("Sở B"));
    const qint64 c = unitId(t, QStringLiteral("Sở C"));
    const qint64 far = unitId(t, QStringLiteral("Xã Xa"));
    ASSERT_EQ(far, 900000);
    // "Ngoài" has values but is not asked for; 5,000,000 is no unit at all.
    auto values = read({a, b, c, far, 5000000}, Stage::Final);
    EXPECT_EQ(values[std::to_string(a)], "total=- 1=- 1.1=1 1.2=2 2=3");
    EXPECT_EQ(values[std::to_string(b)], "total=- 1=40 1.1=4.5 1.2=- 2=6");
    EXPECT_EQ(values[std::to_string(c)], "total=- 1=- 1.1=- 1.2=- 2=-");
    EXPECT_EQ(values[std::to_string(far)], "total=- 1=- 1.1=7 1.2=8.25 2=9");
    EXPECT_EQ(values["5000000"], "total=- 1=- 1.1=- 1.2=- 2=-");
}

TEST_F(RecordedRead, CompactIdsAndTheSelfStageReadTheirOwnValues)
{
    const qint64 a = unitId(t, QStringLiteral("Sở A"));
    const qint64 b = unitId(t, QStringLiteral("Sở B"));
    const qint64 c = unitId(t, QStringLiteral("Sở C"));
    auto final = read({c, a, b}, Stage::Final);
    EXPECT_EQ(final[std::to_string(a)], "total=- 1=- 1.1=1 1.2=2 2=3");
    EXPECT_EQ(final[std::to_string(b)], "total=- 1=40 1.1=4.5 1.2=- 2=6");
    auto self = read({a, b, c}, Stage::Self);
    EXPECT_EQ(self[std::to_string(a)], "total=- 1=- 1.1=0.5 1.2=0.5 2=0.5");
    EXPECT_EQ(self[std::to_string(b)], "total=- 1=- 1.1=- 1.2=- 2=-");
    EXPECT_EQ(self[std::to_string(c)], "total=- 1=- 1.1=- 1.2=- 2=-");
}

TEST_F(RecordedRead, NoUnitsReadNothing)
{
    auto none = t.catalog->recorded(framework, Stage::Final, {});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

// The server reads a cohort-year as binary arrays (Database::serverPairs), SQLite through its sink: ids beyond 32 bits
// and values beyond 2^31 millionths come back whole, a criterion no unit has a value for reads as nothing, and a
// unit asked for twice gets its values once.
TEST_F(RecordedRead, WideIdsAndValuesAndEmptyCriteriaReadWhole)
{
    const qint64 wide = 5'000'000'001;
    QSqlQuery q(t.db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO units (id, code, name) VALUES (%1, 'RONG', 'Xã Rộng')").arg(wide)));
    qint64 oneTwo = 0;
    for (const Criterion& c : framework.criteria) {
        if (c.code == QLatin1String("1.2"))
            oneTwo = c.id;
    }
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro) "
                                      "VALUES (%1, %2, 'final', 9007199254740993)")
                           .arg(wide)
                           .arg(oneTwo)));
    const qint64 a = unitId(t, QStringLiteral("Sở A"));
    auto values = read({wide, a, wide}, Stage::Final);
    EXPECT_EQ(values[std::to_string(wide)], "total=- 1=- 1.1=- 1.2=9007199254.740993 2=-");
    EXPECT_EQ(values[std::to_string(a)], "total=- 1=- 1.1=1 1.2=2 2=3");
    // The self stage has values for 1.1, 1.2 and 2 of Sở A only: the root and "1" have none at all.
    auto self = read({wide, a}, Stage::Self);
    EXPECT_EQ(self[std::to_string(wide)], "total=- 1=- 1.1=- 1.2=- 2=-");
    EXPECT_EQ(self[std::to_string(a)], "total=- 1=- 1.1=0.5 1.2=0.5 2=0.5");
}
