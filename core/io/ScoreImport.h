#pragma once

#include "io/CsvReader.h"
#include "storage/Catalog.h"

#include <QStringList>

namespace par {

// What a wide score file would change, worked out before anything is written, so that a preview can show it and
// a refusal leaves the database untouched.
struct ScoreImportPlan
{
    struct UnitRow
    {
        int line = 0;
        qint64 unitId = 0; // 0: a new unit, created in the cohort
        QString name;
        QString code;
        bool changes = false; // a value the import writes differs from the stored one (or was not stored)
    };
    struct Replacement
    {
        QString unit;
        QString criterion;
        std::optional<Decimal> before;
        std::optional<Decimal> after;
    };

    QString fileName;
    QString filePath; // when known, the import's change set records the SHA-256 of this file
    CsvTable table; // what the plan was made from: the import plans again inside its transaction
    QString requestedCohort; // as asked for; empty: the index's default cohort
    Index index;
    Framework framework;
    Cohort cohort; // id 0: a cohort the import creates
    int year = 0;
    Stage stage = Stage::Final;
    QList<UnitRow> units;
    QList<int> columns; // criterion position of each value column
    QList<std::optional<Decimal>> values; // units.size() x columns.size(), row by row
    QStringList errors; // refusals, each naming file, line, column and reason
    QStringList warnings; // reported, not refused: recorded parents that differ from children
    QList<Replacement> replacements; // existing values the import changes
    int newUnits = 0;

    bool acceptable() const { return errors.isEmpty(); }
    std::optional<Decimal> value(int unitRow, int column) const { return values[unitRow * columns.size() + column]; }
};

// Imports a wide score table: the first column names the unit (by name or code, any header text), every other
// column is headed by a criterion code of the year's framework (or "total" for the recorded total), one row per
// unit. A column headed "code" (or "unit code", "mã đơn vị"; not a criterion code) holds the unit's code, as the
// template writes it: where given it names the unit, whatever its name has become since; an unknown code, or one
// that belongs to another unit than the one the row names, is refused. Blank cells mean no value; importing the same
// index, year and stage again replaces the values given.
class ScoreImport
{
    Q_DECLARE_TR_FUNCTIONS(par::ScoreImport)

public:
    static constexpr int MaxErrors = 50;

    // The header of the unit-code column (case-insensitive): "code", "unit code", "mã đơn vị".
    static bool isUnitCodeHeader(const QString& header);

    // The preview: reads only, writes nothing (a new cohort or unit is planned, not created).
    static Result<ScoreImportPlan> prepare(Catalog& catalog, const CsvTable& table, const QString& indexCode, int year,
                                           const QString& cohortName, Stage stage);
    // One writer, decided inside the transaction: BEGIN IMMEDIATE, then plan again (names resolved, the lock
    // checked), then write, all or nothing. A refused plan is returned with its errors and nothing written. The plan
    // may come back without its table: the cells are let go once read (give the table up with std::move for that to
    // free them early).
    static Result<ScoreImportPlan> importTable(Catalog& catalog, CsvTable table, const QString& indexCode, int year,
                                               const QString& cohortName, Stage stage,
                                               const QString& filePath = QString());
    // Imports what a preview planned, planning again inside the transaction.
    static Status apply(Catalog& catalog, const ScoreImportPlan& plan);
    // The writes of a plan made inside a transaction the caller holds (creates the cohort and the new units,
    // writes the values and logs the import as one change set).
    static Status write(Catalog& catalog, const ScoreImportPlan& plan);

private:
    struct RowRefusal;
    struct Layout;
    struct Checked;
    struct Members;

    // The plan's header, units and cohort; the refusals of its unit rows in `layout`, its values not yet read.
    static Result<ScoreImportPlan> planUnits(Catalog& catalog, const CsvTable& table, const QString& indexCode,
                                             int year, const QString& cohortName, Stage stage, Layout& layout);
    static Checked checkValues(const CsvTable& table, const ScoreImportPlan& plan, const Layout& layout);
    static void compareStored(const ScoreImportPlan& plan, const QHash<qint64, Recorded>& stored, Checked& checked);
    static void takeChecked(ScoreImportPlan& plan, const Layout& layout, Checked&& checked);
    static Result<bool> isFinal(Catalog& catalog, const ScoreImportPlan& plan);
    static void refuseFinal(ScoreImportPlan& plan);
    static Result<QHash<qint64, Recorded>> storedValues(Catalog& catalog, const ScoreImportPlan& plan);
    static Result<Members> writeUnits(Catalog& catalog, const ScoreImportPlan& plan);
    static Status writeValues(Catalog& catalog, const ScoreImportPlan& plan, const Members& members,
                              const QString& digest);
};

} // namespace par
