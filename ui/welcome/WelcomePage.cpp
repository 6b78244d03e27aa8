#include "welcome/WelcomePage.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace par::ui {

namespace {

QCommandLinkButton* choice(const QString& title, const QString& description, const QString& icon, QWidget* parent)
{
    auto* button = new QCommandLinkButton(title, description, parent);
    if (!icon.isEmpty())
        button->setIcon(QIcon::fromTheme(icon, button->icon()));
    button->setIconSize(QSize(28, 28));
    button->setMinimumHeight(64);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_missing(new QLabel(this))
    , m_recentTitle(new QLabel(tr("Recent databases"), this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcome"));
    // A column of readable width in the middle of the window, whatever the window's size.
    auto* outer = new QHBoxLayout(this);
    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    auto* title = new QLabel(tr("Welcome to parindex"), this);
    title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    auto* intro = new QLabel(tr("parindex keeps your province's administrative reform results: the national indexes "
                                "(PAR INDEX, SIPAS, PAPI) and the province's own scoring of its departments, districts "
                                "and communes, from the year's criteria to the committee's meeting report. How would "
                                "you like to start?"),
                             this);
    intro->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("welcomeMissing"));
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_missing->hide();

    m_demo = choice(tr("Open the demo"),
                    tr("Bắc Kạn's PAR INDEX 2017–2018 and SIPAS 2018 as published, with an illustrative index of its "
                       "departments and districts: a safe place to try everything."),
                    QStringLiteral("applications-education"), this);
    m_create = choice(tr("Create a database for my province"),
                      tr("A short wizard: the province's name, its units pasted from a list, the cohorts they are "
                         "ranked in and the indexes you track."),
                      QStringLiteral("document-new"), this);
    m_open = choice(tr("Open an existing file..."),
                    tr("A parindex database (.db) made on this computer or copied from another one."),
                    QStringLiteral("document-open"), this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_create->setObjectName(QStringLiteral("welcomeCreate"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    // The office's shared database: under "a file", as the second way to open what already exists.
    m_server = new QPushButton(tr("...or a database on a &server"), this);
    m_server->setObjectName(QStringLiteral("welcomeServer"));
    m_server->setFlat(true);
    m_server->setCursor(Qt::PointingHandCursor);
    m_server->setToolTip(tr("Connect to the province's PostgreSQL server (File > Connect to server...)"));
    m_server->setStyleSheet(
        QStringLiteral("QPushButton { color: palette(link); text-align: left; padding-left: 60px; }"));
    connect(m_server, &QAbstractButton::clicked, this, &WelcomePage::serverRequested);
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_create, &QAbstractButton::clicked, this, &WelcomePage::createRequested);
    connect(m_open, &QAbstractButton::clicked, this, &WelcomePage::openRequested);

    m_recentTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setMaximumHeight(140);
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });

    auto* help = new QLabel(tr("Help > Manual (F1) walks through the yearly cycle step by step."), this);
    help->setStyleSheet(QStringLiteral("color: palette(dark);"));
    help->setWordWrap(true);

    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(m_missing);
    column->addSpacing(6);
    column->addWidget(m_demo);
    column->addWidget(m_create);
    column->addWidget(m_open);
    column->addWidget(m_server);
    column->addSpacing(6);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addWidget(help);
    column->addStretch(2);
    setRecent({});
}

void WelcomePage::setRecent(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const bool server = Database::isServerUri(path);
        if (!server && !QFileInfo::exists(path))
            continue;
        QString label;
        if (auto address = ServerAddress::parse(path); server && address)
            label = address->displayName() + QStringLiteral("  —  ") + tr("server");
        else
            label = QFileInfo(path).fileName() + QStringLiteral("  —  ")
                + QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        auto* item = new QListWidgetItem(label, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(server ? path : QDir::toNativeSeparators(path));
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_recentTitle->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
}

void WelcomePage::setMissing(const QString& path)
{
    m_missing->setText(path.isEmpty() ? QString()
                                      : tr("The database opened last time, %1, is no longer there: it may have been "
                                           "moved, renamed or deleted. Open it where it is now, or start below.")
                                            .arg(QDir::toNativeSeparators(path)));
    m_missing->setVisible(!path.isEmpty());
}

} // namespace par::ui
