#pragma once

#include "model/Criterion.h"
#include "storage/Catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace par {

// A new database for a province, as the welcome page's wizard describes it: the province, its units from a pasted
// list, the cohorts they are ranked in, and the indexes the office tracks. Written through the stores in one
// transaction (the audit log records it like any other edit), into a file that exists only once it is whole.
class NewProvince
{
    Q_DECLARE_TR_FUNCTIONS(par::NewProvince)

public:
    // The national indexes a province receives (the PAR INDEX and SIPAS named as in the demo database).
    struct KnownIndex
    {
        QString code;
        QString name;
        Aggregation aggregation = Aggregation::Sum;
    };
    static QList<KnownIndex> nationalIndexes();
    // The pool the provinces are ranked in, for every national index.
    static QString provincesCohort();

    // One refused line of a pasted list; line counts from 1 as the user sees the paste, blank lines included.
    struct LineProblem
    {
        int line = 0;
        QString reason;
    };
    struct UnitList
    {
        QStringList names; // trimmed, NFC, blank lines left out
        QList<int> lines; // the line of each name
        QList<LineProblem> problems;
    };
    // Reads a pasted list, one unit per line, with the text rules of the imports; a name given twice is refused on
    // its second line, and so is a name already taken elsewhere (the province, the other list).
    static UnitList parseUnits(const QString& text, const QStringList& taken = {});
    // "line 3: contains a control character (U+001B)" for each problem, one a line.
    static QString describe(const QList<LineProblem>& problems);

    struct Spec
    {
        QString province;
        int year = 0; // the first year the cohorts' members are recorded for
        QStringList departments; // sở, ban, ngành
        QStringList localUnits; // districts or communes
        QString localKind = QStringLiteral("district"); // "district" or "commune"
        QString departmentCohort; // empty: no cohort of departments
        QString localCohort; // empty: no cohort of districts or communes
        QStringList national; // codes of nationalIndexes() to track
        QString ownCode; // the province's own index of its units; empty: none
        QString ownName;
    };

    // Everything that can be refused before a byte is written: names, duplicates across the lists, the year, the
    // indexes, a cohort without units.
    static Status check(const Spec& spec);
    // Writes the spec into an open (empty) database, in one transaction.
    static Status write(Catalog& catalog, const Spec& spec);
    // Creates the database file at path; refuses an existing file. On failure nothing is left at path or beside it.
    static Status create(const QString& path, const Spec& spec);
};

} // namespace par
