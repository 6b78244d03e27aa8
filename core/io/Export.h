#pragma once

#include "Result.h"
#include "io/ExportTable.h"
#include "model/Index.h"
#include "storage/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace par {

// What to export: an index, year, cohort and stage, as the command line and the desktop choose them.
struct ExportRequest
{
    QString indexCode;
    int year = 0; // 0: every year (audit log only)
    QString cohort; // empty: the index's own cohort
    Stage stage = Stage::Final;
    QString unit; // scores and template: only this unit's row (its name or code)
    ExportLanguage language = ExportLanguage::Vietnamese;
};

// Builds the tables of the exports from what is stored; ExportWriter writes them. Every first sheet is in the format
// the importers read, so a file goes out and comes back unchanged:
// - ranking: rank, unit, code, total, maximum, percent, band, last year's rank, change against last year's total,
//   then the size of last year's ranking and, for units made from others, each predecessor's rank and percentage;
// - scores: the wide score sheet `scores import` reads (unit, one column per criterion code: every leaf, and the
//   parents and `total` where a value is recorded), then a "criteria" sheet with titles, maxima and lead units;
// - template: the same sheet with the framework's leaves and blank cells, one row per unit of the cohort-year
//   (or of the latest year before it, among units still active), then the unit's code (which survives renames),
//   to fill in and import unchanged;
// - framework: the file `index import` reads (code,title,max_points,parent,aggregation,lead_unit), then an
//   "about" sheet with the index's name, aggregation and bands;
// - audit log: every logged change, optionally of one index and year.
// Headers are in the request's language except where the importer needs its own words: criterion codes, `total`,
// and the framework columns.
class Export
{
    Q_DECLARE_TR_FUNCTIONS(par::Export)

public:
    static Result<ExportBook> ranking(Catalog& catalog, const ExportRequest& request);
    static Result<ExportBook> scores(Catalog& catalog, const ExportRequest& request);
    static Result<ExportBook> scoreTemplate(Catalog& catalog, const ExportRequest& request);
    static Result<ExportBook> framework(Catalog& catalog, const ExportRequest& request);
    static Result<ExportBook> auditLog(Catalog& catalog, const ExportRequest& request);

    // The header of the recorded total in score sheets (FrameworkImport::isTotalHeader accepts it).
    static QString totalHeader() { return QStringLiteral("total"); }
    // The header of the template's last column, the unit's code (ScoreImport::isUnitCodeHeader accepts it).
    static QString codeHeader() { return QStringLiteral("code"); }
};

} // namespace par
