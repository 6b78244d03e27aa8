#include "io/CsvReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using par::CsvReader;
using par::CsvTable;
using par::Error;
using par::Result;

namespace {

// Compared as std::string so gtest prints readable diffs without a QString printer.
using Rows = std::vector<std::vector<std::string>>;

Result<CsvTable> parse(const QByteArray& bytes)
{
    return CsvReader::read(bytes, QStringLiteral("scores.csv"));
}

Rows cells(const CsvTable& table)
{
    Rows rows;
    for (const QStringList& row : table.rows) {
        std::vector<std::string> out;
        for (const QString& field : row)
            out.push_back(field.toStdString());
        rows.push_back(out);
    }
    return rows;
}

std::vector<int> lines(const CsvTable& table)
{
    return std::vector<int>(table.lines.begin(), table.lines.end());
}

// The message of a refusal; also checks that every refusal is an input error.
std::string refusal(const QByteArray& bytes)
{
    const Result<CsvTable> result = parse(bytes);
    if (result.ok())
        return "<accepted>";
    EXPECT_EQ(result.error().kind, Error::Input);
    return result.error().message.toStdString();
}

} // namespace

TEST(CsvReader, DetectsComma)
{
    const auto result = parse("name,score\nAn,9\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->fileName, QStringLiteral("scores.csv"));
    EXPECT_EQ(result->delimiter, QChar(u','));
    EXPECT_EQ(cells(*result), (Rows {{"name", "score"}, {"An", "9"}}));
    EXPECT_EQ(lines(*result), (std::vector<int> {1, 2}));
}

TEST(CsvReader, DetectsSemicolonAndKeepsDecimalCommas)
{
    const auto result = parse("name;score;note\nAn;9,5;x\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->delimiter, QChar(u';'));
    EXPECT_EQ(cells(*result), (Rows {{"name", "score", "note"}, {"An", "9,5", "x"}}));
}

TEST(CsvReader, DetectsTab)
{
    const auto result = parse("name\tscore\nAn, B; C\t9\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->delimiter, QChar(u'\t'));
    EXPECT_EQ(cells(*result), (Rows {{"name", "score"}, {"An, B; C", "9"}}));
}

TEST(CsvReader, MostFrequentDelimiterInHeaderWins)
{
    const auto result = parse("a;b;c,d\n1;2;3\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->delimiter, QChar(u';'));
    EXPECT_EQ(cells(*result), (Rows {{"a", "b", "c,d"}, {"1", "2", "3"}}));
}

TEST(CsvReader, DelimiterTiesPreferTabThenSemicolon)
{
    const auto tabOverSemicolon = parse("a\tb;c\n");
    ASSERT_TRUE(tabOverSemicolon.ok());
    EXPECT_EQ(tabOverSemicolon->delimiter, QChar(u'\t'));
    EXPECT_EQ(cells(*tabOverSemicolon), (Rows {{"a", "b;c"}}));

    const auto tabOverComma = parse("a\tb,c\n");
    ASSERT_TRUE(tabOverComma.ok());
    EXPECT_EQ(tabOverComma->delimiter, QChar(u'\t'));

    const auto semicolonOverComma = parse("a;b,c\n");
    ASSERT_TRUE(semicolonOverComma.ok());
    EXPECT_EQ(semicolonOverComma->delimiter, QChar(u';'));
    EXPECT_EQ(cells(*semicolonOverComma), (Rows {{"a", "b,c"}}));
}

TEST(CsvReader, NoDelimiterMeansSingleCommaSeparatedColumn)
{
    const auto result = parse("name\nAn; B\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->delimiter, QChar(u','));
    EXPECT_EQ(cells(*result), (Rows {{"name"}, {"An; B"}}));
}

TEST(CsvReader, DelimitersInsideQuotesDoNotCountForDetection)
{
    const auto result = parse("\"a;b;c\",d\n1,2\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->delimiter, QChar(u','));
    EXPECT_EQ(cells(*result), (Rows {{"a;b;c", "d"}, {"1", "2"}}));
}

TEST(CsvReader, DetectionLooksPastLeadingBlankLines)
{
    const auto result = parse("\n\r\na;b\n1;2\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->delimiter, QChar(u';'));
    EXPECT_EQ(cells(*result), (Rows {{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(lines(*result), (std::vector<int> {3, 4}));
}

TEST(CsvReader, StripsUtf8Bom)
{
    const auto result = parse("\xEF\xBB\xBFname,score\nAn,9\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"name", "score"}, {"An", "9"}}));
    EXPECT_EQ(result->rows.at(0).at(0).size(), 4);
}

TEST(CsvReader, CrLfLineEndingsLeaveNoCarriageReturn)
{
    const auto result = parse("a,b\r\nc,d\r\ne,\r\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"a", "b"}, {"c", "d"}, {"e", ""}}));
    EXPECT_EQ(lines(*result), (std::vector<int> {1, 2, 3}));
}

TEST(CsvReader, LoneCarriageReturnEndsLines)
{
    const auto result = parse("a,b\rc,d\r\re,f");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"a", "b"}, {"c", "d"}, {"e", "f"}}));
    EXPECT_EQ(lines(*result), (std::vector<int> {1, 2, 4}));
}

TEST(CsvReader, QuotedFieldMayContainDelimiter)
{
    const auto result = parse("name,note\n\"Nguyen, An\",ok\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"name", "note"}, {"Nguyen, An", "ok"}}));
}

TEST(CsvReader, QuotedNewlinesSpanLinesAndKeepCountingPhysicalLines)
{
    const auto result = parse("id,note\n1,\"line one\r\nline two\"\n2,x\n3,\"a\rb\nc\"\r\n4,y");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result),
              (Rows {{"id", "note"}, {"1", "line one\nline two"}, {"2", "x"}, {"3", "a\nb\nc"}, {"4", "y"}}));
    EXPECT_EQ(lines(*result), (std::vector<int> {1, 2, 4, 5, 8}));
}

TEST(CsvReader, DoubledQuotesAreLiteralQuotes)
{
    const auto result = parse("a,b,c\n\"say \"\"hi\"\"\",\"\"\"\",\"\"\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"a", "b", "c"}, {"say \"hi\"", "\"", ""}}));
}

TEST(CsvReader, DecomposedVietnameseComesOutComposed)
{
    // "Bắc Kạn" as macOS writes it: base letters followed by combining breve, acute and dot below.
    const QString decomposed = QString::fromUtf16(u"Ba\u0306\u0301c Ka\u0323n");
    const QString composed = QString::fromUtf16(u"B\u1EAFc K\u1EA1n");
    ASSERT_NE(decomposed, composed);

    const auto result = parse("province,code\n" + decomposed.toUtf8() + ",06\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    ASSERT_EQ(result->rows.size(), 2);
    EXPECT_EQ(result->rows.at(1).at(0), composed);
    EXPECT_EQ(result->rows.at(1).at(0).size(), 7);
    EXPECT_EQ(result->rows.at(1).at(1), QStringLiteral("06"));
}

TEST(CsvReader, CompletelyBlankLinesAreSkipped)
{
    const auto result = parse("a,b\n\n1,2\r\n\r\n\r\n3,4\n\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"a", "b"}, {"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(lines(*result), (std::vector<int> {1, 3, 6}));
}

TEST(CsvReader, LinesOfOnlyDelimitersOrSpacesAreKept)
{
    const auto result = parse("a,b,c\n,,\n \n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"a", "b", "c"}, {"", "", ""}, {" "}}));
    EXPECT_EQ(lines(*result), (std::vector<int> {1, 2, 3}));
}

TEST(CsvReader, FieldsAreNotTrimmed)
{
    const auto result = parse("a, b ,\" c \"\n");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"a", " b ", " c "}}));
}

TEST(CsvReader, TrailingDelimiterGivesEmptyLastField)
{
    const auto result = parse("a,b,\n1,2,");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(cells(*result), (Rows {{"a", "b", ""}, {"1", "2", ""}}));
}

TEST(CsvReader, EmptyFilesAreRefused)
{
    EXPECT_EQ(refusal(""), "scores.csv: the file is empty");
    EXPECT_EQ(refusal("\xEF\xBB\xBF"), "scores.csv: the file is empty");
    EXPECT_EQ(refusal("\n\r\n\r"), "scores.csv: the file is empty");
    EXPECT_EQ(refusal("\xEF\xBB\xBF  \n\t\r\n \n"), "scores.csv: the file is empty");
}

TEST(CsvReader, InvalidUtf8IsRefusedWithLineAndColumn)
{
    EXPECT_EQ(refusal("name,score\nAn\xFF"
                      "9\n"),
              "scores.csv: line 2, column 3: invalid UTF-8 byte sequence");
    // Latin-1 "é" as older Windows tools write it.
    EXPECT_EQ(refusal("name\nL\xE9 An\n"), "scores.csv: line 2, column 2: invalid UTF-8 byte sequence");
}

TEST(CsvReader, InvalidUtf8ColumnCountsCharactersNotBytes)
{
    // "Âé" is four bytes but two characters; a 4-byte emoji is one character.
    EXPECT_EQ(refusal("a\n\xC3\x82\xC3\xA9\xFF"), "scores.csv: line 2, column 3: invalid UTF-8 byte sequence");
    EXPECT_EQ(refusal("\xF0\x9F\x98\x80x\xFF"), "scores.csv: line 1, column 3: invalid UTF-8 byte sequence");
    EXPECT_EQ(refusal("\xEF\xBB\xBF"
                      "a\xFF"),
              "scores.csv: line 1, column 2: invalid UTF-8 byte sequence");
    // CRLF and lone CR each count as one line break; the BOM does not take a column.
    EXPECT_EQ(refusal("\xEF\xBB\xBF"
                      "a\r\nb\rcd\xC3("),
              "scores.csv: line 3, column 3: invalid UTF-8 byte sequence");
}

TEST(CsvReader, MalformedUtf8SequencesAreRefused)
{
    const QString expected = QStringLiteral("scores.csv: line 1, column 2: invalid UTF-8 byte sequence");
    const char* const inputs[] = {
        "a\xC0\x80", // overlong NUL
        "a\xE0\x80\xAF", // overlong slash
        "a\xED\xA0\x80", // UTF-16 surrogate
        "a\xF4\x90\x80\x80", // above U+10FFFF
        "a\xF5\x80\x80\x80", // never a lead byte
        "a\x80", // stray continuation byte
        "a\xE2\x82", // truncated at end of file
    };
    for (const char* input : inputs)
        EXPECT_EQ(refusal(input), expected.toStdString()) << "input: " << input;
}

TEST(CsvReader, UnterminatedQuoteNamesTheOpeningLine)
{
    EXPECT_EQ(refusal("a,b\n1,\"open\n2,3\n4,5\n"), "scores.csv: line 2, column 3: a quoted field is never closed");
}

TEST(CsvReader, QuoteInsideUnquotedFieldIsRefused)
{
    EXPECT_EQ(refusal("a,b\nab\"c,d\n"), "scores.csv: line 2, column 3: a quote appears inside an unquoted field");
    // An emoji is two UTF-16 code units but one character, and the BOM is not a character of line 1.
    EXPECT_EQ(refusal("\xEF\xBB\xBF\xF0\x9F\x98\x80"
                      "ab\"c\n"),
              "scores.csv: line 1, column 4: a quote appears inside an unquoted field");
}

TEST(CsvReader, TextAfterClosingQuoteIsRefused)
{
    EXPECT_EQ(refusal("a,b\n\"ab\"c,d\n"), "scores.csv: line 2, column 5: unexpected text after a closing quote");
    // Position is on the line where the quote closes, not where it opened.
    EXPECT_EQ(refusal("a,b\n1,\"x\ny\" \n"), "scores.csv: line 3, column 3: unexpected text after a closing quote");
}

TEST(CsvReader, FieldsAreCappedAtOneMebibyte)
{
    const QByteArray longest(CsvReader::MaxFieldLength, 'x');
    const QByteArray tooLong(CsvReader::MaxFieldLength + 1, 'x');

    const auto unquoted = parse("a,b\n1," + longest + "\n");
    ASSERT_TRUE(unquoted.ok()) << unquoted.error().message.toStdString();
    EXPECT_EQ(unquoted->rows.at(1).at(1).size(), CsvReader::MaxFieldLength);

    const auto quoted = parse("a,b\n1,\"" + longest + "\"\n");
    ASSERT_TRUE(quoted.ok()) << quoted.error().message.toStdString();
    EXPECT_EQ(quoted->rows.at(1).at(1).size(), CsvReader::MaxFieldLength);

    EXPECT_EQ(refusal("a,b\n1," + tooLong + "\n"), "scores.csv: line 2, column 3: a cell is longer than 1 MiB");
    EXPECT_EQ(refusal("a,b\n1,\"" + tooLong + "\"\n"), "scores.csv: line 2, column 3: a cell is longer than 1 MiB");
    // Unterminated and endless: still the cap, not a hang or a copy of the whole file.
    EXPECT_EQ(refusal("a,b\n1,\"" + tooLong), "scores.csv: line 2, column 3: a cell is longer than 1 MiB");
}

TEST(CsvReader, NationalSizedTableHasTheRightShape)
{
    // Header plus 3,321 candidates x 100 columns, with the awkward bits a real export has: CRLF, Vietnamese
    // names, quoted cells containing delimiters and quotes, decimal commas.
    constexpr int Columns = 100;
    constexpr int Candidates = 3321;
    QByteArray bytes = "\xEF\xBB\xBF";
    for (int c = 0; c < Columns; ++c)
        bytes += (c ? "," : "") + QByteArray("col") + QByteArray::number(c);
    bytes += "\r\n";
    const QByteArray name = QStringLiteral(u"\"Nguy\u1EC5n V\u0103n \"\"A\"\", B\u1EAFc K\u1EA1n\"").toUtf8();
    for (int r = 0; r < Candidates; ++r) {
        bytes += QByteArray::number(r);
        bytes += ',';
        bytes += name;
        for (int c = 2; c < Columns; ++c) {
            bytes += ",\"";
            bytes += QByteArray::number(r % 10);
            bytes += ',';
            bytes += QByteArray::number(c % 100);
            bytes += '"';
        }
        bytes += "\r\n";
    }
    ASSERT_GT(bytes.size(), 2'000'000);

    QElapsedTimer timer;
    timer.start();
    const auto result = parse(bytes);
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();

    EXPECT_EQ(result->delimiter, QChar(u','));
    ASSERT_EQ(result->rows.size(), Candidates + 1);
    ASSERT_EQ(result->lines.size(), Candidates + 1);
    for (qsizetype r = 0; r < result->rows.size(); ++r) {
        ASSERT_EQ(result->rows.at(r).size(), Columns) << "row " << r;
        ASSERT_EQ(result->lines.at(r), r + 1) << "row " << r;
    }
    EXPECT_EQ(result->rows.at(0).at(0), QStringLiteral("col0"));
    EXPECT_EQ(result->rows.at(0).at(99), QStringLiteral("col99"));
    EXPECT_EQ(result->rows.at(3321).at(0), QStringLiteral("3320"));
    EXPECT_EQ(result->rows.at(3321).at(1), QStringLiteral(u"Nguy\u1EC5n V\u0103n \"A\", B\u1EAFc K\u1EA1n"));
    EXPECT_EQ(result->rows.at(3321).at(99), QStringLiteral("0,99"));
    // The budget is 100 ms in a release build; this generous bound only catches accidental quadratic work
    // while leaving room for debug and sanitizer builds.
    EXPECT_LT(elapsed, 2000);
}

// A large text is parsed in two halves on two threads (CsvReader::SplitFrom), split at a line break that ends a
// record. Quoted line breaks, doubled quotes and the three kinds of line ending around the middle must come out as
// one parser gives them: every cell and every record's physical line.
TEST(CsvReader, ALargeTextSplitForTwoThreadsReadsAsOne)
{
    QByteArray bytes = "id,text,value\n";
    std::vector<std::vector<std::string>> expected {{"id", "text", "value"}};
    std::vector<int> expectedLines {1};
    int line = 2;
    const char* endings[] = {"\n", "\r\n", "\r"};
    for (int r = 0; bytes.size() < 3 * CsvReader::SplitFrom; ++r) {
        const std::string id = "r" + std::to_string(r);
        std::string text = "plain " + std::to_string(r);
        QByteArray quoted;
        int spans = 0;
        if (r % 3 == 0) {
            // A quoted cell over two or three physical lines, with a doubled quote and a delimiter in it.
            text = "a\"" + std::to_string(r) + ",\nb" + (r % 2 ? "\nc" : "");
            quoted = "\"a\"\"" + QByteArray::number(r) + ",\r\nb" + (r % 2 ? "\rc" : "") + "\"";
            spans = r % 2 ? 2 : 1;
        }
        bytes += QByteArray::fromStdString(id) + ',' + (quoted.isEmpty() ? QByteArray::fromStdString(text) : quoted)
            + ',' + QByteArray::number(r % 97) + endings[r % 3];
        expected.push_back({id, text, std::to_string(r % 97)});
        expectedLines.push_back(line);
        line += 1 + spans;
    }
    const auto table = parse(bytes);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rows.size(), qsizetype(expected.size()));
    EXPECT_EQ(cells(table.value()), expected);
    EXPECT_EQ(lines(table.value()), expectedLines);
}

// A refusal in the second half names its own line; one in the first half is the one reported, as one parser would.
TEST(CsvReader, ALargeTextsRefusalIsTheFirstInTheFile)
{
    QByteArray bytes = "id,value\n";
    int rows = 0;
    while (bytes.size() < 3 * CsvReader::SplitFrom)
        bytes += "r" + QByteArray::number(rows++) + ",1\n";
    QByteArray late = bytes;
    late.replace(late.size() - 10, 1, "\"");
    const std::string lateRefusal = refusal(late);
    EXPECT_NE(lateRefusal.find("scores.csv: line " + std::to_string(rows + 1) + ", column "), std::string::npos)
        << lateRefusal;
    EXPECT_NE(lateRefusal.find("quote"), std::string::npos) << lateRefusal;
    QByteArray both = late;
    both.replace(both.indexOf("r10,1\n"), 6, "r10,1,\"x\"y\n");
    EXPECT_EQ(refusal(both), "scores.csv: line 12, column 10: unexpected text after a closing quote");
}

TEST(CsvReader, ReadFileUsesTheBaseNameInTableAndMessages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ket-qua.csv"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("a;b\n1;\"x\n");
    }
    const auto refused = CsvReader::readFile(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Input);
    EXPECT_EQ(refused.error().message.toStdString(), "ket-qua.csv: line 2, column 3: a quoted field is never closed");

    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("a;b\n1;2\n");
    }
    const auto result = CsvReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->fileName, QStringLiteral("ket-qua.csv"));
    EXPECT_EQ(cells(*result), (Rows {{"a", "b"}, {"1", "2"}}));
}

TEST(CsvReader, UnreadableFileIsAnInputError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto missing = CsvReader::readFile(dir.filePath(QStringLiteral("missing.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Input);
    EXPECT_TRUE(missing.error().message.startsWith(QStringLiteral("missing.csv: cannot read the file")))
        << missing.error().message.toStdString();

    const auto directory = CsvReader::readFile(dir.path());
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().kind, Error::Input);
}

TEST(CsvReader, ArbitraryBytesNeverCrashAndKeepInvariants)
{
    // A small deterministic fuzz over the characters that matter to the state machine.
    const char alphabet[] = {',', ';', '\t', '"', '"', '\r', '\n', 'a', ' ', '\0', '\xC3', '\xA9', '\xFF', '\xEF'};
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes;
        const int length = int(next() % 48);
        for (int k = 0; k < length; ++k)
            bytes += alphabet[next() % sizeof(alphabet)];
        const auto result = parse(bytes);
        if (!result.ok()) {
            EXPECT_EQ(result.error().kind, Error::Input);
            EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("scores.csv: ")));
            continue;
        }
        ASSERT_FALSE(result->rows.isEmpty());
        ASSERT_EQ(result->rows.size(), result->lines.size());
        for (qsizetype r = 0; r < result->rows.size(); ++r) {
            ASSERT_FALSE(result->rows.at(r).isEmpty());
            ASSERT_GE(result->lines.at(r), r > 0 ? result->lines.at(r - 1) + 1 : 1);
            for (const QString& field : result->rows.at(r)) {
                if (field.contains(u'\r'))
                    ADD_FAILURE() << "carriage return leaked into a field of " << bytes.toHex().toStdString();
            }
        }
    }
}
