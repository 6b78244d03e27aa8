#include "pages/HistoryPage.h"

#include "PlainText.h"
#include "history/AuditModel.h"
#include "model/Decimal.h"
#include "scoring/Ranking.h"
#include "setup/CollatingProxyModel.h"
#include "setup/PaddedItemDelegate.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

namespace {

// A logged score as the reader writes numbers: 4,75 in Vietnamese. Other values (names, texts) stay as logged.
QString localValue(const QString& entity, const QString& value)
{
    if (entity != QLatin1String("score") || value.isEmpty())
        return value;
    auto d = Decimal::parse(value);
    return d ? d->toString(QLocale()) : value;
}

// The old and new value columns, localised for display; sorting and copying keep the model's values.
class LocalValueDelegate : public PaddedItemDelegate
{
public:
    LocalValueDelegate(AuditModel* model, QSortFilterProxyModel* proxy, QObject* parent)
        : PaddedItemDelegate(parent)
        , m_model(model)
        , m_proxy(proxy)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        PaddedItemDelegate::initStyleOption(option, index);
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid() && source.row() < m_model->entries().size())
            option->text = localValue(m_model->entries()[source.row()].entity, option->text);
    }

private:
    AuditModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

QLabel* caption(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// Keeps the typed or chosen text; the first item ("All ...") stands for no filter.
QString comboFilter(const QComboBox* combo)
{
    if (combo->isEditable()) {
        const QString text = combo->currentText().trimmed();
        return text == combo->itemText(0) ? QString() : text;
    }
    return combo->currentData().toString();
}

} // namespace

HistoryPage::HistoryPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_index(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_criterion(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
    , m_view(new QTableView(this))
    , m_model(new AuditModel(this))
    , m_proxy(new CollatingProxyModel(this))
    , m_count(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_typing(new QTimer(this))
{
    for (QLabel* label : {m_count, m_detail})
        label->setTextFormat(Qt::PlainText); // data is text, never markup
    m_index->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_index->setMinimumContentsLength(8);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year->setMinimumContentsLength(6);
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(22);
    m_unit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_criterion->setPlaceholderText(tr("Code, e.g. 3.1"));
    m_criterion->setClearButtonEnabled(true);
    m_criterion->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actor->setMinimumContentsLength(10);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);

    auto* filters = new QHBoxLayout;
    filters->addWidget(caption(tr("&Index:"), m_index, this));
    filters->addWidget(m_index);
    filters->addSpacing(8);
    filters->addWidget(caption(tr("&Year:"), m_year, this));
    filters->addWidget(m_year);
    filters->addSpacing(8);
    filters->addWidget(caption(tr("U&nit:"), m_unit, this));
    filters->addWidget(m_unit, 1);
    filters->addSpacing(8);
    filters->addWidget(caption(tr("C&riterion:"), m_criterion, this));
    filters->addWidget(m_criterion);
    filters->addSpacing(8);
    filters->addWidget(caption(tr("&Person:"), m_actor, this));
    filters->addWidget(m_actor);
    filters->addStretch(1);
    filters->addWidget(m_clear);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    for (int column : {int(AuditModel::OldValue), int(AuditModel::NewValue)})
        m_view->setItemDelegateForColumn(column, new LocalValueDelegate(m_model, m_proxy, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditModel::When, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(PaddedItemDelegate::rowHeight(m_view->fontMetrics()));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setHighlightSections(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setMinimumSectionSize(40);
    // Wide enough for every word a column can show in the user's language, and for its header.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto widest = [&](int column, const QStringList& words) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString& word : words)
            width = qMax(width, metrics.horizontalAdvance(word) + 16);
        header->resizeSection(column, width);
    };
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    widest(AuditModel::When, {QStringLiteral("00/00/0000 00:00:00")});
    widest(AuditModel::Who, {QStringLiteral("nguyenvana")});
    QStringList actions;
    for (const char* action : {"insert", "update", "delete", "finalise", "reopen", "replace", "import"})
        actions << AuditModel::actionText(QLatin1String(action));
    widest(AuditModel::Action, actions);
    QStringList entities;
    for (const char* entity : {"score", "criterion", "framework", "band", "unit", "cohort-year", "cohort-member",
                               "cohort", "index", "published-rank", "scores"})
        entities << AuditModel::entityText(QLatin1String(entity));
    widest(AuditModel::What, entities);
    widest(AuditModel::IndexCode, {QStringLiteral("BKCCHC")});
    widest(AuditModel::Year, {QStringLiteral("0000")});
    widest(AuditModel::Criterion, {QStringLiteral("0.0.0")});
    widest(AuditModel::Stage,
           {AuditModel::stageText(QStringLiteral("self")), AuditModel::stageText(QStringLiteral("final"))});
    header->resizeSection(AuditModel::Unit, 12 * em);
    // The values and the reason share what is left, so that a small screen needs no horizontal scrolling.
    header->setStretchLastSection(false);
    for (int column : {int(AuditModel::OldValue), int(AuditModel::NewValue), int(AuditModel::Reason)})
        header->setSectionResizeMode(column, QHeaderView::Stretch);

    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setStyleSheet(QStringLiteral("QLabel#auditDetail { background: palette(alternate-base); border: 1px "
                                           "solid palette(mid); border-radius: 3px; padding: 5px 8px; }"));
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 2 + 14);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_count);

    auto changed = [this] {
        if (!m_filling)
            reload();
    };
    connect(m_index, &QComboBox::currentIndexChanged, this, changed);
    connect(m_year, &QComboBox::currentIndexChanged, this, changed);
    connect(m_actor, &QComboBox::currentIndexChanged, this, changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, changed);
    connect(m_unit->lineEdit(), &QLineEdit::editingFinished, this, changed);
    connect(m_criterion, &QLineEdit::textChanged, this, [this] { m_typing->start(); });
    connect(m_typing, &QTimer::timeout, this, changed);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPage::clearFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &HistoryPage::showDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryPage::showDetail);
}

void HistoryPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    // Unit names are long ("Sở Lao động - Thương binh và Xã hội"): a wide window gives them room, a 1366 one 12 M's.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->horizontalHeader()->resizeSection(AuditModel::Unit, std::clamp(width() / 9, 12 * em, 26 * em));
}

QString HistoryPage::title() const
{
    return tr("History");
}

QString HistoryPage::iconName() const
{
    return QStringLiteral("document-open-recent");
}

void HistoryPage::refresh()
{
    fillFilters();
    reload();
}

void HistoryPage::fillFilters()
{
    m_filling = true;
    const QString index = m_index->currentData().toString();
    const int year = m_year->currentData().toInt();
    const QString unit = m_unit->currentText();
    const QString actor = m_actor->currentData().toString();
    m_index->clear();
    m_year->clear();
    m_unit->clear();
    m_actor->clear();
    m_index->addItem(tr("All"), QString());
    m_year->addItem(tr("All"), 0);
    m_unit->addItem(tr("All units"));
    m_actor->addItem(tr("Everyone"), QString());
    if (m_session.isOpen()) {
        QSet<int> years;
        if (auto indexes = m_session.catalog().indexes(); indexes) {
            for (const Index& i : indexes.value()) {
                m_index->addItem(i.code, i.code);
                m_index->setItemData(m_index->count() - 1, i.name, Qt::ToolTipRole);
                if (auto y = m_session.catalog().years(i.id); y) {
                    for (int value : y.value())
                        years.insert(value);
                }
            }
        }
        QList<int> sortedYears(years.cbegin(), years.cend());
        std::sort(sortedYears.begin(), sortedYears.end(), std::greater<int>());
        for (int y : sortedYears)
            m_year->addItem(QString::number(y), y);
        if (auto units = m_session.catalog().units(); units) {
            QStringList names;
            for (const Unit& u : units.value())
                names << u.name;
            names.removeDuplicates();
            std::sort(names.begin(), names.end(), vietnameseLess);
            m_unit->addItems(names);
        }
        if (auto actors = AuditLog::actors(m_session.database()); actors) {
            for (const QString& a : actors.value())
                m_actor->addItem(a, a);
        }
    }
    m_index->setCurrentIndex(qMax(0, m_index->findData(index)));
    m_year->setCurrentIndex(qMax(0, m_year->findData(year)));
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(actor)));
    const int unitAt = unit.isEmpty() ? 0 : m_unit->findText(unit);
    if (unitAt >= 0)
        m_unit->setCurrentIndex(unitAt);
    else
        m_unit->setCurrentText(unit);
    m_filling = false;
}

void HistoryPage::reload()
{
    if (!m_session.isOpen()) {
        m_model->setEntries({});
        m_count->setText(tr("No database is open."));
        return;
    }
    AuditFilter filter;
    filter.indexCode = m_index->currentData().toString();
    filter.year = m_year->currentData().toInt();
    filter.unit = comboFilter(m_unit);
    filter.criterion = m_criterion->text().trimmed();
    filter.actor = m_actor->currentData().toString();
    filter.limit = Limit;
    auto entries = AuditLog::read(m_session.database(), filter);
    if (!entries) {
        m_model->setEntries({});
        m_count->setText(startOfSentence(entries.error().message));
        return;
    }
    m_model->setEntries(entries.value());
    const int shown = int(entries->size());
    if (shown >= Limit)
        m_count->setText(tr("The newest %1 changes are shown; narrow the filters to see older ones.")
                             .arg(QLocale().toString(Limit)));
    else if (shown == 0)
        m_count->setText(tr("No change matches these filters."));
    else
        m_count->setText(tr("%n change(s), newest first.", nullptr, shown));
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void HistoryPage::clearFilters()
{
    m_filling = true;
    m_index->setCurrentIndex(0);
    m_year->setCurrentIndex(0);
    m_unit->setCurrentIndex(0);
    m_criterion->clear();
    m_actor->setCurrentIndex(0);
    m_typing->stop();
    m_filling = false;
    reload();
}

void HistoryPage::setUnitFilter(const QString& unit)
{
    m_unit->setCurrentText(unit);
    reload();
}

void HistoryPage::setCriterionFilter(const QString& criterion)
{
    m_criterion->setText(criterion);
    m_typing->stop();
    reload();
}

void HistoryPage::showDetail()
{
    const QModelIndex at = m_view->currentIndex();
    if (!at.isValid()) {
        m_detail->setText(tr("Select a change to see it in full."));
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(at);
    const AuditEntry& e = m_model->entries()[source.row()];
    QStringList where;
    if (!e.indexCode.isEmpty())
        where << (e.year ? QStringLiteral("%1 %2").arg(e.indexCode).arg(e.year) : e.indexCode);
    if (!e.unit.isEmpty())
        where << e.unit;
    if (!e.criterion.isEmpty())
        where << tr("criterion %1").arg(e.criterion);
    if (!e.stage.isEmpty())
        where << AuditModel::stageText(e.stage).toLower();
    QString text = tr("%1 by %2: %3 %4")
                       .arg(AuditModel::localTime(e.at), e.actor, AuditModel::actionText(e.action),
                            AuditModel::entityText(e.entity).toLower());
    if (!where.isEmpty())
        text += QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
    text += u'\n';
    const QString none = tr("(none)");
    text += tr("Old value: %1   New value: %2")
                .arg(e.oldValue.isEmpty() ? none : localValue(e.entity, e.oldValue),
                     e.newValue.isEmpty() ? none : localValue(e.entity, e.newValue));
    if (!e.reason.isEmpty())
        text += u'\n' + tr("Reason: %1").arg(e.reason);
    m_detail->setText(text);
}

} // namespace par::ui
