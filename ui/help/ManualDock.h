#pragma once

#include <QDockWidget>

class QTextBrowser;

namespace par::ui {

// The user's guide that comes with the program (Help > Manual, F1): bundled HTML in the window's language, shown
// in a dock beside the pages. F1 on a page opens that page's section.
class ManualDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ManualDock(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // Shows the manual of the current language (QLocale()) at the section named by anchor ("" for the beginning).
    void showSection(const QString& anchor);

    // ":/manual/manual_vi.html" in a Vietnamese window, ":/manual/manual_en.html" otherwise.
    static QString manualPath();
    // The section that explains a page, by the page's class ("entry" for the score entry page); "cycle" for others.
    static QString anchorFor(const QWidget* page);

private:
    QTextBrowser* m_browser;
};

} // namespace par::ui
