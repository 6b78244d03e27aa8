#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace par::ui {

// Ctrl+C on a results table copies rows a spreadsheet reads as numbers: the selected rows (all rows when none is
// selected), tab-separated, the header first, each cell's CopyRole value (plain numbers: no thousands separators, no
// rank marks such as "2=" or "49/63"), else its displayed text. Numbers keep the program language's decimal separator
// (74,62 in Vietnamese): the clerk's spreadsheet reads numbers in the same language, where "74.62" would be a text or
// a date, and the copy matches what the page shows.
class TableCopy : public QObject
{
    Q_OBJECT

public:
    static constexpr int CopyRole = Qt::UserRole + 40;

    // Installs the copy on the view, reading copyRole (a model's own, or CopyRole); the view owns it.
    static void install(QAbstractItemView* view, int copyRole = CopyRole);
    // The text Ctrl+C puts on the clipboard.
    static QString text(const QAbstractItemView* view, int copyRole = CopyRole);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    TableCopy(QAbstractItemView* view, int copyRole);
    QAbstractItemView* m_view;
    int m_role;
};

} // namespace par::ui
