#include "welcome/YearGlancePanel.h"

#include "PlainText.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace par::ui {

namespace {

QLabel* text(const QString& value, QWidget* parent, const QString& tip = QString())
{
    auto* label = new QLabel(value, parent);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(plainTip(tip));
    return label;
}

// "Huyện Pác Nặm, Huyện Ba Bể and 3 more": the names fit the row, the tooltip has them all.
QString someNames(const QStringList& names, int shown)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return YearGlancePanel::tr("%1 and %2 more")
        .arg(names.mid(0, shown).join(QStringLiteral(", ")))
        .arg(names.size() - shown);
}

} // namespace

YearGlancePanel::YearGlancePanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("yearGlance"));
    setStyleSheet(QStringLiteral("QFrame#yearGlance { background: palette(base); border: 1px solid palette(mid); "
                                 "border-radius: 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("yearGlanceMessage"));
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(2);
    const QStringList headers {tr("Cohort"),  tr("Criteria"), tr("Self-assessed"), tr("Appraised"),
                               tr("Missing"), tr("Results"),  tr("Next step")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* h = new QLabel(headers[c], this);
        h->setStyleSheet(QStringLiteral("color: palette(dark);"));
        m_grid->addWidget(h, 0, c);
    }
    m_grid->setColumnStretch(MissingColumn, 1);
    layout->addLayout(m_grid);
    m_message->hide();
}

QString YearGlancePanel::stepText(CohortGlance::Step step)
{
    switch (step) {
    case CohortGlance::Step::SetUpCriteria:
        return tr("Set up the year's criteria");
    case CohortGlance::Step::AddUnits:
        return tr("Add the cohort's units");
    case CohortGlance::Step::ImportScores:
        return tr("Import scores");
    case CohortGlance::Step::Appraise:
        return tr("Appraise");
    case CohortGlance::Step::Finalise:
        return tr("Finalise");
    case CohortGlance::Step::Report:
        return tr("Meeting report");
    }
    return QString();
}

bool YearGlancePanel::mayTake(CohortGlance::Step step, const Permissions& permissions)
{
    switch (step) {
    case CohortGlance::Step::Appraise:
        return permissions.canWriteScores(Stage::Final);
    case CohortGlance::Step::Report:
        return true;
    case CohortGlance::Step::SetUpCriteria:
    case CohortGlance::Step::AddUnits:
    case CohortGlance::Step::ImportScores:
    case CohortGlance::Step::Finalise:
        break;
    }
    return permissions.canSetup();
}

void YearGlancePanel::clearRows()
{
    // Later, not now: the row's button may be the one whose click led here (a next step changes the context, and
    // the page reloads while the button is still emitting).
    for (const QList<QWidget*>& row : std::as_const(m_rows)) {
        for (QWidget* w : row) {
            w->hide();
            m_grid->removeWidget(w);
            w->deleteLater();
        }
    }
    m_rows.clear();
}

void YearGlancePanel::showMessage(const QString& message)
{
    clearRows();
    m_title->setText(tr("The year at a glance"));
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void YearGlancePanel::load(const QString& indexCode, int year, const QList<CohortGlance>& cohorts,
                           const Permissions& permissions)
{
    clearRows();
    m_title->setText(year > 0 ? tr("The year at a glance: %1 %2").arg(indexCode).arg(year)
                              : tr("The year at a glance: %1").arg(indexCode));
    QString message;
    if (cohorts.isEmpty())
        message = tr("%1 has no cohort yet: add one on the Setup page.").arg(indexCode);
    else if (year <= 0)
        message = tr("%1 has no year yet: set up the criteria of the first year.").arg(indexCode);
    else if (permissions.role() == Permissions::Role::Unit)
        message = tr("Your account (%1) counts what it may read: its own unit's scores, and the final results of "
                     "finalised years.")
                      .arg(permissions.describe());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());

    int r = 1;
    for (const CohortGlance& g : cohorts) {
        QList<QWidget*> row;
        row << text(g.cohort.name, this);
        if (!g.framework) {
            row << text(tr("not set up"), this, tr("No criteria for %1 yet.").arg(year));
            row << text(QStringLiteral("—"), this) << text(QStringLiteral("—"), this) << text(QString(), this);
        } else {
            row << text(QString::number(g.criteria), this);
            auto stage = [&](const Completeness& c) {
                // "7 / 8", and how many more have part of their scores.
                QString value = tr("%1 / %2").arg(c.scored).arg(c.members);
                if (!c.incomplete.isEmpty())
                    value += tr(" (+%1 partly)").arg(c.incomplete.size());
                // A national index: the province alone is here, the pool it is ranked in is larger.
                if (c.publishedOf)
                    value += tr(" (%1 in the pool)").arg(*c.publishedOf);
                QStringList tip;
                if (!c.incomplete.isEmpty())
                    tip << tr("Partly scored: %1").arg(c.incomplete.join(QStringLiteral(", ")));
                if (!c.missing.isEmpty())
                    tip << tr("No score yet: %1").arg(c.missing.join(QStringLiteral(", ")));
                return text(value, this, tip.join(u'\n'));
            };
            row << stage(g.self) << stage(g.final);
            // Missing from the final results: units with no appraised score, then those with part of it.
            QStringList missing = g.final.missing;
            for (const QString& n : g.final.incomplete)
                missing << tr("%1 (partly)").arg(n);
            row << text(missing.isEmpty() ? tr("none") : someNames(missing, 2), this,
                        missing.join(QStringLiteral(", ")));
        }
        row << text(g.finalised ? tr("final") : tr("open"), this,
                    g.finalised ? tr("Closed: a change needs reopening with a reason.") : QString());
        auto* button = new QPushButton(stepText(g.next), this);
        button->setObjectName(QStringLiteral("glanceStep%1").arg(r - 1));
        const CohortGlance::Step step = g.next;
        const qint64 cohort = g.cohort.id;
        connect(button, &QPushButton::clicked, this, [this, step, cohort] { emit stepRequested(step, cohort); });
        if (!mayTake(step, permissions)) {
            button->setEnabled(false);
            button->setToolTip(plainTip(tr("Your account (%1) may not take this step.").arg(permissions.describe())));
        }
        row << button;
        for (int c = 0; c < row.size(); ++c)
            m_grid->addWidget(row[c], r, c);
        m_rows.append(row);
        ++r;
    }
}

QString YearGlancePanel::cell(int row, Column column) const
{
    if (row < 0 || row >= m_rows.size() || column >= m_rows[row].size())
        return QString();
    QWidget* w = m_rows[row][column];
    if (auto* label = qobject_cast<QLabel*>(w))
        return label->text();
    if (auto* button = qobject_cast<QPushButton*>(w))
        return button->text();
    return QString();
}

QPushButton* YearGlancePanel::stepButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? qobject_cast<QPushButton*>(m_rows[row][StepColumn]) : nullptr;
}

} // namespace par::ui
