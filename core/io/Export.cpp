#include "io/Export.h"

#include "i18n/DocumentTranslator.h"
#include "scoring/Analysis.h"
#include "scoring/Ranking.h"
#include "storage/AuditLog.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace par {

namespace {

// Words written into the files. They follow the export's language (ExportLanguage), not the program's, so they go
// through the document's own translator: English sources marked in context "Export", translated in
// translations/parindex_vi.ts.
QString words(ExportLanguage language, DocumentTranslator::Source source)
{
    return DocumentTranslator::of(language == ExportLanguage::English ? DocumentLanguage::English
                                                                      : DocumentLanguage::Vietnamese)
        .translate("Export", source);
}

QString number(ExportLanguage language, Decimal value)
{
    return language == ExportLanguage::Vietnamese ? value.toString(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
                                                  : value.toString();
}

QString stageText(ExportLanguage language, Stage stage)
{
    return stage == Stage::Self ? words(language, QT_TRANSLATE_NOOP("Export", "self-assessed"))
                                : words(language, QT_TRANSLATE_NOOP("Export", "final"));
}

ExportColumn column(const QString& header, ExportColumn::Format format = ExportColumn::Format::Text,
                    const QString& comment = QString())
{
    ExportColumn c;
    c.header = header;
    c.format = format;
    c.comment = comment;
    return c;
}

struct Scope
{
    Index index;
    Framework framework;
    Cohort cohort;
};

Result<Scope> resolve(Catalog& catalog, const ExportRequest& request)
{
    Scope scope;
    auto index = catalog.index(request.indexCode);
    if (!index)
        return index.error();
    scope.index = index.value();
    auto framework = catalog.requireFramework(scope.index, request.year);
    if (!framework)
        return framework.error();
    scope.framework = framework.value();
    auto cohort = catalog.resolveCohort(scope.index, request.cohort.normalized(QString::NormalizationForm_C));
    if (!cohort)
        return cohort.error();
    scope.cohort = cohort.value();
    return scope;
}

Result<Unit> requireUnit(Catalog& catalog, const QString& nameOrCode)
{
    auto unit = catalog.findUnit(nameOrCode.normalized(QString::NormalizationForm_C));
    if (!unit)
        return unit.error();
    if (!unit.value())
        return Error::usage(Export::tr("there is no unit named or coded \"%1\"").arg(nameOrCode));
    return *unit.value();
}

// The units of a sheet: the one asked for, or the cohort's members of the year, by name in Vietnamese order.
// A template for a year that has no scores yet takes the members of the latest year before it that are still active.
Result<QList<Unit>> sheetUnits(Catalog& catalog, const Scope& scope, const ExportRequest& request, bool template_)
{
    QList<Unit> units;
    if (!request.unit.isEmpty()) {
        auto unit = requireUnit(catalog, request.unit);
        if (!unit)
            return unit.error();
        units.append(unit.value());
        return units;
    }
    auto members = catalog.members(scope.cohort.id, request.year);
    if (!members)
        return members.error();
    units = members.value();
    if (units.isEmpty() && template_) {
        auto years = catalog.years(scope.index.id);
        if (!years)
            return years.error();
        QList<int> earlier = years.value();
        std::sort(earlier.begin(), earlier.end(), std::greater<int>());
        for (int y : earlier) {
            if (y >= request.year)
                continue;
            auto before = catalog.members(scope.cohort.id, y);
            if (!before)
                return before.error();
            for (const Unit& u : before.value()) {
                if (u.activeIn(request.year))
                    units.append(u);
            }
            if (!units.isEmpty())
                break;
        }
    }
    std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
    return units;
}

// How a row names its unit so that `scores import` finds the same unit again: by name, which reads well and carries
// over to another database, unless the name is shared within the cohort or is another unit's code (the importer
// tries codes first); then by the unit's own code.
Result<QHash<qint64, QString>> unitKeys(Catalog& catalog, const Scope& scope, const QList<Unit>& units)
{
    auto all = catalog.units();
    if (!all)
        return all.error();
    auto cohortMembers = catalog.membersAnyYear(scope.cohort.id);
    if (!cohortMembers)
        return cohortMembers.error();
    QHash<QString, qint64> codeOwner;
    for (const Unit& u : all.value()) {
        if (!u.code.isEmpty())
            codeOwner.insert(u.code, u.id);
    }
    QHash<QString, int> named;
    for (const Unit& u : cohortMembers.value())
        ++named[u.name];
    QHash<qint64, QString> keys;
    for (const Unit& u : units) {
        const bool ambiguous
            = named.value(u.name) > 1 || (codeOwner.contains(u.name) && codeOwner.value(u.name) != u.id);
        keys.insert(u.id, ambiguous && !u.code.isEmpty() ? u.code : u.name);
    }
    return keys;
}

QString criterionNote(ExportLanguage language, const Criterion& c)
{
    QString note = c.title + QStringLiteral("\n") + words(language, QT_TRANSLATE_NOOP("Export", "Maximum: "))
        + number(language, c.maxPoints);
    if (!c.leadUnit.isEmpty())
        note += QStringLiteral("\n") + words(language, QT_TRANSLATE_NOOP("Export", "Lead unit: ")) + c.leadUnit;
    return note;
}

ExportSheet criteriaSheet(ExportLanguage language, const Framework& framework)
{
    ExportSheet sheet;
    sheet.name = words(language, QT_TRANSLATE_NOOP("Export", "Criteria"));
    // In English these are the framework file's own columns, so the sheet can be imported as a framework too.
    sheet.columns = {column(words(language, QT_TRANSLATE_NOOP("Export", "code"))),
                     column(words(language, QT_TRANSLATE_NOOP("Export", "title"))),
                     column(words(language, QT_TRANSLATE_NOOP("Export", "max_points")), ExportColumn::Format::Decimal),
                     column(words(language, QT_TRANSLATE_NOOP("Export", "parent"))),
                     column(words(language, QT_TRANSLATE_NOOP("Export", "aggregation"))),
                     column(words(language, QT_TRANSLATE_NOOP("Export", "lead_unit")))};
    for (int i = 1; i < framework.criteria.size(); ++i) {
        const Criterion& c = framework.criteria[i];
        const QString aggregation = c.aggregation == Aggregation::Mean
            ? words(language, QT_TRANSLATE_NOOP("Export", "mean"))
            : words(language, QT_TRANSLATE_NOOP("Export", "sum"));
        sheet.rows.append({ExportCell::ofText(c.code), ExportCell::ofText(c.title), ExportCell::ofNumber(c.maxPoints),
                           ExportCell::ofText(c.parent > 0 ? framework.criteria[c.parent].code : QString()),
                           ExportCell::ofText(c.isLeaf() ? QString() : aggregation), ExportCell::ofText(c.leadUnit)});
    }
    sheet.frozenColumns = 1;
    return sheet;
}

QString unitHeader(ExportLanguage language)
{
    return words(language, QT_TRANSLATE_NOOP("Export", "Unit"));
}

} // namespace

Result<ExportBook> Export::ranking(Catalog& catalog, const ExportRequest& request)
{
    const ExportLanguage lang = request.language;
    auto result = Analysis(catalog).ranking(request.indexCode, request.year,
                                            request.cohort.normalized(QString::NormalizationForm_C), request.stage);
    if (!result)
        return result.error();
    const RankingResult& r = result.value();
    ExportSheet sheet;
    sheet.name = words(lang, QT_TRANSLATE_NOOP("Export", "Ranking"));
    sheet.columns
        = {column(words(lang, QT_TRANSLATE_NOOP("Export", "Rank")), ExportColumn::Format::Integer),
           column(unitHeader(lang)),
           column(words(lang, QT_TRANSLATE_NOOP3("Export", "Code", "ranking column: the unit code"))),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Total")), ExportColumn::Format::Decimal),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Maximum")), ExportColumn::Format::Decimal),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Percent")), ExportColumn::Format::Percent),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Band"))),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Last year's rank")), ExportColumn::Format::Integer),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Change")), ExportColumn::Format::SignedDecimal,
                  words(lang, QT_TRANSLATE_NOOP("Export", "Against last year's total"))),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Last year's rank out of")), ExportColumn::Format::Integer,
                  words(lang, QT_TRANSLATE_NOOP("Export", "How many units last year's ranking had"))),
           column(words(lang, QT_TRANSLATE_NOOP("Export", "Predecessors last year")), ExportColumn::Format::Text,
                  words(lang,
                        QT_TRANSLATE_NOOP("Export",
                                          "The units this one was made from, each with its own rank "
                                          "and percentage of last year")))};
    for (const RankedUnit& u : r.rows) {
        const std::optional<Decimal> change
            = u.previousTotal ? std::optional<Decimal>(u.total - *u.previousTotal) : std::nullopt;
        QStringList predecessors;
        for (const PredecessorRank& p : u.predecessors)
            predecessors << p.text(lang == ExportLanguage::Vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                                      : QLocale::c());
        sheet.rows.append(
            {ExportCell::ofInteger(qint64(u.rank)), ExportCell::ofText(u.name), ExportCell::ofText(u.code),
             ExportCell::ofNumber(u.total), ExportCell::ofNumber(r.max), ExportCell::ofNumber(u.percent),
             ExportCell::ofText(u.band), ExportCell::ofInteger(u.previousRank), ExportCell::ofNumber(change),
             ExportCell::ofInteger(u.previousOf), ExportCell::ofText(predecessors.join(QStringLiteral("; ")))});
    }
    for (const QString& name : r.unranked)
        sheet.rows.append({ExportCell(), ExportCell::ofText(name), ExportCell(), ExportCell(),
                           ExportCell::ofNumber(r.max), ExportCell(),
                           ExportCell::ofText(words(lang, QT_TRANSLATE_NOOP("Export", "no value")))});
    sheet.frozenColumns = 2;
    sheet.autoFilter = true;

    ExportBook book;
    book.title = words(lang, QT_TRANSLATE_NOOP("Export", "%1 %2 ranking – %3 (%4)"))
                     .arg(r.index.name)
                     .arg(r.year)
                     .arg(r.cohort.name, stageText(lang, r.stage));
    book.what = tr("the %1 %2 ranking of \"%3\"").arg(r.index.code).arg(r.year).arg(r.cohort.name);
    book.sheets.append(sheet);
    return book;
}

Result<ExportBook> Export::scores(Catalog& catalog, const ExportRequest& request)
{
    const ExportLanguage lang = request.language;
    auto scope = resolve(catalog, request);
    if (!scope)
        return scope.error();
    const Framework& f = scope->framework;
    auto units = sheetUnits(catalog, scope.value(), request, false);
    if (!units)
        return units.error();
    auto keys = unitKeys(catalog, scope.value(), units.value());
    if (!keys)
        return keys.error();
    QList<qint64> ids;
    for (const Unit& u : units.value())
        ids.append(u.id);
    auto recorded = catalog.recorded(f, request.stage, ids);
    if (!recorded)
        return recorded.error();

    // Every leaf; a parent or the total only where some unit has a value recorded for it, since an empty parent
    // column would say nothing the leaves do not.
    QList<bool> used(f.criteria.size(), false);
    for (const Recorded& values : recorded.value()) {
        for (int i = 0; i < values.size() && i < used.size(); ++i)
            used[i] = used[i] || values[i].has_value();
    }
    QList<int> positions;
    for (int i = 1; i < f.criteria.size(); ++i) {
        if (f.criteria[i].isLeaf() || used[i])
            positions.append(i);
    }
    if (used[0])
        positions.append(0);

    ExportSheet sheet;
    sheet.name = words(lang, QT_TRANSLATE_NOOP("Export", "Scores"));
    sheet.columns.append(column(unitHeader(lang), ExportColumn::Format::Text,
                                words(lang, QT_TRANSLATE_NOOP("Export", "The unit's name (or code)"))));
    for (int position : positions) {
        const Criterion& c = f.criteria[position];
        sheet.columns.append(c.isRoot() ? column(totalHeader(), ExportColumn::Format::Decimal,
                                                 words(lang, QT_TRANSLATE_NOOP("Export", "Recorded total\nMaximum: "))
                                                     + number(lang, c.maxPoints))
                                        : column(c.code, ExportColumn::Format::Decimal, criterionNote(lang, c)));
    }
    for (const Unit& u : units.value()) {
        const Recorded values = recorded->value(u.id);
        QList<ExportCell> row {ExportCell::ofText(keys->value(u.id))};
        for (int position : positions)
            row.append(position < values.size() ? ExportCell::ofNumber(values[position]) : ExportCell());
        sheet.rows.append(row);
    }
    sheet.frozenColumns = 1;

    ExportBook book;
    book.title = words(lang, QT_TRANSLATE_NOOP("Export", "%1 %2 scores – %3 (%4)"))
                     .arg(scope->index.name)
                     .arg(request.year)
                     .arg(scope->cohort.name, stageText(lang, request.stage));
    book.what = tr("the %1 %2 %3 scores of \"%4\"")
                    .arg(scope->index.code)
                    .arg(request.year)
                    .arg(stageName(request.stage), scope->cohort.name);
    book.sheets = {sheet, criteriaSheet(lang, f)};
    return book;
}

Result<ExportBook> Export::scoreTemplate(Catalog& catalog, const ExportRequest& request)
{
    const ExportLanguage lang = request.language;
    auto scope = resolve(catalog, request);
    if (!scope)
        return scope.error();
    const Framework& f = scope->framework;
    auto units = sheetUnits(catalog, scope.value(), request, true);
    if (!units)
        return units.error();
    auto keys = unitKeys(catalog, scope.value(), units.value());
    if (!keys)
        return keys.error();

    ExportSheet sheet;
    sheet.name = words(lang, QT_TRANSLATE_NOOP("Export", "Scores"));
    sheet.columns.append(column(unitHeader(lang), ExportColumn::Format::Text,
                                words(lang, QT_TRANSLATE_NOOP("Export", "The unit's name (or code)"))));
    for (int i = 1; i < f.criteria.size(); ++i) {
        const Criterion& c = f.criteria[i];
        if (!c.isLeaf())
            continue;
        ExportColumn col = column(c.code, ExportColumn::Format::Decimal, criterionNote(lang, c));
        col.input = true;
        col.inputMax = c.maxPoints;
        col.inputError
            = words(lang, QT_TRANSLATE_NOOP("Export", "Type a number from 0 to %1 (the maximum of criterion %2)."))
                  .arg(number(lang, c.maxPoints), c.code);
        sheet.columns.append(col);
    }
    // Last, so the criteria keep their places: the code names the unit even after it is renamed.
    const int codeAt = int(sheet.columns.size());
    sheet.columns.append(column(codeHeader(), ExportColumn::Format::Text,
                                words(lang,
                                      QT_TRANSLATE_NOOP("Export",
                                                        "The unit's code: it names the unit even "
                                                        "after a rename. Leave it as it is."))));
    for (const Unit& u : units.value()) {
        QList<ExportCell> row(codeAt + 1);
        row[0] = ExportCell::ofText(keys->value(u.id));
        row[codeAt] = u.code.isEmpty() ? ExportCell() : ExportCell::ofText(u.code);
        sheet.rows.append(row);
    }
    sheet.frozenColumns = 1;

    ExportSheet help;
    help.name = words(lang, QT_TRANSLATE_NOOP("Export", "Instructions"));
    help.columns = {column(words(lang, QT_TRANSLATE_NOOP("Export", "How to fill in this template")))};
    const QString cohortOption
        = scope->cohort.isDefault ? QString() : QStringLiteral(" --cohort \"%1\"").arg(scope->cohort.name);
    const QStringList lines {
        words(lang, QT_TRANSLATE_NOOP("Export", "Score template of %1, %2 – %3."))
            .arg(scope->index.name)
            .arg(request.year)
            .arg(scope->cohort.name),
        words(lang,
              QT_TRANSLATE_NOOP("Export",
                                "1. Type the scores into the yellow cells of the \"Scores\" sheet: one row per unit, "
                                "one column per component criterion.")),
        words(lang,
              QT_TRANSLATE_NOOP("Export",
                                "2. Do not change the first row (criterion codes) or the first column (unit names); do "
                                "not add, remove or move columns.")),
        words(lang,
              QT_TRANSLATE_NOOP("Export",
                                "3. A score is a number from 0 to the criterion's maximum, with at most 6 decimals; a "
                                "decimal comma or point both work. Leave a cell blank when there is no score.")),
        words(lang,
              QT_TRANSLATE_NOOP("Export",
                                "4. Each criterion's title and maximum are on the \"Criteria\" sheet and in the note "
                                "of its code's cell.")),
        words(lang,
              QT_TRANSLATE_NOOP(
                  "Export",
                  "5. A blank cell removes a score already recorded for that unit and criterion. If this file goes to "
                  "several units, each keeps only its own row (deleting the others) before sending it back.")),
        words(lang,
              QT_TRANSLATE_NOOP("Export",
                                "6. To import the filled-in file: parindex scores import --index %1 --year %2%3 "
                                "[--stage self] FILE.xlsx"))
            .arg(scope->index.code)
            .arg(request.year)
            .arg(cohortOption),
    };
    for (const QString& line : lines)
        help.rows.append({ExportCell::ofText(line)});

    ExportBook book;
    book.title = words(lang, QT_TRANSLATE_NOOP("Export", "%1 %2 score template – %3"))
                     .arg(scope->index.name)
                     .arg(request.year)
                     .arg(scope->cohort.name);
    book.what
        = tr("the %1 %2 score template of \"%3\"").arg(scope->index.code).arg(request.year).arg(scope->cohort.name);
    book.sheets = {sheet, criteriaSheet(lang, f), help};
    return book;
}

Result<ExportBook> Export::framework(Catalog& catalog, const ExportRequest& request)
{
    const ExportLanguage lang = request.language;
    auto index = catalog.index(request.indexCode);
    if (!index)
        return index.error();
    auto found = catalog.requireFramework(index.value(), request.year);
    if (!found)
        return found.error();
    const Framework& f = found.value();

    // The importer's own column names, whatever the language: the file must go back in unchanged.
    ExportSheet sheet;
    sheet.name = words(lang, QT_TRANSLATE_NOOP("Export", "Criteria"));
    sheet.columns = {
        column(QStringLiteral("code"), ExportColumn::Format::Text,
               words(lang, QT_TRANSLATE_NOOP3("Export", "Code", "framework column note: the criterion code"))),
        column(QStringLiteral("title"), ExportColumn::Format::Text, words(lang, QT_TRANSLATE_NOOP("Export", "Title"))),
        column(QStringLiteral("max_points"), ExportColumn::Format::Decimal,
               words(lang, QT_TRANSLATE_NOOP("Export", "Maximum points"))),
        column(QStringLiteral("parent"), ExportColumn::Format::Text,
               words(lang, QT_TRANSLATE_NOOP("Export", "Parent code (blank: top level)"))),
        column(QStringLiteral("aggregation"), ExportColumn::Format::Text,
               words(lang, QT_TRANSLATE_NOOP("Export", "How the children make the parent: sum or mean"))),
        column(QStringLiteral("lead_unit"), ExportColumn::Format::Text,
               words(lang, QT_TRANSLATE_NOOP("Export", "Lead unit")))};
    for (int i = 1; i < f.criteria.size(); ++i) {
        const Criterion& c = f.criteria[i];
        sheet.rows.append({ExportCell::ofText(c.code), ExportCell::ofText(c.title), ExportCell::ofNumber(c.maxPoints),
                           ExportCell::ofText(c.parent > 0 ? f.criteria[c.parent].code : QString()),
                           ExportCell::ofText(aggregationName(c.aggregation)), ExportCell::ofText(c.leadUnit)});
    }
    sheet.frozenColumns = 1;

    QStringList bands;
    for (const Band& b : f.bands)
        bands << b.minPercent.toString() + u'=' + b.label;
    const QString bandSpec = bands.join(u';');
    ExportSheet about;
    about.name = words(lang, QT_TRANSLATE_NOOP("Export", "About"));
    about.columns = {column(words(lang, QT_TRANSLATE_NOOP("Export", "Item"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Value")))};
    about.rows = {
        {ExportCell::ofText(words(lang, QT_TRANSLATE_NOOP("Export", "Index code"))), ExportCell::ofText(index->code)},
        {ExportCell::ofText(words(lang, QT_TRANSLATE_NOOP("Export", "Index name"))), ExportCell::ofText(index->name)},
        {ExportCell::ofText(words(lang, QT_TRANSLATE_NOOP("Export", "Year"))),
         ExportCell::ofInteger(qint64(request.year))},
        {ExportCell::ofText(words(lang, QT_TRANSLATE_NOOP("Export", "Aggregation of the total"))),
         ExportCell::ofText(aggregationName(index->aggregation))},
        {ExportCell::ofText(words(lang, QT_TRANSLATE_NOOP("Export", "Bands"))), ExportCell::ofText(bandSpec)},
        {ExportCell::ofText(words(lang, QT_TRANSLATE_NOOP("Export", "To import again"))),
         ExportCell::ofText(QStringLiteral("parindex index import --index %1 --name \"%2\" --aggregation %3 "
                                           "--bands \"%4\" --year %5 FILE")
                                .arg(index->code, index->name, aggregationName(index->aggregation), bandSpec)
                                .arg(request.year))},
    };

    ExportBook book;
    book.title = words(lang, QT_TRANSLATE_NOOP("Export", "%1 %2 framework")).arg(index->name).arg(request.year);
    book.what = tr("the %1 %2 framework").arg(index->code).arg(request.year);
    book.sheets = {sheet, about};
    return book;
}

Result<ExportBook> Export::auditLog(Catalog& catalog, const ExportRequest& request)
{
    const ExportLanguage lang = request.language;
    AuditFilter filter;
    filter.indexCode = request.indexCode;
    filter.year = request.year;
    auto entries = AuditLog::read(catalog.database(), filter);
    if (!entries)
        return entries.error();
    ExportSheet sheet;
    sheet.name = words(lang, QT_TRANSLATE_NOOP3("Export", "Audit log", "sheet name"));
    sheet.columns = {column(words(lang, QT_TRANSLATE_NOOP("Export", "At (UTC)"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Actor"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Action"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Entity"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Index"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Year")), ExportColumn::Format::Integer),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Unit"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Criterion"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Stage"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Old value"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "New value"))),
                     column(words(lang, QT_TRANSLATE_NOOP("Export", "Reason")))};
    for (const AuditEntry& e : entries.value()) {
        // Old and new values stay text: they are exactly what the log holds, notes included.
        sheet.rows.append({ExportCell::ofText(e.at), ExportCell::ofText(e.actor), ExportCell::ofText(e.action),
                           ExportCell::ofText(e.entity), ExportCell::ofText(e.indexCode),
                           e.year ? ExportCell::ofInteger(qint64(e.year)) : ExportCell(), ExportCell::ofText(e.unit),
                           ExportCell::ofText(e.criterion), ExportCell::ofText(e.stage), ExportCell::ofText(e.oldValue),
                           ExportCell::ofText(e.newValue), ExportCell::ofText(e.reason)});
    }
    sheet.autoFilter = true;

    ExportBook book;
    QString scope = request.indexCode;
    if (request.year)
        scope += (scope.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(request.year);
    book.title = scope.isEmpty() ? words(lang, QT_TRANSLATE_NOOP3("Export", "Audit log", "title of the workbook"))
                                 : words(lang, QT_TRANSLATE_NOOP("Export", "Audit log %1")).arg(scope);
    book.what = scope.isEmpty() ? tr("the audit log") : tr("the audit log of %1").arg(scope);
    book.sheets.append(sheet);
    return book;
}

} // namespace par
