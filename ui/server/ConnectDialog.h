#pragma once

#include "setup/FormDialog.h"
#include "storage/ServerAddress.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace par::ui {

// File > Connect to server...: where the database is, as fields (host, port, database, user, SSL) or as a pasted
// postgresql:// address; each follows the other as it is typed. An address with a password is refused: addresses are
// remembered and shown, and the password is asked for by the sign-in dialog when the server wants it.
class ConnectDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // Starts from a remembered address (the recent list), or any postgresql:// URI.
    void setUri(const QString& uri);
    // The address the fields describe, without a password; empty while the pasted address is refused.
    QString uri() const;
    // "" when the fields make an address the dialog can connect to, else why not.
    QString problem() const;

    // Runs on Connect with the address; returns "" when connected, else the reason, shown in the dialog.
    void setConnect(std::function<QString(const QString& uri)> connect);

    QLineEdit* uriEdit() const { return m_uri; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* sslModeBox() const { return m_sslMode; }

private:
    void uriEdited(const QString& text);
    void fieldsEdited();
    void showAddress();

    QLineEdit* m_uri;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    ServerAddress m_address; // keeps libpq options the fields do not show (connect_timeout...)
    QString m_uriProblem;
    bool m_updating = false;
};

} // namespace par::ui
