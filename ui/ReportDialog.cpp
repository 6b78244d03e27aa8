#include "ReportDialog.h"

#include "Dialogs.h"
#include "ReportSettingsDialog.h"
#include "Session.h"
#include "io/SafeFile.h"
#include "report/ReportBuilder.h"
#include "report/ReportOdt.h"
#include "report/ReportPainter.h"
#include "scoring/Ranking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

namespace {

struct SectionChoice
{
    const char* id;
    const char* label;
};

const SectionChoice Sections[] = {
    {"summary", QT_TRANSLATE_NOOP("par::ui::ReportDialog", "Summary and the parts of the total")},
    {"trend", QT_TRANSLATE_NOOP("par::ui::ReportDialog", "Trend over the years")},
    {"fields", QT_TRANSLATE_NOOP("par::ui::ReportDialog", "Fields as percent of their maximum")},
    {"sipas", QT_TRANSLATE_NOOP("par::ui::ReportDialog", "Citizen satisfaction (SIPAS)")},
    {"lost", QT_TRANSLATE_NOOP("par::ui::ReportDialog", "Where points were lost, with lead units")},
    {"rankings", QT_TRANSLATE_NOOP("par::ui::ReportDialog", "Rankings of departments and districts")},
    {"annex", QT_TRANSLATE_NOOP("par::ui::ReportDialog", "Annexes (long rankings)")},
};

QString roman(int n)
{
    static const std::pair<int, const char*> digits[] = {{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    QString out;
    for (const auto& [value, text] : digits) {
        while (n >= value) {
            out += QLatin1String(text);
            n -= value;
        }
    }
    return out;
}

} // namespace

ReportDialog::ReportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_scope(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_cohort(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Meeting report"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto index = session.currentIndex();
    form->addRow(tr("Index:"), [&] {
        auto* label = new QLabel(index ? QStringLiteral("%1 — %2").arg(index->code, index->name) : QString(), this);
        label->setTextFormat(Qt::PlainText); // an index's name is data
        return label;
    }());
    form->addRow(tr("Year:"), new QLabel(QString::number(session.year()), this));
    const bool hasMain = index && index->mainUnitId;
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scope->addItem(tr("The province"), int(Province));
    m_scope->addItem(tr("One unit"), int(OneUnit));
    m_scope->addItem(tr("A cohort"), int(Cohort));
    if (!hasMain) {
        // An index of the province's own units has no province to report on.
        if (auto* model = qobject_cast<QStandardItemModel*>(m_scope->model()))
            model->item(0)->setEnabled(false);
    }
    form->addRow(tr("&Report on:"), m_scope);
    if (auto cohort = session.currentCohort(); cohort) {
        if (auto units = session.catalog().membersAnyYear(cohort->id); units) {
            QList<Unit> sorted = units.value();
            std::sort(sorted.begin(), sorted.end(),
                      [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
            for (const Unit& u : sorted)
                m_unit->addItem(u.name, u.code.isEmpty() ? u.name : u.code);
        }
    }
    m_unit->setCurrentIndex(
        std::max(0, m_unit->findText(session.catalog().unitById(session.unitId()).value().value_or(Unit()).name)));
    form->addRow(tr("&Unit:"), m_unit);
    m_unit->setObjectName(QStringLiteral("reportUnit"));
    m_cohort->setObjectName(QStringLiteral("reportCohort"));
    m_cohort->addItem(tr("Every cohort"), QString());
    if (index) {
        if (auto cohorts = session.catalog().cohorts(index->id); cohorts) {
            for (const par::Cohort& c : cohorts.value())
                m_cohort->addItem(c.name, c.name);
        }
    }
    if (auto current = session.currentCohort(); current)
        m_cohort->setCurrentIndex(std::max(0, m_cohort->findData(current->name)));
    form->addRow(tr("Co&hort:"), m_cohort);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Vietnamese ? 0 : 1);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);

    auto* box = new QGroupBox(tr("Sections"), this);
    auto* boxLayout = new QVBoxLayout(box);
    for (const SectionChoice& s : Sections) {
        auto* check = new QCheckBox(tr(s.label), box);
        check->setChecked(true);
        check->setProperty("section", QString::fromLatin1(s.id));
        boxLayout->addWidget(check);
        m_sections.append(check);
    }
    layout->addWidget(box);
    m_sectionBox = box;
    m_scope->setCurrentIndex(
        m_scope->findData(int(hasMain && session.unitId() == index->mainUnitId ? Province : OneUnit)));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportDialog::scopeChanged);
    scopeChanged();
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* preview = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    QPushButton* pdf = buttons->addButton(tr("&Export PDF..."), QDialogButtonBox::AcceptRole);
    QPushButton* odt = buttons->addButton(tr("Save as &ODT..."), QDialogButtonBox::ActionRole);
    connect(odt, &QPushButton::clicked, this, &ReportDialog::exportOdtDialog);
    QPushButton* settings = buttons->addButton(tr("&Title and signature..."), QDialogButtonBox::ActionRole);
    settings->setObjectName(QStringLiteral("reportSettings"));
    connect(settings, &QPushButton::clicked, this, [this] {
        ReportSettingsDialog dialog(m_session.catalog().database(), this);
        dialog.exec();
    });
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::exportDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pdf->setDefault(true);
}

void ReportDialog::scopeChanged()
{
    const auto scope = Scope(m_scope->currentData().toInt());
    m_unit->setEnabled(scope == OneUnit);
    m_cohort->setEnabled(scope == Cohort);
    // The cohort report has sections of its own, one per cohort.
    m_sectionBox->setEnabled(scope != Cohort);
}

Result<Report> ReportDialog::build() const
{
    const auto scope = Scope(m_scope->currentData().toInt());
    auto cohort = m_session.currentCohort();
    ReportOptions options;
    options.indexCode = m_session.indexCode();
    options.year = m_session.year();
    // As the command line: the province's report ranks it in its own pool; one unit's in the cohort selected.
    options.cohort = scope == OneUnit && cohort ? cohort->name : QString();
    options.unit = scope == OneUnit ? m_unit->currentData().toString() : QString();
    options.cohortReport = scope == Cohort;
    if (scope == Cohort)
        options.cohort = m_cohort->currentData().toString();
    options.language = m_language->currentData().toString();
    options.stage = m_session.stage();
    auto report = ReportBuilder(m_session.catalog()).build(options);
    if (!report)
        return report;
    QStringList chosen;
    QStringList dropped;
    for (const QCheckBox* c : m_sections) {
        if (!c->isChecked() && scope != Cohort)
            dropped << c->property("section").toString();
    }
    Report out = std::move(report).value();
    out.sections.erase(std::remove_if(out.sections.begin(), out.sections.end(),
                                      [&](const ReportSection& s) { return dropped.contains(s.id); }),
                       out.sections.end());
    // Sections are numbered I, II, III...: renumber what is left so that no number is missing.
    static const QRegularExpression numeral(QStringLiteral("^[IVX]+\\. "));
    int n = 0;
    for (ReportSection& s : out.sections) {
        if (!s.annex && numeral.match(s.heading).hasMatch())
            s.heading.replace(numeral, roman(++n) + QStringLiteral(". "));
    }
    return out;
}

bool ReportDialog::paintOn(QPrinter& printer)
{
    auto report = build();
    if (!report) {
        m_status->setText(report.error().message);
        return false;
    }
    ReportPainter painter(report.value());
    QProgressDialog progress(tr("Preparing the report..."), tr("Stop"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    painter.setProgress([&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    printer.setPageLayout(ReportPainter::pageLayout());
    printer.setFullPage(true);
    QPainter p(&printer);
    const bool ok = painter.paint(p);
    m_status->setText(ok ? tr("%n page(s).", nullptr, painter.pageCount()) : tr("Stopped."));
    return ok;
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    // A page tall where the screen allows, never taller than the screen less the taskbar (available geometry) and
    // the title bar: at 1366x768 the whole dialog, its buttons included, stays on screen.
    const QRect room = (parentWidget() ? parentWidget()->screen() : screen())->availableGeometry();
    dialog.resize(std::min(900, room.width() - 40), std::min(1000, room.height() - 60));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { paintOn(*p); });
    dialog.exec();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPainter::pageLayout());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer);
}

bool ReportDialog::exportPdf(const QString& path)
{
    auto report = build();
    if (!report) {
        m_status->setText(report.error().message);
        return false;
    }
    ReportPainter painter(report.value());
    const Status s = SafeFile::write(
        path, [&painter](const QString& partial) { return painter.writePdf(partial); }, SafeFile::wholePdf);
    m_status->setText(s ? tr("Wrote %1 (%n page(s)).", nullptr, painter.pageCount()).arg(QDir::toNativeSeparators(path))
                        : s.error().message);
    return s.ok();
}

bool ReportDialog::exportOdt(const QString& path)
{
    auto report = build();
    if (!report) {
        m_status->setText(report.error().message);
        return false;
    }
    const Status s = ReportOdt(report.value()).write(path);
    m_status->setText(s ? tr("Wrote %1 (editable text).").arg(QDir::toNativeSeparators(path)) : s.error().message);
    return s.ok();
}

void ReportDialog::exportOdtDialog()
{
    QFileDialog dialog(this, tr("Save the report as ODT"), QDir::home().filePath(suggestedName(QStringLiteral("odt"))));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("ODF text documents (*.odt)"));
    dialog.setDefaultSuffix(QStringLiteral("odt"));
    dialog.setLabelText(QFileDialog::Accept, tr("Save"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
        && !exportOdt(dialog.selectedFiles().first()))
        Dialogs::showError(this, tr("Save the report as ODT"), m_status->text(),
                           tr("Choose another folder and try again."));
}

QString ReportDialog::suggestedName(const QString& suffix) const
{
    const auto scope = Scope(m_scope->currentData().toInt());
    const QString about = scope == OneUnit ? m_unit->currentText()
        : scope == Cohort ? (m_cohort->currentData().toString().isEmpty() ? tr("cohorts") : m_cohort->currentText())
                          : tr("province");
    return QStringLiteral("%1-%2-%3.%4").arg(m_session.indexCode()).arg(m_session.year()).arg(about, suffix);
}

void ReportDialog::exportDialog()
{
    const QString suggested = suggestedName(QStringLiteral("pdf"));
    QFileDialog dialog(this, tr("Export the report as PDF"), QDir::home().filePath(suggested));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("PDF documents (*.pdf)"));
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.setLabelText(QFileDialog::Accept, tr("Export"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
        && !exportPdf(dialog.selectedFiles().first()))
        Dialogs::showError(this, tr("Export the report as PDF"), m_status->text(),
                           tr("Choose another folder and try again."));
}

} // namespace par::ui
