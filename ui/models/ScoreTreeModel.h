#pragma once

#include "scoring/Evaluation.h"
#include "storage/ScoreEditor.h"

#include <QAbstractItemModel>

#include <functional>

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
        RecordedParentRole, // true on a parent's value cell that holds a recorded (published) value
    };

    explicit ScoreTreeModel(QObject* parent = nullptr);

    // Replaces the content; readOnly for finalised cohort-years. The same framework again (a refresh after an edit,
    // an undo or another program's write) updates the values in place, so that the current cell, the scroll position
    // and an open editor stay; returns true when the model was reset instead.
    bool load(const Framework& framework, const Evaluation& self, const Evaluation& final,
              const QHash<int, ScoreNote>& selfNotes, const QHash<int, ScoreNote>& finalNotes, bool readOnly);
    void clear();

    // Writes a valid typed value (nullopt: cleared) through an undo command; false when the write was refused.
    using Writer = std::function<bool(int position, Stage stage, std::optional<Decimal> value)>;
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    bool readOnly() const { return m_readOnly; }
    // Which stages the account may change (Permissions): the other stage's value column and its note (Note: final,
    // Evidence: self) stay read-only. Takes effect at the next load.
    void setWritableStages(bool self, bool final)
    {
        m_selfWritable = self;
        m_finalWritable = final;
    }
    bool writable(int column) const;
    ScoreNote note(int position, Stage stage) const
    {
        return (stage == Stage::Self ? m_selfNotes : m_finalNotes).value(position);
    }
    // The row versions the form's values were read with (migration 011); an edit carries the one it was based on.
    void setVersions(const QHash<int, qint64>& self, const QHash<int, qint64>& final)
    {
        m_selfVersions = self;
        m_finalVersions = final;
    }
    qint64 version(int position, Stage stage) const
    {
        return (stage == Stage::Self ? m_selfVersions : m_finalVersions).value(position);
    }
    const Framework& framework() const { return m_framework; }
    const Evaluation& evaluation(Stage stage) const { return stage == Stage::Self ? m_self : m_final; }
    QModelIndex indexOf(int position, int column) const;
    int positionOf(const QModelIndex& index) const;
    static Stage stageOf(int column) { return column == Self ? Stage::Self : Stage::Final; }
    static bool isValueColumn(int column) { return column == Self || column == Final; }
    // Criteria that take typed values: the leaves. Parents and the total are computed from them, unless a published
    // value is recorded over them on purpose (EntryPage::recordParent).
    bool takesValues(int position) const;
    // The first criterion taking values at or after position in the order of the form; -1 when none.
    int entryAtOrAfter(int position) const;
    // The next criterion taking values after position; -1 when none.
    int nextEntry(int position) const;
    int previousEntry(int position) const;
    QString label(int position) const; // "2.3 Theo dõi ..." for messages

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
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
    QHash<int, qint64> m_selfVersions;
    QHash<int, qint64> m_finalVersions;
    QList<int> m_rowInParent; // by position
    bool m_readOnly = true;
    bool m_selfWritable = true;
    bool m_finalWritable = true;
    Writer m_writer;
};

} // namespace par::ui
