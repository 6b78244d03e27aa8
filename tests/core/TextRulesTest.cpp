#include "model/TextRules.h"

#include <gtest/gtest.h>

using par::TextRules;

TEST(TextRules, LimitsAndRefusedCharacters)
{
    using K = TextRules::Kind;
    EXPECT_TRUE(TextRules::problem(QStringLiteral("Sở Tư pháp"), K::Name).isEmpty());
    EXPECT_TRUE(TextRules::problem(QString(255, u'x'), K::Name).isEmpty());
    EXPECT_FALSE(TextRules::problem(QString(256, u'x'), K::Name).isEmpty());
    EXPECT_TRUE(TextRules::problem(QString(1000, u'x'), K::Title).isEmpty());
    EXPECT_FALSE(TextRules::problem(QString(1001, u'x'), K::Title).isEmpty());
    EXPECT_FALSE(TextRules::problem(QString(1 << 20, u'x'), K::Note).isEmpty());
    EXPECT_FALSE(TextRules::problem(QString(QChar(0)), K::Note).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("a\x1b[2J"), K::Note).isEmpty());
    EXPECT_FALSE(TextRules::problem(QString(QChar(0x9b)), K::Note).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("a\nb"), K::Name).isEmpty());
    EXPECT_TRUE(TextRules::problem(QStringLiteral("a\nb\tc"), K::Note).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("abc\u202E"), K::Name).isEmpty());
    EXPECT_FALSE(TextRules::problem(QStringLiteral("\u2069abc\u2067"), K::Name).isEmpty());
    EXPECT_TRUE(TextRules::problem(QStringLiteral("\u202Babc\u202C \u2067x\u2069"), K::Name).isEmpty());
    EXPECT_TRUE(TextRules::problem(QStringLiteral("control character (U+001B)"), K::Name).isEmpty());
    EXPECT_TRUE(TextRules::problem(QStringLiteral("a\x1b"), K::Name).contains(QStringLiteral("U+001B")));
}
