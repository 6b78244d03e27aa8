#pragma once

#include "Result.h"
#include "model/Index.h"
#include "report/Report.h"
#include "storage/Catalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace par {

struct ReportOptions
{
    QString indexCode;
    int year = 0;
    QString cohort; // empty: the unit's own pool that year, else the index's default
    QString unit; // name or code; empty: the index's main unit (the province)
    QString language = QStringLiteral("vi"); // "vi" or "en"
    QDate date; // invalid: today
    Stage stage = Stage::Final;
    int lostCount = 10; // rows of the points-lost and the fell-since tables
    int annexAfter = 40;
    // The committee's results announcement for a cohort (or every cohort of the index) instead of one unit's report.
    bool cohortReport = false; // a ranking longer than this goes to an annex after the signature
};

// Composes the meeting report of one unit for one index and year from what the database holds: the summary against
// last year, the parts of the total, the trend, the fields, satisfaction (SIPAS), where points were lost and who
// leads those criteria, and the rankings of the province's own agencies and local authorities (every other index's
// pools that are not made of provinces, and the report's own pool where the whole of it is recorded).
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(par::ReportBuilder)

public:
    explicit ReportBuilder(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Result<Report> build(const ReportOptions& options);

private:
    Catalog& m_catalog;
};

} // namespace par
