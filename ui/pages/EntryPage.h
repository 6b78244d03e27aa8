#pragma once

#include "commands/SetScoresCommand.h"
#include "models/ScoreDelegate.h"
#include "pages/Page.h"
#include "storage/ScoreEditor.h"

class QLabel;
class QPushButton;
class QFrame;
class QTreeView;

namespace par::ui {

class ScoreTreeModel;

// Score entry: the criteria tree of the selected unit and year with self-assessed and appraised values, notes and
// evidence. Values are checked as typed, Enter moves on, a block pasted from a spreadsheet fills several cells, and
// every edit can be undone. A finalised cohort-year is shown read-only until it is reopened with a reason.
class EntryPage : public Page
{
    Q_OBJECT

public:
    explicit EntryPage(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    QString iconName() const override;
    void refresh() override;

    ScoreTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QString message() const;
    // Pastes tab-separated rows at the current cell; public for tests and the Edit menu. The values fill the criteria
    // that take values (leaves) from the current one on, skipping computed rows; a single row wider than the value
    // columns (a unit's row of the exported template) fills them in the same order down the current column.
    bool paste(const QString& text);
    // A published value recorded over a parent's parts, and its removal: deliberate commands (the context menu asks
    // first), never the side effect of typing or pasting. Public for tests; no dialog.
    bool recordParent(int position, Stage stage, const Decimal& value);
    bool removeParentValue(int position, Stage stage);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    bool setValue(int position, Stage stage, std::optional<Decimal> value);
    void setNote(int position, Stage stage, const ScoreNote& note);
    void advance(int position, int column, ScoreDelegate::Move move);
    void moveTo(int position, int column, bool edit);
    void showMessage(const QString& text, bool problem);
    void finalise();
    void reopen();
    void contextMenu(const QPoint& at);
    void showParentMenu(const QModelIndex& index, const QPoint& globalAt);
    void updatePublished();
    void askRecordParent(int position, Stage stage);
    void askRemoveParentValue(int position, Stage stage);
    void showUndone(int index);
    bool push(const QList<SetScoresCommand::Change>& changes, const QString& text);
    SetScoresCommand::Change changeOf(int position, Stage stage, const std::optional<Decimal>& value) const;

    ScoreTreeModel* m_model;
    ScoreDelegate* m_delegate;
    QTreeView* m_view;
    QLabel* m_heading;
    QLabel* m_total;
    QLabel* m_message;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_reopen;
    QPushButton* m_finalise;
    QPushButton* m_published;
    QPushButton* m_newYear; // offered while the page is empty: no framework, or no value for the unit this year
    bool m_loaded = false;
    int m_undoIndex = 0;
    bool m_pushing = false; // a new edit enters the stack: not an undo or redo to show
    bool m_refused = false; // the undo or redo under way was refused: its reason stays in the status bar
};

} // namespace par::ui
