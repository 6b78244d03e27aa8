#include "io/FrameworkImport.h"

#include "model/TextRules.h"
#include "scoring/Evaluation.h"

#include <QHash>
#include <QSet>

namespace par {

namespace {

struct Row
{
    int line = 0;
    QString code;
    QString title;
    std::optional<Decimal> max;
    QString parent;
    Aggregation aggregation = Aggregation::Sum;
    QString leadUnit;
    QList<int> children;
};

QString at(const CsvTable& t, int row, int column)
{
    return QCoreApplication::translate("par::FrameworkImport", "%1: line %2, column %3")
        .arg(t.fileName)
        .arg(t.lines[row])
        .arg(column + 1);
}

} // namespace

bool FrameworkImport::isTotalHeader(const QString& header)
{
    const QString h = header.trimmed().toLower();
    return h == QLatin1String("total") || h == QStringLiteral("tổng") || h == QStringLiteral("tổng điểm");
}

Result<FrameworkParse> FrameworkImport::parse(const CsvTable& table, const Index& index)
{
    if (table.rows.isEmpty())
        return Error::input(tr("%1: the file is empty").arg(table.fileName));
    QHash<QString, int> column;
    const QStringList& header = table.rows.first();
    for (int c = 0; c < header.size(); ++c)
        column.insert(header[c].trimmed().toLower(), c);
    for (const char* required : {"code", "title", "max_points"}) {
        if (!column.contains(QLatin1String(required)))
            return Error::input(tr("%1: line %2: the header has no \"%3\" column (expected code,title,max_points and "
                                   "optionally parent,aggregation,lead_unit)")
                                    .arg(table.fileName)
                                    .arg(table.lines.first())
                                    .arg(QLatin1String(required)));
    }
    for (const auto& [what, text] : {std::pair {tr("code"), index.code}, std::pair {tr("name"), index.name}}) {
        if (const QString problem = TextRules::problem(text, TextRules::Kind::Name); !problem.isEmpty())
            return Error::input(tr("the index's %1 %2").arg(what, problem));
    }
    const bool explicitParents = column.contains(QStringLiteral("parent"));
    auto cell = [&](const QStringList& row, const char* name) {
        const int c = column.value(QLatin1String(name), -1);
        return c >= 0 && c < row.size() ? row[c].trimmed() : QString();
    };

    QList<Row> rows;
    QHash<QString, int> byCode;
    for (int r = 1; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows[r];
        if (cells.size() > header.size())
            return Error::input(tr("%1: this row has %2 cells but the header has %3")
                                    .arg(at(table, r, header.size()))
                                    .arg(cells.size())
                                    .arg(header.size()));
        // Every text column by its kind: codes and names one line of at most 255 characters, titles 1,000.
        for (const auto& [name, kind] :
             {std::pair {"code", TextRules::Kind::Name}, std::pair {"title", TextRules::Kind::Title},
              std::pair {"parent", TextRules::Kind::Name}, std::pair {"lead_unit", TextRules::Kind::Name}}) {
            const int c = column.value(QLatin1String(name), -1);
            if (c < 0 || c >= cells.size())
                continue;
            if (const QString problem = TextRules::problem(cells[c].trimmed(), kind); !problem.isEmpty())
                return Error::input(tr("%1: the %2 %3").arg(at(table, r, c), QLatin1String(name), problem));
        }
        Row row;
        row.line = table.lines[r];
        row.code = cell(cells, "code");
        row.title = cell(cells, "title");
        const int codeColumn = column.value(QStringLiteral("code"));
        if (row.code.isEmpty() && row.title.isEmpty() && cell(cells, "max_points").isEmpty())
            continue; // a blank spreadsheet row
        if (row.code.isEmpty())
            return Error::input(tr("%1: the criterion has no code").arg(at(table, r, codeColumn)));
        if (isTotalHeader(row.code))
            return Error::input(
                tr("%1: \"%2\" is reserved for the recorded total").arg(at(table, r, codeColumn), row.code));
        if (byCode.contains(row.code))
            return Error::input(tr("%1: the code %2 is already used on line %3")
                                    .arg(at(table, r, codeColumn), row.code)
                                    .arg(rows[byCode[row.code]].line));
        if (row.title.isEmpty())
            return Error::input(
                tr("%1: criterion %2 has no title").arg(at(table, r, column.value(QStringLiteral("title"))), row.code));
        const QString maxText = cell(cells, "max_points");
        const int maxColumn = column.value(QStringLiteral("max_points"));
        if (!maxText.isEmpty()) {
            auto max = Decimal::parse(maxText);
            if (!max)
                return Error::input(tr("%1: %2").arg(at(table, r, maxColumn), max.error().message));
            if (max->isNegative())
                return Error::input(tr("%1: the maximum %2 is negative").arg(at(table, r, maxColumn), maxText));
            row.max = *max;
        }
        if (!parseAggregation(cell(cells, "aggregation"), &row.aggregation))
            return Error::input(
                tr("%1: aggregation \"%2\" is neither sum nor mean")
                    .arg(at(table, r, column.value(QStringLiteral("aggregation"))), cell(cells, "aggregation")));
        row.leadUnit = cell(cells, "lead_unit");
        if (explicitParents) {
            row.parent = cell(cells, "parent");
        } else if (const qsizetype dot = row.code.lastIndexOf(u'.'); dot > 0) {
            row.parent = row.code.left(dot);
        }
        byCode.insert(row.code, int(rows.size()));
        rows.append(row);
    }
    if (rows.isEmpty())
        return Error::input(tr("%1: the file has a header but no criteria").arg(table.fileName));

    QList<int> top;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].parent.isEmpty()) {
            top.append(i);
            continue;
        }
        const int parent = byCode.value(rows[i].parent, -1);
        const int parentColumn
            = explicitParents ? column.value(QStringLiteral("parent")) : column.value(QStringLiteral("code"));
        if (parent < 0)
            return Error::input(tr("%1: the parent %2 of criterion %3 is not in the file")
                                    .arg(QStringLiteral("%1: line %2, column %3")
                                             .arg(table.fileName)
                                             .arg(rows[i].line)
                                             .arg(parentColumn + 1),
                                         rows[i].parent, rows[i].code));
        rows[parent].children.append(i);
    }

    // Depth first from the top level, children in file order; a criterion never reached sits on a cycle.
    FrameworkParse out;
    Framework& f = out.framework;
    f.indexCode = index.code;
    Criterion root;
    root.title = index.name;
    root.aggregation = index.aggregation;
    f.criteria.append(root);
    QList<std::pair<int, int>> stack; // (row, parent position)
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.append({*it, 0});
    QSet<int> placed;
    while (!stack.isEmpty()) {
        const auto [r, parent] = stack.takeLast();
        if (placed.contains(r))
            continue;
        placed.insert(r);
        const Row& row = rows[r];
        Criterion c;
        c.code = row.code;
        c.title = row.title;
        c.maxPoints = row.max.value_or(Decimal());
        c.aggregation = row.aggregation;
        c.leadUnit = row.leadUnit;
        c.parent = parent;
        const int position = int(f.criteria.size());
        f.criteria.append(c);
        for (auto child = row.children.crbegin(); child != row.children.crend(); ++child)
            stack.append({*child, position});
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (!placed.contains(i))
            return Error::input(tr("%1: line %2: criterion %3 is its own ancestor (the parents form a loop)")
                                    .arg(table.fileName)
                                    .arg(rows[i].line)
                                    .arg(rows[i].code));
    }
    f.link();

    // Parents without a maximum take their children's; the root always does.
    for (int i = int(f.criteria.size()) - 1; i >= 0; --i) {
        Criterion& c = f.criteria[i];
        if (c.isLeaf()) {
            if (!c.isRoot() && !rows[byCode[c.code]].max)
                return Error::input(tr("%1: line %2: criterion %3 has no maximum")
                                        .arg(table.fileName)
                                        .arg(rows[byCode[c.code]].line)
                                        .arg(c.code));
            continue;
        }
        Decimal sum;
        for (int child : c.children)
            sum += f.criteria[child].maxPoints;
        const Decimal fromChildren = c.aggregation == Aggregation::Mean ? Decimal::mean(sum, c.children.size()) : sum;
        if (c.isRoot() || !rows[byCode[c.code]].max) {
            c.maxPoints = fromChildren;
        } else if (c.maxPoints != fromChildren) {
            out.warnings << tr("%1: line %2: the maximum of %3 is %4 but its children add up to %5")
                                .arg(table.fileName)
                                .arg(rows[byCode[c.code]].line)
                                .arg(c.code, c.maxPoints.toString(), fromChildren.toString());
        }
    }
    return out;
}

Result<Framework> FrameworkImport::store(Catalog& catalog, const Index& index, int year, Framework framework,
                                         const std::optional<QList<Band>>& bands)
{
    auto existing = catalog.framework(index, year);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        auto scored = catalog.frameworkHasScores(existing.value()->id);
        if (!scored)
            return scored.error();
        if (scored.value())
            return Error::input(tr("the %1 framework of %2 already has scores; it can no longer be replaced by a file")
                                    .arg(year)
                                    .arg(index.code));
    }
    if (bands) {
        framework.bands = *bands;
    } else if (existing.value()) {
        framework.bands = existing.value()->bands;
    } else {
        framework.bands = defaultBands();
        auto years = catalog.years(index.id);
        if (!years)
            return years.error();
        for (auto y = years->crbegin(); y != years->crend(); ++y) {
            if (*y < year) {
                auto previous = catalog.requireFramework(index, *y);
                if (!previous)
                    return previous.error();
                framework.bands = previous->bands;
                break;
            }
        }
    }
    return catalog.saveFramework(index, year, std::move(framework));
}

} // namespace par
