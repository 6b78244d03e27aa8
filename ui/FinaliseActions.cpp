#include "FinaliseActions.h"

#include "Dialogs.h"
#include "Session.h"
#include "storage/Finalisation.h"

#include <QCoreApplication>

namespace par::ui {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("par::ui::FinaliseActions", text, comment, n);
}

} // namespace

QString FinaliseActions::question(int year, const QString& cohort, const QStringList& unscored)
{
    QString text = tr("Close the %1 results of \"%2\"? Nobody can change them afterwards until they are reopened "
                      "with a reason.")
                       .arg(year)
                       .arg(cohort);
    if (!unscored.isEmpty()) {
        const int shown = 20;
        QStringList names = unscored.mid(0, shown);
        if (unscored.size() > shown)
            names << tr("and %n more", nullptr, int(unscored.size()) - shown);
        text += QStringLiteral("\n\n")
            + tr("%n unit(s) have no or incomplete final scores; their ranks would be closed as they are:", nullptr,
                 int(unscored.size()))
            + u'\n' + names.join(u'\n');
    }
    return text;
}

bool FinaliseActions::finalise(QWidget* parent, Session& session)
{
    auto index = session.currentIndex();
    auto cohort = session.currentCohort();
    if (!index || !cohort)
        return false;
    Finalisation finalisation(session.catalog());
    auto unscored = finalisation.unscored(index.value(), cohort.value(), session.year());
    if (!unscored) {
        Dialogs::showError(parent, tr("Finalise results"), unscored.error().message);
        return false;
    }
    if (!Dialogs::confirm(parent, tr("Finalise results"), question(session.year(), cohort->name, unscored.value()),
                          unscored->isEmpty() ? tr("Finalise") : tr("Finalise without them")))
        return false;
    // Incomplete only when the user was told so: if units lost their scores since an all-complete question, the
    // transaction refuses.
    const Status s = finalisation.finalise(index.value(), cohort.value(), session.year(), !unscored->isEmpty(),
                                           tr("finalised from the score entry page"));
    if (!s) {
        Dialogs::showError(parent, tr("Finalise results"), s.error().message);
        return false;
    }
    session.undoStack()->clear(); // edits before the finalisation can no longer be undone
    session.notifyScoresChanged();
    return true;
}

bool FinaliseActions::reopen(QWidget* parent, Session& session, QString* reasonOut)
{
    auto index = session.currentIndex();
    auto cohort = session.currentCohort();
    if (!index || !cohort)
        return false;
    const QString reason = Dialogs::askReason(parent, tr("Reopen final results"),
                                              tr("Why must the %1 results of \"%2\" change? The reason is kept in the "
                                                 "history.")
                                                  .arg(session.year())
                                                  .arg(cohort->name));
    if (reason.isEmpty())
        return false;
    if (Status s = Finalisation(session.catalog()).reopen(index.value(), cohort.value(), session.year(), reason); !s) {
        Dialogs::showError(parent, tr("Reopen final results"), s.error().message);
        return false;
    }
    session.notifyScoresChanged();
    if (reasonOut)
        *reasonOut = reason;
    return true;
}

} // namespace par::ui
