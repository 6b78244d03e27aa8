#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;
class QPushButton;

namespace par::ui {

// What the window shows with no database open (a first start, or the last database gone): the ways to start, so that
// a new user is never left before an empty window or a bare file dialog.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The recent databases that still exist; the list hides when there are none.
    void setRecent(const QStringList& paths);
    // The database opened last time and no longer found ("" when none is missing).
    void setMissing(const QString& path);

    QCommandLinkButton* demoButton() const { return m_demo; }
    QCommandLinkButton* createButton() const { return m_create; }
    QCommandLinkButton* openButton() const { return m_open; }
    QPushButton* serverButton() const { return m_server; }
    QListWidget* recentList() const { return m_recent; }

signals:
    void demoRequested();
    void createRequested();
    void openRequested();
    void serverRequested();
    void recentRequested(const QString& path);

private:
    QLabel* m_missing;
    QCommandLinkButton* m_demo;
    QCommandLinkButton* m_create;
    QCommandLinkButton* m_open;
    QPushButton* m_server;
    QLabel* m_recentTitle;
    QListWidget* m_recent;
};

} // namespace par::ui
