#include "setup/FormDialog.h"

#include "Dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace par::ui {

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_body(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    for (QLabel* label : {m_note, m_error})
        label->setTextFormat(Qt::PlainText); // data is text, never markup
    setWindowTitle(title);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    m_body->addLayout(m_form);
    m_body->addWidget(m_note);
    m_body->addWidget(m_error);
    m_body->addStretch(1);
    m_body->addWidget(m_buttons);
    Dialogs::translateButtons(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    setMinimumWidth(520);
}

void FormDialog::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void FormDialog::setOkText(const QString& text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void FormDialog::setApply(Apply apply)
{
    m_apply = std::move(apply);
}

void FormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    adjustSize();
}

void FormDialog::accept()
{
    if (m_apply) {
        const QString refusal = m_apply();
        if (!refusal.isEmpty()) {
            showError(refusal);
            return;
        }
    }
    QDialog::accept();
}

} // namespace par::ui
