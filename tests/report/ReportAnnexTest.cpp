// A ranking annex at the scale of a country's communes: 3,321 rows must render in seconds, across pages that each
// repeat the table's header.
#include "Poppler.h"
#include "core/TestDatabase.h"
#include "report/ReportBuilder.h"
#include "report/ReportPainter.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <iostream>

using namespace par;

namespace {

constexpr int Communes = 3321;

class ReportAnnex : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.framework(QStringLiteral("XA"), 2024,
                     "code,title,max_points\n"
                     "1,\"Công tác chỉ đạo, điều hành cải cách hành chính\",20\n"
                     "2,Cải cách thủ tục hành chính,20\n"
                     "3,Cải cách tổ chức bộ máy,20\n"
                     "4,\"Xây dựng đội ngũ cán bộ, công chức\",20\n"
                     "5,Hiện đại hóa hành chính,20\n");
        QByteArray csv = "Đơn vị,1,2,3,4,5\n";
        for (int i = 1; i <= Communes; ++i) {
            csv += QStringLiteral("%1").arg(name(i)).toUtf8();
            for (int c = 1; c <= 5; ++c)
                csv += ',' + QByteArray::number(((i * 37 + c * 11) % 81) * 0.25);
            csv += '\n';
        }
        const QStringList refused = db.scores(QStringLiteral("XA"), 2024, csv);
        ASSERT_TRUE(refused.isEmpty()) << refused.join(u'\n').toStdString();
    }

    static QString name(int i) { return QStringLiteral("Xã Tân Sơn %1").arg(i, 4, 10, QLatin1Char('0')); }

    Report build()
    {
        ReportOptions options;
        options.indexCode = QStringLiteral("XA");
        options.year = 2024;
        options.unit = name(1);
        auto report = ReportBuilder(*db.catalog).build(options);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? report.value() : Report();
    }

    TestDatabase db;
};

} // namespace

TEST_F(ReportAnnex, ThreeThousandCommunesRenderInSecondsWithTheHeaderOnEveryPage)
{
    QElapsedTimer timer;
    timer.start();
    const Report report = build();
    const qint64 built = timer.restart();
    ASSERT_FALSE(report.sections.isEmpty());
    const ReportSection& annex = report.sections.last();
    ASSERT_TRUE(annex.annex);
    EXPECT_EQ(annex.heading, QStringLiteral("PHỤ LỤC 1"));
    ASSERT_EQ(annex.blocks.size(), 1);
    EXPECT_EQ(annex.blocks[0].table.rows.size(), Communes);

    ui::ReportPainter painter(report);
    const QString pdf = db.dir.filePath(QStringLiteral("annex.pdf"));
    const Status written = painter.writePdf(pdf);
    const qint64 painted = timer.elapsed();
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    std::cout << "[ report ] " << Communes << "-row annex: built in " << built << " ms, painted in " << painted
              << " ms, " << painter.pageCount() << " pages\n";
    RecordProperty("build_ms", int(built));
    RecordProperty("paint_ms", int(painted));
    EXPECT_LT(built + painted, 30'000);

    const QStringList pages = poppler::pages(pdf);
    ASSERT_EQ(pages.size(), painter.pageCount());
    qsizetype first = -1;
    for (qsizetype i = 0; i < pages.size() && first < 0; ++i) {
        if (pages[i].contains(QStringLiteral("PHỤ LỤC 1")))
            first = i;
    }
    ASSERT_GE(first, 0);
    EXPECT_GT(pages.size() - first, 40); // a long table, over many pages
    QSet<QString> listed;
    const QRegularExpression commune(QStringLiteral("Xã Tân Sơn (\\d{4})"));
    for (qsizetype i = first; i < pages.size(); ++i) {
        for (const char* header : {"Xếp hạng", "Cơ quan, đơn vị", "Tổng điểm", "Tỷ lệ (%)", "Xếp loại"})
            EXPECT_TRUE(pages[i].contains(QString::fromUtf8(header))) << "page " << i + 1 << " lacks " << header;
        if (i > first) {
            EXPECT_TRUE(pages[i].contains(QStringLiteral("(tiếp theo)"))) << "page " << i + 1;
        }
        for (auto it = commune.globalMatch(pages[i]); it.hasNext();)
            listed.insert(it.next().captured(1));
    }
    EXPECT_EQ(listed.size(), Communes);
}

TEST_F(ReportAnnex, ProgressIsReportedAndCanStopThePainting)
{
    const Report report = build();
    ui::ReportPainter painter(report);
    int calls = 0;
    int last = 0;
    int total = 0;
    painter.setProgress([&](int done, int of) {
        ++calls;
        EXPECT_GE(done, last);
        last = done;
        total = of;
        return true;
    });
    ASSERT_TRUE(painter.writePdf(db.dir.filePath(QStringLiteral("progress.pdf"))).ok());
    EXPECT_GT(calls, 10);
    EXPECT_EQ(last, total);
    EXPECT_GE(total, Communes);

    painter.setProgress([](int, int) { return false; });
    const Status stopped = painter.writePdf(db.dir.filePath(QStringLiteral("stopped.pdf")));
    EXPECT_FALSE(stopped.ok());
}
