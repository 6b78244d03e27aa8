#include "ReportSettingsDialog.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace par::ui {

ReportSettingsDialog::ReportSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_recipients(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Title block and signature"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Set once for this database; an empty field takes the report's default."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const struct
    {
        const char* key;
        QString label;
        QString example;
    } rows[] = {
        {"superior", tr("&Superior body:"), QStringLiteral("UBND TỈNH BẮC KẠN")},
        {"symbol", tr("Document s&ymbol:"), QStringLiteral("BC-BCĐ")},
        {"place", tr("&Place:"), QStringLiteral("Bắc Kạn")},
        {"signer_for", tr("Signs &for:"), QStringLiteral("TM. BAN CHỈ ĐẠO")},
        {"signer_role", tr("Signer's &title:"), QStringLiteral("TRƯỞNG BAN")},
        {"signer_name", tr("Signer's &name:"), QString()},
    };
    auto current = ReportSettingsStore(db).load();
    const ReportSettings settings = current ? current.value() : ReportSettings();
    for (const auto& row : rows) {
        auto* edit = new QLineEdit(settings.value(QString::fromLatin1(row.key)), this);
        edit->setObjectName(QString::fromLatin1(row.key));
        edit->setPlaceholderText(row.example);
        form->addRow(row.label, edit);
        m_fields.append({QString::fromLatin1(row.key), edit});
    }
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlainText(settings.recipients.join(u'\n'));
    m_recipients->setPlaceholderText(tr("One recipient a line, e.g. \"- Như trên;\""));
    form->addRow(tr("&Recipients (Nơi nhận):"), m_recipients);
    layout->addLayout(form);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    if (!current)
        m_status->setText(current.error().message);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool ReportSettingsDialog::save()
{
    ReportSettings settings;
    for (const auto& [key, edit] : std::as_const(m_fields))
        settings.setValue(key, edit->text());
    settings.setValue(QStringLiteral("recipients"), m_recipients->toPlainText());
    const Status s = ReportSettingsStore(m_db).save(settings);
    m_status->setText(s ? QString() : s.error().message);
    return s.ok();
}

} // namespace par::ui
