#pragma once

#include "model/Lineage.h"
#include "model/Unit.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace par::ui {

// Units with their life span and the mergers, splits and renames that made or ended them (the lineage's events),
// for the Setup page's units table and a cohort's member list.
// Edits go to the page's handler, which writes them through the core and reloads the model.
class UnitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        Kind,
        ValidFrom,
        ValidTo,
        Events, // read-only: "→ Sở Nông nghiệp và Môi trường (2025, NQ 190/2025/QH15)"
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 2;
    using EditHandler = std::function<bool(qint64 unitId, Column column, const QVariant& value)>;

    explicit UnitsModel(QObject* parent = nullptr);

    // events: the recorded lineage; names: every unit's name by id, for the events column (the other side of an event
    // need not be listed).
    void setUnits(const QList<Unit>& units, const QList<LineageEvent>& events = {},
                  const QHash<qint64, QString>& names = {});
    // What the events column says of a unit: each event on its own line, oldest first.
    QString eventsText(qint64 unitId) const;
    const QList<Unit>& units() const { return m_units; }
    void setEditHandler(EditHandler handler);
    int rowOfId(qint64 unitId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // "province" -> "Province", in the user's language.
    static QString kindText(const QString& kind);

private:
    QList<Unit> m_units;
    QList<LineageEvent> m_events;
    QHash<qint64, QString> m_names;
    EditHandler m_edit;
};

} // namespace par::ui
