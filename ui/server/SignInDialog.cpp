#include "server/SignInDialog.h"

#include "storage/Database.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace par::ui {

SignInDialog::SignInDialog(const ServerAddress& address, const QString& why, QWidget* parent)
    : FormDialog(tr("Sign in to %1").arg(address.displayName()), parent)
    , m_address(address)
    , m_user(new QLineEdit(address.user, this))
    , m_password(new QLineEdit(this))
{
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* database = new QLabel(address.displayName(), this);
    database->setTextFormat(Qt::PlainText);
    form()->addRow(tr("Database:"), database);
    form()->addRow(tr("&User name:"), m_user);
    form()->addRow(tr("Pass&word:"), m_password);
    QString note = why;
    if (!note.isEmpty())
        note[0] = note[0].toUpper();
    setNote(note);
    setOkText(tr("&Sign in"));
    setApply([this] { return tryPassword(); });
    m_password->setFocus();
}

QString SignInDialog::uri() const
{
    ServerAddress address = m_address;
    address.user = m_user->text().trimmed();
    return address.toUri();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

// The dialog stays open on a wrong password, with the password cleared, as a sign-in form does.
QString SignInDialog::tryPassword()
{
    const auto check = Database::checkServer(uri(), password());
    if (check.access == Database::ServerAccess::Ready)
        return QString();
    if (check.access == Database::ServerAccess::WrongPassword
        || check.access == Database::ServerAccess::PasswordNeeded) {
        m_password->clear();
        m_password->setFocus();
        return tr("Wrong user name or password. Try again, or ask the server's administrator.");
    }
    QString message = check.message;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message;
}

} // namespace par::ui
