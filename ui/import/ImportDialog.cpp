#include "import/ImportDialog.h"

#include "Dialogs.h"
#include "Session.h"
#include "io/SafeFile.h"
#include "io/SheetReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace par::ui {

ImportDialog::ImportDialog(Session& session, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(path)
    , m_sheet(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_cohort(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_newUnits(new QListWidget(this))
    , m_replaced(new QTableWidget(this))
    , m_warnings(new QListWidget(this))
    , m_errors(new QListWidget(this))
{
    for (QLabel* label : {m_summary})
        label->setTextFormat(Qt::PlainText); // data is text, never markup
    setWindowTitle(tr("Import scores: %1").arg(QFileInfo(path).fileName()));
    resize(860, 600);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto index = session.currentIndex();
    form->addRow(tr("Index:"), [&] {
        auto* label = new QLabel(index ? QStringLiteral("%1 — %2").arg(index->code, index->name) : QString(), this);
        label->setTextFormat(Qt::PlainText); // an index's name is data
        return label;
    }());
    auto sheets = SheetReader::sheetNames(path);
    if (sheets && !sheets->isEmpty()) {
        m_sheet->addItems(sheets.value());
        form->addRow(tr("&Sheet:"), m_sheet);
    } else {
        m_sheet->hide();
    }
    m_year->setRange(1990, 2100);
    m_year->setValue(session.year() ? session.year() : 2024);
    form->addRow(tr("&Year:"), m_year);
    m_cohort->setEditable(true);
    if (index) {
        if (auto cohorts = session.catalog().cohorts(index->id); cohorts) {
            for (const Cohort& c : cohorts.value())
                m_cohort->addItem(c.name);
        }
        if (auto current = session.currentCohort(); current)
            m_cohort->setCurrentText(current->name);
    }
    m_cohort->setToolTip(tr("Type a new name to create a new ranking pool."));
    form->addRow(tr("&Cohort:"), m_cohort);
    m_stage->addItem(tr("Appraised (final)"), int(Stage::Final));
    m_stage->addItem(tr("Self-assessed"), int(Stage::Self));
    m_stage->setCurrentIndex(session.stage() == Stage::Self ? 1 : 0);
    form->addRow(tr("S&tage:"), m_stage);
    layout->addLayout(form);

    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(m_summary);
    m_replaced->setColumnCount(4);
    m_replaced->setHorizontalHeaderLabels({tr("Unit"), tr("Criterion"), tr("Stored"), tr("In the file")});
    m_replaced->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_replaced->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_replaced->verticalHeader()->hide();
    m_replaced->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QListWidget* list : {m_errors, m_warnings, m_newUnits})
        list->setWordWrap(true);
    m_tabs->addTab(m_errors, tr("Errors"));
    m_tabs->addTab(m_warnings, tr("Warnings"));
    m_tabs->addTab(m_newUnits, tr("New units"));
    m_tabs->addTab(m_replaced, tr("Replaced values"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_saveErrors = buttons->addButton(tr("&Save error list..."), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportDialog::saveErrors);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(m_year, &QSpinBox::valueChanged, this, &ImportDialog::preview);
    connect(m_cohort, &QComboBox::currentTextChanged, this, &ImportDialog::preview);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    preview();
}

void ImportDialog::showProblem(const QString& text)
{
    m_plan.reset();
    m_errors->clear();
    m_errors->addItem(text);
    m_summary->setText(tr("This file cannot be imported."));
    m_summary->setStyleSheet(QStringLiteral("font-weight: 600; color: #b3261e;"));
    m_tabs->setCurrentWidget(m_errors);
    m_import->setEnabled(false);
    m_saveErrors->setEnabled(true);
}

bool ImportDialog::preview()
{
    m_newUnits->clear();
    m_warnings->clear();
    m_errors->clear();
    m_replaced->setRowCount(0);
    auto index = m_session.currentIndex();
    if (!index) {
        showProblem(index.error().message);
        return false;
    }
    auto table = SheetReader::readFile(m_path, m_sheet->isVisible() ? m_sheet->currentText() : QString());
    if (!table) {
        showProblem(table.error().message);
        return false;
    }
    // The preview must not create the cohort it names: plan inside a transaction that is rolled back.
    std::optional<ScoreImportPlan> plan;
    {
        Database::Transaction scratch(m_session.database());
        auto prepared = ScoreImport::prepare(m_session.catalog(), table.value(), index->code, m_year->value(),
                                             m_cohort->currentText().trimmed(), Stage(m_stage->currentData().toInt()));
        if (!prepared) {
            showProblem(prepared.error().message);
            return false;
        }
        plan = std::move(prepared).value();
    }
    m_plan = plan;
    m_plan->filePath = m_path; // the import records the SHA-256 of the file itself
    for (const QString& e : m_plan->errors)
        m_errors->addItem(e);
    for (const QString& w : m_plan->warnings)
        m_warnings->addItem(w);
    for (const auto& u : m_plan->units) {
        if (!u.unitId)
            m_newUnits->addItem(tr("%1 (line %2)").arg(u.name).arg(u.line));
    }
    const QLocale locale;
    for (const auto& r : m_plan->replacements) {
        const int row = m_replaced->rowCount();
        m_replaced->insertRow(row);
        const QStringList cells {r.unit, r.criterion, r.before ? r.before->toString(locale) : QString(),
                                 r.after ? r.after->toString(locale) : tr("(blank: removed)")};
        for (int c = 0; c < cells.size(); ++c)
            m_replaced->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_tabs->setTabText(0, tr("Errors (%1)").arg(m_plan->errors.size()));
    m_tabs->setTabText(1, tr("Warnings (%1)").arg(m_plan->warnings.size()));
    m_tabs->setTabText(2, tr("New units (%1)").arg(m_plan->newUnits));
    m_tabs->setTabText(3, tr("Replaced values (%1)").arg(m_plan->replacements.size()));
    m_summary->setText(summary());
    const bool ok = m_plan->acceptable();
    m_summary->setStyleSheet(ok ? QStringLiteral("font-weight: 600;")
                                : QStringLiteral("font-weight: 600; color: #b3261e;"));
    m_import->setEnabled(ok);
    m_saveErrors->setEnabled(!ok);
    m_tabs->setCurrentIndex(!ok ? 0 : !m_plan->warnings.isEmpty() ? 1 : m_plan->replacements.isEmpty() ? 2 : 3);
    return true;
}

QString ImportDialog::summary() const
{
    if (!m_plan)
        return m_summary->text();
    if (!m_plan->acceptable())
        return tr("Nothing can be imported: %n error(s) must be corrected in the file first.", nullptr,
                  int(m_plan->errors.size()));
    return tr("Ready to import %1 units (%2 new) into %3 %4, \"%5\": %6 values replaced, %7 warnings.")
        .arg(m_plan->units.size())
        .arg(m_plan->newUnits)
        .arg(m_plan->index.code)
        .arg(m_plan->year)
        .arg(m_plan->cohort.name)
        .arg(m_plan->replacements.size())
        .arg(m_plan->warnings.size());
}

QStringList ImportDialog::errorLines() const
{
    QStringList lines;
    for (int i = 0; i < m_errors->count(); ++i)
        lines << m_errors->item(i)->text();
    return lines;
}

bool ImportDialog::importNow()
{
    if (!m_plan || !m_plan->acceptable())
        return false;
    QProgressDialog progress(tr("Importing %1...").arg(QFileInfo(m_path).fileName()), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    // The plan's cohort may be new: create it inside the import's own transaction.
    const Status s = ScoreImport::apply(m_session.catalog(), *m_plan);
    progress.reset();
    if (!s) {
        Dialogs::showError(this, tr("Import scores"), s.error().message,
                           tr("Nothing was changed. Correct the file or the choices above and try again."));
        return false;
    }
    m_session.notifyDataChanged();
    return true;
}

void ImportDialog::saveErrors()
{
    QFileDialog dialog(
        this, tr("Save error list"),
        QFileInfo(m_path).absoluteDir().filePath(QFileInfo(m_path).completeBaseName() + tr("-errors.txt")));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setLabelText(QFileDialog::Accept, tr("Save"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const Status saved = SafeFile::write(dialog.selectedFiles().first(), (errorLines().join(u'\n') + u'\n').toUtf8());
    if (!saved)
        Dialogs::showError(this, tr("Save error list"), saved.error().message,
                           tr("Choose another folder and try again."));
}

} // namespace par::ui
