#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

namespace par::ui {

// The audit log for the History page: one row per change, with the database's words (insert, score, self...)
// shown in the user's language and the UTC time in local time.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Action,
        What,
        IndexCode,
        Year,
        Unit,
        Criterion,
        Stage,
        OldValue,
        NewValue,
        Reason,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit AuditModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString actionText(const QString& action);
    static QString entityText(const QString& entity);
    static QString stageText(const QString& stage);
    // "2019-07-12T08:30:00.000Z" as local time, dd/MM/yyyy HH:mm:ss.
    static QString localTime(const QString& isoUtc);

private:
    QList<AuditEntry> m_entries;
};

} // namespace par::ui
