#include "pages/SetupPage.h"

#include "Dialogs.h"
#include "setup/FrameworkTab.h"
#include "setup/SetupDialogs.h"
#include "setup/UnitsTab.h"
#include "storage/FrameworkEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace par::ui {

SetupPage::SetupPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_index(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_newIndex(new QPushButton(tr("New &index..."), this))
    , m_newYear(new QPushButton(tr("New y&ear..."), this))
    , m_import(new QPushButton(tr("I&mport framework..."), this))
    , m_removeYear(new QPushButton(tr("Remove year..."), this))
    , m_indexName(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_framework(new FrameworkTab(session, this))
    , m_units(new UnitsTab(session, this))
{
    for (QLabel* label : {m_indexName})
        label->setTextFormat(Qt::PlainText); // data is text, never markup
    auto* indexLabel = new QLabel(tr("In&dex:"), this);
    indexLabel->setBuddy(m_index);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_index->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_index->setMinimumContentsLength(8);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year->setMinimumContentsLength(5);
    m_newIndex->setToolTip(tr("Create an index with its first year"));
    m_newYear->setToolTip(tr("Add a year to this index, copying last year's framework or starting empty"));
    m_import->setToolTip(tr("Read a year's criteria from a CSV file (code, title, max_points, parent, aggregation, "
                            "lead_unit)"));
    m_removeYear->setToolTip(tr("Remove this year's framework; only possible while it has no scores"));
    m_indexName->setWordWrap(true);
    m_indexName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(indexLabel);
    bar->addWidget(m_index);
    bar->addWidget(m_newIndex);
    bar->addSpacing(16);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_newYear);
    bar->addWidget(m_import);
    bar->addWidget(m_removeYear);
    bar->addStretch(1);

    m_tabs->addTab(m_framework, tr("&Criteria and bands"));
    m_tabs->addTab(m_units, tr("&Units and cohorts"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(bar);
    layout->addWidget(m_indexName);
    layout->addWidget(m_tabs, 1);

    connect(m_index, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_indexCode = m_index->currentData().toString();
        m_yearValue = 0;
        fillYears();
        loadTabs();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_yearValue = m_year->currentData().toInt();
        loadTabs();
    });
    connect(m_newIndex, &QPushButton::clicked, this, &SetupPage::newIndex);
    connect(m_newYear, &QPushButton::clicked, this, &SetupPage::newYear);
    connect(m_import, &QPushButton::clicked, this, &SetupPage::importFramework);
    connect(m_removeYear, &QPushButton::clicked, this, &SetupPage::removeYear);
    connect(m_framework, &FrameworkTab::status, this, &Page::status);
    connect(m_units, &UnitsTab::status, this, &Page::status);
}

QString SetupPage::title() const
{
    return tr("Setup");
}

QString SetupPage::iconName() const
{
    return QStringLiteral("document-properties");
}

void SetupPage::refresh()
{
    if (!m_session.isOpen()) {
        m_filling = true;
        m_index->clear();
        m_year->clear();
        m_filling = false;
        m_indexName->clear();
        return;
    }
    // Follow the context bar when it moved; otherwise keep this page's own choice.
    if (m_session.indexCode() != m_seenIndex || m_session.year() != m_seenYear) {
        m_seenIndex = m_session.indexCode();
        m_seenYear = m_session.year();
        if (!m_seenIndex.isEmpty()) {
            m_indexCode = m_seenIndex;
            m_yearValue = m_seenYear;
        }
    }
    fillIndexes();
    fillYears();
    loadTabs();
    // Only the secretariat sets up indexes, criteria, units and cohorts; the others may look.
    const bool may = m_session.permissions().canSetup();
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        child->setEnabled(may);
    setToolTip(
        may ? QString()
            : tr("Only the secretariat changes the setup (your account: %1).").arg(m_session.permissions().describe()));
}

void SetupPage::fillIndexes()
{
    m_filling = true;
    m_index->clear();
    if (auto indexes = m_session.catalog().indexes(); indexes) {
        for (const Index& i : indexes.value()) {
            m_index->addItem(i.code, i.code);
            m_index->setItemData(m_index->count() - 1, i.name, Qt::ToolTipRole);
        }
    } else {
        emit status(indexes.error().message);
    }
    int at = m_index->findData(m_indexCode);
    if (at < 0 && m_index->count() > 0)
        at = 0;
    m_index->setCurrentIndex(at);
    m_indexCode = m_index->currentData().toString();
    m_filling = false;
}

QList<int> SetupPage::years() const
{
    QList<int> out;
    for (int i = m_year->count() - 1; i >= 0; --i)
        out << m_year->itemData(i).toInt();
    return out;
}

void SetupPage::fillYears()
{
    m_filling = true;
    m_year->clear();
    if (auto index = m_session.catalog().findIndex(m_indexCode); index && index.value()) {
        if (auto years = m_session.catalog().years(index.value()->id); years) {
            for (auto y = years->crbegin(); y != years->crend(); ++y)
                m_year->addItem(QString::number(*y), *y);
        }
    }
    int at = m_year->findData(m_yearValue);
    if (at < 0 && m_year->count() > 0)
        at = 0;
    m_year->setCurrentIndex(at);
    m_yearValue = m_year->currentData().toInt();
    m_filling = false;
}

void SetupPage::loadTabs()
{
    std::optional<Index> index;
    if (auto found = m_session.catalog().findIndex(m_indexCode); found && found.value())
        index = *found.value();
    m_indexName->setText(index ? index->name : QString());
    m_indexName->setVisible(index.has_value());
    m_newYear->setEnabled(index.has_value());
    m_import->setEnabled(index.has_value());
    m_removeYear->setEnabled(index.has_value() && m_yearValue);
    m_framework->load(index, m_yearValue);
    m_units->load(index, m_yearValue);
}

void SetupPage::newIndex()
{
    if (!m_session.isOpen())
        return;
    FrameworkEditor editor(m_session.catalog());
    if (auto made = SetupDialogs::newIndex(this, editor)) {
        m_indexCode = made->code;
        m_yearValue = 0;
        m_session.notifyDataChanged();
        refresh();
        m_tabs->setCurrentWidget(m_framework);
        emit status(tr("Index %1 created: add its criteria, or import a framework file.").arg(made->code));
    }
}

void SetupPage::newYear()
{
    auto index = m_session.catalog().index(m_indexCode);
    if (!index)
        return;
    FrameworkEditor editor(m_session.catalog());
    if (const int year = SetupDialogs::newYear(this, editor, index.value(), years())) {
        m_yearValue = year;
        m_session.notifyDataChanged();
        refresh();
        emit status(tr("The %1 framework of %2 is ready.").arg(year).arg(index->code));
    }
}

void SetupPage::importFramework()
{
    auto index = m_session.catalog().index(m_indexCode);
    if (!index)
        return;
    FrameworkEditor editor(m_session.catalog());
    auto imported = SetupDialogs::importFramework(this, editor, index.value(), m_yearValue, years());
    if (!imported)
        return;
    m_yearValue = imported->framework.year;
    m_session.notifyDataChanged();
    refresh();
    m_tabs->setCurrentWidget(m_framework);
    if (!imported->warnings.isEmpty())
        Dialogs::showInfo(this, tr("Framework imported"),
                          tr("The framework was imported, with these remarks:") + u'\n'
                              + imported->warnings.join(u'\n'));
    emit status(tr("The %1 framework of %2 was imported.").arg(m_yearValue).arg(index->code));
}

void SetupPage::removeYear()
{
    auto index = m_session.catalog().index(m_indexCode);
    if (!index || !m_yearValue)
        return;
    const int year = m_yearValue;
    if (!Dialogs::confirm(this, tr("Remove year"),
                          tr("Remove the %1 framework of %2, with its criteria and bands?").arg(year).arg(index->code),
                          tr("Remove")))
        return;
    FrameworkEditor editor(m_session.catalog());
    if (Status s = editor.removeFramework(index.value(), year); !s) {
        Dialogs::showError(this, tr("Cannot remove the year"), s.error().message);
        return;
    }
    m_yearValue = 0;
    m_session.notifyDataChanged();
    refresh();
    emit status(tr("The %1 framework of %2 was removed.").arg(year).arg(index->code));
}

} // namespace par::ui
