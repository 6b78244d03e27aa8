#include "help/ManualDock.h"

#include <QHash>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>

namespace par::ui {

ManualDock::ManualDock(QWidget* parent)
    : QDockWidget(tr("Manual"), parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manual"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMinimumWidth(360); // a readable column beside the pages
    setWidget(m_browser);
}

QString ManualDock::manualPath()
{
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral(":/manual/manual_vi.html")
                                                       : QStringLiteral(":/manual/manual_en.html");
}

QString ManualDock::anchorFor(const QWidget* page)
{
    static const QHash<QString, QString> anchors {
        {QStringLiteral("par::ui::OverviewPage"), QStringLiteral("overview")},
        {QStringLiteral("par::ui::EntryPage"), QStringLiteral("entry")},
        {QStringLiteral("par::ui::RankingsPage"), QStringLiteral("rankings")},
        {QStringLiteral("par::ui::TrendsPage"), QStringLiteral("trends")},
        {QStringLiteral("par::ui::SetupPage"), QStringLiteral("setup")},
        {QStringLiteral("par::ui::HistoryPage"), QStringLiteral("history")},
    };
    return page ? anchors.value(QString::fromLatin1(page->metaObject()->className()), QStringLiteral("cycle"))
                : QStringLiteral("cycle");
}

void ManualDock::showSection(const QString& anchor)
{
    QUrl url(QStringLiteral("qrc") + manualPath());
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url);
    if (!anchor.isEmpty())
        m_browser->scrollToAnchor(anchor); // again: the same address is not scrolled to a second time
    show();
    raise();
}

} // namespace par::ui
