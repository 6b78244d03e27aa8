#pragma once

#include "storage/ReportSettings.h"

#include <QDialog>

class QLineEdit;
class QLabel;
class QPlainTextEdit;

namespace par {
class Database;
}

namespace par::ui {

// The title block and signature of the reports, set once per database (the same settings as `parindex settings`):
// an empty field takes the report's default, shown as the field's placeholder.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportSettingsDialog(Database& db, QWidget* parent = nullptr);

    // Writes the fields; false (with the reason shown) if the database refused.
    bool save();

private:
    Database& m_db;
    QList<QPair<QString, QLineEdit*>> m_fields;
    QPlainTextEdit* m_recipients;
    QLabel* m_status;
};

} // namespace par::ui
