#pragma once

#include "setup/FormDialog.h"
#include "storage/ServerAddress.h"

class QLineEdit;

namespace par::ui {

// Asks for the password when the server wants one. The user name may be corrected here; the password is kept only in
// memory for this run, never in the address, the recent list or the settings.
class SignInDialog : public FormDialog
{
    Q_OBJECT

public:
    // why: the server's request in plain words ("the server at ... asks for the password of ...").
    SignInDialog(const ServerAddress& address, const QString& why, QWidget* parent = nullptr);

    // The address with the user name as typed, and the password.
    QString uri() const;
    QString password() const;

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }

private:
    QString tryPassword();

    ServerAddress m_address;
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace par::ui
