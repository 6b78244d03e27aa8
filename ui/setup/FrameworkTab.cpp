#include "setup/FrameworkTab.h"

#include "Dialogs.h"
#include "scoring/Ranking.h"
#include "setup/ActionRow.h"
#include "setup/ChoiceDelegate.h"
#include "setup/PaddedItemDelegate.h"
#include "setup/SetupDialogs.h"
#include "storage/FrameworkEditor.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

FrameworkTab::FrameworkTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_lock(new QLabel(this))
    , m_toolBar(new ActionRow(this))
    , m_tree(new QTreeView(this))
    , m_model(new CriteriaTreeModel(this))
    , m_aggregationDelegate(new ChoiceDelegate(this))
    , m_leadDelegate(new ChoiceDelegate(this))
    , m_bandsTitle(new QLabel(this))
    , m_bands(new QTableView(this))
    , m_bandsModel(new BandsModel(this))
{
    for (QLabel* label : {m_summary, m_lock})
        label->setTextFormat(Qt::PlainText); // data is text, never markup
    // ---- Criteria ----
    m_addChild
        = ActionRow::makeAction(m_tree, QStringLiteral("list-add"), tr("Add sub-criterion"),
                                QKeySequence(Qt::CTRL | Qt::Key_Insert), tr("Add a criterion inside the selected one"));
    m_addSibling = ActionRow::makeAction(m_tree, QStringLiteral("list-add"), tr("Add criterion below"),
                                         QKeySequence(Qt::Key_Insert),
                                         tr("Add a criterion after the selected one, at the same level"));
    m_remove = ActionRow::makeAction(m_tree, QStringLiteral("list-remove"), tr("Remove"), QKeySequence(Qt::Key_Delete),
                                     tr("Remove the selected criterion and its sub-criteria"));
    m_moveUp = ActionRow::makeAction(m_tree, QStringLiteral("go-up"), tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                                     tr("Move the selected criterion up among its siblings"));
    m_moveDown = ActionRow::makeAction(m_tree, QStringLiteral("go-down"), tr("Move down"),
                                       QKeySequence(Qt::ALT | Qt::Key_Down),
                                       tr("Move the selected criterion down among its siblings"));
    m_toolBar->add(m_addSibling);
    m_toolBar->add(m_addChild);
    m_toolBar->add(m_remove);
    m_toolBar->addSeparator();
    m_toolBar->add(m_moveUp);
    m_toolBar->add(m_moveDown);
    connect(m_addChild, &QAction::triggered, this, &FrameworkTab::addChild);
    connect(m_addSibling, &QAction::triggered, this, &FrameworkTab::addSibling);
    connect(m_remove, &QAction::triggered, this, &FrameworkTab::removeCurrent);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });

    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_lock->setWordWrap(true);
    m_lock->setObjectName(QStringLiteral("lockNotice"));
    m_lock->setStyleSheet(QStringLiteral("QLabel#lockNotice { background: palette(alternate-base); border: 1px solid "
                                         "palette(mid); border-radius: 3px; padding: 5px 8px; }"));

    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new PaddedItemDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegateForColumn(CriteriaTreeModel::Aggregation, m_aggregationDelegate);
    m_tree->setItemDelegateForColumn(CriteriaTreeModel::LeadUnit, m_leadDelegate);
    m_aggregationDelegate->setChoices(
        {{CriteriaTreeModel::aggregationText(Aggregation::Sum), QStringLiteral("sum")},
         {CriteriaTreeModel::aggregationText(Aggregation::Mean), QStringLiteral("mean")}});
    m_leadDelegate->setEditable(true);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CriteriaTreeModel::Code, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CriteriaTreeModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(CriteriaTreeModel::MaxPoints, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CriteriaTreeModel::Aggregation, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CriteriaTreeModel::LeadUnit, QHeaderView::Interactive);
    header->resizeSection(CriteriaTreeModel::LeadUnit, 230);
    header->setMinimumSectionSize(60);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions({m_addSibling, m_addChild, m_remove});
        menu.addSeparator();
        menu.addActions({m_moveUp, m_moveDown});
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FrameworkTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FrameworkTab::updateActions);
    m_model->setEditHandler([this](qint64 id, CriteriaTreeModel::Column column, const QVariant& value) {
        // After the editor has closed: a refusal opens a dialog, which must not fight the editor for focus.
        QMetaObject::invokeMethod(
            this, [this, id, column, value] { applyCriterionEdit(id, column, value); }, Qt::QueuedConnection);
        return true;
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_lock);
    leftLayout->addWidget(m_toolBar);
    leftLayout->addWidget(m_tree, 1);
    auto* hint = new QLabel(tr("Double-click a cell to change it. A parent's maximum that differs from its parts is "
                               "marked with a warning sign."),
                            left);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(hint);

    // ---- Bands ----
    auto* bandsBox = new QGroupBox(tr("Classification bands"), this);
    auto* bandsLayout = new QVBoxLayout(bandsBox);
    m_bandsTitle->setWordWrap(true);
    m_bandsTitle->setText(tr("Percent of the maximum points that applied. A unit takes the highest band whose minimum "
                             "it reaches."));
    auto* bandsBar = new ActionRow(bandsBox);
    m_addBand = ActionRow::makeAction(m_bands, QStringLiteral("list-add"), tr("Add band"), QKeySequence(Qt::Key_Insert),
                                      tr("Add a classification band"));
    m_removeBand = ActionRow::makeAction(m_bands, QStringLiteral("list-remove"), tr("Remove band"),
                                         QKeySequence(Qt::Key_Delete), tr("Remove the selected band"));
    bandsBar->add(m_addBand);
    bandsBar->add(m_removeBand);
    connect(m_addBand, &QAction::triggered, this, &FrameworkTab::addBand);
    connect(m_removeBand, &QAction::triggered, this, &FrameworkTab::removeBand);
    m_bands->setModel(m_bandsModel);
    m_bands->verticalHeader()->hide();
    m_bands->verticalHeader()->setDefaultSectionSize(PaddedItemDelegate::rowHeight(m_bands->fontMetrics()));
    m_bands->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bands->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bands->setAlternatingRowColors(true);
    m_bands->horizontalHeader()->setSectionResizeMode(BandsModel::MinPercent, QHeaderView::ResizeToContents);
    m_bands->horizontalHeader()->setSectionResizeMode(BandsModel::Label, QHeaderView::Stretch);
    m_bands->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_bandsModel->setEditHandler([this](int row, BandsModel::Column column, const QVariant& value) {
        QMetaObject::invokeMethod(
            this, [this, row, column, value] { applyBandEdit(row, column, value); }, Qt::QueuedConnection);
        return true;
    });
    connect(m_bands->selectionModel(), &QItemSelectionModel::currentChanged, this, &FrameworkTab::updateActions);
    bandsLayout->addWidget(m_bandsTitle);
    bandsLayout->addWidget(bandsBar);
    bandsLayout->addWidget(m_bands, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(bandsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    // At least wide enough for its buttons in the user's language.
    bandsBox->setMinimumWidth(qMax(260, bandsBox->minimumSizeHint().width()));
    splitter->setSizes({1000, 260});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    setTabOrder(m_tree, m_bands);
    updateActions();
}

QStringList FrameworkTab::leadUnitChoices() const
{
    QStringList names = m_unitNames;
    for (const Criterion& c : m_model->framework().criteria) {
        if (!c.leadUnit.isEmpty() && !names.contains(c.leadUnit))
            names << c.leadUnit;
    }
    std::sort(names.begin(), names.end(), vietnameseLess);
    return names;
}

void FrameworkTab::load(const std::optional<Index>& index, int year)
{
    const qint64 previousFramework = m_model->framework().id;
    QSet<qint64> expanded;
    const qint64 current = m_tree->currentIndex().data(CriteriaTreeModel::IdRole).toLongLong();
    for (int i = 0; i < m_model->framework().criteria.size(); ++i) {
        if (m_tree->isExpanded(m_model->indexOfPosition(i)))
            expanded.insert(m_model->framework().criteria[i].id);
    }

    m_index = index;
    m_year = year;
    std::optional<Framework> framework;
    if (index && year) {
        auto found = m_session.catalog().framework(*index, year);
        if (!found)
            emit status(found.error().message);
        else
            framework = found.value();
    }
    m_scored = false;
    m_final.clear();
    if (framework) {
        if (auto scored = m_session.catalog().frameworkHasScores(framework->id); scored)
            m_scored = scored.value();
        FrameworkEditor editor(m_session.catalog());
        if (auto final = editor.finalisedCohorts(index->id, year); final)
            m_final = final.value();
    }
    m_unitNames.clear();
    if (auto units = m_session.catalog().units(); units) {
        for (const Unit& u : units.value()) {
            if (!year || u.activeIn(year))
                m_unitNames << u.name;
        }
    }

    m_model->setLocks(m_scored, !m_final.isEmpty());
    m_model->setFramework(framework.value_or(Framework()));
    QList<ChoiceDelegate::Choice> leads;
    for (const QString& name : leadUnitChoices())
        leads.append({name, name});
    m_leadDelegate->setChoices(leads);
    m_bandsModel->setBands(framework ? framework->bands : QList<Band>());

    if (!framework) {
        m_summary->setText(index ? tr("%1 has no framework yet. Create a year or import a framework file with the "
                                      "buttons above.")
                                       .arg(index->code)
                                 : tr("There is no index yet. Create one with \"New index\" above."));
        m_lock->hide();
    } else {
        const Criterion& root = framework->root();
        m_summary->setText(tr("%1 %2: %n criteria, maximum %3", nullptr, int(framework->criteria.size()) - 1)
                               .arg(index->code)
                               .arg(year)
                               .arg(root.maxPoints.toString(QLocale())));
        if (!m_final.isEmpty())
            m_lock->setText(tr("The %1 results of %2 are final. Titles and lead units can still change; maxima, bands "
                               "and criteria stay as they are until the results are reopened with a reason.")
                                .arg(year)
                                .arg(QString(u'"' + m_final.join(QStringLiteral("\", \"")) + u'"')));
        else if (m_scored)
            m_lock->setText(tr("%1 already has scores: codes and aggregations are locked, criteria with scores cannot "
                               "be removed, and no maximum may go below a recorded score.")
                                .arg(year));
        else
            m_lock->setText(tr("%1 has no scores yet: everything in this framework can still change.").arg(year));
        m_lock->show();
        if (framework->criteria.size() == 1)
            m_summary->setText(m_summary->text() + u'\n'
                               + tr("Add its first criterion with \"Add sub-criterion\" (the total is selected), or "
                                    "import a framework file."));
    }

    if (framework && framework->id == previousFramework) {
        for (int i = 0; i < m_model->framework().criteria.size(); ++i) {
            if (expanded.contains(m_model->framework().criteria[i].id) || i == 0)
                m_tree->setExpanded(m_model->indexOfPosition(i), true);
        }
    } else {
        m_tree->expandAll();
    }
    // Something is always selected, so that the first criterion of an empty year can be added straight away.
    const QModelIndex at = current ? m_model->indexOfId(current) : QModelIndex();
    if (at.isValid())
        m_tree->setCurrentIndex(at);
    else if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

int FrameworkTab::currentPosition() const
{
    return m_model->positionOf(m_tree->currentIndex());
}

void FrameworkTab::updateActions()
{
    const Framework& f = m_model->framework();
    const int position = currentPosition();
    const bool any = position >= 0;
    const bool root = any && f.criteria[position].isRoot();
    const bool open = m_final.isEmpty();
    int row = -1;
    int siblings = 0;
    if (any && !root) {
        const QList<int>& children = f.criteria[f.criteria[position].parent].children;
        row = int(children.indexOf(position));
        siblings = int(children.size());
    }
    m_addChild->setEnabled(any && open);
    m_addSibling->setEnabled(any && !root && open);
    m_remove->setEnabled(any && !root && open);
    m_moveUp->setEnabled(any && !root && row > 0);
    m_moveDown->setEnabled(any && !root && row >= 0 && row < siblings - 1);
    const bool framework = !f.criteria.isEmpty();
    m_addBand->setEnabled(framework && open);
    m_removeBand->setEnabled(framework && open && m_bands->currentIndex().isValid());
}

void FrameworkTab::showRefusal(const QString& title, const Error& error)
{
    Dialogs::showError(this, title, error.message);
    load(m_index, m_year); // back to what is stored
}

void FrameworkTab::written(const QString& message, qint64 selectId)
{
    m_session.notifyDataChanged();
    // A hidden page is not refreshed by the session; keep this tab current either way.
    load(m_index, m_year);
    if (selectId) {
        const QModelIndex at = m_model->indexOfId(selectId);
        if (at.isValid()) {
            m_tree->expand(at.parent());
            m_tree->setCurrentIndex(at);
            m_tree->scrollTo(at);
        }
    }
    emit status(message);
}

void FrameworkTab::addChild()
{
    const int position = currentPosition();
    if (position < 0 || !m_index)
        return;
    const Framework& f = m_model->framework();
    const Criterion& parent = f.criteria[position];
    CriterionFields suggested;
    suggested.code = FrameworkEditor::suggestCode(f, position);
    suggested.aggregation = parent.aggregation;
    suggested.leadUnit = parent.leadUnit;
    const qint64 parentId = parent.id;
    const QString title = parent.isRoot() ? tr("New top-level criterion") : tr("New criterion in %1").arg(parent.code);
    const qint64 id
        = SetupDialogs::newCriterion(this, title, suggested, leadUnitChoices(), [&](const CriterionFields& c) {
              FrameworkEditor editor(m_session.catalog());
              return editor.addChild(parentId, c);
          });
    if (id)
        written(tr("Criterion added."), id);
}

void FrameworkTab::addSibling()
{
    const int position = currentPosition();
    if (position < 0 || !m_index)
        return;
    const Framework& f = m_model->framework();
    const Criterion& after = f.criteria[position];
    if (after.isRoot())
        return;
    CriterionFields suggested;
    suggested.code = FrameworkEditor::suggestCode(f, after.parent);
    suggested.aggregation = after.aggregation;
    suggested.leadUnit = after.leadUnit;
    const qint64 afterId = after.id;
    const qint64 id = SetupDialogs::newCriterion(this, tr("New criterion after %1").arg(after.code), suggested,
                                                 leadUnitChoices(), [&](const CriterionFields& c) {
                                                     FrameworkEditor editor(m_session.catalog());
                                                     return editor.addSibling(afterId, c);
                                                 });
    if (id)
        written(tr("Criterion added."), id);
}

void FrameworkTab::removeCurrent()
{
    const int position = currentPosition();
    if (position < 0)
        return;
    const Criterion c = m_model->framework().criteria[position];
    if (c.isRoot())
        return;
    FrameworkEditor editor(m_session.catalog());
    // Say why before asking: a criterion with scores cannot go, and the database would refuse it anyway.
    auto scores = editor.scoreCount(c.id);
    if (!scores) {
        Dialogs::showError(this, tr("Cannot remove the criterion"), scores.error().message);
        return;
    }
    if (scores.value() > 0) {
        Dialogs::showError(this, tr("Cannot remove the criterion"),
                           tr("%1 \"%2\" cannot be removed: %n score(s) are recorded for it or its sub-criteria.",
                              nullptr, scores.value())
                               .arg(c.code, c.title),
                           tr("Remove those scores on the score entry page first, or keep the criterion."));
        return;
    }
    int descendants = 0;
    for (int i = position + 1;
         i < m_model->framework().criteria.size() && m_model->framework().criteria[i].depth > c.depth; ++i)
        ++descendants;
    const QString text = descendants
        ? tr("Remove %1 \"%2\" and its %n sub-criteria?", nullptr, descendants).arg(c.code, c.title)
        : tr("Remove %1 \"%2\"?").arg(c.code, c.title);
    if (!Dialogs::confirm(this, tr("Remove criterion"), text, tr("Remove")))
        return;
    if (Status s = editor.remove(c.id); !s) {
        showRefusal(tr("Cannot remove the criterion"), s.error());
        return;
    }
    written(tr("Criterion %1 removed.").arg(c.code));
}

void FrameworkTab::moveCurrent(int delta)
{
    const int position = currentPosition();
    if (position < 0)
        return;
    const qint64 id = m_model->framework().criteria[position].id;
    FrameworkEditor editor(m_session.catalog());
    if (Status s = editor.move(id, delta); !s) {
        showRefusal(tr("Cannot move the criterion"), s.error());
        return;
    }
    written(delta < 0 ? tr("Moved up.") : tr("Moved down."), id);
}

void FrameworkTab::applyCriterionEdit(qint64 criterionId, CriteriaTreeModel::Column column, const QVariant& value)
{
    const QModelIndex at = m_model->indexOfId(criterionId);
    const int position = m_model->positionOf(at);
    if (position < 0)
        return;
    const Criterion& c = m_model->framework().criteria[position];
    CriterionFields fields = CriterionFields::of(c);
    const QString name = c.isRoot() ? tr("the total") : c.code;
    switch (column) {
    case CriteriaTreeModel::Code:
        fields.code = value.toString();
        break;
    case CriteriaTreeModel::Title:
        fields.title = value.toString();
        break;
    case CriteriaTreeModel::MaxPoints: {
        auto points = Decimal::parse(value.toString());
        if (!points) {
            showRefusal(tr("Cannot change %1").arg(name),
                        Error::input(tr("Maximum points: %1").arg(points.error().message)));
            return;
        }
        fields.maxPoints = points.value();
        break;
    }
    case CriteriaTreeModel::Aggregation:
        parseAggregation(value.toString(), &fields.aggregation);
        break;
    case CriteriaTreeModel::LeadUnit:
        fields.leadUnit = value.toString();
        break;
    default:
        return;
    }
    FrameworkEditor editor(m_session.catalog());
    if (Status s = editor.update(criterionId, fields); !s) {
        showRefusal(tr("Cannot change %1").arg(name), s.error());
        return;
    }
    written(tr("%1 saved.").arg(c.isRoot() ? tr("The total") : c.code), criterionId);
}

void FrameworkTab::addBand()
{
    const Framework& f = m_model->framework();
    if (f.criteria.isEmpty())
        return;
    const qint64 frameworkId = f.id;
    QList<Band> bands = m_bandsModel->bands();
    const bool added = SetupDialogs::newBand(this, [&](const Band& band) {
        QList<Band> next = bands;
        next.append(band);
        FrameworkEditor editor(m_session.catalog());
        return editor.setBands(frameworkId, next);
    });
    if (added)
        written(tr("Band added."));
}

void FrameworkTab::removeBand()
{
    const int row = m_bands->currentIndex().row();
    QList<Band> bands = m_bandsModel->bands();
    if (row < 0 || row >= bands.size())
        return;
    const Band band = bands.takeAt(row);
    if (!Dialogs::confirm(this, tr("Remove band"),
                          tr("Remove the band \"%1\" (from %2%)?").arg(band.label, band.minPercent.toString(QLocale())),
                          tr("Remove")))
        return;
    FrameworkEditor editor(m_session.catalog());
    if (Status s = editor.setBands(m_model->framework().id, bands); !s) {
        showRefusal(tr("Cannot remove the band"), s.error());
        return;
    }
    written(tr("Band removed."));
}

void FrameworkTab::applyBandEdit(int row, BandsModel::Column column, const QVariant& value)
{
    QList<Band> bands = m_bandsModel->bands();
    if (row < 0 || row >= bands.size())
        return;
    if (column == BandsModel::MinPercent) {
        auto percent = Decimal::parse(value.toString());
        if (!percent) {
            showRefusal(tr("Cannot change the band"), Error::input(tr("From: %1").arg(percent.error().message)));
            return;
        }
        bands[row].minPercent = percent.value();
    } else {
        bands[row].label = value.toString();
    }
    FrameworkEditor editor(m_session.catalog());
    if (Status s = editor.setBands(m_model->framework().id, bands); !s) {
        showRefusal(tr("Cannot change the band"), s.error());
        return;
    }
    written(tr("Bands saved."));
}

} // namespace par::ui
