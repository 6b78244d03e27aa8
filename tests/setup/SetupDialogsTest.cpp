#include "SetupFixture.h"

#include "setup/FormDialog.h"
#include "setup/SetupDialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimer>

#include <functional>

using namespace par;
using namespace par::ui;

namespace {

// Runs `act` on the form as soon as it is open (SetupDialogs show their forms modally), after saving a screenshot.
void whenOpen(const QString& screenshot, const std::function<void(FormDialog&)>& act)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, screenshot, act] {
        auto* dialog = qobject_cast<FormDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        QApplication::processEvents();
        QDir().mkpath(QStringLiteral(PARSETUP_SCREENSHOTS));
        EXPECT_TRUE(dialog->grab().save(
            QDir(QStringLiteral(PARSETUP_SCREENSHOTS)).filePath(screenshot + QStringLiteral(".png"))));
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->isVisible() && !label->wordWrap()) {
                EXPECT_GE(label->width(), label->sizeHint().width()) << str(label->text());
            }
        }
        for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            if (button->isVisible()) {
                EXPECT_GE(button->width(), button->sizeHint().width()) << str(button->text());
            }
        }
        act(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

template <typename T> T* field(FormDialog& dialog, int row)
{
    QLayoutItem* item = dialog.form()->itemAt(row, QFormLayout::FieldRole);
    return item ? qobject_cast<T*>(item->widget()) : nullptr;
}

QString errorShown(FormDialog& dialog)
{
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
            return label->text();
    }
    return QString();
}

} // namespace

TEST(SetupDialogsTest, NewYearCopiesLastYearsFramework)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    whenOpen(QStringLiteral("dialog-new-year"), [](FormDialog& dialog) {
        ASSERT_EQ(field<QSpinBox>(dialog, 0)->value(), 2019);
        dialog.accept();
    });
    EXPECT_EQ(SetupDialogs::newYear(nullptr, editor, db.index(QStringLiteral("BKCCHC")), {2017, 2018}), 2019);
    EXPECT_EQ(db.framework(QStringLiteral("BKCCHC"), 2019).criteria.size(), 27);
}

TEST(SetupDialogsTest, NewCriterionShowsARefusalInTheFormAndThenAdds)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    const Framework f = db.framework(QStringLiteral("BKCCHC"), 2018);
    CriterionFields suggested;
    suggested.code = FrameworkEditor::suggestCode(f, f.find(QStringLiteral("3")));
    EXPECT_EQ(suggested.code, QStringLiteral("3.5"));
    const qint64 parent = f.criteria[f.find(QStringLiteral("3"))].id;
    QString refusal;
    whenOpen(QStringLiteral("dialog-new-criterion"), [&](FormDialog& dialog) {
        field<QLineEdit>(dialog, 1)->setText(QStringLiteral("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"));
        field<QLineEdit>(dialog, 2)->setText(QStringLiteral("abc"));
        dialog.accept();
        refusal = errorShown(dialog);
        QDir().mkpath(QStringLiteral(PARSETUP_SCREENSHOTS));
        dialog.grab().save(
            QDir(QStringLiteral(PARSETUP_SCREENSHOTS)).filePath(QStringLiteral("dialog-new-criterion-refused.png")));
        field<QLineEdit>(dialog, 2)->setText(QStringLiteral("2,5"));
        dialog.accept();
    });
    const qint64 id = SetupDialogs::newCriterion(nullptr, QStringLiteral("New criterion in 3"), suggested,
                                                 {QStringLiteral("Sở Nội vụ")},
                                                 [&](const CriterionFields& c) { return editor.addChild(parent, c); });
    EXPECT_TRUE(refusal.startsWith(QStringLiteral("Maximum points"))) << str(refusal);
    ASSERT_NE(id, 0);
    const Framework after = db.framework(QStringLiteral("BKCCHC"), 2018);
    const Criterion& added = after.criteria[after.find(QStringLiteral("3.5"))];
    EXPECT_EQ(added.id, id);
    EXPECT_EQ(added.maxPoints, Decimal::parse(u"2.5").value());
    EXPECT_EQ(after.criteria[after.find(QStringLiteral("3"))].maxPoints, Decimal::parse(u"28.5").value());
}

TEST(SetupDialogsTest, ImportReadsTheFileIntoTheChosenYear)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    whenOpen(QStringLiteral("dialog-import"), [](FormDialog& dialog) {
        QWidget* fileRow = field<QWidget>(dialog, 0);
        fileRow->findChild<QLineEdit*>()->setText(QStringLiteral(PARSETUP_TEST_DATA "/bad_framework.csv"));
        field<QSpinBox>(dialog, 1)->setValue(2019);
        dialog.accept();
        EXPECT_TRUE(errorShown(dialog).contains(QStringLiteral("bad_framework.csv: line 4")))
            << str(errorShown(dialog));
        dialog.grab().save(
            QDir(QStringLiteral(PARSETUP_SCREENSHOTS)).filePath(QStringLiteral("dialog-import-refused.png")));
        fileRow->findChild<QLineEdit*>()->setText(QStringLiteral(PARSETUP_TEST_DATA "/framework.csv"));
        dialog.accept();
    });
    auto imported
        = SetupDialogs::importFramework(nullptr, editor, db.index(QStringLiteral("BKCCHC")), 2018, {2017, 2018});
    ASSERT_TRUE(imported.has_value());
    EXPECT_EQ(imported->framework.year, 2019);
    EXPECT_EQ(db.framework(QStringLiteral("BKCCHC"), 2019).criteria.size(), 7);
}

TEST(SetupDialogsTest, ChoosesMembersOfTheCohortsKindFirst)
{
    SetupDatabase db;
    QList<Unit> units = db.catalog->units().value();
    whenOpen(QStringLiteral("dialog-add-members"), [](FormDialog& dialog) {
        auto* list = dialog.findChild<QListWidget*>();
        ASSERT_NE(list, nullptr);
        int visible = 0;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden()) {
                ++visible;
                if (visible <= 2)
                    list->item(i)->setCheckState(Qt::Checked);
            }
        }
        EXPECT_EQ(visible, 2); // the two provinces
        dialog.accept();
    });
    const QList<qint64> chosen
        = SetupDialogs::chooseMembers(nullptr, QStringLiteral("Tỉnh"), 2018, units, QStringLiteral("province"));
    EXPECT_EQ(chosen.size(), 2);
}

TEST(SetupDialogsTest, NewIndexAndNewCohortAndNewUnit)
{
    SetupDatabase db;
    FrameworkEditor frameworks(*db.catalog);
    whenOpen(QStringLiteral("dialog-new-index"), [](FormDialog& dialog) {
        field<QLineEdit>(dialog, 0)->setText(QStringLiteral("DDCI"));
        field<QLineEdit>(dialog, 1)->setText(QStringLiteral("Chỉ số năng lực cạnh tranh cấp sở, ngành"));
        field<QSpinBox>(dialog, 3)->setValue(2024);
        dialog.accept();
    });
    auto index = SetupDialogs::newIndex(nullptr, frameworks);
    ASSERT_TRUE(index.has_value());
    EXPECT_EQ(db.catalog->years(index->id).value(), QList<int> {2024});

    UnitEditor units(*db.catalog);
    whenOpen(QStringLiteral("dialog-new-cohort"), [](FormDialog& dialog) {
        field<QLineEdit>(dialog, 0)->setText(QStringLiteral("Sở, ngành"));
        dialog.accept();
    });
    EXPECT_TRUE(SetupDialogs::newCohort(nullptr, units, index.value()).has_value());

    whenOpen(QStringLiteral("dialog-new-unit"), [](FormDialog& dialog) {
        field<QLineEdit>(dialog, 0)->setText(QStringLiteral("Sở Nội vụ tỉnh Thái Nguyên"));
        field<QLineEdit>(dialog, 1)->setText(QStringLiteral("TN-SNV"));
        field<QSpinBox>(dialog, 3)->setValue(2025);
        dialog.accept();
    });
    auto unit = SetupDialogs::newUnit(nullptr, units, 2024);
    ASSERT_TRUE(unit.has_value());
    EXPECT_EQ(unit->validFrom, 2025);
    EXPECT_FALSE(unit->validTo.has_value());
    EXPECT_EQ(unit->kind, QStringLiteral("department"));
}
