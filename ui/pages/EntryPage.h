#pragma once

#include "commands/SetScoresCommand.h"
#include "pages/Page.h"
#include "storage/ScoreEditor.h"

class QLabel;
class QPushButton;
class QFrame;
class QTreeView;

namespace par::ui {

class ScoreTreeModel;
class ScoreDelegate;

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
    // Pastes tab-separated rows at the current cell; public for tests and the Edit menu.
    bool paste(const QString& text);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void setValue(int position, Stage stage, std::optional<Decimal> value);
    void setNote(int position, Stage stage, const ScoreNote& note);
    void advance(int position, int column);
    void showMessage(const QString& text, bool problem);
    void finalise();
    void reopen();
    bool push(const QList<SetScoresCommand::Change>& changes, Stage stage, const QString& text);

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
    bool m_loaded = false;
};

} // namespace par::ui
