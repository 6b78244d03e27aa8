// File > Meeting report driven by the keyboard on the real dialog: the province, one unit or a cohort, with the same
// content as `parindex report` (the same ReportBuilder options), in Vietnamese and English.
#include "ReportDialog.h"
#include "Desktop.h"
#include "ReportSettingsDialog.h"
#include "Session.h"
#include "report/ReportBuilder.h"
#include "storage/Demo.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

class ReportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installLanguage(QStringLiteral("en"));
        path = dir.filePath(QStringLiteral("demo.db"));
        {
            auto db = Database::open(path);
            ASSERT_TRUE(db.ok());
            Catalog catalog(*db.value());
            ASSERT_TRUE(Demo::load(catalog).ok());
        }
        ASSERT_TRUE(session.open(path).ok());
    }

    void select(const QString& index, int year, const QString& cohortName, const QString& unitName)
    {
        auto i = session.catalog().index(index);
        auto cohort = session.catalog().resolveCohort(i.value(), cohortName);
        auto unit = session.catalog().findUnit(unitName);
        ASSERT_TRUE(cohort.ok() && unit.ok() && unit.value());
        session.setContext(index, year, cohort->id, unit.value()->id);
    }

    // Chooses an entry of a combo box as a person does: focus, then arrow keys until it shows the text.
    static void choose(QComboBox* combo, const QString& text)
    {
        ASSERT_NE(combo, nullptr);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        ASSERT_EQ(combo->currentText(), text);
    }

    static QStringList rowsOf(const Report& r)
    {
        QStringList out;
        for (const ReportSection& s : r.sections) {
            out << s.heading;
            for (const ReportBlock& b : s.blocks) {
                out << b.text << b.table.caption;
                for (const QStringList& row : b.table.rows)
                    out << row.join(u'|');
            }
        }
        return out;
    }

    QTemporaryDir dir;
    QString path;
    Session session;
};

} // namespace

TEST_F(ReportDialogTest, ACohortReportIsTheSameAsTheCommandLines)
{
    select(QStringLiteral("BKCCHC"), 2018, QStringLiteral("Sở, ban, ngành"), QStringLiteral("Sở Tư pháp"));
    for (const QString& lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        ReportDialog dialog(session);
        auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("reportScope"));
        choose(scope, QStringLiteral("A cohort"));
        choose(dialog.findChild<QComboBox*>(QStringLiteral("reportCohort")), QStringLiteral("Every cohort"));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("reportLanguage"));
        choose(language, lang == QLatin1String("vi") ? QStringLiteral("Tiếng Việt") : QStringLiteral("English"));
        // The section choices are the unit report's; the cohort report has its own.
        EXPECT_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("reportUnit"))->isEnabled());

        auto shown = dialog.build();
        ASSERT_TRUE(shown.ok()) << shown.error().message.toStdString();
        ReportOptions cli;
        cli.indexCode = QStringLiteral("BKCCHC");
        cli.year = 2018;
        cli.language = lang;
        cli.cohortReport = true;
        auto expected = ReportBuilder(session.catalog()).build(cli);
        ASSERT_TRUE(expected.ok());
        EXPECT_EQ(rowsOf(shown.value()), rowsOf(expected.value()));
        EXPECT_TRUE(shown->unitName.isEmpty());
        const QString all = rowsOf(shown.value()).join(u'\n');
        EXPECT_TRUE(all.contains(QStringLiteral("Huyện Pác Nặm")));
        EXPECT_TRUE(all.contains(QStringLiteral("Sở Tư pháp")));
    }

    // One cohort.
    ReportDialog dialog(session);
    choose(dialog.findChild<QComboBox*>(QStringLiteral("reportScope")), QStringLiteral("A cohort"));
    choose(dialog.findChild<QComboBox*>(QStringLiteral("reportCohort")), QStringLiteral("UBND huyện, thành phố"));
    auto one = dialog.build();
    ASSERT_TRUE(one.ok());
    const QString all = rowsOf(one.value()).join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Huyện Pác Nặm")));
    EXPECT_FALSE(all.contains(QStringLiteral("Sở Tư pháp")));
}

TEST_F(ReportDialogTest, TheProvinceAndOneUnit)
{
    select(QStringLiteral("PAR"), 2018, QStringLiteral("Tỉnh, thành phố trực thuộc Trung ương"),
           QStringLiteral("Bắc Kạn"));
    ReportDialog dialog(session);
    auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("reportScope"));
    // The session is on the province: its report is the one offered first.
    EXPECT_EQ(scope->currentText(), QStringLiteral("The province"));
    EXPECT_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("reportUnit"))->isEnabled());
    auto province = dialog.build();
    ASSERT_TRUE(province.ok()) << province.error().message.toStdString();
    EXPECT_EQ(province->unitName, QStringLiteral("Bắc Kạn"));

    // An index of the province's own units has no province: that choice is not offered.
    select(QStringLiteral("BKCCHC"), 2018, QStringLiteral("Sở, ban, ngành"), QStringLiteral("Sở Tư pháp"));
    ReportDialog own(session);
    auto* ownScope = own.findChild<QComboBox*>(QStringLiteral("reportScope"));
    EXPECT_EQ(ownScope->currentText(), QStringLiteral("One unit"));
    ownScope->setFocus();
    QTest::keyClick(ownScope, Qt::Key_Home);
    EXPECT_NE(ownScope->currentText(), QStringLiteral("The province"));
    choose(own.findChild<QComboBox*>(QStringLiteral("reportUnit")), QStringLiteral("Sở Nội vụ"));
    auto unit = own.build();
    ASSERT_TRUE(unit.ok()) << unit.error().message.toStdString();
    EXPECT_EQ(unit->unitName, QStringLiteral("Sở Nội vụ"));
}

// The title block and signature are set once, from the desktop as from `parindex settings`, and remembered.
TEST_F(ReportDialogTest, TitleAndSignatureAreTypedOnceAndRemembered)
{
    {
        ReportSettingsDialog dialog(session.catalog().database());
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("signer_name"));
        ASSERT_NE(name, nullptr);
        name->setFocus();
        // Characters above U+00FF as a keyboard with an input method sends them.
        for (const QChar ch : QStringLiteral("Nguyễn Văn A")) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(name, &press);
        }
        auto* symbol = dialog.findChild<QLineEdit*>(QStringLiteral("symbol"));
        symbol->setFocus();
        QTest::keyClicks(symbol, QStringLiteral("BC-SNV"));
        ASSERT_TRUE(dialog.save());
    }
    ReportSettingsDialog again(session.catalog().database());
    EXPECT_EQ(again.findChild<QLineEdit*>(QStringLiteral("signer_name"))->text(), QStringLiteral("Nguyễn Văn A"));

    select(QStringLiteral("BKCCHC"), 2018, QStringLiteral("Sở, ban, ngành"), QStringLiteral("Sở Tư pháp"));
    ReportDialog dialog(session);
    choose(dialog.findChild<QComboBox*>(QStringLiteral("reportScope")), QStringLiteral("A cohort"));
    auto report = dialog.build();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->signature.signerName, QStringLiteral("Nguyễn Văn A"));
    EXPECT_TRUE(report->title.number.endsWith(QStringLiteral("/BC-SNV")));

    // Save as ODT writes the same content as an editable document.
    const QString odt = dir.filePath(QStringLiteral("cohorts.odt"));
    ASSERT_TRUE(dialog.exportOdt(odt));
    QFile written(odt);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.read(80).contains("application/vnd.oasis.opendocument.text"));
}
