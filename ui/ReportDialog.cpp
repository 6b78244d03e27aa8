#include "ReportDialog.h"

#include "Dialogs.h"
#include "Session.h"
#include "report/ReportBuilder.h"
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
    , m_unit(new QComboBox(this))
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
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* preview = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    QPushButton* pdf = buttons->addButton(tr("&Export PDF..."), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::exportDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pdf->setDefault(true);
}

Result<Report> ReportDialog::build() const
{
    auto cohort = m_session.currentCohort();
    ReportOptions options;
    options.indexCode = m_session.indexCode();
    options.year = m_session.year();
    options.cohort = cohort ? cohort->name : QString();
    options.unit = m_unit->currentData().toString();
    options.language = m_language->currentData().toString();
    options.stage = m_session.stage();
    auto report = ReportBuilder(m_session.catalog()).build(options);
    if (!report)
        return report;
    QStringList chosen;
    for (const QCheckBox* c : m_sections) {
        if (c->isChecked())
            chosen << c->property("section").toString();
    }
    Report out = std::move(report).value();
    out.sections.erase(std::remove_if(out.sections.begin(), out.sections.end(),
                                      [&](const ReportSection& s) { return !chosen.contains(s.id); }),
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
    const Status s = painter.writePdf(path);
    m_status->setText(s ? tr("Wrote %1 (%n page(s)).", nullptr, painter.pageCount()).arg(QDir::toNativeSeparators(path))
                        : s.error().message);
    return s.ok();
}

void ReportDialog::exportDialog()
{
    const QString suggested
        = QStringLiteral("%1-%2-%3.pdf").arg(m_session.indexCode()).arg(m_session.year()).arg(m_unit->currentText());
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
