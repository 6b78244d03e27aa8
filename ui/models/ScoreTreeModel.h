#pragma once

#include "scoring/Evaluation.h"
#include "storage/ScoreEditor.h"

#include <QAbstractItemModel>

namespace par::ui {

class Session;

// The criteria tree of one unit and year with both stages' values, for the score entry form. Formats what the
// core evaluated; edits are validated and handed to the page as requests, which turns them into undo commands.
class ScoreTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Title,
        Max,
        Self,
        Final,
        Note,
        Evidence,
        LeadUnit,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole + 1, // criterion position in the framework
        RecordedDifferenceRole, // true where a recorded value differs from its parts
    };

    explicit ScoreTreeModel(QObject* parent = nullptr);

    // Replaces the content; readOnly for finalised cohort-years.
    void load(const Framework& framework, const Evaluation& self, const Evaluation& final,
              const QHash<int, ScoreNote>& selfNotes, const QHash<int, ScoreNote>& finalNotes, bool readOnly);
    void clear();

    const Framework& framework() const { return m_framework; }
    const Evaluation& evaluation(Stage stage) const { return stage == Stage::Self ? m_self : m_final; }
    QModelIndex indexOf(int position, int column) const;
    int positionOf(const QModelIndex& index) const;
    static Stage stageOf(int column) { return column == Self ? Stage::Self : Stage::Final; }
    static bool isValueColumn(int column) { return column == Self || column == Final; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // A valid typed value (nullopt: cleared) that the page should write through an undo command.
    void valueEdited(int position, Stage stage, std::optional<Decimal> value);
    void noteEdited(int position, Stage stage, const ScoreNote& note);
    // A typed value that was refused, with the reason to show.
    void refused(const QString& message);

private:
    QString valueText(int position, Stage stage) const;
    QString differenceText(int position, Stage stage) const;

    Framework m_framework;
    Evaluation m_self;
    Evaluation m_final;
    QHash<int, ScoreNote> m_selfNotes;
    QHash<int, ScoreNote> m_finalNotes;
    QList<int> m_rowInParent; // by position
    bool m_readOnly = true;
};

} // namespace par::ui
