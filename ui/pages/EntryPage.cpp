#include "pages/EntryPage.h"

#include "Dialogs.h"
#include "FinaliseActions.h"
#include "commands/SetNoteCommand.h"
#include "models/ScoreDelegate.h"
#include "models/ScoreTreeModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

EntryPage::EntryPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_model(new ScoreTreeModel(this))
    , m_delegate(new ScoreDelegate(this))
    , m_view(new QTreeView(this))
    , m_heading(new QLabel(this))
    , m_total(new QLabel(this))
    , m_message(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_reopen(new QPushButton(tr("&Reopen..."), m_banner))
    , m_finalise(new QPushButton(tr("&Finalise..."), this))
    , m_published(new QPushButton(tr("&Published value..."), this))
    , m_newYear(new QPushButton(tr("New &year..."), this))
{
    // Data is text (a unit named "<b>" shows as typed); the total label's markup is numbers only.
    for (QLabel* label : {m_heading, m_message, m_bannerText})
        label->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    // Space or Enter must never finalise or reopen by accident: the buttons take no focus and are no default.
    for (QPushButton* button : {m_reopen, m_finalise, m_published, m_newYear}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    m_banner->setObjectName(QStringLiteral("finalBanner"));
    m_banner->setStyleSheet(QStringLiteral("QFrame#finalBanner { background: #fff4d6; border: 1px solid #e0b84c; "
                                           "border-radius: 4px; }"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_reopen);
    layout->addWidget(m_banner);

    auto* top = new QHBoxLayout;
    m_heading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_heading->setWordWrap(true);
    top->addWidget(m_heading, 1);
    m_total->setStyleSheet(QStringLiteral("font-size: 15px;"));
    top->addWidget(m_total);
    top->addSpacing(12);
    top->addWidget(m_published);
    top->addWidget(m_finalise);
    top->addWidget(m_newYear);
    layout->addLayout(top);
    m_newYear->setObjectName(QStringLiteral("entryNewYear"));
    m_newYear->setToolTip(tr("Add a year to this index, copying last year's framework or starting empty"));
    m_newYear->hide();
    connect(m_newYear, &QPushButton::clicked, &m_session, &Session::requestNewYear);

    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_delegate->setView(m_view);
    m_view->setAlternatingRowColors(true);
    // Long criterion titles wrap onto more lines rather than being cut short.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->header()->setStretchLastSection(false);
    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EntryPage::contextMenu);
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });
    layout->addWidget(m_view, 1);

    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* hint = new QLabel(tr("Type a value and press Enter to move to the next criterion that takes values, Tab to "
                               "the next value cell. Decimal comma or point. Ctrl+V pastes a block copied from a "
                               "spreadsheet or the template; Ctrl+Z undoes, Ctrl+Shift+Z redoes. Rows computed from "
                               "their parts take no typing: right-click one to record a published value."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(hint);

    m_model->setWriter(
        [this](int position, Stage stage, std::optional<Decimal> value) { return setValue(position, stage, value); });
    connect(m_model, &ScoreTreeModel::noteEdited, this, &EntryPage::setNote);
    connect(m_model, &ScoreTreeModel::refused, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_delegate, &ScoreDelegate::typed, this,
            [this](const QString& problem) { showMessage(problem, !problem.isEmpty()); });
    connect(m_delegate, &ScoreDelegate::advance, this, &EntryPage::advance, Qt::QueuedConnection);
    // An undo or redo refused because a cell changed elsewhere: said here and in the status bar, from any page.
    connect(&m_session, &Session::editRefused, this, [this](const QString& text) {
        m_refused = true;
        showMessage(text, true);
        emit status(text);
    });
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, &EntryPage::showUndone);
    connect(m_reopen, &QPushButton::clicked, this, &EntryPage::reopen);
    connect(m_finalise, &QPushButton::clicked, this, &EntryPage::finalise);
    connect(m_published, &QPushButton::clicked, this, [this] {
        showParentMenu(m_view->currentIndex(), m_published->mapToGlobal(QPoint(0, m_published->height())));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntryPage::updatePublished);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EntryPage::updatePublished);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntryPage::updatePublished);
    updatePublished();
}

// The published value of a field row or the total: offered where the current row is one, never for a leaf.
void EntryPage::updatePublished()
{
    const int position = m_model->positionOf(m_view->currentIndex());
    const bool parent = position >= 0 && !m_model->framework().criteria[position].isLeaf();
    m_published->setEnabled(parent && !m_model->readOnly());
    m_published->setToolTip(parent ? tr("Record or remove a published value for %1, which otherwise is computed from "
                                        "its parts.")
                                         .arg(m_model->label(position))
                                   : tr("Select a field row or the total to record a published value for it."));
}

QString EntryPage::title() const
{
    return tr("Score entry");
}

QString EntryPage::iconName() const
{
    return QStringLiteral("document-edit");
}

QString EntryPage::message() const
{
    return m_message->text();
}

void EntryPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
    // A refused value stays in its editor: the reason goes beside it as well as under the table.
    if (QWidget* editor = m_delegate->openEditor(); editor && editor->isVisible()) {
        // As a paragraph, which a tip wraps: a long reason (a lost server's) would run off the screen as one line.
        const QString tip = problem ? QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()) : QString();
        editor->setToolTip(tip);
        if (problem)
            QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), tip, editor);
        else
            QToolTip::hideText();
    }
}

void EntryPage::refresh()
{
    const int keepPosition = m_model->positionOf(m_view->currentIndex());
    const int keepColumn = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : ScoreTreeModel::Final;
    auto framework = m_session.currentFramework();
    auto cohort = m_session.currentCohort();
    auto unit = m_session.isOpen() ? m_session.catalog().unitById(m_session.unitId())
                                   : Result<std::optional<Unit>>(std::nullopt);
    if (!framework || !cohort || !unit || !unit.value()) {
        m_model->clear();
        m_banner->hide();
        m_finalise->hide();
        m_published->hide();
        m_newYear->setVisible(m_session.isOpen() && !m_session.indexCode().isEmpty());
        m_heading->setText(m_newYear->isVisible()
                               ? tr("Choose a year and a unit in the bar above, or add a year with New year...")
                               : tr("Choose an index, a year and a unit in the bar above."));
        m_total->clear();
        return;
    }
    auto final = m_session.currentFinalised();
    auto selfValues = m_session.analysis().evaluateUnit(framework.value(), unit.value()->id, Stage::Self);
    auto finalValues = m_session.analysis().evaluateUnit(framework.value(), unit.value()->id, Stage::Final);
    auto selfNotes = m_session.editor().notes(framework.value(), unit.value()->id, Stage::Self);
    auto finalNotes = m_session.editor().notes(framework.value(), unit.value()->id, Stage::Final);
    auto selfVersions = m_session.editor().versions(framework.value(), unit.value()->id, Stage::Self);
    auto finalVersions = m_session.editor().versions(framework.value(), unit.value()->id, Stage::Final);
    if (!final || !selfValues || !finalValues || !selfNotes || !finalNotes || !selfVersions || !finalVersions) {
        showMessage(tr("Cannot read the scores: %1").arg(m_session.path()), true);
        return;
    }
    const bool readOnly = final.value();
    // What this account may change here (a unit account: its own self-assessed scores; an appraiser: the final ones).
    const Permissions& may = m_session.permissions();
    m_model->setWritableStages(may.canWriteScore(unit.value()->id, Stage::Self),
                               may.canWriteScore(unit.value()->id, Stage::Final));
    m_model->setVersions(selfVersions.value(), finalVersions.value());
    const bool reset = m_model->load(framework.value(), selfValues.value(), finalValues.value(), selfNotes.value(),
                                     finalNotes.value(), readOnly);
    if (readOnly)
        m_delegate->closeOpenEditor();
    if (!m_loaded) {
        m_loaded = true;
        m_view->header()->setSectionResizeMode(ScoreTreeModel::Title, QHeaderView::Stretch);
        for (int c : {ScoreTreeModel::Code, ScoreTreeModel::Max, ScoreTreeModel::Self, ScoreTreeModel::Final})
            m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        // Wide enough for their headers in either language ("Tài liệu kiểm chứng").
        for (int c : {ScoreTreeModel::Note, ScoreTreeModel::Evidence})
            m_view->header()->resizeSection(c, std::max(120, m_view->header()->sectionSizeHint(c)));
        m_view->header()->setSectionResizeMode(ScoreTreeModel::LeadUnit, QHeaderView::ResizeToContents);
    }
    if (reset) {
        // Another unit or year: the first criterion that takes values, or the same one as before.
        m_view->expandAll();
        int position = m_model->entryAtOrAfter(std::max(keepPosition, 0));
        if (position < 0)
            position = m_model->entryAtOrAfter(0);
        const QModelIndex target = m_model->indexOf(position, keepColumn);
        m_view->setCurrentIndex(target);
        m_view->scrollTo(target);
    }

    const Framework& f = framework.value();
    m_heading->setText(tr("%1 — %2 %3 — %4").arg(unit.value()->name, f.indexCode).arg(f.year).arg(cohort->name));
    const std::optional<Decimal> total = finalValues->total();
    m_total->setText(total ? tr("Appraised total: <b>%1</b> / %2 (%3%)")
                                 .arg(total->toString(QLocale()), f.root().maxPoints.toString(QLocale()),
                                      Decimal::percent(*total, f.root().maxPoints).toString(QLocale(), 2))
                           : tr("No appraised total yet"));
    m_banner->setVisible(readOnly);
    // An empty page is where a clerk starting next year's scores looks: the new year is offered here too.
    m_newYear->setVisible(!selfValues->total() && !total);
    m_finalise->setVisible(!readOnly && may.canFinalise());
    m_reopen->setVisible(may.canFinalise());
    m_published->setVisible(!readOnly && may.canWriteScore(unit.value()->id, m_session.stage()));
    if (readOnly)
        m_bannerText->setText(tr("The %1 results of \"%2\" are final and cannot be changed. To correct them, reopen "
                                 "them and give a reason; the reopening is recorded in the history.")
                                  .arg(f.year)
                                  .arg(cohort->name));
}

bool EntryPage::push(const QList<SetScoresCommand::Change>& changes, const QString& text)
{
    auto framework = m_session.currentFramework();
    auto cohort = m_session.currentCohort();
    if (!framework || !cohort) {
        // The server may have dropped the connection since the page was shown: said, never a silent refusal.
        showMessage(tr("Not saved: %1").arg((framework ? cohort.error() : framework.error()).message), true);
        return false;
    }
    QString error;
    SetScoresCommand* command = SetScoresCommand::apply(m_session, framework.value(), cohort.value(),
                                                        m_session.unitId(), changes, text, &error);
    if (!command) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_pushing = true;
    m_session.undoStack()->push(command);
    m_pushing = false;
    emit status(tr("Saved: %1").arg(text));
    // A value typed under a published value changes neither that row nor the total: say so, never silently.
    for (const SetScoresCommand::Change& change : changes) {
        const Framework& f = m_model->framework();
        int at = -1;
        for (int p = 0; p < f.criteria.size() && at < 0; ++p) {
            if (f.criteria[p].id == change.criterionId)
                at = p;
        }
        const Evaluation& e = m_model->evaluation(change.stage);
        for (int p = at >= 0 ? f.criteria[at].parent : -1; p >= 0; p = f.criteria[p].parent) {
            if (p < e.recorded.size() && e.recorded[p] && !f.criteria[at].isRoot() && p != at) {
                showMessage(tr("Saved: %1. But %2 has a published value, %3, that stands over its parts: it and the "
                               "total do not change. To use the parts instead, right-click that row and remove the "
                               "published value.")
                                .arg(text, m_model->label(p), e.value[p]->toString(QLocale())),
                            true);
                return true;
            }
        }
    }
    showMessage(tr("Saved: %1").arg(text), false);
    return true;
}

// The change of one cell from what the page shows: the value and the row version the write must still find.
SetScoresCommand::Change EntryPage::changeOf(int position, Stage stage, const std::optional<Decimal>& value) const
{
    const Evaluation& e = m_model->evaluation(stage);
    const std::optional<Decimal> before = e.recorded[position] ? e.value[position] : std::nullopt;
    return {m_model->framework().criteria[position].id, stage, before, value, m_model->version(position, stage)};
}

bool EntryPage::setValue(int position, Stage stage, std::optional<Decimal> value)
{
    const Framework& f = m_model->framework();
    const Criterion& c = f.criteria[position];
    const QString code = c.isRoot() ? tr("total") : c.code;
    const QString text = value ? tr("%1 = %2").arg(code, value->toString(QLocale())) : tr("clear %1").arg(code);
    return push({changeOf(position, stage, value)}, text);
}

bool EntryPage::recordParent(int position, Stage stage, const Decimal& value)
{
    const Framework& f = m_model->framework();
    if (position < 0 || position >= f.criteria.size() || f.criteria[position].isLeaf()) {
        showMessage(tr("Published values are recorded on fields and the total; type the others."), true);
        return false;
    }
    const Criterion& c = f.criteria[position];
    std::optional<Decimal> checked;
    const QString problem = ScoreEditor::validate(c, value.toString(), &checked);
    if (!problem.isEmpty()) {
        showMessage(tr("Not saved: %1: %2").arg(m_model->label(position), problem), true);
        return false;
    }
    const QString code = c.isRoot() ? tr("total") : c.code;
    return push({changeOf(position, stage, value)}, tr("published value %1 = %2").arg(code, value.toString(QLocale())));
}

bool EntryPage::removeParentValue(int position, Stage stage)
{
    const Framework& f = m_model->framework();
    if (position < 0 || position >= f.criteria.size() || f.criteria[position].isLeaf())
        return false;
    const Evaluation& e = m_model->evaluation(stage);
    if (!e.recorded[position])
        return false;
    const Criterion& c = f.criteria[position];
    const QString code = c.isRoot() ? tr("total") : c.code;
    return push({changeOf(position, stage, std::nullopt)}, tr("remove the published value of %1").arg(code));
}

void EntryPage::contextMenu(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at).isValid() ? m_view->indexAt(at) : m_view->currentIndex();
    showParentMenu(index, m_view->viewport()->mapToGlobal(at));
}

void EntryPage::showParentMenu(const QModelIndex& index, const QPoint& globalAt)
{
    const int position = m_model->positionOf(index);
    if (position < 0 || m_model->framework().criteria[position].isLeaf())
        return;
    const Stage stage
        = ScoreTreeModel::isValueColumn(index.column()) ? ScoreTreeModel::stageOf(index.column()) : Stage::Final;
    const bool recorded = m_model->evaluation(stage).recorded.value(position);
    const bool editable = m_model->writable(stage == Stage::Self ? ScoreTreeModel::Self : ScoreTreeModel::Final);
    QMenu menu(this);
    QAction* record = menu.addAction(tr("Record a published value for this row..."));
    QAction* remove = menu.addAction(tr("Remove the published value of this row..."));
    record->setEnabled(editable);
    remove->setEnabled(editable && recorded);
    QAction* chosen = menu.exec(globalAt);
    if (chosen == record)
        askRecordParent(position, stage);
    else if (chosen == remove)
        askRemoveParentValue(position, stage);
}

void EntryPage::askRecordParent(int position, Stage stage)
{
    const Criterion& c = m_model->framework().criteria[position];
    const Evaluation& e = m_model->evaluation(stage);
    const QString parts = e.aggregate.value(position) ? e.aggregate[position]->toString(QLocale()) : tr("none");
    const QString stageText = stage == Stage::Self ? tr("self-assessed") : tr("appraised");
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Record a published value"));
    dialog.setLabelText(tr("The %1 value of %2, as published (maximum %3). Its parts now give %4.")
                            .arg(stageText, m_model->label(position), c.maxPoints.toString(QLocale()), parts));
    dialog.setOkButtonText(tr("Next..."));
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setTextValue(e.recorded.value(position) ? e.value[position]->toString(QLocale()) : QString());
    std::optional<Decimal> value;
    while (true) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString problem = ScoreEditor::validate(c, dialog.textValue(), &value);
        if (problem.isEmpty() && value)
            break;
        showMessage(tr("%1: %2").arg(m_model->label(position), problem.isEmpty() ? tr("a value is required") : problem),
                    true);
    }
    if (!Dialogs::confirm(this, tr("Record a published value"),
                          tr("Record %1 as the %2 value of %3? It then stands over its parts (which give %4): the "
                             "total and the ranking use it, and the row is marked as a published value.")
                              .arg(value->toString(QLocale()), stageText, m_model->label(position), parts),
                          tr("Record")))
        return;
    recordParent(position, stage, *value);
}

void EntryPage::askRemoveParentValue(int position, Stage stage)
{
    const Evaluation& e = m_model->evaluation(stage);
    const QString parts = e.aggregate.value(position) ? e.aggregate[position]->toString(QLocale()) : tr("none");
    if (!Dialogs::confirm(this, tr("Remove the published value"),
                          tr("Remove the published value %1 of %2? The row then shows the result of its parts: %3.")
                              .arg(e.value[position]->toString(QLocale()), m_model->label(position), parts),
                          tr("Remove")))
        return;
    removeParentValue(position, stage);
}

// After an undo or redo, the cell it changed is shown, so that the clerk sees what happened.
void EntryPage::showUndone(int index)
{
    const int previous = m_undoIndex;
    m_undoIndex = index;
    QUndoStack* stack = m_session.undoStack();
    const QUndoCommand* command = index < previous ? stack->command(index) : stack->command(index - 1);
    // The status bar says what Ctrl+Z or Ctrl+Shift+Z just did, from any page; a refusal keeps its own reason there.
    if (command && !m_pushing && !m_refused)
        emit status(index < previous ? tr("Undone: %1").arg(command->text()) : tr("Redone: %1").arg(command->text()));
    m_refused = false;
    const auto* scores = dynamic_cast<const SetScoresCommand*>(command);
    if (!scores || scores->changes().isEmpty() || !isVisible() || m_pushing)
        return; // nothing, or a new edit (Enter moves on by itself)
    const SetScoresCommand::Change& first = scores->changes().first();
    for (int p = 0; p < m_model->framework().criteria.size(); ++p) {
        if (m_model->framework().criteria[p].id == first.criterionId) {
            moveTo(p, first.stage == Stage::Self ? ScoreTreeModel::Self : ScoreTreeModel::Final, false);
            return;
        }
    }
}

void EntryPage::setNote(int position, Stage stage, const ScoreNote& note)
{
    auto framework = m_session.currentFramework();
    auto cohort = m_session.currentCohort();
    if (!framework || !cohort) {
        showMessage(tr("Not saved: %1").arg((framework ? cohort.error() : framework.error()).message), true);
        return;
    }
    // What the page showed: the core refuses the write if the cell has changed elsewhere since.
    const ScoreNote before = m_model->note(position, stage);
    if (before.note == note.note && before.evidence == note.evidence)
        return;
    const Criterion& c = framework->criteria[position];
    const QString code = c.isRoot() ? tr("total") : c.code;
    const QString text = before.evidence != note.evidence ? tr("evidence of %1").arg(code) : tr("note on %1").arg(code);
    QString error;
    SetNoteCommand* command
        = SetNoteCommand::apply(m_session, framework.value(), cohort.value(), m_session.unitId(), c.id, stage, before,
                                note, m_model->version(position, stage), text, &error);
    if (!command) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return;
    }
    m_pushing = true;
    m_session.undoStack()->push(command);
    m_pushing = false;
    showMessage(tr("Saved: %1").arg(text), false);
}

void EntryPage::advance(int position, int column, ScoreDelegate::Move move)
{
    // Only criteria that take values, in the order of the form: a field row or the total is never a stop.
    int next = -1;
    int nextColumn = column;
    switch (move) {
    case ScoreDelegate::Move::Down:
        next = m_model->nextEntry(position);
        break;
    case ScoreDelegate::Move::Next:
        if (column == ScoreTreeModel::Self) {
            next = position;
            nextColumn = ScoreTreeModel::Final;
        } else {
            next = m_model->nextEntry(position);
            nextColumn = ScoreTreeModel::Self;
        }
        break;
    case ScoreDelegate::Move::Previous:
        if (column == ScoreTreeModel::Final) {
            next = position;
            nextColumn = ScoreTreeModel::Self;
        } else {
            next = m_model->previousEntry(position);
            nextColumn = ScoreTreeModel::Final;
        }
        break;
    }
    if (next < 0) {
        moveTo(position, column, false);
        showMessage(tr("%1 was the last criterion that takes values.").arg(m_model->label(position)), false);
        return;
    }
    moveTo(next, nextColumn, true);
}

void EntryPage::moveTo(int position, int column, bool edit)
{
    const QModelIndex target = m_model->indexOf(position, column);
    if (!target.isValid())
        return;
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target);
    m_view->setFocus();
    if (edit && (m_model->flags(target) & Qt::ItemIsEditable))
        m_view->edit(target);
}

bool EntryPage::paste(const QString& text)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !ScoreTreeModel::isValueColumn(current.column())) {
        showMessage(tr("Select a cell in the self-assessed or appraised column, then paste."), true);
        return false;
    }
    if (m_model->readOnly()) {
        showMessage(tr("These results are final; reopen them before pasting."), true);
        return false;
    }
    if (!m_model->writable(current.column())) {
        showMessage(tr("Your account (%1) may not change this column.").arg(m_session.permissions().describe()), true);
        return false;
    }
    QStringList rows = text.split(u'\n');
    for (QString& row : rows) {
        if (row.endsWith(u'\r'))
            row.chop(1);
    }
    while (!rows.isEmpty() && rows.last().trimmed().isEmpty())
        rows.removeLast();
    if (rows.isEmpty())
        return false;
    QList<QStringList> cells;
    for (const QString& row : rows)
        cells.append(row.split(u'\t'));
    const int width = ScoreTreeModel::Final - current.column() + 1;
    // A unit's row of the exported template lists the criteria that take values across: the same values, down.
    if (cells.size() == 1 && cells.first().size() > width) {
        QList<QStringList> down;
        for (const QString& cell : cells.first())
            down.append({cell});
        cells = down;
    }
    const Framework& f = m_model->framework();
    // The values fill the criteria that take values from the current one on; computed rows are skipped.
    QList<int> targets;
    for (int p = m_model->entryAtOrAfter(m_model->positionOf(current)); p >= 0 && targets.size() < cells.size();
         p = m_model->nextEntry(p))
        targets.append(p);
    if (targets.size() < cells.size()) {
        showMessage(tr("Nothing was pasted: the block has %1 values in a column but only %2 criteria that take "
                       "values follow from here.")
                        .arg(cells.size())
                        .arg(targets.size()),
                    true);
        return false;
    }
    QList<SetScoresCommand::Change> changes;
    for (int r = 0; r < cells.size(); ++r) {
        const int position = targets[r];
        const Criterion& c = f.criteria[position];
        for (int k = 0; k < cells[r].size(); ++k) {
            const int column = current.column() + k;
            if (!ScoreTreeModel::isValueColumn(column)) {
                showMessage(tr("Nothing was pasted: the block is wider than the value columns."), true);
                return false;
            }
            std::optional<Decimal> value;
            const QString problem = ScoreEditor::validate(c, cells[r][k], &value);
            if (!problem.isEmpty()) {
                showMessage(tr("Nothing was pasted. %1 (%2): \"%3\" %4")
                                .arg(m_model->label(position),
                                     column == ScoreTreeModel::Self ? tr("self-assessed") : tr("appraised"),
                                     cells[r][k].trimmed(), problem),
                            true);
                return false;
            }
            const SetScoresCommand::Change change = changeOf(position, ScoreTreeModel::stageOf(column), value);
            if (change.before != value)
                changes.append(change);
        }
    }
    if (changes.isEmpty()) {
        showMessage(tr("The pasted values are already there."), false);
        return true;
    }
    // One write and one undo step per paste, even when it fills both columns.
    if (!push(changes, tr("paste %n value(s)", nullptr, int(changes.size()))))
        return false;
    moveTo(targets.last(), current.column(), false);
    return true;
}

bool EntryPage::eventFilter(QObject* object, QEvent* event)
{
    if (object == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste)) {
            paste(QApplication::clipboard()->text());
            return true;
        }
        // Keys reach the view only while no editor is open: Enter starts editing the current cell.
        const QModelIndex current = m_view->currentIndex();
        const bool valueCell = current.isValid() && ScoreTreeModel::isValueColumn(current.column());
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (current.isValid() && (m_model->flags(current) & Qt::ItemIsEditable)) {
                m_view->edit(current);
                return true;
            }
        }
        // Tab walks the value cells of the criteria that take values, as it does from an editor.
        if (valueCell && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            const int position = m_model->positionOf(current);
            int target = position;
            int column = current.column();
            if (!back)
                std::tie(target, column) = column == ScoreTreeModel::Self && m_model->takesValues(position)
                    ? std::pair(position, int(ScoreTreeModel::Final))
                    : std::pair(m_model->nextEntry(position), int(ScoreTreeModel::Self));
            else
                std::tie(target, column) = column == ScoreTreeModel::Final && m_model->takesValues(position)
                    ? std::pair(position, int(ScoreTreeModel::Self))
                    : std::pair(m_model->previousEntry(position), int(ScoreTreeModel::Final));
            if (target > 0)
                moveTo(target, column, false);
            return true;
        }
        // Typing on a computed row records nothing: say what to do instead.
        const bool typing = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            || (!key->text().isEmpty() && key->text().at(0).isPrint()
                && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)));
        if (valueCell && typing && !m_model->takesValues(m_model->positionOf(current))
            && !m_model->framework().criteria.isEmpty()) {
            showMessage(tr("%1 is computed from its parts: type the values of its parts. To record a published value "
                           "over them, right-click the row: \"Record a published value for this row...\".")
                            .arg(m_model->label(m_model->positionOf(current))),
                        true);
            return true;
        }
    }
    return Page::eventFilter(object, event);
}

void EntryPage::finalise()
{
    // Asks (naming units without complete scores) and finalises through the core operation.
    if (FinaliseActions::finalise(this, m_session))
        emit status(tr("The %1 results of \"%2\" are final.")
                        .arg(m_session.year())
                        .arg(m_session.currentCohort() ? m_session.currentCohort()->name : QString()));
}

void EntryPage::reopen()
{
    QString reason;
    if (FinaliseActions::reopen(this, m_session, &reason))
        emit status(tr("Reopened: %1").arg(reason));
}

} // namespace par::ui
