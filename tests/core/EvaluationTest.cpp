#include "scoring/Evaluation.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

Decimal d(const char16_t* text)
{
    return *Decimal::parse(QStringView(text));
}

// root > A (sum) > A.1, A.2 ; root > B (mean) > B.1, B.2
Framework tree()
{
    Framework f;
    auto add = [&f](const char* code, int parent, const char16_t* max, Aggregation aggregation = Aggregation::Sum) {
        Criterion c;
        c.code = QString::fromLatin1(code);
        c.parent = parent;
        c.maxPoints = d(max);
        c.aggregation = aggregation;
        f.criteria.append(c);
    };
    add("", -1, u"200");
    add("A", 0, u"100");
    add("A.1", 1, u"60");
    add("A.2", 1, u"40");
    add("B", 0, u"100", Aggregation::Mean);
    add("B.1", 4, u"100");
    add("B.2", 4, u"100");
    f.link();
    return f;
}

Recorded values(std::initializer_list<std::pair<int, const char16_t*>> given)
{
    Recorded r(7);
    for (const auto& [position, text] : given)
        r[position] = d(text);
    return r;
}

} // namespace

TEST(Evaluation, ParentsAggregateTheirChildren)
{
    const Evaluation e = evaluate(tree(), values({{2, u"50.5"}, {3, u"30.25"}, {5, u"80"}, {6, u"91"}}));
    EXPECT_EQ(e.value[1], d(u"80.75"));
    EXPECT_EQ(e.value[4], d(u"85.5")); // mean of 80 and 91
    EXPECT_EQ(e.total(), d(u"166.25"));
    EXPECT_TRUE(discrepancies(e).isEmpty());
}

TEST(Evaluation, RecordedValueStandsAndTheDifferenceIsReported)
{
    // The real case: parts summing to 7.4802 beside a published 7.4801.
    const Evaluation e = evaluate(tree(), values({{1, u"7.4801"}, {2, u"4.4802"}, {3, u"3"}}));
    EXPECT_EQ(e.value[1], d(u"7.4801"));
    EXPECT_EQ(e.aggregate[1], d(u"7.4802"));
    EXPECT_EQ(e.total(), d(u"7.4801")); // the recorded value, not the parts, flows upwards
    const auto found = discrepancies(e);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().criterion, 1);
    EXPECT_EQ(found.first().recorded, d(u"7.4801"));
    EXPECT_EQ(found.first().aggregate, d(u"7.4802"));
}

TEST(Evaluation, RecordedTotalStandsOverItsParts)
{
    const Evaluation e = evaluate(tree(), values({{0, u"74.62"}, {1, u"47.4299"}, {4, u"27.18912"}}));
    EXPECT_EQ(e.total(), d(u"74.62"));
    EXPECT_EQ(e.aggregate[0], d(u"74.61902"));
}

TEST(Evaluation, MissingValuesAreLeftOutNotCountedAsZero)
{
    const Evaluation e = evaluate(tree(), values({{2, u"10"}, {5, u"80"}}));
    EXPECT_EQ(e.value[1], d(u"10"));
    EXPECT_EQ(e.value[4], d(u"80")); // mean of the one child with a value
    EXPECT_EQ(e.total(), d(u"90"));
    const Evaluation empty = evaluate(tree(), Recorded(7));
    EXPECT_FALSE(empty.total().has_value());
}

TEST(Evaluation, MaximaAggregateLikeValues)
{
    const Framework f = tree();
    EXPECT_EQ(aggregateMax(f, 1), d(u"100"));
    EXPECT_EQ(aggregateMax(f, 4), d(u"100"));
    EXPECT_EQ(aggregateMax(f, 0), d(u"200"));
}

TEST(Evaluation, TheTotalAloneIsTheFullEvaluationsTotal)
{
    const Framework f = tree();
    std::vector<std::optional<Decimal>> scratch;
    // Nothing; leaves only; a mean of one part; a recorded part over missing children; a recorded total; a list
    // shorter than the framework (a unit read before criteria were added).
    const QList<Recorded> cases {values({}),
                                 values({{2, u"30"}, {3, u"20.5"}, {5, u"70"}, {6, u"81"}}),
                                 values({{5, u"70"}}),
                                 values({{1, u"90"}, {6, u"33.333333"}}),
                                 values({{0, u"150"}, {2, u"1"}}),
                                 Recorded {std::nullopt, std::nullopt, d(u"4")}};
    for (const Recorded& r : cases) {
        const std::optional<Decimal> full = evaluate(f, r).total();
        const std::optional<Decimal> alone = evaluatedTotal(f, r, scratch);
        EXPECT_EQ(full.has_value(), alone.has_value());
        if (full && alone) {
            EXPECT_EQ(full->micro(), alone->micro());
        }
    }
    EXPECT_FALSE(evaluatedTotal(Framework(), values({}), scratch));
}
