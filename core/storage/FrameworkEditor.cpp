#include "storage/FrameworkEditor.h"

#include "io/CsvReader.h"
#include "io/FrameworkImport.h"
#include "model/TextRules.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace par {

namespace {

const int FirstYear = 1990;
const int LastYear = 2100;

QString clean(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

CriterionFields cleaned(const CriterionFields& fields)
{
    CriterionFields out = fields;
    out.code = clean(fields.code);
    out.title = clean(fields.title);
    out.leadUnit = clean(fields.leadUnit);
    return out;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString shown(Decimal value)
{
    return value.toString(QLocale());
}

} // namespace

// ---- Reads ----

std::optional<Decimal> FrameworkEditor::childrenMax(const Framework& framework, int position)
{
    const Criterion& c = framework.criteria[position];
    if (c.isLeaf())
        return std::nullopt;
    Decimal sum;
    for (int child : c.children)
        sum += framework.criteria[child].maxPoints;
    return c.aggregation == Aggregation::Mean ? Decimal::mean(sum, c.children.size()) : sum;
}

QString FrameworkEditor::suggestCode(const Framework& framework, int parentPosition)
{
    const Criterion& parent = framework.criteria[parentPosition];
    const QString prefix = parent.isRoot() ? QString() : parent.code + u'.';
    int highest = 0;
    for (int child : parent.children) {
        const QString& code = framework.criteria[child].code;
        if (!code.startsWith(prefix))
            continue;
        bool ok = false;
        const int number = code.mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = qMax(highest, number);
    }
    if (highest == 0)
        highest = int(parent.children.size());
    for (int number = highest + 1;; ++number) {
        const QString code = prefix + QString::number(number);
        if (framework.find(code) < 0)
            return code;
    }
}

Result<QStringList> FrameworkEditor::finalisedCohorts(qint64 indexId, int year)
{
    auto q = m_catalog.database().run("frameworks.finalised_cohorts", {{"index", indexId}, {"year", year}});
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

Result<int> FrameworkEditor::scoreCount(qint64 criterionId)
{
    auto q = m_catalog.database().run("frameworks.scores_under", {{"criterion", criterionId}});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<int> FrameworkEditor::previousYear(const Index& index, int toYear)
{
    auto years = m_catalog.years(index.id);
    if (!years)
        return years.error();
    int previous = 0;
    for (int y : years.value()) {
        if (y < toYear)
            previous = y;
    }
    return previous;
}

// ---- Helpers ----

Result<FrameworkEditor::Located> FrameworkEditor::locate(qint64 criterionId)
{
    auto q = m_catalog.database().run("frameworks.criterion_place", {{"criterion", criterionId}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::usage(tr("The criterion no longer exists; it may have been removed meanwhile."));
    const QString code = q.value().value(0).toString();
    const int year = q.value().value(1).toInt();
    auto index = m_catalog.index(code);
    if (!index)
        return index.error();
    auto framework = m_catalog.requireFramework(index.value(), year);
    if (!framework)
        return framework.error();
    Located at {index.value(), framework.value(), -1};
    for (int i = 0; i < at.framework.criteria.size(); ++i) {
        if (at.framework.criteria[i].id == criterionId)
            at.position = i;
    }
    if (at.position < 0)
        return Error::storage(tr("Criterion %1 is not in the tree of its framework.").arg(criterionId));
    return at;
}

Result<Index> FrameworkEditor::indexOfFramework(qint64 frameworkId, int* year)
{
    auto q = m_catalog.database().run("frameworks.framework_place", {{"framework", frameworkId}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::usage(tr("The framework no longer exists; it may have been removed meanwhile."));
    *year = q.value().value(1).toInt();
    return m_catalog.index(q.value().value(0).toString());
}

Status FrameworkEditor::refuseIfFinal(const Index& index, int year, const QString& what)
{
    auto final = finalisedCohorts(index.id, year);
    if (!final)
        return final.error();
    if (!final->isEmpty())
        return Error::input(tr("The %1 results of %2 (%3) are final. %4 would change them: reopen them with a reason "
                               "first.")
                                .arg(year)
                                .arg(index.code, QString(u'"' + final->join(QStringLiteral("\", \"")) + u'"'), what));
    return success();
}

Status FrameworkEditor::checkFields(const Framework& framework, const CriterionFields& fields, qint64 exceptId)
{
    if (fields.code.isEmpty())
        return Error::input(tr("A criterion needs a code, such as 3.5."));
    if (const QString problem = TextRules::problem(fields.code, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("The code %1.").arg(problem));
    if (const QString problem = TextRules::problem(fields.leadUnit, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("The lead unit of %1 %2.").arg(fields.code, problem));
    if (FrameworkImport::isTotalHeader(fields.code))
        return Error::input(tr("The code \"%1\" is reserved for the total.").arg(fields.code));
    if (const int other = framework.find(fields.code); other >= 0 && framework.criteria[other].id != exceptId)
        return Error::input(
            tr("The code %1 is already used by \"%2\".").arg(fields.code, framework.criteria[other].title));
    if (fields.title.isEmpty())
        return Error::input(tr("Criterion %1 needs a title.").arg(fields.code));
    if (const QString problem = TextRules::problem(fields.title, TextRules::Kind::Title); !problem.isEmpty())
        return Error::input(tr("The title of %1 %2.").arg(fields.code, problem));
    if (fields.maxPoints.isNegative())
        return Error::input(tr("The maximum of %1 cannot be negative.").arg(fields.code));
    return success();
}

Status FrameworkEditor::checkAgainstScores(const Criterion& criterion, Decimal newMax)
{
    if (newMax >= criterion.maxPoints)
        return success(); // raising a maximum never puts a recorded value above it
    auto q = m_catalog.database().run("frameworks.highest_score_above",
                                      {{"criterion", criterion.id}, {"max_micro", newMax.micro()}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return success();
    const Decimal highest = Decimal::fromMicro(q.value().value(0).toLongLong());
    const QString stage
        = q.value().value(2).toString() == QLatin1String("self") ? tr("self-assessed") : tr("appraised");
    const QString name = criterion.isRoot() ? tr("the total") : criterion.code;
    return Error::input(tr("The maximum of %1 cannot go below %2: %3 has a recorded %4 score of %2. Correct that score "
                           "first, or keep a maximum of at least %2.")
                            .arg(name, shown(highest), q.value().value(1).toString(), stage));
}

Result<qint64> FrameworkEditor::insert(const Located& at, int parentPosition, int position,
                                       const CriterionFields& fields)
{
    const Criterion& parent = at.framework.criteria[parentPosition];
    auto q = m_catalog.database().run("frameworks.insert_criterion",
                                      {{"framework", at.framework.id},
                                       {"parent", parent.id},
                                       {"code", fields.code},
                                       {"title", fields.title},
                                       {"max_micro", fields.maxPoints.micro()},
                                       {"aggregation", aggregationName(fields.aggregation)},
                                       {"lead_unit", nullable(fields.leadUnit)},
                                       {"position", position}});
    if (!q)
        return q.error();
    q.value().next();
    const qint64 id = q.value().value(0).toLongLong();
    if (Status s = propagate(at.framework, at.index, at.framework.year, parent.id); !s)
        return s.error();
    return id;
}

Status FrameworkEditor::propagate(const Framework& before, const Index& index, int year, qint64 fromId)
{
    auto loaded = m_catalog.requireFramework(index, year);
    if (!loaded)
        return loaded.error();
    Framework after = std::move(loaded).value();
    QHash<qint64, int> beforeAt;
    for (int i = 0; i < before.criteria.size(); ++i)
        beforeAt.insert(before.criteria[i].id, i);
    int position = -1;
    for (int i = 0; i < after.criteria.size(); ++i) {
        if (after.criteria[i].id == fromId)
            position = i;
    }
    while (position >= 0) {
        Criterion& c = after.criteria[position];
        const int was = beforeAt.value(c.id, -1);
        const bool followed
            = c.isRoot() || (was >= 0 && childrenMax(before, was) == before.criteria[was].maxPoints && !c.isLeaf());
        if (!followed)
            break;
        const Decimal next = childrenMax(after, position).value_or(Decimal());
        if (next == c.maxPoints)
            break;
        if (Status s = checkAgainstScores(c, next); !s)
            return s;
        if (auto q = m_catalog.database().run("frameworks.set_criterion_max",
                                              {{"max_micro", next.micro()}, {"criterion", c.id}});
            !q)
            return q.error();
        c.maxPoints = next;
        position = c.parent;
    }
    return success();
}

// ---- Indexes and years ----

Result<Index> FrameworkEditor::createIndex(const QString& code, const QString& name, Aggregation aggregation,
                                           int firstYear, const QString& cohortName)
{
    Index index;
    index.code = clean(code);
    index.name = clean(name);
    index.aggregation = aggregation;
    static const QRegularExpression codePattern(QStringLiteral("^[\\p{L}\\p{N}_.-]+$"));
    if (index.code.isEmpty())
        return Error::input(tr("An index needs a short code, such as PAR or DDCI."));
    if (!codePattern.match(index.code).hasMatch())
        return Error::input(
            tr("The code \"%1\" may only hold letters, digits, dots, dashes and underscores.").arg(index.code));
    if (index.name.isEmpty())
        return Error::input(tr("The index %1 needs a name.").arg(index.code));
    if (const QString problem = TextRules::problem(index.name, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("The name of %1 %2.").arg(index.code, problem));
    if (firstYear < FirstYear || firstYear > LastYear)
        return Error::input(tr("The year must be between %1 and %2.").arg(FirstYear).arg(LastYear));
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto existing = m_catalog.findIndex(index.code);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::input(
            tr("An index with the code %1 already exists (%2).").arg(index.code, existing.value()->name));
    auto saved = m_catalog.saveIndex(index);
    if (!saved)
        return saved.error();
    const QString pool = clean(cohortName).isEmpty() ? index.code : clean(cohortName);
    if (auto cohort = m_catalog.ensureCohort(saved->id, pool, QString(), true); !cohort)
        return cohort.error();
    Framework empty;
    Criterion root;
    root.title = index.name;
    root.aggregation = aggregation;
    empty.criteria.append(root);
    if (auto stored = FrameworkImport::store(m_catalog, saved.value(), firstYear, empty, std::nullopt); !stored)
        return stored.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return saved;
}

Result<Framework> FrameworkEditor::createFramework(const Index& index, int year)
{
    if (year < FirstYear || year > LastYear)
        return Error::input(tr("The year must be between %1 and %2.").arg(FirstYear).arg(LastYear));
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto existing = m_catalog.framework(index, year);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::input(tr("%1 already has a framework for %2.").arg(index.code).arg(year));
    Framework empty;
    Criterion root;
    root.title = index.name;
    root.aggregation = index.aggregation;
    empty.criteria.append(root);
    auto stored = FrameworkImport::store(m_catalog, index, year, empty, std::nullopt);
    if (!stored)
        return stored.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stored;
}

Result<Framework> FrameworkEditor::copyFramework(const Index& index, int fromYear, int toYear)
{
    if (toYear < FirstYear || toYear > LastYear)
        return Error::input(tr("The year must be between %1 and %2.").arg(FirstYear).arg(LastYear));
    if (fromYear == toYear)
        return Error::input(tr("Choose a year other than %1 to copy its framework to.").arg(fromYear));
    Database::Transaction transaction(m_catalog.database(), tr("Copied from the %1 framework").arg(fromYear));
    if (!transaction.ok())
        return transaction.error();
    auto existing = m_catalog.framework(index, toYear);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::input(tr("%1 already has a framework for %2.").arg(index.code).arg(toYear));
    auto source = m_catalog.requireFramework(index, fromYear);
    if (!source)
        return source.error();
    Framework copy = source.value();
    copy.id = 0;
    for (Criterion& c : copy.criteria)
        c.id = 0;
    auto saved = m_catalog.saveFramework(index, toYear, std::move(copy));
    if (!saved)
        return saved.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return saved;
}

Result<FrameworkFileImport> FrameworkEditor::importFile(const Index& index, int year, const QString& path)
{
    if (year < FirstYear || year > LastYear)
        return Error::input(tr("The year must be between %1 and %2.").arg(FirstYear).arg(LastYear));
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    auto parsed = FrameworkImport::parse(table.value(), index);
    if (!parsed)
        return parsed.error();
    Database::Transaction transaction(m_catalog.database(), tr("Imported from %1").arg(QFileInfo(path).fileName()));
    if (!transaction.ok())
        return transaction.error();
    auto stored = FrameworkImport::store(m_catalog, index, year, parsed->framework, std::nullopt);
    if (!stored)
        return stored.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return FrameworkFileImport {stored.value(), parsed->warnings};
}

Status FrameworkEditor::removeFramework(const Index& index, int year)
{
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto framework = m_catalog.requireFramework(index, year);
    if (!framework)
        return framework.error();
    auto scored = m_catalog.frameworkHasScores(framework->id);
    if (!scored)
        return scored.error();
    if (scored.value())
        return Error::input(tr("The %1 framework of %2 has scores and cannot be removed.").arg(year).arg(index.code));
    if (Status s = refuseIfFinal(index, year, tr("Removing the framework")); !s)
        return s;
    // Children first, so that every criterion is logged by its own trigger rather than vanish by cascade.
    for (auto c = framework->criteria.crbegin(); c != framework->criteria.crend(); ++c) {
        if (auto q = m_catalog.database().run("frameworks.delete_criterion", {{"criterion", c->id}}); !q)
            return q.error();
    }
    for (const char* name : {"frameworks.delete_bands", "frameworks.delete_framework"}) {
        if (auto q = m_catalog.database().run(name, {{"framework", framework->id}}); !q)
            return q.error();
    }
    return transaction.commit();
}

// ---- Criteria ----

Result<qint64> FrameworkEditor::addChild(qint64 parentId, const CriterionFields& fields)
{
    const CriterionFields f = cleaned(fields);
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto at = locate(parentId);
    if (!at)
        return at.error();
    if (Status s = checkFields(at->framework, f, 0); !s)
        return s.error();
    if (Status s = refuseIfFinal(at->index, at->framework.year, tr("Adding a criterion")); !s)
        return s.error();
    auto next = m_catalog.database().run("frameworks.next_position", {{"parent", parentId}});
    if (!next)
        return next.error();
    next.value().next();
    auto id = insert(at.value(), at->position, next.value().value(0).toInt(), f);
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> FrameworkEditor::addSibling(qint64 afterId, const CriterionFields& fields)
{
    const CriterionFields f = cleaned(fields);
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto at = locate(afterId);
    if (!at)
        return at.error();
    const Criterion& after = at->framework.criteria[at->position];
    if (after.isRoot())
        return Error::usage(tr("The total has no siblings: add a top-level criterion as its child."));
    if (Status s = checkFields(at->framework, f, 0); !s)
        return s.error();
    if (Status s = refuseIfFinal(at->index, at->framework.year, tr("Adding a criterion")); !s)
        return s.error();
    const qint64 parentId = at->framework.criteria[after.parent].id;
    auto position = m_catalog.database().run("frameworks.criterion_position", {{"criterion", afterId}});
    if (!position)
        return position.error();
    position.value().next();
    const int afterPosition = position.value().value(0).toInt();
    if (auto q
        = m_catalog.database().run("frameworks.shift_positions", {{"parent", parentId}, {"after", afterPosition}});
        !q)
        return q.error();
    auto id = insert(at.value(), after.parent, afterPosition + 1, f);
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status FrameworkEditor::update(qint64 criterionId, const CriterionFields& fields)
{
    CriterionFields f = cleaned(fields);
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto at = locate(criterionId);
    if (!at)
        return at.error();
    const Framework& framework = at->framework;
    const Criterion& c = framework.criteria[at->position];
    if (c.isRoot())
        f.code = c.code;
    const bool codeChanged = f.code != c.code;
    const bool maxChanged = f.maxPoints != c.maxPoints;
    const bool aggregationChanged = f.aggregation != c.aggregation;
    if (!codeChanged && !maxChanged && !aggregationChanged && f.title == c.title && f.leadUnit == c.leadUnit)
        return success();

    if (c.isRoot()) {
        if (f.title.isEmpty())
            return Error::input(tr("The total needs a title."));
        if (maxChanged)
            return Error::input(tr("The maximum of the total follows its parts: change the parts instead."));
    } else if (Status s = checkFields(framework, f, c.id); !s) {
        return s;
    }
    if (codeChanged || aggregationChanged) {
        auto scored = m_catalog.frameworkHasScores(framework.id);
        if (!scored)
            return scored.error();
        if (scored.value() && codeChanged)
            return Error::input(tr("The %1 framework has scores, so its codes can no longer change: score files and "
                                   "the history refer to them.")
                                    .arg(framework.year));
        if (scored.value() && aggregationChanged)
            return Error::input(tr("The %1 framework has scores, so its aggregations can no longer change: that would "
                                   "change results already recorded.")
                                    .arg(framework.year));
    }
    if (maxChanged || aggregationChanged) {
        if (Status s = refuseIfFinal(at->index, framework.year, tr("Changing a maximum or an aggregation")); !s)
            return s;
    }
    if (maxChanged) {
        if (Status s = checkAgainstScores(c, f.maxPoints); !s)
            return s;
    }
    if (auto q = m_catalog.database().run("frameworks.update_criterion",
                                          {{"code", f.code},
                                           {"title", f.title},
                                           {"max_micro", f.maxPoints.micro()},
                                           {"aggregation", aggregationName(f.aggregation)},
                                           {"lead_unit", nullable(f.leadUnit)},
                                           {"criterion", c.id}});
        !q)
        return q.error();
    if (maxChanged || aggregationChanged) {
        // A new maximum moves the parents; a new aggregation first moves the criterion's own maximum.
        const qint64 from = maxChanged ? framework.criteria[c.parent].id : c.id;
        if (Status s = propagate(framework, at->index, framework.year, from); !s)
            return s;
    }
    return transaction.commit();
}

Status FrameworkEditor::remove(qint64 criterionId)
{
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto at = locate(criterionId);
    if (!at)
        return at.error();
    const Framework& framework = at->framework;
    const Criterion& c = framework.criteria[at->position];
    if (c.isRoot())
        return Error::usage(tr("The total cannot be removed; remove the year's framework instead."));
    auto scores = scoreCount(criterionId);
    if (!scores)
        return scores.error();
    if (scores.value() > 0)
        return Error::input(tr("%1 cannot be removed: %n score(s) are recorded for it or its sub-criteria. Remove "
                               "those scores first, or keep the criterion.",
                               nullptr, scores.value())
                                .arg(c.code));
    if (Status s = refuseIfFinal(at->index, framework.year, tr("Removing a criterion")); !s)
        return s;
    // The tree is in depth-first order, so the sub-criteria follow the criterion; remove the deepest first so
    // that each is logged by its own trigger.
    int end = at->position + 1;
    while (end < framework.criteria.size() && framework.criteria[end].depth > c.depth)
        ++end;
    for (int i = end - 1; i >= at->position; --i) {
        if (auto q = m_catalog.database().run("frameworks.delete_criterion", {{"criterion", framework.criteria[i].id}});
            !q)
            return q.error();
    }
    if (Status s = propagate(framework, at->index, framework.year, framework.criteria[c.parent].id); !s)
        return s;
    return transaction.commit();
}

Status FrameworkEditor::move(qint64 criterionId, int delta)
{
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto at = locate(criterionId);
    if (!at)
        return at.error();
    const Criterion& c = at->framework.criteria[at->position];
    if (c.isRoot())
        return Error::usage(tr("The total cannot be moved."));
    auto q = m_catalog.database().run("frameworks.children", {{"parent", at->framework.criteria[c.parent].id}});
    if (!q)
        return q.error();
    QList<qint64> siblings;
    while (q.value().next())
        siblings << q.value().value(0).toLongLong();
    const qsizetype from = siblings.indexOf(criterionId);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= siblings.size())
        return Error::usage(delta < 0 ? tr("%1 is already the first of its group.").arg(c.code)
                                      : tr("%1 is already the last of its group.").arg(c.code));
    siblings.move(from, to);
    // Number the siblings afresh: positions are only an order within a parent.
    for (int i = 0; i < siblings.size(); ++i) {
        if (auto u = m_catalog.database().run("frameworks.set_position", {{"position", i}, {"criterion", siblings[i]}});
            !u)
            return u.error();
    }
    return transaction.commit();
}

// ---- Bands ----

Result<QList<Band>> FrameworkEditor::checkBands(QList<Band> bands)
{
    for (Band& band : bands) {
        band.label = clean(band.label);
        if (band.label.isEmpty())
            return Error::input(tr("The band starting at %1% needs a label.").arg(shown(band.minPercent)));
        if (const QString problem = TextRules::problem(band.label, TextRules::Kind::Name); !problem.isEmpty())
            return Error::input(tr("The label of the band starting at %1% %2.").arg(shown(band.minPercent), problem));
        if (band.minPercent.isNegative() || band.minPercent > Decimal::fromInt(100))
            return Error::input(tr("The band \"%1\" must start between 0 and 100 percent, not at %2%.")
                                    .arg(band.label, shown(band.minPercent)));
    }
    std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.minPercent > b.minPercent; });
    for (qsizetype i = 1; i < bands.size(); ++i) {
        if (bands[i].minPercent == bands[i - 1].minPercent)
            return Error::input(tr("Two bands (\"%1\" and \"%2\") start at %3%; each band needs its own minimum.")
                                    .arg(bands[i - 1].label, bands[i].label, shown(bands[i].minPercent)));
    }
    return bands;
}

Status FrameworkEditor::setBands(qint64 frameworkId, const QList<Band>& bands)
{
    auto checked = checkBands(bands);
    if (!checked)
        return checked.error();
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    int year = 0;
    auto index = indexOfFramework(frameworkId, &year);
    if (!index)
        return index.error();
    if (Status s = refuseIfFinal(index.value(), year, tr("Changing the bands")); !s)
        return s;
    auto q = m_catalog.database().run("frameworks.band_labels", {{"framework", frameworkId}});
    if (!q)
        return q.error();
    QHash<qint64, QString> existing;
    while (q.value().next())
        existing.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    QHash<qint64, QString> wanted;
    for (const Band& band : checked.value())
        wanted.insert(band.minPercent.micro(), band.label);
    // Bands have no update trigger: a changed band is removed and added, so both appear in the history.
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (wanted.value(it.key()) == it.value())
            continue;
        if (auto d = m_catalog.database().run("frameworks.delete_band",
                                              {{"framework", frameworkId}, {"min_percent", it.key()}});
            !d)
            return d.error();
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (existing.contains(it.key()) && existing.value(it.key()) == it.value())
            continue;
        if (auto i
            = m_catalog.database().run("frameworks.insert_band",
                                       {{"framework", frameworkId}, {"min_percent", it.key()}, {"label", it.value()}});
            !i)
            return i.error();
    }
    return transaction.commit();
}

} // namespace par
