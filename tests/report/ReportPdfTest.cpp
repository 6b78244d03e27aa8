// The meeting report as a reader gets it: the real parindex writes the demo's PDF, poppler's tools read it back.
#include "Poppler.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <zip.h>

#include "../RunParindex.h"

namespace {

Outcome parindex(const QStringList& arguments)
{
    return runParindex(arguments);
}

// The demo database and its reports, each made once, when a test of this process first asks for it (ctest runs
// every test in a process of its own).
class ReportPdf : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        const Outcome demo = parindex({QStringLiteral("demo"), QStringLiteral("--db"), db()});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QString db() { return s_dir->filePath(QStringLiteral("demo.db")); }
    // vi.pdf, en.pdf (--lang en) or pdfa.pdf (--pdfa): the demo's PAR INDEX 2018 report, dated 15/07/2019.
    static QString path(const char* name)
    {
        const QString file = s_dir->filePath(QString::fromLatin1(name));
        if (QFile::exists(file))
            return file;
        QStringList more;
        if (qstrcmp(name, "en.pdf") == 0)
            more = {QStringLiteral("--lang"), QStringLiteral("en")};
        else if (qstrcmp(name, "pdfa.pdf") == 0)
            more = {QStringLiteral("--pdfa")};
        const Outcome r = parindex(
            QStringList {QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                         QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                         QStringLiteral("--date"), QStringLiteral("15/07/2019"), QStringLiteral("--out"), file}
            + more);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(name))) << r.out.toStdString();
        return file;
    }

    static QTemporaryDir* s_dir;
};

QTemporaryDir* ReportPdf::s_dir = nullptr;

} // namespace

TEST_F(ReportPdf, EveryPageIsA4Portrait)
{
    const poppler::Output info = poppler::run(
        QStringLiteral("pdfinfo"),
        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("100"), path("vi.pdf")});
    ASSERT_EQ(info.code, 0) << info.err.toStdString();
    const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const int pages = pagesLine.match(info.out).captured(1).toInt();
    EXPECT_GE(pages, 4);
    const QRegularExpression sizeLine(QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                      QRegularExpression::MultilineOption);
    int sized = 0;
    for (auto it = sizeLine.globalMatch(info.out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        EXPECT_NEAR(m.captured(1).toDouble(), 595.28, 0.5) << m.captured(0).toStdString();
        EXPECT_NEAR(m.captured(2).toDouble(), 841.89, 0.5) << m.captured(0).toStdString();
        ++sized;
    }
    EXPECT_EQ(sized, pages);
}

TEST_F(ReportPdf, EveryFontIsAnEmbeddedLiberationSerif)
{
    for (const char* file : {"vi.pdf", "en.pdf"}) {
        const poppler::Output fonts = poppler::run(QStringLiteral("pdffonts"), {path(file)});
        ASSERT_EQ(fonts.code, 0) << fonts.err.toStdString();
        const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2); // after the two header lines
        ASSERT_FALSE(lines.isEmpty()) << fonts.out.toStdString();
        for (const QString& line : lines) {
            const QStringList columns = line.simplified().split(u' ');
            // name type... encoding emb sub uni object generation: "emb" is the fifth from the end.
            ASSERT_GE(columns.size(), 7) << line.toStdString();
            EXPECT_EQ(columns[columns.size() - 5], QStringLiteral("yes")) << "not embedded: " << line.toStdString();
            // Another family here means a letter missing from the report's font (Liberation Serif 1 has no ạ, ữ...).
            EXPECT_TRUE(columns[0].startsWith(QStringLiteral("LiberationSerif"))) << line.toStdString();
        }
    }
}

TEST_F(ReportPdf, SeedFiguresReadInVietnameseFormat)
{
    const QString text = poppler::text(path("vi.pdf"));
    for (const char* expected : {"74,62",
                                 "73,92",
                                 "+0,70",
                                 "47,4299",
                                 "64,5",
                                 "9,6697",
                                 "17,51922",
                                 "23,5",
                                 "79,87",
                                 "90,40",
                                 "62,21",
                                 "49/63",
                                 "42/63",
                                 "Bắc Kạn",
                                 "Sở Nội vụ",
                                 "Sở Thông tin và Truyền thông",
                                 "ỦY BAN NHÂN DÂN",
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "Độc lập - Tự do - Hạnh phúc",
                                 "ngày 15 tháng 7 năm 2019",
                                 "15/07/2019",
                                 "Huyện Pác Nặm",
                                 "Điều tra xã hội học cán bộ lãnh đạo, quản lý",
                                 "Xuất sắc"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected;
    EXPECT_FALSE(text.contains(QStringLiteral("74.62")));
}

TEST_F(ReportPdf, DraftIsMarkedUntilTheResultsAreFinal)
{
    EXPECT_TRUE(poppler::pages(path("vi.pdf")).value(0).contains(QStringLiteral("DỰ THẢO")));

    // Finalised, the same report carries no draft mark.
    const QString copy = s_dir->filePath(QStringLiteral("final.db"));
    ASSERT_TRUE(QFile::copy(db(), copy));
    const Outcome f = parindex({QStringLiteral("finalise"), QStringLiteral("--db"), copy, QStringLiteral("--index"),
                                QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                                QStringLiteral("--reason"), QStringLiteral("QĐ 1150/QĐ-BNV")});
    ASSERT_EQ(f.code, 0) << f.err.toStdString();
    const QString pdf = s_dir->filePath(QStringLiteral("final.pdf"));
    const Outcome r = parindex({QStringLiteral("report"), QStringLiteral("--db"), copy, QStringLiteral("--index"),
                                QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                                QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = poppler::text(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("74,62")));
    EXPECT_FALSE(text.contains(QStringLiteral("DỰ THẢO")));
    EXPECT_FALSE(text.contains(QStringLiteral("Dự thảo")));
}

TEST_F(ReportPdf, NothingIsElidedAndNothingLeavesTheMargins)
{
    for (const char* file : {"vi.pdf", "en.pdf"}) {
        const QString text = poppler::text(path(file));
        EXPECT_FALSE(text.contains(QChar(0x2026))) << file << ": an ellipsis";
        EXPECT_FALSE(text.contains(QStringLiteral("..."))) << file;
        // Every word inside the left and right margins (30 mm and 15 mm of 210 mm): nothing cut or overflowing.
        const poppler::Output boxes
            = poppler::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path(file), QStringLiteral("-")});
        const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"));
        int words = 0;
        for (auto it = word.globalMatch(boxes.out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            EXPECT_GE(m.captured(1).toDouble(), 30 / 25.4 * 72 - 1) << file << " " << m.captured(0).toStdString();
            EXPECT_LE(m.captured(3).toDouble(), 595.28 - 15 / 25.4 * 72 + 1)
                << file << " " << m.captured(0).toStdString();
            EXPECT_GE(m.captured(2).toDouble(), 0);
            EXPECT_LE(m.captured(4).toDouble(), 841.89);
            ++words;
        }
        EXPECT_GT(words, 500) << file;
    }
}

TEST_F(ReportPdf, ChartsAreVectorsNotImages)
{
    for (const char* file : {"vi.pdf", "en.pdf", "pdfa.pdf"}) {
        const poppler::Output images = poppler::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path(file)});
        ASSERT_EQ(images.code, 0) << images.err.toStdString();
        // Only the two header lines of the listing: no image at all.
        EXPECT_EQ(images.out.split(u'\n', Qt::SkipEmptyParts).size(), 2) << file << "\n" << images.out.toStdString();
    }
    // The charts' titles and labels are text, present in full.
    const QString text = poppler::text(path("vi.pdf")).simplified();
    // Words, not codes (issue 10): the index by its name.
    EXPECT_TRUE(
        text.contains(QStringLiteral("Biểu đồ 1. Tổng điểm Chỉ số cải cách hành chính (PAR INDEX) qua các năm")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Tổng điểm PAR qua")));
    EXPECT_TRUE(text.contains(QStringLiteral("Biểu đồ 2. Tỷ lệ điểm đạt so với điểm tối đa theo lĩnh vực, năm 2018")));
    EXPECT_TRUE(text.contains(QStringLiteral("hạng 49/63")));
    EXPECT_TRUE(text.contains(QStringLiteral("44,57%")));
}

TEST_F(ReportPdf, PagesAreNumberedFromTheSecond)
{
    const QStringList pages = poppler::pages(path("vi.pdf"));
    ASSERT_GE(pages.size(), 3);
    for (int i = 1; i < pages.size(); ++i)
        EXPECT_EQ(pages[i].trimmed().section(u'\n', 0, 0).trimmed(), QString::number(i + 1)) << "page " << i + 1;
    EXPECT_FALSE(pages[0].trimmed().startsWith(u'1'));
}

TEST_F(ReportPdf, EnglishReport)
{
    const QString text = poppler::text(path("en.pdf"));
    for (const char* expected :
         {"DRAFT", "74.62", "73.92", "+0.70", "47.4299", "64.5", "17.51922", "79.87", "90.40", "62.21", "49/63",
          "SOCIALIST REPUBLIC OF VIET NAM", "Bắc Kạn", "Sở Nội vụ", "OVERALL RESULT", "Lead unit"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected;
    EXPECT_FALSE(text.contains(QStringLiteral("74,62")));
    EXPECT_FALSE(text.contains(QStringLiteral("DỰ THẢO")));
}

TEST_F(ReportPdf, PdfAIsDeclared)
{
    QFile file(path("pdfa.pdf"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("pdfaid:part=\"1\"")) << "no PDF/A identification";
    EXPECT_TRUE(bytes.contains("pdfaid:conformance=\"B\""));
    QFile plain(path("vi.pdf"));
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    EXPECT_FALSE(plain.readAll().contains("pdfaid:part"));
}

TEST_F(ReportPdf, CommandLineErrorsHaveTheirExitCodes)
{
    const QStringList where {QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--year"),
                             QStringLiteral("2018")};
    const QString out = s_dir->filePath(QStringLiteral("x.pdf"));
    // Usage: no --out, no --index, an unknown index.
    EXPECT_EQ(parindex(where + QStringList {QStringLiteral("--index"), QStringLiteral("PAR")}).code, 1);
    EXPECT_EQ(parindex(where + QStringList {QStringLiteral("--out"), out}).code, 1);
    EXPECT_EQ(
        parindex(where + QStringList {QStringLiteral("--index"), QStringLiteral("NOPE"), QStringLiteral("--out"), out})
            .code,
        1);
    // An index without a main unit and no --unit: the cohort report (issue 10), no longer a usage error.
    EXPECT_EQ(
        parindex(where
                 + QStringList {QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--out"), out})
            .code,
        0);
    QFile::remove(out);
    // Refused: no such database (never created by a report), a unit without results.
    const Outcome missing
        = parindex({QStringLiteral("report"), QStringLiteral("--db"), s_dir->filePath(QStringLiteral("none.db")),
                    QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                    QStringLiteral("--out"), out});
    EXPECT_EQ(missing.code, 2);
    EXPECT_FALSE(QFile::exists(s_dir->filePath(QStringLiteral("none.db"))));
    EXPECT_EQ(parindex(where
                       + QStringList {QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--unit"),
                                      QStringLiteral("Thái Nguyên"), QStringLiteral("--out"), out})
                  .code,
              2);
    // Storage: the PDF cannot be written.
    const Outcome unwritable
        = parindex(where
                   + QStringList {QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--out"),
                                  s_dir->filePath(QStringLiteral("no/such/folder/x.pdf"))});
    EXPECT_EQ(unwritable.code, 3) << unwritable.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    const Outcome help = parindex({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    for (const char* option : {"--db", "--index", "--year", "--cohort", "--unit", "--out", "--pdfa", "--date"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(option))) << option << "\n" << help.out.toStdString();
    EXPECT_TRUE(parindex({QStringLiteral("--help")}).out.contains(QStringLiteral("report")));
}

TEST_F(ReportPdf, AnIncompleteUnitIsMarkedInThePdf)
{
    const QString file = s_dir->filePath(QStringLiteral("pac-nam.pdf"));
    const Outcome r = parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
                                QStringLiteral("--unit"), QStringLiteral("Huyện Pác Nặm"), QStringLiteral("--date"),
                                QStringLiteral("15/07/2019"), QStringLiteral("--out"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = poppler::text(file).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Chưa có điểm 2 tiêu chí (6.2, 6.3; tối đa 13 điểm)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Điểm bị mất 24,38 + chưa chấm 13 + tổng điểm 62,62 = điểm tối đa 100")));
    EXPECT_TRUE(text.contains(QStringLiteral("8*")));
    EXPECT_TRUE(text.contains(QStringLiteral("chưa đủ điểm")));
    EXPECT_FALSE(text.contains(QStringLiteral("23,75")));
}

TEST_F(ReportPdf, TheCohortReportRanksEveryUnitOfEachCohort)
{
    for (const QString& lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        const QString file = s_dir->filePath(QStringLiteral("cohort-%1.pdf").arg(lang));
        const Outcome r = parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                    QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
                                    QStringLiteral("--date"), QStringLiteral("15/07/2019"), QStringLiteral("--lang"),
                                    lang, QStringLiteral("--out"), file});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        const QString text = poppler::text(file).simplified();
        // Both cohorts, each unit with its rank and band; the incomplete district marked.
        for (const char* unit : {"Sở Tư pháp", "Ban Dân tộc", "Thành phố Bắc Kạn", "Huyện Ngân Sơn"})
            EXPECT_TRUE(text.contains(QString::fromUtf8(unit))) << unit;
        EXPECT_TRUE(text.contains(QStringLiteral("1 Sở Tư pháp 93")) || text.contains(QStringLiteral("1 Sở Tư pháp")));
        EXPECT_TRUE(text.contains(QStringLiteral("Xuất sắc")));
        EXPECT_TRUE(text.contains(QStringLiteral("8* Huyện Pác Nặm"))) << text.toStdString();
        if (lang == QLatin1String("vi")) {
            EXPECT_TRUE(text.contains(QStringLiteral("Số đơn vị theo xếp loại: Xuất sắc: 3; Tốt: 7; Khá: 6")));
            EXPECT_TRUE(text.contains(QStringLiteral("Tăng nhiều bậc nhất")));
            EXPECT_TRUE(text.contains(QStringLiteral("mất nhiều điểm nhất")));
            EXPECT_TRUE(text.contains(QStringLiteral("2,65"))); // 6.2: mean loss over the 18 departments
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("Units by classification: Xuất sắc: 3")));
            EXPECT_TRUE(text.contains(QStringLiteral("2.65")));
        }
    }
    // One cohort only.
    const QString one = s_dir->filePath(QStringLiteral("districts.pdf"));
    const Outcome r
        = parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                    QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
                    QStringLiteral("--cohort"), QStringLiteral("UBND huyện, thành phố"), QStringLiteral("--out"), one});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = poppler::text(one);
    EXPECT_TRUE(text.contains(QStringLiteral("Huyện Pác Nặm")));
    EXPECT_FALSE(text.contains(QStringLiteral("Sở Tư pháp")));
}

// Issue 10: the signature is set once per database (`parindex settings`) and never stands alone on a page.
TEST_F(ReportPdf, TheSignatureIsSetOnceAndKeptWithTheLastBlock)
{
    const Outcome set
        = parindex({QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--signer-name"),
                    QStringLiteral("Nguyễn Văn A"), QStringLiteral("--symbol"), QStringLiteral("BC-BCĐCCHC"),
                    QStringLiteral("--recipient"), QStringLiteral("- Như trên;"), QStringLiteral("--recipient"),
                    QStringLiteral("- Lưu: VT.")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("Nguyễn Văn A")));
    const Outcome shown = parindex({QStringLiteral("settings"), QStringLiteral("--db"), db()});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("BC-BCĐCCHC"))) << shown.out.toStdString();
    for (const QString& lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        const QString file = s_dir->filePath(QStringLiteral("signed-%1.pdf").arg(lang));
        const Outcome r = parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                    QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
                                    QStringLiteral("--date"), QStringLiteral("15/07/2019"), QStringLiteral("--lang"),
                                    lang, QStringLiteral("--out"), file});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        const QStringList pages = poppler::pages(file);
        ASSERT_FALSE(pages.isEmpty());
        EXPECT_TRUE(pages.first().contains(QStringLiteral("/BC-BCĐCCHC")));
        const QString last = pages.last().simplified();
        EXPECT_TRUE(last.contains(QStringLiteral("Nguyễn Văn A"))) << last.toStdString();
        EXPECT_TRUE(last.contains(QStringLiteral("- Như trên;")));
        // The page of the signature carries the end of the body too: a table's rows and its notes.
        EXPECT_TRUE(last.contains(QStringLiteral("Hiện đại hóa hành chính"))) << last.toStdString();
    }
    // Back to the defaults for the other tests of this process.
    parindex({QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--signer-name"), QString(),
              QStringLiteral("--symbol"), QString(), QStringLiteral("--recipient"), QString()});
}

namespace {

// One entry of a zip package (an ODT), read with libzip as the program itself does.
QByteArray zipEntry(const QString& path, const char* name)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray data;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        if (zip_file_t* file = zip_fopen(archive, name, 0)) {
            data.resize(qsizetype(stat.size));
            if (zip_fread(file, data.data(), stat.size) != zip_int64_t(stat.size))
                data.clear();
            zip_fclose(file);
        }
    }
    zip_discard(archive);
    return data;
}

} // namespace

// Issue 10: an editable copy of the same content, as ODF text, for the committee's own paragraphs.
TEST_F(ReportPdf, TheEditableCopyIsOdfTextWithTablesHeadingsAndCharts)
{
    const QString file = s_dir->filePath(QStringLiteral("par.odt"));
    const Outcome r = parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                                QStringLiteral("--date"), QStringLiteral("15/07/2019"), QStringLiteral("--out"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(zipEntry(file, "mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = QString::fromUtf8(zipEntry(file, "content.xml"));
    ASSERT_FALSE(content.isEmpty());
    for (const char* figure : {"73,92", "74,62", "49/63", "47,4299", "9,6697"})
        EXPECT_TRUE(content.contains(QString::fromLatin1(figure))) << figure;
    EXPECT_GE(content.count(QStringLiteral("<table:table ")), 5); // title block, figures, the report's tables
    EXPECT_TRUE(content.contains(QStringLiteral("text:outline-level=\"1\"><text:span text:style-name=\"c")));
    // Each report table's header row is marked, so a word processor repeats it on the next page.
    EXPECT_GE(content.count(QStringLiteral("<table:table-header-rows>")), 5);
    EXPECT_TRUE(content.contains(QStringLiteral("<table:table-header-rows><table:table-row>")));
    EXPECT_TRUE(content.contains(QStringLiteral("I. KẾT QUẢ CHUNG")));
    EXPECT_TRUE(content.contains(QStringLiteral("font-family=\"Liberation Serif\"")));
    EXPECT_TRUE(content.contains(QStringLiteral("<draw:image"))); // the charts, as pictures
    EXPECT_TRUE(content.contains(QStringLiteral("Nơi nhận")));
    const QString styles = QString::fromUtf8(zipEntry(file, "styles.xml"));
    for (const char* margin : {"fo:margin-left=\"30mm\"", "fo:margin-right=\"15mm\"", "fo:margin-top=\"20mm\"",
                               "fo:margin-bottom=\"20mm\"", "fo:page-width=\"210mm\""})
        EXPECT_TRUE(styles.contains(QString::fromLatin1(margin))) << margin;
    EXPECT_TRUE(QString::fromUtf8(zipEntry(file, "META-INF/manifest.xml")).contains(QStringLiteral("styles.xml")));

    // The cohort report too, in English.
    const QString cohort = s_dir->filePath(QStringLiteral("cohort-en.odt"));
    const Outcome c = parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
                                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), cohort});
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    const QString cohortContent = QString::fromUtf8(zipEntry(cohort, "content.xml"));
    EXPECT_TRUE(cohortContent.contains(QStringLiteral("Huyện Pác Nặm")));
    EXPECT_TRUE(cohortContent.contains(QStringLiteral("Units by classification")));
}

// Issue 10: words, not codes — the PDF's Title names the index, ties read "đồng hạng", a district is "huyện" inside
// a sentence, BÁO CÁO is 14 pt.
TEST_F(ReportPdf, WordsNotCodes)
{
    const QString file = s_dir->filePath(QStringLiteral("snv.pdf"));
    const Outcome r = parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
                                QStringLiteral("--unit"), QStringLiteral("Sở Nội vụ"), QStringLiteral("--date"),
                                QStringLiteral("15/07/2019"), QStringLiteral("--out"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString info = poppler::run(QStringLiteral("pdfinfo"), {file}).out;
    const QString title = info.section(QStringLiteral("Title:"), 1).section(u'\n', 0, 0).trimmed();
    EXPECT_FALSE(title.contains(QStringLiteral("BKCCHC"))) << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("Chỉ số cải cách hành chính"))) << title.toStdString();
    const QString text = poppler::text(file).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Đồng hạng 2/18"))) << text.left(1500).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("BKCCHC")));

    const QString district = s_dir->filePath(QStringLiteral("cho-moi.pdf"));
    ASSERT_EQ(parindex({QStringLiteral("report"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                        QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
                        QStringLiteral("--unit"), QStringLiteral("Huyện Chợ Mới"), QStringLiteral("--out"), district})
                  .code,
              0);
    const QString d = poppler::text(district).simplified();
    EXPECT_TRUE(d.contains(QStringLiteral("của huyện Chợ Mới"))) << d.left(800).toStdString();
    EXPECT_TRUE(d.contains(QStringLiteral("Năm 2018, huyện Chợ Mới đạt")));
    EXPECT_FALSE(d.contains(QStringLiteral("của Huyện")));

    // BÁO CÁO at 14 pt: pdftotext -bbox gives each word's box; its height is about the font size.
    const QString boxes
        = poppler::run(QStringLiteral("pdftotext"),
                       {QStringLiteral("-bbox"), QStringLiteral("-l"), QStringLiteral("1"), file, QStringLiteral("-")})
              .out;
    const QRegularExpression word(QStringLiteral("yMin=\"([0-9.]+)\"[^>]*yMax=\"([0-9.]+)\">BÁO</word>"));
    const auto m = word.match(boxes);
    ASSERT_TRUE(m.hasMatch());
    const double height = m.captured(2).toDouble() - m.captured(1).toDouble();
    // Liberation Serif's word box is 1.106 times the size: 13 pt gives 14.4, 14 pt 15.5, the former 14.5 pt 16.0.
    EXPECT_GE(height, 14.3) << height;
    EXPECT_LE(height, 15.7) << height;
}
