#include "welcome/NewDatabaseWizard.h"

#include "model/TextRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace par::ui {

namespace {

QString clean(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

// "Bắc Kạn" -> "bac-kan": a file name any system and any e-mail attachment keeps intact.
QString fileSlug(const QString& name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ' || c == u'Đ')
            c = u'd';
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("province") : out;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

QLabel* NewDatabaseWizard::problemLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // the reasons quote what was pasted
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

NewDatabaseWizard::NewDatabaseWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newDatabaseWizard"));
    setWindowTitle(tr("New database for a province"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    // Qt has no Vietnamese catalogue for the wizard's buttons.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(ProvincePage, buildProvincePage());
    setPage(UnitsPage, buildUnitsPage());
    setPage(IndexesPage, buildIndexesPage());
    setPage(CohortsPage, buildCohortsPage());
    setPage(FilePage, buildFilePage());
    setStartId(ProvincePage);
    resize(780, 580);
}

QWizardPage* NewDatabaseWizard::buildProvincePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your province"));
    page->setSubTitle(tr("The database keeps one province: its results in the national indexes and its own scoring "
                         "of its units."));
    auto* form = new QFormLayout(page);
    m_province = new QLineEdit(page);
    m_province->setObjectName(QStringLiteral("wizardProvince"));
    m_province->setPlaceholderText(tr("for example: Bắc Kạn"));
    m_year = new QSpinBox(page);
    m_year->setObjectName(QStringLiteral("wizardYear"));
    m_year->setRange(1990, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setGroupSeparatorShown(false);
    form->addRow(tr("&Province's name:"), m_province);
    form->addRow(tr("&First year:"), m_year);
    form->addRow(note(tr("The first year is the year whose results you will record first; the units below are the "
                         "members of its cohorts. Later years are added on the Setup page."),
                      page));
    m_provinceProblem = problemLabel(QStringLiteral("wizardProvinceProblem"), page);
    form->addRow(m_provinceProblem);
    return page;
}

QWizardPage* NewDatabaseWizard::buildUnitsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your units"));
    page->setSubTitle(tr("Paste the names from a list or a spreadsheet column, one unit per line. Leave a list empty "
                         "if the province does not score those units."));
    auto* layout = new QVBoxLayout(page);
    m_departments = new QPlainTextEdit(page);
    m_departments->setObjectName(QStringLiteral("wizardDepartments"));
    m_departments->setPlaceholderText(QStringLiteral("Sở Nội vụ\nSở Tư pháp\nSở Tài chính"));
    m_departments->setTabChangesFocus(true);
    m_locals = new QPlainTextEdit(page);
    m_locals->setObjectName(QStringLiteral("wizardLocals"));
    m_locals->setPlaceholderText(QStringLiteral("Huyện Ba Bể\nHuyện Ngân Sơn\nThành phố Bắc Kạn"));
    m_locals->setTabChangesFocus(true);
    m_localKind = new QComboBox(page);
    m_localKind->setObjectName(QStringLiteral("wizardLocalKind"));
    m_localKind->addItem(tr("districts (UBND huyện)"), QStringLiteral("district"));
    m_localKind->addItem(tr("communes (UBND xã)"), QStringLiteral("commune"));

    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* departmentsLabel = new QLabel(tr("&Departments (sở, ban, ngành):"), page);
    departmentsLabel->setBuddy(m_departments);
    left->addWidget(departmentsLabel);
    left->addWidget(m_departments);
    auto* right = new QVBoxLayout;
    auto* kindRow = new QHBoxLayout;
    auto* localLabel = new QLabel(tr("&Local units:"), page);
    localLabel->setBuddy(m_locals);
    kindRow->addWidget(localLabel);
    kindRow->addWidget(m_localKind, 1);
    right->addLayout(kindRow);
    right->addWidget(m_locals);
    lists->addLayout(left);
    lists->addLayout(right);
    layout->addLayout(lists, 1);
    m_unitCount = new QLabel(page);
    m_unitCount->setObjectName(QStringLiteral("wizardUnitCount"));
    layout->addWidget(m_unitCount);
    m_unitProblems = problemLabel(QStringLiteral("wizardUnitProblems"), page);
    layout->addWidget(m_unitProblems);

    auto count = [this] {
        const int departments = int(NewProvince::parseUnits(m_departments->toPlainText()).names.size());
        const int locals = int(NewProvince::parseUnits(m_locals->toPlainText()).names.size());
        m_unitCount->setText(tr("%1 departments, %2 %3").arg(departments).arg(locals).arg(m_localKind->currentText()));
    };
    connect(m_departments, &QPlainTextEdit::textChanged, this, count);
    connect(m_locals, &QPlainTextEdit::textChanged, this, count);
    connect(m_localKind, &QComboBox::currentIndexChanged, this, count);
    count();
    return page;
}

QWizardPage* NewDatabaseWizard::buildIndexesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The indexes you track"));
    page->setSubTitle(tr("The national indexes rank your province among the others; your own index ranks your units. "
                         "Their criteria are set up year by year afterwards."));
    auto* layout = new QVBoxLayout(page);
    for (const NewProvince::KnownIndex& known : NewProvince::nationalIndexes()) {
        auto* box = new QCheckBox(tr("%1 — %2").arg(known.code, known.name), page);
        box->setObjectName(QStringLiteral("wizardIndex_") + known.code);
        box->setProperty("code", known.code);
        box->setChecked(true);
        m_national.append(box);
        layout->addWidget(box);
    }
    m_own = new QGroupBox(tr("The province's own index of its units"), page);
    m_own->setObjectName(QStringLiteral("wizardOwnIndex"));
    m_own->setCheckable(true);
    auto* form = new QFormLayout(m_own);
    m_ownCode = new QLineEdit(QStringLiteral("CCHC"), m_own);
    m_ownCode->setObjectName(QStringLiteral("wizardOwnCode"));
    m_ownCode->setMaxLength(20);
    m_ownName = new QLineEdit(m_own);
    m_ownName->setObjectName(QStringLiteral("wizardOwnName"));
    form->addRow(tr("C&ode:"), m_ownCode);
    form->addRow(tr("N&ame:"), m_ownName);
    layout->addWidget(m_own);
    m_indexProblem = problemLabel(QStringLiteral("wizardIndexProblem"), page);
    layout->addWidget(m_indexProblem);
    layout->addStretch(1);
    return page;
}

QWizardPage* NewDatabaseWizard::buildCohortsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Cohorts"));
    page->setSubTitle(tr("Units are ranked against their peers: departments together, districts or communes together. "
                         "Each cohort is a ranking of the province's own index."));
    auto* form = new QFormLayout(page);
    m_departmentCohortOn = new QCheckBox(tr("Rank the departments:"), page);
    m_departmentCohortOn->setObjectName(QStringLiteral("wizardDepartmentCohortOn"));
    m_departmentCohort = new QLineEdit(QStringLiteral("Sở, ban, ngành"), page);
    m_departmentCohort->setObjectName(QStringLiteral("wizardDepartmentCohort"));
    m_localCohortOn = new QCheckBox(tr("Rank the local units:"), page);
    m_localCohortOn->setObjectName(QStringLiteral("wizardLocalCohortOn"));
    m_localCohort = new QLineEdit(page);
    m_localCohort->setObjectName(QStringLiteral("wizardLocalCohort"));
    form->addRow(m_departmentCohortOn, m_departmentCohort);
    form->addRow(m_localCohortOn, m_localCohort);
    connect(m_departmentCohortOn, &QCheckBox::toggled, m_departmentCohort, &QWidget::setEnabled);
    connect(m_localCohortOn, &QCheckBox::toggled, m_localCohort, &QWidget::setEnabled);
    form->addRow(note(tr("The names appear in rankings and reports; you can rename cohorts and add others on the Setup "
                         "page."),
                      page));
    m_cohortProblem = problemLabel(QStringLiteral("wizardCohortProblem"), page);
    form->addRow(m_cohortProblem);
    return page;
}

QWizardPage* NewDatabaseWizard::buildFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The database file"));
    page->setSubTitle(tr("Everything is kept in this one file: back it up like any important document."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("wizardFile"));
    auto* choose = new QPushButton(tr("C&hoose..."), page);
    connect(choose, &QPushButton::clicked, this, &NewDatabaseWizard::chooseFile);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    auto* label = new QLabel(tr("&File:"), page);
    label->setBuddy(m_path);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    layout->addLayout(row);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_fileProblem = problemLabel(QStringLiteral("wizardFileProblem"), page);
    layout->addWidget(m_fileProblem);
    layout->addStretch(1);
    return page;
}

NewProvince::Spec NewDatabaseWizard::spec() const
{
    NewProvince::Spec s;
    s.province = clean(m_province->text());
    s.year = m_year->value();
    s.departments = m_departmentNames;
    s.localUnits = m_localNames;
    s.localKind = m_localKind->currentData().toString();
    for (QCheckBox* box : m_national) {
        if (box->isChecked())
            s.national << box->property("code").toString();
    }
    if (m_own->isChecked() && needsCohorts()) {
        s.ownCode = clean(m_ownCode->text());
        s.ownName = clean(m_ownName->text());
        if (m_departmentCohortOn->isChecked() && !m_departmentNames.isEmpty())
            s.departmentCohort = clean(m_departmentCohort->text());
        if (m_localCohortOn->isChecked() && !m_localNames.isEmpty())
            s.localCohort = clean(m_localCohort->text());
    }
    return s;
}

bool NewDatabaseWizard::needsCohorts() const
{
    return !m_departmentNames.isEmpty() || !m_localNames.isEmpty();
}

int NewDatabaseWizard::nextId() const
{
    switch (currentId()) {
    case ProvincePage:
        return UnitsPage;
    case UnitsPage:
        return IndexesPage;
    case IndexesPage:
        return m_own->isChecked() && needsCohorts() ? CohortsPage : FilePage;
    case CohortsPage:
        return FilePage;
    default:
        return -1;
    }
}

void NewDatabaseWizard::initializePage(int id)
{
    const QString province = clean(m_province->text());
    if (id == IndexesPage) {
        // The own index ranks units: without any, there is nothing for it to rank.
        m_own->setEnabled(needsCohorts());
        m_own->setChecked(needsCohorts());
        if (!m_ownName->isModified())
            m_ownName->setText(QStringLiteral("Chỉ số cải cách hành chính các cơ quan, đơn vị tỉnh %1").arg(province));
    } else if (id == CohortsPage) {
        m_departmentCohortOn->setEnabled(!m_departmentNames.isEmpty());
        m_departmentCohortOn->setChecked(!m_departmentNames.isEmpty());
        m_departmentCohort->setEnabled(!m_departmentNames.isEmpty());
        m_localCohortOn->setEnabled(!m_localNames.isEmpty());
        m_localCohortOn->setChecked(!m_localNames.isEmpty());
        m_localCohort->setEnabled(!m_localNames.isEmpty());
        if (!m_localCohort->isModified())
            m_localCohort->setText(m_localKind->currentData().toString() == QLatin1String("commune")
                                       ? QStringLiteral("UBND xã, phường, thị trấn")
                                       : QStringLiteral("UBND huyện, thành phố"));
    } else if (id == FilePage) {
        if (!m_pathEdited)
            m_path->setText(QDir::toNativeSeparators(suggestedPath()));
        const NewProvince::Spec s = spec();
        QStringList lines;
        lines << tr("Province: %1; first year %2.").arg(s.province).arg(s.year);
        lines << tr("Units: %1 departments, %2 %3.")
                     .arg(s.departments.size())
                     .arg(s.localUnits.size())
                     .arg(m_localKind->currentText());
        QStringList indexes = s.national;
        if (!s.ownCode.isEmpty())
            indexes << s.ownCode;
        lines << tr("Indexes: %1.").arg(indexes.join(QStringLiteral(", ")));
        QStringList cohorts;
        for (const QString& c : {s.departmentCohort, s.localCohort}) {
            if (!c.isEmpty())
                cohorts << QStringLiteral("“%1”").arg(c);
        }
        if (!cohorts.isEmpty())
            lines << tr("Cohorts of %1: %2.").arg(s.ownCode, cohorts.join(QStringLiteral(", ")));
        lines << tr("Next: the Setup page, for the criteria of %1.").arg(s.year);
        m_summary->setText(lines.join(u'\n'));
    }
    QWizard::initializePage(id);
}

QString NewDatabaseWizard::suggestedPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString base = QStringLiteral("parindex-") + fileSlug(clean(m_province->text()));
    QString path = QDir(folder).filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.db").arg(base).arg(n));
    return path;
}

void NewDatabaseWizard::chooseFile()
{
    QFileDialog dialog(this, tr("The database file"), QDir::fromNativeSeparators(m_path->text()));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("parindex databases (*.db)"));
    dialog.setDefaultSuffix(QStringLiteral("db"));
    dialog.setLabelText(QFileDialog::Accept, tr("Choose"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(dialog.selectedFiles().first()));
        m_pathEdited = true;
    }
}

bool NewDatabaseWizard::checkUnits()
{
    const QString province = clean(m_province->text());
    const NewProvince::UnitList departments = NewProvince::parseUnits(m_departments->toPlainText(), {province});
    const NewProvince::UnitList locals
        = NewProvince::parseUnits(m_locals->toPlainText(), QStringList {province} + departments.names);
    QStringList text;
    if (!departments.problems.isEmpty())
        text << tr("Departments:") << NewProvince::describe(departments.problems);
    if (!locals.problems.isEmpty())
        text << tr("Local units:") << NewProvince::describe(locals.problems);
    m_unitProblems->setText(text.join(u'\n'));
    m_unitProblems->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        return false;
    m_departmentNames = departments.names;
    m_localNames = locals.names;
    return true;
}

bool NewDatabaseWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ProvincePage: {
        const QString name = clean(m_province->text());
        QString problem = name.isEmpty() ? tr("Give the province's name.") : QString();
        if (problem.isEmpty()) {
            if (const QString p = TextRules::problem(name, TextRules::Kind::Name); !p.isEmpty())
                problem = tr("The province's name %1.").arg(p);
        }
        m_provinceProblem->setText(problem);
        m_provinceProblem->setVisible(!problem.isEmpty());
        return problem.isEmpty();
    }
    case UnitsPage:
        return checkUnits();
    case IndexesPage: {
        bool any = m_own->isChecked() && m_own->isEnabled();
        for (QCheckBox* box : m_national)
            any = any || box->isChecked();
        QString problem = any ? QString() : tr("Choose at least one index to track.");
        if (problem.isEmpty() && m_own->isChecked() && m_own->isEnabled() && clean(m_ownCode->text()).isEmpty())
            problem = tr("Give the province's own index a short code, such as CCHC.");
        m_indexProblem->setText(problem);
        m_indexProblem->setVisible(!problem.isEmpty());
        return problem.isEmpty();
    }
    case CohortsPage: {
        const NewProvince::Spec s = spec();
        QString problem;
        if (s.departmentCohort.isEmpty() && s.localCohort.isEmpty())
            problem = tr("The province's own index needs at least one cohort to rank its units in.");
        else if (Status checked = NewProvince::check(s); !checked)
            problem = checked.error().message;
        m_cohortProblem->setText(problem);
        m_cohortProblem->setVisible(!problem.isEmpty());
        return problem.isEmpty();
    }
    case FilePage: {
        QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".db");
        Status created = path.isEmpty() ? Status(Error::usage(tr("Choose where to keep the database.")))
                                        : NewProvince::create(path, spec());
        m_fileProblem->setText(created ? QString() : created.error().message);
        m_fileProblem->setVisible(!created);
        if (!created)
            return false;
        m_created = QFileInfo(path).absoluteFilePath();
        return true;
    }
    default:
        return QWizard::validateCurrentPage();
    }
}

} // namespace par::ui
