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
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
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
{
    // Data is text (a unit named "<b>" shows as typed); the total label's markup is numbers only.
    for (QLabel* label : {m_heading, m_message, m_bannerText})
        label->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);

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
    top->addWidget(m_finalise);
    layout->addLayout(top);

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
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });
    layout->addWidget(m_view, 1);

    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* hint = new QLabel(tr("Type a value and press Enter to move to the next criterion. Decimal comma or point. "
                               "Ctrl+V pastes a block copied from a spreadsheet; Ctrl+Z undoes, Ctrl+Shift+Z redoes."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(hint);

    connect(m_model, &ScoreTreeModel::valueEdited, this, &EntryPage::setValue);
    connect(m_model, &ScoreTreeModel::noteEdited, this, &EntryPage::setNote);
    connect(m_model, &ScoreTreeModel::refused, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_delegate, &ScoreDelegate::typed, this,
            [this](const QString& problem) { showMessage(problem, !problem.isEmpty()); });
    connect(m_delegate, &ScoreDelegate::advance, this, &EntryPage::advance, Qt::QueuedConnection);
    connect(m_reopen, &QPushButton::clicked, this, &EntryPage::reopen);
    connect(m_finalise, &QPushButton::clicked, this, &EntryPage::finalise);
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
        m_heading->setText(tr("Choose an index, a year and a unit in the bar above."));
        m_total->clear();
        return;
    }
    auto final = m_session.currentFinalised();
    auto selfValues = m_session.analysis().evaluateUnit(framework.value(), unit.value()->id, Stage::Self);
    auto finalValues = m_session.analysis().evaluateUnit(framework.value(), unit.value()->id, Stage::Final);
    auto selfNotes = m_session.editor().notes(framework.value(), unit.value()->id, Stage::Self);
    auto finalNotes = m_session.editor().notes(framework.value(), unit.value()->id, Stage::Final);
    if (!final || !selfValues || !finalValues || !selfNotes || !finalNotes) {
        showMessage(tr("Cannot read the scores: %1").arg(m_session.path()), true);
        return;
    }
    const bool readOnly = final.value();
    m_model->load(framework.value(), selfValues.value(), finalValues.value(), selfNotes.value(), finalNotes.value(),
                  readOnly);
    m_view->expandAll();
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
    m_view->setCurrentIndex(m_model->indexOf(keepPosition >= 0 ? keepPosition : 1, keepColumn));

    const Framework& f = framework.value();
    m_heading->setText(tr("%1 — %2 %3 — %4").arg(unit.value()->name, f.indexCode).arg(f.year).arg(cohort->name));
    const std::optional<Decimal> total = finalValues->total();
    m_total->setText(total ? tr("Appraised total: <b>%1</b> / %2 (%3%)")
                                 .arg(total->toString(QLocale()), f.root().maxPoints.toString(QLocale()),
                                      Decimal::percent(*total, f.root().maxPoints).toString(QLocale(), 2))
                           : tr("No appraised total yet"));
    m_banner->setVisible(readOnly);
    m_finalise->setVisible(!readOnly);
    if (readOnly)
        m_bannerText->setText(tr("The %1 results of \"%2\" are final and cannot be changed. To correct them, reopen "
                                 "them and give a reason; the reopening is recorded in the history.")
                                  .arg(f.year)
                                  .arg(cohort->name));
}

bool EntryPage::push(const QList<SetScoresCommand::Change>& changes, Stage stage, const QString& text)
{
    auto framework = m_session.currentFramework();
    auto cohort = m_session.currentCohort();
    if (!framework || !cohort)
        return false;
    QString error;
    SetScoresCommand* command = SetScoresCommand::apply(m_session, framework.value(), cohort.value(),
                                                        m_session.unitId(), stage, changes, text, &error);
    if (!command) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_session.undoStack()->push(command);
    showMessage(tr("Saved: %1").arg(text), false);
    emit status(tr("Saved: %1").arg(text));
    return true;
}

void EntryPage::setValue(int position, Stage stage, std::optional<Decimal> value)
{
    const Framework& f = m_model->framework();
    const Criterion& c = f.criteria[position];
    const Evaluation& e = m_model->evaluation(stage);
    const std::optional<Decimal> before = e.recorded[position] ? e.value[position] : std::nullopt;
    const QString code = c.isRoot() ? tr("total") : c.code;
    const QString text = value ? tr("%1 = %2").arg(code, value->toString(QLocale())) : tr("clear %1").arg(code);
    push({{c.id, before, value}}, stage, text);
}

void EntryPage::setNote(int position, Stage stage, const ScoreNote& note)
{
    auto framework = m_session.currentFramework();
    auto cohort = m_session.currentCohort();
    auto notes = framework ? m_session.editor().notes(framework.value(), m_session.unitId(), stage)
                           : Result<QHash<int, ScoreNote>>(framework.error());
    if (!framework || !cohort || !notes)
        return;
    const ScoreNote before = notes->value(position);
    if (before.note == note.note && before.evidence == note.evidence)
        return;
    const Criterion& c = framework->criteria[position];
    const QString code = c.isRoot() ? tr("total") : c.code;
    const QString text = before.evidence != note.evidence ? tr("evidence of %1").arg(code) : tr("note on %1").arg(code);
    QString error;
    SetNoteCommand* command = SetNoteCommand::apply(m_session, framework.value(), cohort.value(), m_session.unitId(),
                                                    c.id, stage, before, note, text, &error);
    if (!command) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return;
    }
    m_session.undoStack()->push(command);
    showMessage(tr("Saved: %1").arg(text), false);
}

void EntryPage::advance(int position, int column)
{
    // The next criterion in the order of the form (parents before their children).
    const int next = position + 1 < m_model->framework().criteria.size() ? position + 1 : position;
    const QModelIndex target = m_model->indexOf(next, column);
    if (!target.isValid())
        return;
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target);
    if (m_model->flags(target) & Qt::ItemIsEditable)
        m_view->edit(target);
}

bool EntryPage::paste(const QString& text)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !ScoreTreeModel::isValueColumn(current.column())) {
        showMessage(tr("Select a cell in the self-assessed or appraised column, then paste."), true);
        return false;
    }
    if (!(m_model->flags(current) & Qt::ItemIsEditable)) {
        showMessage(tr("These results are final; reopen them before pasting."), true);
        return false;
    }
    QStringList rows = text.split(u'\n');
    while (!rows.isEmpty() && rows.last().trimmed().isEmpty())
        rows.removeLast();
    const Framework& f = m_model->framework();
    const int first = m_model->positionOf(current);
    QList<SetScoresCommand::Change> selfChanges;
    QList<SetScoresCommand::Change> finalChanges;
    for (int r = 0; r < rows.size(); ++r) {
        const int position = first + r;
        if (position >= f.criteria.size()) {
            showMessage(tr("The pasted block has %1 rows but only %2 criteria follow the selected one.")
                            .arg(rows.size())
                            .arg(f.criteria.size() - first),
                        true);
            return false;
        }
        QString line = rows[r];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringList cells = line.split(u'\t');
        for (int k = 0; k < cells.size(); ++k) {
            const int column = current.column() + k;
            if (!ScoreTreeModel::isValueColumn(column)) {
                showMessage(tr("The pasted block is wider than the value columns."), true);
                return false;
            }
            const Criterion& c = f.criteria[position];
            std::optional<Decimal> value;
            const QString problem = ScoreEditor::validate(c, cells[k], &value);
            if (!problem.isEmpty()) {
                showMessage(
                    tr("Nothing was pasted. Row %1, %2: %3").arg(r + 1).arg(c.isRoot() ? tr("total") : c.code, problem),
                    true);
                return false;
            }
            const Stage stage = ScoreTreeModel::stageOf(column);
            const Evaluation& e = m_model->evaluation(stage);
            const std::optional<Decimal> before = e.recorded[position] ? e.value[position] : std::nullopt;
            if (before != value)
                (stage == Stage::Self ? selfChanges : finalChanges).append({c.id, before, value});
        }
    }
    if (selfChanges.isEmpty() && finalChanges.isEmpty()) {
        showMessage(tr("The pasted values are already there."), false);
        return true;
    }
    // One undo step per paste, even when it fills both columns.
    m_session.undoStack()->beginMacro(tr("paste %n value(s)", nullptr, int(selfChanges.size() + finalChanges.size())));
    bool ok = true;
    if (!selfChanges.isEmpty())
        ok = push(selfChanges, Stage::Self, tr("paste %n self-assessed value(s)", nullptr, int(selfChanges.size())));
    if (ok && !finalChanges.isEmpty())
        ok = push(finalChanges, Stage::Final, tr("paste %n appraised value(s)", nullptr, int(finalChanges.size())));
    m_session.undoStack()->endMacro();
    return ok;
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
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && (m_model->flags(current) & Qt::ItemIsEditable)) {
                m_view->edit(current);
                return true;
            }
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
