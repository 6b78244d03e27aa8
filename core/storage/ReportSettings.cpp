#include "storage/ReportSettings.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace par {

namespace {

struct Field
{
    const char* key;
    QString ReportSettings::*member;
};

const Field Fields[] = {
    {"superior", &ReportSettings::superior},
    {"symbol", &ReportSettings::symbol},
    {"place", &ReportSettings::place},
    {"signer_for", &ReportSettings::signerFor},
    {"signer_role", &ReportSettings::signerRole},
    {"signer_name", &ReportSettings::signerName},
};

} // namespace

QStringList ReportSettings::keys()
{
    QStringList out;
    for (const Field& f : Fields)
        out << QString::fromLatin1(f.key);
    out << QStringLiteral("recipients");
    return out;
}

QString ReportSettings::value(const QString& key) const
{
    for (const Field& f : Fields) {
        if (key == QLatin1String(f.key))
            return this->*f.member;
    }
    return key == QLatin1String("recipients") ? recipients.join(u'\n') : QString();
}

void ReportSettings::setValue(const QString& key, const QString& value)
{
    for (const Field& f : Fields) {
        if (key == QLatin1String(f.key)) {
            this->*f.member = value.trimmed();
            return;
        }
    }
    if (key == QLatin1String("recipients")) {
        recipients.clear();
        for (const QString& line : value.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                recipients << line.trimmed();
        }
    }
}

Result<ReportSettings> ReportSettingsStore::load()
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM report_settings"));
    if (!q)
        return q.error();
    ReportSettings out;
    while (q.value().next())
        out.setValue(q.value().value(0).toString(), q.value().value(1).toString());
    return out;
}

Status ReportSettingsStore::save(const ReportSettings& settings)
{
    Database::Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    for (const QString& key : ReportSettings::keys()) {
        const QString value = settings.value(key).trimmed();
        auto q = value.isEmpty() ? m_db.exec(QStringLiteral("DELETE FROM report_settings WHERE key = ?"), {key})
                                 : m_db.exec(QStringLiteral("INSERT INTO report_settings (key, value) VALUES (?, ?) "
                                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                             {key, value});
        if (!q)
            return q.error();
    }
    return transaction.commit();
}

Result<QSet<QString>> ReportSettingsStore::illustrativeCodes(qint64 indexId, int year)
{
    auto q = m_db.exec(QStringLiteral("SELECT code FROM illustrative_criteria WHERE index_id = ? AND year = ?"),
                       {indexId, year});
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString());
    return out;
}

Status ReportSettingsStore::markIllustrative(qint64 indexId, int year, const QStringList& codes)
{
    for (const QString& code : codes) {
        // ON CONFLICT DO NOTHING rather than INSERT OR IGNORE: the same here (only the key can conflict), and a
        // PostgreSQL server takes it too.
        auto q = m_db.exec(QStringLiteral("INSERT INTO illustrative_criteria (index_id, year, code) "
                                          "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                           {indexId, year, code});
        if (!q)
            return q.error();
    }
    return success();
}

Result<QString> ReportSettingsStore::provinceName()
{
    auto q = m_db.exec(QStringLiteral("SELECT u.name FROM indices i JOIN units u ON u.id = i.main_unit_id "
                                      "WHERE u.kind = 'province' ORDER BY i.id LIMIT 1"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace par
