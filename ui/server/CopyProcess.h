#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace par::ui {

// The desktop's whole-database copy (File > Copy to a server..., and Save a copy as a file... on a server): "parindex
// copy" (core/storage/DatabaseCopy) run in a child process, behind a busy progress dialog that keeps the window
// responsive and whose Cancel stops it.
//
// A child process rather than a thread: DatabaseCopy opens both databases itself, and a server that asks for a
// password can be given it only through the child's own environment (PGPASSWORD), never through the command line, a
// file or this process's environment, which the window's own connections share. The copy then runs on connections of
// its own by construction, and Cancel is a kill, after which DatabaseCopy leaves no destination behind (the server
// rolls the open transaction back; a file is renamed into place only once verified).
class CopyProcess
{
    Q_DECLARE_TR_FUNCTIONS(par::ui::CopyProcess)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    struct Outcome
    {
        bool copied = false;
        bool cancelled = false;
        QString message; // why it was not copied, in plain words
        QList<Table> tables; // each table as verified: the same rows and checksum on both sides
        int steps = 0; // the steps the copy told as it began them (its progress lines)
        qint64 rows() const;
        // What was verified, as the report says it: tables, rows, every checksum.
        QString verified() const;
    };

    // The program that copies: this one by default (parindex and parindex-desktop both run console commands); the
    // tests, whose own binary is not parindex, name the built one.
    static void setProgram(const QString& path);

    // Copies from (a file or a server's address) to a new file or an empty server database. password: the server's,
    // for whichever side is a server (the other is a file). label: what the progress dialog says.
    static Outcome run(QWidget* parent, const QString& from, const QString& to, const QString& password,
                       const QString& label);
    // The same into a file, which may exist: the user has agreed to replace it. The copy is written under another
    // name beside it and replaces it only once verified, so a refused or cancelled copy leaves the old file as it was.
    static Outcome runToFile(QWidget* parent, const QString& from, const QString& file, const QString& password,
                             const QString& label);
};

} // namespace par::ui
