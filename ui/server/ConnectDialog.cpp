#include "server/ConnectDialog.h"

#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace par::ui {

namespace {

// libpq's sslmode values; "" leaves libpq's default (prefer: encrypted when the server offers it).
const char* const SslModes[] = {"", "disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : FormDialog(tr("Connect to a server"), parent)
    , m_uri(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
{
    m_uri->setObjectName(QStringLiteral("serverUri"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    const QStringList sslNames {tr("The driver's default (encrypted if the server offers it)"),
                                tr("Never encrypted"),
                                tr("Encrypted if the server insists"),
                                tr("Encrypted if the server offers it"),
                                tr("Always encrypted"),
                                tr("Encrypted, server certificate checked"),
                                tr("Encrypted, server certificate and name checked")};
    for (int i = 0; i < sslNames.size(); ++i)
        m_sslMode->addItem(sslNames[i], QString::fromLatin1(SslModes[i]));

    form()->addRow(tr("&Address:"), m_uri);
    form()->addRow(tr("&Server:"), m_host);
    form()->addRow(tr("&Port:"), m_port);
    form()->addRow(tr("&Database:"), m_database);
    form()->addRow(tr("&User name:"), m_user);
    form()->addRow(tr("&Encryption:"), m_sslMode);
    setNote(tr("Paste the address your administrator gave you, or fill in the fields. The password is asked for "
               "when the server wants it; it never belongs in the address, and parindex does not store it."));
    setOkText(tr("&Connect"));

    connect(m_uri, &QLineEdit::textEdited, this, &ConnectDialog::uriEdited);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ConnectDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::fieldsEdited);
    showAddress();
}

void ConnectDialog::setUri(const QString& uri)
{
    m_uri->setText(uri);
    uriEdited(uri);
}

QString ConnectDialog::uri() const
{
    return m_uriProblem.isEmpty() ? m_address.toUri() : QString();
}

QString ConnectDialog::problem() const
{
    if (!m_uriProblem.isEmpty())
        return m_uriProblem;
    if (m_address.database.trimmed().isEmpty())
        return tr("Name the database on the server.");
    return QString();
}

void ConnectDialog::setConnect(std::function<QString(const QString&)> connect)
{
    setApply([this, attempt = std::move(connect)]() -> QString {
        if (const QString why = problem(); !why.isEmpty())
            return why;
        return capitalised(attempt(uri()));
    });
}

// A pasted or typed address fills the fields; one the program cannot read (or that carries a password) leaves them as
// they were and says why.
void ConnectDialog::uriEdited(const QString& text)
{
    if (m_updating)
        return;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_uriProblem.clear();
        showError(QString());
        return;
    }
    auto address = ServerAddress::parse(trimmed);
    if (!address) {
        m_uriProblem = capitalised(address.error().message);
        showError(m_uriProblem);
        return;
    }
    m_uriProblem.clear();
    showError(QString());
    m_address = address.value();
    showAddress();
}

void ConnectDialog::fieldsEdited()
{
    if (m_updating)
        return;
    m_address.host = m_host->text().trimmed();
    m_address.port = m_port->value() > 0 ? m_port->value() : -1;
    m_address.database = m_database->text().trimmed();
    m_address.user = m_user->text().trimmed();
    m_address.setOption(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    m_uriProblem.clear();
    showError(QString());
    m_updating = true;
    m_uri->setText(m_address.toUri());
    m_updating = false;
}

void ConnectDialog::showAddress()
{
    m_updating = true;
    m_host->setText(m_address.host);
    m_port->setValue(m_address.port > 0 ? m_address.port : 0);
    m_database->setText(m_address.database);
    m_user->setText(m_address.user);
    const int ssl = m_sslMode->findData(m_address.option(QStringLiteral("sslmode")));
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_updating = false;
}

} // namespace par::ui
