// What the meeting report says, built from the demo database (the Bắc Kạn report of July 2019).
#include "report/ReportBuilder.h"
#include "report/ReportStrings.h"
#include "storage/Demo.h"
#include "storage/ReportSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace par;

namespace {

class ReportBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("demo.db")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        db = std::move(opened).value();
        catalog = std::make_unique<Catalog>(*db);
        ASSERT_TRUE(Demo::load(*catalog).ok());
    }

    Report build(const QString& index, int year, const QString& language = QStringLiteral("vi"),
                 const QString& unit = QString())
    {
        ReportOptions options;
        options.indexCode = index;
        options.year = year;
        options.language = language;
        options.unit = unit;
        options.date = QDate(2019, 7, 15);
        auto report = ReportBuilder(*catalog).build(options);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? report.value() : Report();
    }

    static const ReportSection* section(const Report& report, const QString& id)
    {
        for (const ReportSection& s : report.sections) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }

    static QList<ReportTable> tables(const ReportSection* section)
    {
        QList<ReportTable> out;
        if (section) {
            for (const ReportBlock& b : section->blocks) {
                if (b.kind == ReportBlock::Table)
                    out.append(b.table);
            }
        }
        return out;
    }

    // Every text of a section, for looking figures up.
    static QString textOf(const ReportSection* section)
    {
        QStringList out;
        if (!section)
            return QString();
        for (const ReportBlock& b : section->blocks) {
            out << b.text << b.table.caption << b.chart.title;
            for (const ReportFigure& f : b.figures)
                out << f.label << f.value << f.detail;
            for (const QStringList& row : b.table.rows)
                out << row.join(u'|');
            out << b.table.notes;
            for (const ReportChartPoint& p : b.chart.points)
                out << p.label << p.sublabel << p.valueText;
        }
        return out.join(u'\n');
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Catalog> catalog;
};

} // namespace

TEST_F(ReportBuilderTest, TitleBlockNamesTheProvinceAndMarksTheDraft)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    EXPECT_TRUE(r.draft);
    EXPECT_EQ(r.title.draftMark, QStringLiteral("DỰ THẢO"));
    EXPECT_EQ(r.title.authority, QStringLiteral("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN"));
    EXPECT_EQ(r.title.nation, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    EXPECT_EQ(r.title.motto, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    EXPECT_EQ(r.title.placeAndDate, QStringLiteral("Bắc Kạn, ngày 15 tháng 7 năm 2019"));
    EXPECT_TRUE(r.title.subject.contains(QStringLiteral("năm 2018 của tỉnh Bắc Kạn"))) << r.title.subject.toStdString();
    EXPECT_EQ(r.dateText, QStringLiteral("15/07/2019"));
    EXPECT_TRUE(r.footer.contains(QStringLiteral("15/07/2019"))) << r.footer.toStdString();
    EXPECT_EQ(r.unitName, QStringLiteral("Bắc Kạn")); // the index's main unit, not given
    EXPECT_EQ(r.decimalPoint, QStringLiteral(","));
}

TEST_F(ReportBuilderTest, SectionsComeInTheirOrderWithRomanNumbers)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    QStringList ids;
    for (const ReportSection& s : r.sections)
        ids << s.id;
    EXPECT_EQ(ids,
              (QStringList {QStringLiteral("summary"), QStringLiteral("trend"), QStringLiteral("fields"),
                            QStringLiteral("sipas"), QStringLiteral("lost"), QStringLiteral("rankings")}));
    EXPECT_EQ(r.sections.first().heading, QStringLiteral("I. KẾT QUẢ CHUNG"));
    EXPECT_TRUE(r.sections.last().heading.startsWith(QStringLiteral("VI. ")));
}

TEST_F(ReportBuilderTest, SummaryHasTheSeedFiguresAgainstLastYear)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    const ReportSection* s = section(r, QStringLiteral("summary"));
    ASSERT_TRUE(s);
    const QString text = textOf(s);
    for (const char* expected : {"74,62/100", "74,62%", "49/63", "Năm 2017: 73,92", "tăng 0,70 điểm",
                                 "giữ nguyên thứ hạng 49/63", "theo công bố"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    // The Ministry publishes no bands for the PAR INDEX: none is invented.
    EXPECT_FALSE(text.contains(QStringLiteral("Khá"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Xếp loại"))) << text.toStdString();

    const QList<ReportTable> t = tables(s);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].rows[0],
              (QStringList {QStringLiteral("Tổng điểm"), QStringLiteral("73,92"), QStringLiteral("74,62"),
                            QStringLiteral("+0,70")}));
    EXPECT_EQ(t[0].rows[2],
              (QStringList {QStringLiteral("Xếp hạng"), QStringLiteral("49/63"), QStringLiteral("49/63"),
                            QStringLiteral("không đổi")}));
    // The parts of the total with their maxima and percents; the recorded total stands beside their sum.
    const ReportTable& parts = t[1];
    ASSERT_EQ(parts.rows.size(), 4);
    EXPECT_EQ(parts.rows[0].mid(2),
              (QStringList {QStringLiteral("47,4299"), QStringLiteral("64,5"), QStringLiteral("73,53")}));
    EXPECT_EQ(parts.rows[1].mid(2),
              (QStringList {QStringLiteral("9,6697"), QStringLiteral("12"), QStringLiteral("80,58")}));
    EXPECT_EQ(parts.rows[2].mid(2),
              (QStringList {QStringLiteral("17,51922"), QStringLiteral("23,5"), QStringLiteral("74,55")}));
    EXPECT_EQ(parts.rows[3].mid(2),
              (QStringList {QStringLiteral("74,62"), QStringLiteral("100"), QStringLiteral("74,62")}));
    EXPECT_EQ(parts.emphasised, QList<int> {3});
    ASSERT_EQ(parts.notes.size(), 1);
    EXPECT_TRUE(parts.notes[0].contains(QStringLiteral("74,61882"))) << parts.notes[0].toStdString();
}

TEST_F(ReportBuilderTest, TrendAndFieldsAreChartedWithCompleteLabels)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    const ReportSection* trend = section(r, QStringLiteral("trend"));
    ASSERT_TRUE(trend);
    const ReportChart& line = trend->blocks[0].chart;
    ASSERT_EQ(trend->blocks[0].kind, ReportBlock::Chart);
    EXPECT_EQ(line.kind, ReportChart::Line);
    ASSERT_EQ(line.points.size(), 2);
    EXPECT_EQ(line.points[0].label, QStringLiteral("2017"));
    EXPECT_EQ(line.points[0].valueText, QStringLiteral("73,92"));
    EXPECT_EQ(line.points[1].sublabel, QStringLiteral("hạng 49/63"));
    EXPECT_LE(line.axisMin, 73.92);
    EXPECT_GE(line.axisMax, 74.62);
    EXPECT_FALSE(line.ticks.isEmpty());

    const ReportSection* fields = section(r, QStringLiteral("fields"));
    ASSERT_TRUE(fields);
    const ReportChart& bars = fields->blocks[0].chart;
    EXPECT_EQ(bars.kind, ReportChart::HorizontalBars);
    // The 8 fields under part A, as percent of their maxima, with their full titles.
    ASSERT_EQ(bars.points.size(), 8);
    EXPECT_EQ(bars.points[0].label, QStringLiteral("1. Công tác chỉ đạo, điều hành CCHC"));
    EXPECT_EQ(bars.points[0].valueText, QStringLiteral("84,38%"));
    EXPECT_EQ(bars.points[6].label, QStringLiteral("7. Hiện đại hóa hành chính"));
    EXPECT_EQ(bars.points[6].valueText, QStringLiteral("44,57%"));
    const QList<ReportTable> t = tables(fields);
    ASSERT_EQ(t.size(), 1);
    EXPECT_EQ(t[0].rows.size(), 8);
    // Field 7's maximum went from 11 to 10,5: 4,6799/10,5 = 44,57% against 6,5/11 = 59,09%, a share, not -1,8201.
    EXPECT_EQ(t[0].rows[6].last(), QStringLiteral("\u221214,52%"));
    EXPECT_TRUE(t[0].notes.join(u' ').contains(QStringLiteral("7: 11 thành 10,5")))
        << t[0].notes.join(u' ').toStdString();
}

TEST_F(ReportBuilderTest, SatisfactionShowsTheBestAndWorstCriteria)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    const QString text = textOf(section(r, QStringLiteral("sipas")));
    EXPECT_TRUE(text.contains(QStringLiteral("79,87%"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("42/63"))) << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("2.2. Thành phần hồ sơ mà người dân, tổ chức phải nộp là đúng quy định (90,40%)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(62,21%)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Chung|79,87"))) << text.toStdString();
}

TEST_F(ReportBuilderTest, LostPointsNameTheLeadUnits)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    const QList<ReportTable> t = tables(section(r, QStringLiteral("lost")));
    ASSERT_EQ(t.size(), 3);
    const ReportTable& lost = t[0];
    EXPECT_EQ(lost.rows.size(), 10);
    EXPECT_EQ(lost.rows[0].first(), QStringLiteral("C")); // 23,5 - 17,51922 = 5,98078, the largest loss
    EXPECT_EQ(lost.rows[0][4], QStringLiteral("5,98078"));
    EXPECT_EQ(lost.rows[1].first(), QStringLiteral("8.3"));
    EXPECT_EQ(lost.rows[1].last(), QStringLiteral("Văn phòng UBND tỉnh"));
    // Every lost point by lead unit, with the total of what was lost.
    const ReportTable& byLead = t[1];
    EXPECT_EQ(byLead.rows.last().first(), QStringLiteral("Tổng cộng"));
    EXPECT_EQ(byLead.rows.last().last(), QStringLiteral("25,38118"));
    // Falls against 2017, largest first, component criteria only: no part beside its own sub-criteria.
    const ReportTable& falls = t[2];
    for (const QStringList& row : falls.rows) {
        EXPECT_TRUE(row.first().contains(u'.')) << row.join(u'|').toStdString();
        EXPECT_TRUE(row[4].startsWith(QChar(0x2212))) << row.join(u'|').toStdString();
    }
}

TEST_F(ReportBuilderTest, RankingsOfTheProvincesOwnUnitsWithTies)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    const QList<ReportTable> t = tables(section(r, QStringLiteral("rankings")));
    ASSERT_EQ(t.size(), 2); // departments and districts of BKCCHC; PAR's own pool holds one province only
    const ReportTable& departments = t[0];
    EXPECT_TRUE(departments.caption.contains(QStringLiteral("Sở, ban, ngành"))) << departments.caption.toStdString();
    ASSERT_EQ(departments.rows.size(), 18);
    EXPECT_EQ(departments.rows[0].mid(0, 5),
              (QStringList {QStringLiteral("1"), QStringLiteral("Sở Tư pháp"), QStringLiteral("93,12"),
                            QStringLiteral("93,12"), QStringLiteral("Xuất sắc")}));
    EXPECT_EQ(departments.rows[1].mid(0, 3),
              (QStringList {QStringLiteral("2="), QStringLiteral("Sở Nội vụ"), QStringLiteral("90,47")}));
    EXPECT_EQ(departments.rows[2].mid(0, 2),
              (QStringList {QStringLiteral("2="), QStringLiteral("Sở Thông tin và Truyền thông")}));
    EXPECT_EQ(departments.rows[3].first(), QStringLiteral("4"));
    EXPECT_EQ(departments.columns.size(), 7); // with last year's rank and the change
    EXPECT_TRUE(departments.notes.join(u' ').contains(QStringLiteral("đồng hạng")));
    const ReportTable& districts = t[1];
    EXPECT_TRUE(districts.caption.contains(QStringLiteral("UBND huyện, thành phố"))) << districts.caption.toStdString();
    EXPECT_EQ(districts.rows.size(), 8);
}

TEST_F(ReportBuilderTest, EnglishUsesAPointAndEnglishLabels)
{
    const Report r = build(QStringLiteral("PAR"), 2018, QStringLiteral("en"));
    EXPECT_EQ(r.title.draftMark, QStringLiteral("DRAFT"));
    EXPECT_EQ(r.decimalPoint, QStringLiteral("."));
    EXPECT_EQ(r.title.placeAndDate, QStringLiteral("Bắc Kạn, 15/07/2019"));
    const QString text = textOf(section(r, QStringLiteral("summary")));
    EXPECT_TRUE(text.contains(QStringLiteral("74.62/100"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("+0.70"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("47.4299"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("74,62"))) << text.toStdString();
    EXPECT_EQ(r.sections.first().heading, QStringLiteral("I. OVERALL RESULT"));
}

TEST_F(ReportBuilderTest, FinalisedResultsAreNotADraft)
{
    // BKCCHC 2017 is finalised in the demo; 2018 is not.
    const Report final = build(QStringLiteral("BKCCHC"), 2017, QStringLiteral("vi"), QStringLiteral("Sở Nội vụ"));
    EXPECT_FALSE(final.draft);
    EXPECT_TRUE(final.title.draftMark.isEmpty());
    EXPECT_FALSE(final.footer.contains(QStringLiteral("Dự thảo"))) << final.footer.toStdString();
    const Report draft = build(QStringLiteral("BKCCHC"), 2018, QStringLiteral("vi"), QStringLiteral("Sở Nội vụ"));
    EXPECT_TRUE(draft.draft);
    // A department's report: headed by the department, ranked in its own pool (the whole pool is recorded).
    EXPECT_EQ(draft.title.office, QStringLiteral("SỞ NỘI VỤ"));
    EXPECT_EQ(draft.title.authority, QStringLiteral("UBND TỈNH BẮC KẠN")); // its superior body (issue 10)
    const QList<ReportTable> t = tables(section(draft, QStringLiteral("rankings")));
    ASSERT_FALSE(t.isEmpty());
    EXPECT_EQ(t[0].rows.size(), 18);
    ASSERT_EQ(t[0].emphasised.size(), 1);
    EXPECT_EQ(t[0].rows[t[0].emphasised[0]][1], QStringLiteral("Sở Nội vụ"));
    // Its fields are the top level of its tree, so the parts table is not repeated in the summary.
    const QList<ReportTable> summary = tables(section(draft, QStringLiteral("summary")));
    EXPECT_EQ(summary.size(), 1);
}

TEST_F(ReportBuilderTest, RefusesWhatItCannotReport)
{
    ReportOptions options;
    options.indexCode = QStringLiteral("NOPE");
    options.year = 2018;
    auto unknown = ReportBuilder(*catalog).build(options);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, Error::Usage);

    options.indexCode = QStringLiteral("BKCCHC"); // no main unit
    auto noUnit = ReportBuilder(*catalog).build(options);
    ASSERT_FALSE(noUnit.ok());
    EXPECT_EQ(noUnit.error().kind, Error::Usage);

    options.indexCode = QStringLiteral("PAR");
    options.unit = QStringLiteral("Thái Nguyên"); // a province with no PAR result in the demo
    auto noResult = ReportBuilder(*catalog).build(options);
    ASSERT_FALSE(noResult.ok());
    EXPECT_EQ(noResult.error().kind, Error::Input);

    options.unit.clear();
    options.year = 2016; // no framework
    EXPECT_FALSE(ReportBuilder(*catalog).build(options).ok());
}

// A helper's new Report texts wait in translations/new-*.json until the lead runs lupdate (helpers never edit the .ts
// files): their Vietnamese is read from there.
QMap<QString, QString> pendingVietnamese()
{
    QMap<QString, QString> pending;
    const QDir dir(QStringLiteral(PARREPORT_TRANSLATIONS));
    for (const QString& name : dir.entryList({QStringLiteral("new-*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject texts = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = texts.begin(); it != texts.end(); ++it)
            pending.insert(it.key(), it.value().toString());
    }
    return pending;
}

TEST(ReportStrings, EveryLabelHasBothLanguages)
{
    const QMap<QString, QString> pending = pendingVietnamese();
    int different = 0;
    for (int k = 0; k < ReportStrings::KeyCount; ++k) {
        const auto key = ReportStrings::Key(k);
        QString vi = ReportStrings::text(key, false);
        const QString en = ReportStrings::text(key, true);
        if (vi == en && pending.contains(en))
            vi = pending.value(en);
        EXPECT_FALSE(vi.isEmpty()) << "key " << k;
        EXPECT_FALSE(en.isEmpty()) << "key " << k;
        // The same placeholders in both, so an argument never goes missing in one language.
        for (int n = 1; n <= 9; ++n) {
            const QString placeholder = QStringLiteral("%%1").arg(n);
            EXPECT_EQ(vi.contains(placeholder), en.contains(placeholder)) << "key " << k << " placeholder " << n;
        }
        different += vi != en ? 1 : 0;
    }
    EXPECT_EQ(different, int(ReportStrings::KeyCount));
}

TEST_F(ReportBuilderTest, AnIncompleteUnitIsMarkedAndItsMissingPointsAreNotLost)
{
    // Pác Nặm has no 2018 scores for 6.2 and 6.3 (13 points): not zero, not lost, not blamed on a lead unit.
    const Report r = build(QStringLiteral("BKCCHC"), 2018, QStringLiteral("vi"), QStringLiteral("Huyện Pác Nặm"));
    const QString summary = textOf(section(r, QStringLiteral("summary")));
    EXPECT_TRUE(summary.contains(QStringLiteral("Chưa có điểm 2 tiêu chí (6.2, 6.3; tối đa 13 điểm)")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("8/8 (tạm tính)")));
    EXPECT_FALSE(summary.contains(QStringLiteral("giảm 8,67"))) << "an incomplete total compared as a fall";

    const QString lost = textOf(section(r, QStringLiteral("lost")));
    EXPECT_TRUE(lost.contains(QStringLiteral("Điểm bị mất 24,38 + chưa chấm 13 + tổng điểm 62,62 = điểm tối đa 100")))
        << lost.toStdString();
    EXPECT_TRUE(lost.contains(QStringLiteral("Tổng cộng|18|24,38")));
    // Field 6 fell only because 6.2 and 6.3 are unscored: it is not among the falls.
    for (const ReportTable& t : tables(section(r, QStringLiteral("lost")))) {
        if (!t.caption.contains(QStringLiteral("giảm điểm")))
            continue;
        for (const QStringList& row : t.rows)
            EXPECT_NE(row.first(), QStringLiteral("6"));
    }
    const QString fields = textOf(section(r, QStringLiteral("fields")));
    EXPECT_FALSE(fields.contains(QStringLiteral("23,75"))) << fields.toStdString();
    EXPECT_TRUE(fields.contains(QStringLiteral("6 (6.2, 6.3)")));

    const QString rankings = textOf(section(r, QStringLiteral("rankings")));
    EXPECT_TRUE(rankings.contains(QStringLiteral("8*|Huyện Pác Nặm (chưa đủ điểm: thiếu 6.2, 6.3)")))
        << rankings.toStdString();
    EXPECT_TRUE(rankings.contains(QStringLiteral("thứ hạng của cả nhóm là tạm tính")));
}

TEST_F(ReportBuilderTest, AMeanIndexIsReportedAsPercentagesNeverSummed)
{
    const Report r = build(QStringLiteral("SIPAS"), 2018);
    const QString summary = textOf(section(r, QStringLiteral("summary")));
    EXPECT_TRUE(summary.contains(QStringLiteral("đạt 79,87%"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("79,87/100"))) << summary.toStdString();
    const QString lost = textOf(section(r, QStringLiteral("lost")));
    EXPECT_TRUE(lost.contains(QStringLiteral("62,21"))) << lost.toStdString();
    EXPECT_FALSE(lost.contains(QStringLiteral("Tổng cộng"))) << lost.toStdString();
    EXPECT_FALSE(lost.contains(QStringLiteral("Điểm bị mất"))) << lost.toStdString();
}

// Issue 10: the title block and signature are set once per database; a department stands under its superior body, a
// district issues its own report; each has its own symbol, and the place is where it is signed.
TEST_F(ReportBuilderTest, TitleBlockAndSignatureFollowTheDatabaseSettings)
{
    const Report department = build(QStringLiteral("BKCCHC"), 2018, QStringLiteral("vi"), QStringLiteral("Sở Tư pháp"));
    EXPECT_EQ(department.title.authority, QStringLiteral("UBND TỈNH BẮC KẠN"));
    EXPECT_EQ(department.title.office, QStringLiteral("SỞ TƯ PHÁP"));
    EXPECT_TRUE(department.title.number.endsWith(QStringLiteral("/BC-STP"))) << department.title.number.toStdString();
    EXPECT_TRUE(department.title.placeAndDate.startsWith(QStringLiteral("Bắc Kạn, ngày 15 tháng 7 năm 2019")));

    const Report district
        = build(QStringLiteral("BKCCHC"), 2018, QStringLiteral("vi"), QStringLiteral("Huyện Pác Nặm"));
    EXPECT_TRUE(district.title.authority.isEmpty());
    EXPECT_EQ(district.title.office, QStringLiteral("UBND HUYỆN PÁC NẶM"));
    EXPECT_TRUE(district.title.number.endsWith(QStringLiteral("/BC-UBND")));
    EXPECT_TRUE(district.title.placeAndDate.startsWith(QStringLiteral("Pác Nặm, ngày")));
    EXPECT_EQ(build(QStringLiteral("BKCCHC"), 2018, QStringLiteral("en"), QStringLiteral("Huyện Pác Nặm")).title.office,
              QStringLiteral("PEOPLE'S COMMITTEE OF PÁC NẶM DISTRICT"));

    ReportSettings settings;
    settings.superior = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN");
    settings.symbol = QStringLiteral("BC-SNV");
    settings.signerFor = QStringLiteral("KT. TRƯỞNG BAN");
    settings.signerRole = QStringLiteral("PHÓ TRƯỞNG BAN");
    settings.signerName = QStringLiteral("Nguyễn Văn A");
    settings.recipients = {QStringLiteral("- Như trên;"), QStringLiteral("- Lưu: VT.")};
    ASSERT_TRUE(ReportSettingsStore(*db).save(settings).ok());
    auto reread = ReportSettingsStore(*db).load();
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread.value(), settings);

    ReportOptions options;
    options.indexCode = QStringLiteral("BKCCHC");
    options.year = 2018;
    options.cohortReport = true;
    options.date = QDate(2019, 7, 15);
    auto cohort = ReportBuilder(*catalog).build(options);
    ASSERT_TRUE(cohort.ok());
    EXPECT_TRUE(cohort->title.number.endsWith(QStringLiteral("/BC-SNV")));
    EXPECT_TRUE(cohort->title.placeAndDate.startsWith(QStringLiteral("Bắc Kạn, ngày")));
    EXPECT_EQ(cohort->signature.signerFor, QStringLiteral("KT. TRƯỞNG BAN"));
    EXPECT_EQ(cohort->signature.signerRole, QStringLiteral("PHÓ TRƯỞNG BAN"));
    EXPECT_EQ(cohort->signature.signerName, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(cohort->signature.recipients, settings.recipients);
    EXPECT_EQ(build(QStringLiteral("BKCCHC"), 2018, QStringLiteral("vi"), QStringLiteral("Sở Tư pháp")).title.authority,
              QStringLiteral("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"));

    // Emptied, a setting takes its default again.
    ASSERT_TRUE(ReportSettingsStore(*db).save(ReportSettings()).ok());
    EXPECT_EQ(ReportSettingsStore(*db).load().value(), ReportSettings());
}

// Issue 10: one decimal style per column in the falls table, and the minus sign, not a hyphen.
TEST_F(ReportBuilderTest, TheFallsTableHasOneDecimalStylePerColumn)
{
    const Report r = build(QStringLiteral("PAR"), 2018);
    const ReportTable* falls = nullptr;
    const QList<ReportTable> all = tables(section(r, QStringLiteral("lost")));
    for (const ReportTable& t : all) {
        if (t.caption.contains(QStringLiteral("giảm điểm so với năm 2017")))
            falls = &t;
    }
    ASSERT_NE(falls, nullptr);
    ASSERT_GE(falls->rows.size(), 3);
    for (int column = 0; column < falls->columns.size(); ++column) {
        if (falls->columns[column].align != ReportColumn::Numeric)
            continue;
        QSet<qsizetype> decimals;
        for (const QStringList& row : falls->rows) {
            const QString cell = row[column];
            const qsizetype comma = cell.indexOf(u',');
            decimals.insert(comma < 0 ? 0 : QString(cell).remove(u'%').size() - comma - 1);
        }
        EXPECT_EQ(decimals.size(), 1) << falls->columns[column].header.toStdString() << " "
                                      << falls->rows.first()[column].toStdString();
    }
    for (const QStringList& row : falls->rows) {
        EXPECT_TRUE(row[4].startsWith(QStringLiteral("\u2212"))) << row[4].toStdString();
        EXPECT_FALSE(row[4].contains(u'-'));
    }
    EXPECT_EQ(falls->rows.first()[2], QStringLiteral("2,25")); // 7.2, 2017
    EXPECT_EQ(falls->rows.first()[3], QStringLiteral("0,6799")); // 7.2, 2018
    EXPECT_EQ(falls->rows[1][3], QStringLiteral("0,5000")); // 8.3, 2018: beside 0,6799
}

// Issue 10: the demo's illustrative detail (PAR's fields and sub-criteria, its 2017 parts B and C, SIPAS's aspects)
// is marked under each table and chart that shows it; the real published figures are not.
TEST_F(ReportBuilderTest, IllustrativeFiguresAreMarkedWhereTheyAppear)
{
    const QString note = QStringLiteral("Số liệu minh hoạ.");
    const Report r = build(QStringLiteral("PAR"), 2018);
    QMap<QString, bool> marked;
    bool chartNoted = false;
    for (const ReportSection& s : r.sections) {
        for (int i = 0; i < s.blocks.size(); ++i) {
            const ReportBlock& b = s.blocks[i];
            if (b.kind == ReportBlock::Table)
                marked[b.table.caption] = b.table.notes.contains(note);
            if (b.kind == ReportBlock::Chart && b.chart.title.contains(QStringLiteral("theo lĩnh vực")))
                chartNoted = i + 1 < s.blocks.size() && s.blocks[i + 1].text == note;
        }
    }
    auto isMarked = [&](const QString& caption) {
        for (auto it = marked.cbegin(); it != marked.cend(); ++it) {
            if (it.key().contains(caption))
                return it.value();
        }
        ADD_FAILURE() << "no table " << caption.toStdString();
        return false;
    };
    EXPECT_TRUE(chartNoted);
    EXPECT_TRUE(isMarked(QStringLiteral("Điểm các lĩnh vực năm 2018")));
    EXPECT_TRUE(isMarked(QStringLiteral("Tỷ lệ hài lòng theo các yếu tố")));
    EXPECT_TRUE(isMarked(QStringLiteral("bị mất nhiều điểm nhất")));
    EXPECT_TRUE(isMarked(QStringLiteral("theo đơn vị chủ trì")));
    EXPECT_TRUE(isMarked(QStringLiteral("giảm điểm so với năm 2017")));
    // The real figures: the parts of the 2018 total, the totals by year.
    EXPECT_FALSE(isMarked(QStringLiteral("Các thành phần của tổng điểm năm 2018")));
    EXPECT_FALSE(isMarked(QStringLiteral("qua các năm")));

    // 2017: B and C are illustrative parts.
    const Report before = build(QStringLiteral("PAR"), 2017);
    bool parts = false;
    for (const ReportSection& s : before.sections) {
        for (const ReportBlock& b : s.blocks) {
            if (b.kind == ReportBlock::Table && b.table.caption.contains(QStringLiteral("Các thành phần")))
                parts = b.table.notes.contains(note);
        }
    }
    EXPECT_TRUE(parts);
}

// Issue 11: the cohort report names the year's mergers among its units, with their legal basis, before the rankings;
// a unit's own report names the events that made it.
TEST_F(ReportBuilderTest, TheCohortReportListsTheYearsMergersWithTheirBasis)
{
    ReportOptions options;
    options.indexCode = QStringLiteral("BKCCHC");
    options.year = 2025;
    options.cohortReport = true;
    options.language = QStringLiteral("en");
    options.date = QDate(2026, 1, 20);
    auto built = ReportBuilder(*catalog).build(options);
    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    const Report& r = built.value();
    ASSERT_FALSE(r.sections.isEmpty());
    EXPECT_EQ(r.sections.first().id, QStringLiteral("changes"));
    EXPECT_TRUE(r.sections.first().heading.startsWith(QStringLiteral("I. MERGERS, SPLITS AND RENAMES")))
        << r.sections.first().heading.toStdString();
    const QList<ReportTable> t = tables(section(r, QStringLiteral("changes")));
    ASSERT_EQ(t.size(), 1);
    EXPECT_EQ(t[0].columns.size(), 5);
    const QString basis = QStringLiteral("Nghị định 45/2025/NĐ-CP");
    QStringList rows;
    for (const QStringList& row : t[0].rows)
        rows << row.join(u'|');
    EXPECT_TRUE(
        rows.contains(QStringLiteral("2025|Merged into a new unit|Sở Nông nghiệp và Phát triển nông thôn; Sở Tài "
                                     "nguyên và Môi trường|Sở Nông nghiệp và Môi trường|")
                      + basis))
        << rows.join(u'\n').toStdString();
    EXPECT_TRUE(
        rows.contains(QStringLiteral("2025|Merged into an existing unit|Sở Kế hoạch và Đầu tư|Sở Tài chính|") + basis));
    EXPECT_TRUE(rows.contains(QStringLiteral("2025|Merged into an existing unit|Sở Lao động - Thương binh và Xã hội|Sở "
                                             "Nội vụ|")
                              + basis));
    // Five department mergers; the province's own merger (Bắc Kạn into Thái Nguyên) concerns no unit of this report.
    EXPECT_EQ(t[0].rows.size(), 5);
    EXPECT_FALSE(rows.join(u'\n').contains(QStringLiteral("Thái Nguyên")));
    EXPECT_TRUE(t[0].notes.contains(ReportStrings::text(ReportStrings::Illustrative, true)));
    // The rankings follow, numbered after the changes.
    ASSERT_GE(r.sections.size(), 2);
    EXPECT_TRUE(r.sections[1].heading.startsWith(QStringLiteral("II. "))) << r.sections[1].heading.toStdString();

    // In Vietnamese, the names and the basis stay as recorded.
    options.language = QStringLiteral("vi");
    auto vi = ReportBuilder(*catalog).build(options);
    ASSERT_TRUE(vi.ok());
    EXPECT_TRUE(textOf(section(vi.value(), QStringLiteral("changes"))).contains(basis));

    // A year without events has no such section.
    options.year = 2018;
    auto before = ReportBuilder(*catalog).build(options);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(section(before.value(), QStringLiteral("changes")), nullptr);

    // The merged department's own report says where it came from.
    const Report unit = build(QStringLiteral("BKCCHC"), 2025, QStringLiteral("en"), QStringLiteral("SNNMT"));
    const QString changes = textOf(section(unit, QStringLiteral("changes")));
    EXPECT_TRUE(changes.contains(QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn; Sở Tài nguyên và Môi trường|"
                                                "Sở Nông nghiệp và Môi trường")))
        << changes.toStdString();
    // A department the reorganisation left as it was has none.
    EXPECT_EQ(section(build(QStringLiteral("BKCCHC"), 2025, QStringLiteral("en"), QStringLiteral("Sở Tư pháp")),
                      QStringLiteral("changes")),
              nullptr);
}

TEST_F(ReportBuilderTest, ACohortThatMergedSaysNoOneRoseOrFellAndGivesLastYearsRankItsOf)
{
    ReportOptions options;
    options.indexCode = QStringLiteral("BKCCHC");
    options.year = 2025;
    options.cohortReport = true;
    options.language = QStringLiteral("en");
    options.date = QDate(2026, 1, 20);
    auto built = ReportBuilder(*catalog).build(options);
    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    QString text;
    QStringList rankingRows;
    for (const ReportSection& s : built->sections) {
        for (const ReportBlock& b : s.blocks) {
            text += b.text + u'\n';
            if (b.kind == ReportBlock::Table && b.table.caption.contains(QStringLiteral("2025")))
                for (const QStringList& row : b.table.rows)
                    rankingRows << row.join(u'|');
        }
    }
    // 18 departments in 2024, 13 in 2025: 11th of 13 is no rise from 17th of 18 (Sở Văn hóa, Thể thao và Du lịch).
    EXPECT_FALSE(text.contains(QStringLiteral("Rose most"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Fell most"))) << text.toStdString();
    EXPECT_TRUE(std::any_of(rankingRows.cbegin(), rankingRows.cend(), [](const QString& row) {
        return row.startsWith(QStringLiteral("11|Sở Văn hóa, Thể thao và Du lịch|"))
            && row.contains(QStringLiteral("|17/18|"));
    })) << rankingRows.join(u'\n').toStdString();
}

TEST_F(ReportBuilderTest, AMergedDepartmentShowsItsPredecessorsRanksInTheCommitteesRanking)
{
    ReportOptions options;
    options.indexCode = QStringLiteral("BKCCHC");
    options.year = 2025;
    options.cohortReport = true;
    options.language = QStringLiteral("en");
    options.date = QDate(2026, 1, 20);
    auto built = ReportBuilder(*catalog).build(options);
    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    QStringList rows;
    QStringList notes;
    for (const ReportSection& s : built->sections) {
        for (const ReportBlock& b : s.blocks) {
            if (b.kind == ReportBlock::Table && b.table.caption.contains(QStringLiteral("2025"))) {
                for (const QStringList& row : b.table.rows)
                    rows << row.join(u'|');
                notes += b.table.notes;
            }
        }
    }
    // Not "–": the predecessors' own ranks of 2024, each out of its 18; a unit that took another in keeps its own.
    EXPECT_TRUE(rows.contains(QStringLiteral("10|Sở Nông nghiệp và Môi trường|82|82.00|Tốt|predecessors 17=/18, "
                                             "12=/18|–")))
        << rows.join(u'\n').toStdString();
    EXPECT_TRUE(std::any_of(rows.cbegin(), rows.cend(), [](const QString& row) {
        return row.startsWith(QStringLiteral("3|Sở Nội vụ|"))
            && row.contains(QStringLiteral("|1/18; merged in 12=/18|"));
    })) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral(
        "Sở Nông nghiệp và Môi trường was formed from other units: in 2024 its predecessors ranked 17=/18 (Sở Nông "
        "nghiệp và Phát triển nông thôn, 78.50%) and 12=/18 (Sở Tài nguyên và Môi trường, 81.50%).")))
        << notes.join(u'\n').toStdString();
}
