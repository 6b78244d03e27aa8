#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace par {

class Database;

// The title block and signature of the committee's reports, set once per database (table report_settings). A field
// left empty takes the report's own default, in the report's language (ReportBuilder).
struct ReportSettings
{
    QString superior; // "UBND TỈNH BẮC KẠN": printed over a department's name in the title block
    QString symbol; // "BC-BCĐ": the document symbol of the committee's reports, after "Số: ....../"
    QString place; // "Bắc Kạn": before the date
    QString signerFor; // "TM. BAN CHỈ ĐẠO"
    QString signerRole; // "TRƯỞNG BAN"
    QString signerName; // under the space for the signature
    QStringList recipients; // "Nơi nhận", one a line

    // The fields by their keys in the table (and the command line's options): superior, symbol, place, signer_for,
    // signer_role, signer_name, recipients (lines joined by '\n').
    static QStringList keys();
    QString value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

    bool operator==(const ReportSettings&) const = default;
};

class ReportSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(par::ReportSettingsStore)

public:
    explicit ReportSettingsStore(Database& db)
        : m_db(db)
    {
    }

    Result<ReportSettings> load();
    // Writes every field; an empty one is removed (the default applies again).
    Status save(const ReportSettings& settings);
    // The codes of the criteria whose figures of an index's year are illustrative, and marking them (the demo).
    Result<QSet<QString>> illustrativeCodes(qint64 indexId, int year);
    Status markIllustrative(qint64 indexId, int year, const QStringList& codes);
    // The province the database is about: the main unit of an index that is a province (empty if none).
    Result<QString> provinceName();

private:
    Database& m_db;
};

} // namespace par
