#include "Dialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace par::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("par::ui::Dialogs", text);
}

} // namespace

void Dialogs::showError(QWidget* parent, const QString& title, const QString& text, const QString& whatNext)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText); // messages quote data: a name is shown as typed
    if (!whatNext.isEmpty())
        box.setInformativeText(whatNext);
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void Dialogs::showInfo(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText); // messages quote data: a name is shown as typed
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText); // messages quote data: a name is shown as typed
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

QString Dialogs::askReason(QWidget* parent, const QString& title, const QString& label)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOkButtonText(tr("OK"));
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.resize(480, dialog.sizeHint().height());
    while (dialog.exec() == QDialog::Accepted) {
        const QString reason = dialog.textValue().trimmed();
        if (!reason.isEmpty())
            return reason;
        dialog.setLabelText(label + u'\n' + tr("A reason is required."));
    }
    return QString();
}

void Dialogs::translateButtons(QDialogButtonBox* box)
{
    const std::pair<QDialogButtonBox::StandardButton, const char*> texts[] = {
        {QDialogButtonBox::Ok, QT_TRANSLATE_NOOP("par::ui::Dialogs", "OK")},
        {QDialogButtonBox::Cancel, QT_TRANSLATE_NOOP("par::ui::Dialogs", "Cancel")},
        {QDialogButtonBox::Close, QT_TRANSLATE_NOOP("par::ui::Dialogs", "Close")},
        {QDialogButtonBox::Save, QT_TRANSLATE_NOOP("par::ui::Dialogs", "Save")},
        {QDialogButtonBox::Apply, QT_TRANSLATE_NOOP("par::ui::Dialogs", "Apply")},
        {QDialogButtonBox::Yes, QT_TRANSLATE_NOOP("par::ui::Dialogs", "Yes")},
        {QDialogButtonBox::No, QT_TRANSLATE_NOOP("par::ui::Dialogs", "No")},
    };
    for (const auto& [button, text] : texts) {
        if (QPushButton* b = box->button(button))
            b->setText(tr(text));
    }
}

} // namespace par::ui
