#include "setup/SetupDialogs.h"

#include "setup/CollatingProxyModel.h"
#include "setup/CriteriaTreeModel.h"
#include "setup/FormDialog.h"
#include "setup/UnitsModel.h"

#include "scoring/Ranking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

namespace {

QSpinBox* yearSpin(QWidget* parent, int value, bool optional)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(optional ? 1899 : 1990, 2100);
    if (optional)
        spin->setSpecialValueText(SetupDialogs::tr("none"));
    spin->setValue(value);
    return spin;
}

std::optional<int> optionalYear(const QSpinBox* spin)
{
    if (spin->value() == spin->minimum() && !spin->specialValueText().isEmpty())
        return std::nullopt;
    return spin->value();
}

QComboBox* kindCombo(QWidget* parent, const QString& anyText)
{
    auto* combo = new QComboBox(parent);
    if (!anyText.isEmpty())
        combo->addItem(anyText, QString());
    for (const QString& kind : UnitEditor::kinds())
        combo->addItem(UnitsModel::kindText(kind), kind);
    return combo;
}

QComboBox* aggregationCombo(QWidget* parent, Aggregation value)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(SetupDialogs::tr("Sum of the parts (points)"), int(Aggregation::Sum));
    combo->addItem(SetupDialogs::tr("Mean of the parts (percentages)"), int(Aggregation::Mean));
    combo->setCurrentIndex(value == Aggregation::Mean ? 1 : 0);
    return combo;
}

QList<Unit> sortedByName(QList<Unit> units)
{
    std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
    return units;
}

} // namespace

std::optional<Index> SetupDialogs::newIndex(QWidget* parent, FrameworkEditor& editor)
{
    FormDialog dialog(tr("New index"), parent);
    auto* code = new QLineEdit(&dialog);
    code->setPlaceholderText(tr("For example DDCI"));
    code->setMaxLength(20);
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("For example Chỉ số năng lực cạnh tranh cấp sở, ngành"));
    auto* aggregation = aggregationCombo(&dialog, Aggregation::Sum);
    auto* year = yearSpin(&dialog, QDate::currentDate().year(), false);
    auto* cohort = new QLineEdit(&dialog);
    cohort->setPlaceholderText(tr("For example Sở, ban, ngành"));
    dialog.form()->addRow(tr("&Code:"), code);
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Aggregation:"), aggregation);
    dialog.form()->addRow(tr("&First year:"), year);
    dialog.form()->addRow(tr("First c&ohort:"), cohort);
    dialog.setNote(tr("The index starts with an empty criteria tree for its first year: add criteria, or import a "
                      "framework file. The cohort is the group of units ranked together; without a name it is "
                      "named after the code."));
    dialog.setOkText(tr("Create index"));
    std::optional<Index> made;
    dialog.setApply([&] {
        auto created = editor.createIndex(code->text(), name->text(), Aggregation(aggregation->currentData().toInt()),
                                          year->value(), cohort->text());
        if (!created)
            return created.error().message;
        made = created.value();
        return QString();
    });
    dialog.exec();
    return made;
}

int SetupDialogs::newYear(QWidget* parent, FrameworkEditor& editor, const Index& index, const QList<int>& years)
{
    FormDialog dialog(tr("New year for %1").arg(index.code), parent);
    const int suggested = years.isEmpty() ? QDate::currentDate().year() : years.last() + 1;
    auto* year = yearSpin(&dialog, suggested, false);
    auto* copy = new QRadioButton(&dialog);
    auto* empty = new QRadioButton(tr("Start with an &empty framework"), &dialog);
    auto* choice = new QWidget(&dialog);
    auto* choiceLayout = new QVBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(copy);
    choiceLayout->addWidget(empty);
    dialog.form()->addRow(tr("&Year:"), year);
    dialog.form()->addRow(tr("Criteria:"), choice);
    auto update = [&] {
        auto previous = editor.previousYear(index, year->value());
        const int from = previous ? previous.value() : 0;
        copy->setEnabled(from > 0);
        copy->setText(from > 0 ? tr("&Copy last year's framework (%1)").arg(from)
                               : tr("&Copy last year's framework (there is no earlier year)"));
        if (from == 0)
            empty->setChecked(true);
    };
    copy->setChecked(true);
    update();
    QObject::connect(year, &QSpinBox::valueChanged, &dialog, update);
    dialog.setNote(tr("A copy takes last year's criteria, maxima, lead units and bands; change it to follow the new "
                      "year's decision. Last year's scores stay with last year's framework."));
    dialog.setOkText(tr("Create year"));
    int made = 0;
    dialog.setApply([&] {
        if (years.contains(year->value()))
            return tr("%1 already has a framework for %2.").arg(index.code).arg(year->value());
        if (copy->isChecked()) {
            auto from = editor.previousYear(index, year->value());
            if (!from)
                return from.error().message;
            auto copied = editor.copyFramework(index, from.value(), year->value());
            if (!copied)
                return copied.error().message;
        } else if (auto created = editor.createFramework(index, year->value()); !created) {
            return created.error().message;
        }
        made = year->value();
        return QString();
    });
    dialog.exec();
    return made;
}

std::optional<FrameworkFileImport> SetupDialogs::importFramework(QWidget* parent, FrameworkEditor& editor,
                                                                 const Index& index, int year, const QList<int>& years)
{
    FormDialog dialog(tr("Import a framework into %1").arg(index.code), parent);
    auto* file = new QLineEdit(&dialog);
    file->setPlaceholderText(tr("A CSV file: code, title, max_points [, parent, aggregation, lead_unit]"));
    auto* browse = new QPushButton(tr("&Browse..."), &dialog);
    auto* fileRow = new QWidget(&dialog);
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(file, 1);
    fileLayout->addWidget(browse);
    auto* yearBox = yearSpin(&dialog, year ? year : QDate::currentDate().year(), false);
    dialog.form()->addRow(tr("&File:"), fileRow);
    dialog.form()->addRow(tr("&Year:"), yearBox);
    auto update = [&] {
        dialog.setNote(
            years.contains(yearBox->value())
                ? tr("The file replaces the criteria of the %1 framework; this is refused once that year "
                     "has scores. Its bands are kept.")
                      .arg(yearBox->value())
                : tr("The file becomes the %1 framework, with the bands of the year before.").arg(yearBox->value()));
    };
    update();
    QObject::connect(yearBox, &QSpinBox::valueChanged, &dialog, update);
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&] {
        QFileDialog chooser(&dialog, tr("Choose a framework file"));
        chooser.setFileMode(QFileDialog::ExistingFile);
        chooser.setNameFilter(tr("CSV files (*.csv *.txt);;All files (*)"));
        chooser.setLabelText(QFileDialog::Accept, tr("Choose"));
        chooser.setLabelText(QFileDialog::Reject, tr("Cancel"));
        if (!file->text().isEmpty())
            chooser.setDirectory(QFileInfo(file->text()).absolutePath());
        if (chooser.exec() == QDialog::Accepted && !chooser.selectedFiles().isEmpty())
            file->setText(QDir::toNativeSeparators(chooser.selectedFiles().first()));
    });
    dialog.setOkText(tr("Import"));
    std::optional<FrameworkFileImport> made;
    dialog.setApply([&] {
        if (file->text().trimmed().isEmpty())
            return tr("Choose the file to import.");
        auto imported = editor.importFile(index, yearBox->value(), QDir::fromNativeSeparators(file->text().trimmed()));
        if (!imported)
            return tr("Nothing was imported: %1").arg(imported.error().message);
        made = imported.value();
        return QString();
    });
    dialog.exec();
    return made;
}

qint64 SetupDialogs::newCriterion(QWidget* parent, const QString& title, const CriterionFields& suggested,
                                  const QStringList& leadUnits,
                                  const std::function<Result<qint64>(const CriterionFields&)>& add)
{
    FormDialog dialog(title, parent);
    auto* code = new QLineEdit(suggested.code, &dialog);
    auto* name = new QLineEdit(suggested.title, &dialog);
    auto* max = new QLineEdit(
        suggested.maxPoints.isZero() ? QString() : suggested.maxPoints.toString(QLocale(), 0, false), &dialog);
    max->setPlaceholderText(tr("For example 2,5"));
    auto* aggregation = aggregationCombo(&dialog, suggested.aggregation);
    auto* lead = new QComboBox(&dialog);
    lead->setEditable(true);
    lead->setInsertPolicy(QComboBox::NoInsert);
    lead->addItem(QString());
    lead->addItems(leadUnits);
    lead->setCurrentText(suggested.leadUnit);
    lead->completer()->setFilterMode(Qt::MatchContains);
    lead->completer()->setCompletionMode(QCompleter::PopupCompletion);
    lead->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    dialog.form()->addRow(tr("&Code:"), code);
    dialog.form()->addRow(tr("&Title:"), name);
    dialog.form()->addRow(tr("&Maximum points:"), max);
    dialog.form()->addRow(tr("&Aggregation:"), aggregation);
    dialog.form()->addRow(tr("&Lead unit:"), lead);
    dialog.setNote(tr("Where the maximum of the parent is the sum of its parts, it grows with the new criterion. The "
                      "aggregation matters once the criterion has parts of its own."));
    dialog.setOkText(tr("Add criterion"));
    dialog.setMinimumWidth(620);
    name->setFocus();
    qint64 made = 0;
    dialog.setApply([&] {
        if (max->text().trimmed().isEmpty())
            return tr("Give the maximum points of the criterion.");
        auto points = Decimal::parse(max->text());
        if (!points)
            return tr("Maximum points: %1").arg(points.error().message);
        CriterionFields fields {code->text(), name->text(), points.value(),
                                Aggregation(aggregation->currentData().toInt()), lead->currentText()};
        auto id = add(fields);
        if (!id)
            return id.error().message;
        made = id.value();
        return QString();
    });
    dialog.exec();
    return made;
}

bool SetupDialogs::newBand(QWidget* parent, const std::function<Status(const Band&)>& add)
{
    FormDialog dialog(tr("New band"), parent);
    auto* minimum = new QLineEdit(&dialog);
    minimum->setPlaceholderText(tr("For example 85"));
    auto* label = new QLineEdit(&dialog);
    label->setPlaceholderText(tr("For example Tốt"));
    dialog.form()->addRow(tr("&From (percent of the maximum):"), minimum);
    dialog.form()->addRow(tr("&Band:"), label);
    dialog.setNote(tr("A unit takes the highest band whose minimum it reaches."));
    dialog.setOkText(tr("Add band"));
    bool made = false;
    dialog.setApply([&] {
        auto percent = Decimal::parse(minimum->text());
        if (!percent)
            return tr("From: %1").arg(percent.error().message);
        if (Status s = add({percent.value(), label->text()}); !s)
            return s.error().message;
        made = true;
        return QString();
    });
    dialog.exec();
    return made;
}

std::optional<Unit> SetupDialogs::newUnit(QWidget* parent, UnitEditor& editor, int year)
{
    FormDialog dialog(tr("New unit"), parent);
    auto* code = new QLineEdit(&dialog);
    code->setPlaceholderText(tr("Optional, unique: for example SNV"));
    auto* name = new QLineEdit(&dialog);
    auto* kind = kindCombo(&dialog, QString());
    kind->setCurrentIndex(kind->findData(QStringLiteral("department")));
    auto* from = yearSpin(&dialog, year ? year : QDate::currentDate().year(), true);
    auto* until = yearSpin(&dialog, 1899, true);
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Code:"), code);
    dialog.form()->addRow(tr("&Kind:"), kind);
    dialog.form()->addRow(tr("Exists &from:"), from);
    dialog.form()->addRow(tr("Exists &until:"), until);
    dialog.setOkText(tr("Add unit"));
    std::optional<Unit> made;
    dialog.setApply([&] {
        Unit unit;
        unit.code = code->text();
        unit.name = name->text();
        unit.kind = kind->currentData().toString();
        unit.validFrom = optionalYear(from);
        unit.validTo = optionalYear(until);
        auto saved = editor.save(unit);
        if (!saved)
            return saved.error().message;
        made = saved.value();
        return QString();
    });
    dialog.exec();
    return made;
}

std::optional<Cohort> SetupDialogs::newCohort(QWidget* parent, UnitEditor& editor, const Index& index)
{
    FormDialog dialog(tr("New cohort of %1").arg(index.code), parent);
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("For example UBND huyện, thành phố"));
    auto* kind = kindCombo(&dialog, tr("Any kind"));
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Units of kind:"), kind);
    dialog.setNote(tr("A cohort is a group of units ranked against each other, such as the departments or the "
                      "districts."));
    dialog.setOkText(tr("Create cohort"));
    std::optional<Cohort> made;
    dialog.setApply([&] {
        auto created = editor.createCohort(index, name->text(), kind->currentData().toString());
        if (!created)
            return created.error().message;
        made = created.value();
        return QString();
    });
    dialog.exec();
    return made;
}

QList<qint64> SetupDialogs::chooseMembers(QWidget* parent, const QString& cohortName, int year,
                                          const QList<Unit>& candidates, const QString& kind)
{
    FormDialog dialog(tr("Add units to %1 (%2)").arg(cohortName).arg(year), parent);
    auto* filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Filter by name or code"));
    filter->setClearButtonEnabled(true);
    auto* allKinds = new QCheckBox(&dialog);
    if (!kind.isEmpty())
        allKinds->setText(tr("Show units of &every kind"));
    allKinds->setVisible(!kind.isEmpty());
    auto* list = new QListWidget(&dialog);
    list->setMinimumHeight(320);
    for (const Unit& u : sortedByName(candidates)) {
        auto* item = new QListWidgetItem(u.code.isEmpty() ? u.name : tr("%1 (%2)").arg(u.name, u.code), list);
        item->setData(Qt::UserRole, u.id);
        item->setData(Qt::UserRole + 1, u.kind);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    dialog.body()->insertWidget(0, filter);
    dialog.body()->insertWidget(1, allKinds);
    dialog.body()->insertWidget(2, list, 1);
    auto update = [&] {
        const QString wanted = CollatingProxyModel::fold(filter->text().trimmed());
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            const bool kindOk = kind.isEmpty() || allKinds->isChecked() || item->data(Qt::UserRole + 1) == kind;
            item->setHidden(!kindOk || !CollatingProxyModel::fold(item->text()).contains(wanted));
        }
    };
    update();
    QObject::connect(filter, &QLineEdit::textChanged, &dialog, update);
    QObject::connect(allKinds, &QCheckBox::toggled, &dialog, update);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, [](QListWidgetItem* item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    dialog.setNote(candidates.isEmpty() ? tr("Every unit that exists in %1 is already in this cohort.").arg(year)
                                        : tr("Tick the units to rank in this cohort for %1.").arg(year));
    dialog.setOkText(tr("Add units"));
    QList<qint64> chosen;
    dialog.setApply([&] {
        chosen.clear();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked && !list->item(i)->isHidden())
                chosen << list->item(i)->data(Qt::UserRole).toLongLong();
        }
        if (chosen.isEmpty())
            return tr("Tick at least one unit.");
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return chosen;
}

} // namespace par::ui
