#include "io/Export.h"

#include "scoring/Analysis.h"
#include "scoring/Ranking.h"
#include "storage/AuditLog.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace par {

namespace {

// Words written into the files. They follow the export's language (ExportLanguage), not the program's, so they are
// kept here in both languages rather than going through the translator.
QString say(ExportLanguage language, const char* vietnamese, const char* english)
{
    return QString::fromUtf8(language == ExportLanguage::Vietnamese ? vietnamese : english);
}

QString number(ExportLanguage language, Decimal value)
{
    return language == ExportLanguage::Vietnamese ? value.toString(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
                                                  : value.toString();
}

QString stageText(ExportLanguage language, Stage stage)
{
    return stage == Stage::Self ? say(language, "tự đánh giá", "self-assessed") : say(language, "thẩm định", "final");
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
    QString note
        = c.title + QStringLiteral("\n") + say(language, "Tối đa: ", "Maximum: ") + number(language, c.maxPoints);
    if (!c.leadUnit.isEmpty())
        note += QStringLiteral("\n") + say(language, "Đơn vị chủ trì: ", "Lead unit: ") + c.leadUnit;
    return note;
}

ExportSheet criteriaSheet(ExportLanguage language, const Framework& framework)
{
    ExportSheet sheet;
    sheet.name = say(language, "Tiêu chí", "Criteria");
    // In English these are the framework file's own columns, so the sheet can be imported as a framework too.
    sheet.columns = {column(say(language, "Mã", "code")),
                     column(say(language, "Tiêu chí", "title")),
                     column(say(language, "Điểm tối đa", "max_points"), ExportColumn::Format::Decimal),
                     column(say(language, "Thuộc", "parent")),
                     column(say(language, "Cách tổng hợp", "aggregation")),
                     column(say(language, "Đơn vị chủ trì", "lead_unit"))};
    for (int i = 1; i < framework.criteria.size(); ++i) {
        const Criterion& c = framework.criteria[i];
        const QString aggregation
            = c.aggregation == Aggregation::Mean ? say(language, "trung bình", "mean") : say(language, "cộng", "sum");
        sheet.rows.append({ExportCell::ofText(c.code), ExportCell::ofText(c.title), ExportCell::ofNumber(c.maxPoints),
                           ExportCell::ofText(c.parent > 0 ? framework.criteria[c.parent].code : QString()),
                           ExportCell::ofText(c.isLeaf() ? QString() : aggregation), ExportCell::ofText(c.leadUnit)});
    }
    sheet.frozenColumns = 1;
    return sheet;
}

QString unitHeader(ExportLanguage language)
{
    return say(language, "Đơn vị", "Unit");
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
    sheet.name = say(lang, "Xếp hạng", "Ranking");
    sheet.columns = {column(say(lang, "Hạng", "Rank"), ExportColumn::Format::Integer),
                     column(unitHeader(lang)),
                     column(say(lang, "Mã đơn vị", "Code")),
                     column(say(lang, "Tổng điểm", "Total"), ExportColumn::Format::Decimal),
                     column(say(lang, "Điểm tối đa", "Maximum"), ExportColumn::Format::Decimal),
                     column(say(lang, "Tỷ lệ (%)", "Percent"), ExportColumn::Format::Percent),
                     column(say(lang, "Xếp loại", "Band")),
                     column(say(lang, "Hạng năm trước", "Last year's rank"), ExportColumn::Format::Integer),
                     column(say(lang, "Tăng, giảm điểm", "Change"), ExportColumn::Format::SignedDecimal,
                            say(lang, "So với tổng điểm năm trước", "Against last year's total"))};
    for (const RankedUnit& u : r.rows) {
        const std::optional<Decimal> change
            = u.previousTotal ? std::optional<Decimal>(u.total - *u.previousTotal) : std::nullopt;
        sheet.rows.append({ExportCell::ofInteger(qint64(u.rank)), ExportCell::ofText(u.name),
                           ExportCell::ofText(u.code), ExportCell::ofNumber(u.total), ExportCell::ofNumber(r.max),
                           ExportCell::ofNumber(u.percent), ExportCell::ofText(u.band),
                           ExportCell::ofInteger(u.previousRank), ExportCell::ofNumber(change)});
    }
    for (const QString& name : r.unranked)
        sheet.rows.append({ExportCell(), ExportCell::ofText(name), ExportCell(), ExportCell(),
                           ExportCell::ofNumber(r.max), ExportCell(),
                           ExportCell::ofText(say(lang, "chưa có điểm", "no value"))});
    sheet.frozenColumns = 2;
    sheet.autoFilter = true;

    ExportBook book;
    book.title = say(lang, "Xếp hạng %1 năm %2 – %3 (%4)", "%1 %2 ranking – %3 (%4)")
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
    sheet.name = say(lang, "Điểm", "Scores");
    sheet.columns.append(column(unitHeader(lang), ExportColumn::Format::Text,
                                say(lang, "Tên (hoặc mã) đơn vị", "The unit's name (or code)")));
    for (int position : positions) {
        const Criterion& c = f.criteria[position];
        sheet.columns.append(c.isRoot() ? column(totalHeader(), ExportColumn::Format::Decimal,
                                                 say(lang, "Tổng điểm ghi nhận\nTối đa: ", "Recorded total\nMaximum: ")
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
    book.title = say(lang, "Điểm %1 năm %2 – %3 (%4)", "%1 %2 scores – %3 (%4)")
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
    sheet.name = say(lang, "Điểm", "Scores");
    sheet.columns.append(column(unitHeader(lang), ExportColumn::Format::Text,
                                say(lang, "Tên (hoặc mã) đơn vị", "The unit's name (or code)")));
    for (int i = 1; i < f.criteria.size(); ++i) {
        const Criterion& c = f.criteria[i];
        if (!c.isLeaf())
            continue;
        ExportColumn col = column(c.code, ExportColumn::Format::Decimal, criterionNote(lang, c));
        col.input = true;
        col.inputMax = c.maxPoints;
        col.inputError = say(lang, "Nhập một số từ 0 đến %1 (điểm tối đa của tiêu chí %2).",
                             "Type a number from 0 to %1 (the maximum of criterion %2).")
                             .arg(number(lang, c.maxPoints), c.code);
        sheet.columns.append(col);
    }
    for (const Unit& u : units.value()) {
        QList<ExportCell> row {ExportCell::ofText(keys->value(u.id))};
        sheet.rows.append(row);
    }
    sheet.frozenColumns = 1;

    ExportSheet help;
    help.name = say(lang, "Hướng dẫn", "Instructions");
    help.columns = {column(say(lang, "Hướng dẫn điền biểu mẫu", "How to fill in this template"))};
    const QString cohortOption
        = scope->cohort.isDefault ? QString() : QStringLiteral(" --cohort \"%1\"").arg(scope->cohort.name);
    const QStringList lines {
        say(lang, "Biểu mẫu chấm điểm %1 năm %2 – %3.", "Score template of %1, %2 – %3.")
            .arg(scope->index.name)
            .arg(request.year)
            .arg(scope->cohort.name),
        say(lang,
            "1. Điền điểm vào các ô màu vàng ở trang \"Điểm\": mỗi dòng là một đơn vị, mỗi cột là một tiêu chí "
            "thành phần.",
            "1. Type the scores into the yellow cells of the \"Scores\" sheet: one row per unit, one column per "
            "component criterion."),
        say(lang, "2. Không sửa dòng đầu (mã tiêu chí) và cột đầu (tên đơn vị); không thêm, xoá hay đổi chỗ các cột.",
            "2. Do not change the first row (criterion codes) or the first column (unit names); do not add, "
            "remove or move columns."),
        say(lang,
            "3. Điểm là số từ 0 đến điểm tối đa của tiêu chí, tối đa 6 chữ số thập phân; dùng dấu phẩy hay dấu "
            "chấm thập phân đều được. Ô chưa có điểm thì để trống.",
            "3. A score is a number from 0 to the criterion's maximum, with at most 6 decimals; a decimal comma "
            "or point both work. Leave a cell blank when there is no score."),
        say(lang,
            "4. Nội dung và điểm tối đa của từng tiêu chí có ở trang \"Tiêu chí\" và trong ghi chú của ô mã tiêu "
            "chí.",
            "4. Each criterion's title and maximum are on the \"Criteria\" sheet and in the note of its code's "
            "cell."),
        say(lang,
            "5. Ô để trống khi nhập sẽ xoá điểm đã có của đơn vị ở tiêu chí đó. Nếu tệp này gửi chung cho nhiều "
            "đơn vị, mỗi đơn vị chỉ giữ lại dòng của mình (xoá các dòng khác) trước khi gửi lại.",
            "5. A blank cell removes a score already recorded for that unit and criterion. If this file goes to "
            "several units, each keeps only its own row (deleting the others) before sending it back."),
        say(lang, "6. Nhập tệp đã điền: parindex scores import --index %1 --year %2%3 [--stage self] TỆP.xlsx",
            "6. To import the filled-in file: parindex scores import --index %1 --year %2%3 [--stage self] "
            "FILE.xlsx")
            .arg(scope->index.code)
            .arg(request.year)
            .arg(cohortOption),
    };
    for (const QString& line : lines)
        help.rows.append({ExportCell::ofText(line)});

    ExportBook book;
    book.title = say(lang, "Biểu mẫu chấm điểm %1 năm %2 – %3", "%1 %2 score template – %3")
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
    sheet.name = say(lang, "Tiêu chí", "Criteria");
    sheet.columns = {
        column(QStringLiteral("code"), ExportColumn::Format::Text, say(lang, "Mã tiêu chí", "Code")),
        column(QStringLiteral("title"), ExportColumn::Format::Text, say(lang, "Tên tiêu chí", "Title")),
        column(QStringLiteral("max_points"), ExportColumn::Format::Decimal, say(lang, "Điểm tối đa", "Maximum points")),
        column(QStringLiteral("parent"), ExportColumn::Format::Text,
               say(lang, "Mã tiêu chí cha (trống: cấp cao nhất)", "Parent code (blank: top level)")),
        column(QStringLiteral("aggregation"), ExportColumn::Format::Text,
               say(lang, "Cách tổng hợp các tiêu chí con: sum (cộng) hoặc mean (trung bình)",
                   "How the children make the parent: sum or mean")),
        column(QStringLiteral("lead_unit"), ExportColumn::Format::Text, say(lang, "Đơn vị chủ trì", "Lead unit"))};
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
    about.name = say(lang, "Thông tin", "About");
    about.columns = {column(say(lang, "Mục", "Item")), column(say(lang, "Giá trị", "Value"))};
    about.rows = {
        {ExportCell::ofText(say(lang, "Mã chỉ số", "Index code")), ExportCell::ofText(index->code)},
        {ExportCell::ofText(say(lang, "Tên chỉ số", "Index name")), ExportCell::ofText(index->name)},
        {ExportCell::ofText(say(lang, "Năm", "Year")), ExportCell::ofInteger(qint64(request.year))},
        {ExportCell::ofText(say(lang, "Tổng hợp điểm tổng", "Aggregation of the total")),
         ExportCell::ofText(aggregationName(index->aggregation))},
        {ExportCell::ofText(say(lang, "Xếp loại", "Bands")), ExportCell::ofText(bandSpec)},
        {ExportCell::ofText(say(lang, "Lệnh nhập lại", "To import again")),
         ExportCell::ofText(QStringLiteral("parindex index import --index %1 --name \"%2\" --aggregation %3 "
                                           "--bands \"%4\" --year %5 FILE")
                                .arg(index->code, index->name, aggregationName(index->aggregation), bandSpec)
                                .arg(request.year))},
    };

    ExportBook book;
    book.title = say(lang, "Khung tiêu chí %1 năm %2", "%1 %2 framework").arg(index->name).arg(request.year);
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
    sheet.name = say(lang, "Nhật ký", "Audit log");
    sheet.columns = {column(say(lang, "Thời điểm (UTC)", "At (UTC)")),
                     column(say(lang, "Người thực hiện", "Actor")),
                     column(say(lang, "Thao tác", "Action")),
                     column(say(lang, "Đối tượng", "Entity")),
                     column(say(lang, "Chỉ số", "Index")),
                     column(say(lang, "Năm", "Year"), ExportColumn::Format::Integer),
                     column(say(lang, "Đơn vị", "Unit")),
                     column(say(lang, "Tiêu chí", "Criterion")),
                     column(say(lang, "Giai đoạn", "Stage")),
                     column(say(lang, "Giá trị cũ", "Old value")),
                     column(say(lang, "Giá trị mới", "New value")),
                     column(say(lang, "Lý do", "Reason"))};
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
    book.title = scope.isEmpty() ? say(lang, "Nhật ký thay đổi", "Audit log")
                                 : say(lang, "Nhật ký thay đổi %1", "Audit log %1").arg(scope);
    book.what = scope.isEmpty() ? tr("the audit log") : tr("the audit log of %1").arg(scope);
    book.sheets.append(sheet);
    return book;
}

} // namespace par
