#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace par::ui {

// A small form: labelled fields, a note, and OK / Cancel. On OK it runs the apply function (which writes through the
// core); a refusal is shown inside the form, which stays open so the user can correct it.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    // apply returns an empty string when done, or the reason it was refused.
    using Apply = std::function<QString()>;

    FormDialog(const QString& title, QWidget* parent = nullptr);

    QFormLayout* form() { return m_form; }
    QVBoxLayout* body() { return m_body; }
    QDialogButtonBox* buttons() { return m_buttons; }
    void setNote(const QString& text);
    void setOkText(const QString& text);
    void setApply(Apply apply);
    void showError(const QString& message);

    void accept() override;

private:
    QVBoxLayout* m_body;
    QFormLayout* m_form;
    QLabel* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    Apply m_apply;
};

} // namespace par::ui
