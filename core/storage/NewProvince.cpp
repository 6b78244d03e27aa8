#include "storage/NewProvince.h"

#include "model/TextRules.h"
#include "storage/UnitEditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <tuple>

namespace par {

namespace {

const int FirstYear = 1990;
const int LastYear = 2100;

QString clean(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

// Two spellings of one name differ at most in case ("Sở Nội vụ", "Sở nội vụ"): one unit, pasted twice.
QString sameKey(const QString& name)
{
    return clean(name).toCaseFolded();
}

// The files SQLite may leave beside a database.
void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QList<NewProvince::KnownIndex> NewProvince::nationalIndexes()
{
    return {
        {QStringLiteral("PAR"), QStringLiteral("Chỉ số cải cách hành chính (PAR INDEX)"), Aggregation::Sum},
        {QStringLiteral("SIPAS"),
         QStringLiteral("Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
                        "(SIPAS)"),
         Aggregation::Mean},
        {QStringLiteral("PAPI"), QStringLiteral("Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)"),
         Aggregation::Sum},
    };
}

QString NewProvince::provincesCohort()
{
    return QStringLiteral("Tỉnh, thành phố trực thuộc Trung ương");
}

NewProvince::UnitList NewProvince::parseUnits(const QString& text, const QStringList& taken)
{
    UnitList out;
    QHash<QString, int> seen; // case-folded name -> its first line
    QHash<QString, QString> elsewhere;
    for (const QString& name : taken)
        elsewhere.insert(sameKey(name), clean(name));
    const QStringList lines = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        // A lone CR ends a line in old Mac files; anything else that is not text is the rules' to refuse.
        QString raw = lines[i];
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        const QString name = clean(raw);
        if (name.isEmpty())
            continue;
        if (const QString problem = TextRules::problem(name, TextRules::Kind::Name); !problem.isEmpty()) {
            out.problems.append({line, problem});
            continue;
        }
        const QString key = sameKey(name);
        if (seen.contains(key)) {
            out.problems.append({line, tr("repeats line %1 (%2)").arg(seen.value(key)).arg(name)});
            continue;
        }
        if (elsewhere.contains(key)) {
            out.problems.append(
                {line, tr("%1 is already listed elsewhere in this database").arg(elsewhere.value(key))});
            continue;
        }
        seen.insert(key, line);
        out.names.append(name);
        out.lines.append(line);
    }
    return out;
}

QString NewProvince::describe(const QList<LineProblem>& problems)
{
    QStringList out;
    for (const LineProblem& p : problems)
        out << tr("Line %1: %2.").arg(p.line).arg(p.reason);
    return out.join(u'\n');
}

Status NewProvince::check(const Spec& spec)
{
    const QString province = clean(spec.province);
    if (province.isEmpty())
        return Error::input(tr("Give the province's name."));
    if (const QString problem = TextRules::problem(province, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("The province's name %1.").arg(problem));
    if (spec.year < FirstYear || spec.year > LastYear)
        return Error::input(tr("The first year must be between %1 and %2.").arg(FirstYear).arg(LastYear));
    if (spec.localKind != QLatin1String("district") && spec.localKind != QLatin1String("commune"))
        return Error::input(tr("\"%1\" is not a kind of local unit (district or commune).").arg(spec.localKind));

    QHash<QString, QString> seen {{sameKey(province), tr("the province")}};
    for (const auto& [names, where] : {std::pair {&spec.departments, tr("the departments")},
                                       std::pair {&spec.localUnits, tr("the districts or communes")}}) {
        for (const QString& n : *names) {
            const QString name = clean(n);
            if (name.isEmpty())
                return Error::input(tr("A unit in %1 has no name.").arg(where));
            if (const QString problem = TextRules::problem(name, TextRules::Kind::Name); !problem.isEmpty())
                return Error::input(tr("The unit %1 %2.").arg(name, problem));
            const QString key = sameKey(name);
            if (seen.contains(key))
                return Error::input(
                    tr("%1 is in %2 and in %3: a unit can be listed once.").arg(name, seen.value(key), where));
            seen.insert(key, where);
        }
    }
    for (const auto& [cohort, units] :
         {std::pair {spec.departmentCohort, &spec.departments}, std::pair {spec.localCohort, &spec.localUnits}}) {
        const QString name = clean(cohort);
        if (name.isEmpty())
            continue;
        if (const QString problem = TextRules::problem(name, TextRules::Kind::Name); !problem.isEmpty())
            return Error::input(tr("The cohort's name %1.").arg(problem));
        if (units->isEmpty())
            return Error::input(tr("The cohort \"%1\" has no units: paste them, or leave the cohort out.").arg(name));
        if (clean(spec.ownCode).isEmpty())
            return Error::input(tr("The cohort \"%1\" belongs to the province's own index: give that index a code, "
                                   "or leave the cohort out.")
                                    .arg(name));
    }
    if (!clean(spec.departmentCohort).isEmpty() && sameKey(spec.departmentCohort) == sameKey(spec.localCohort))
        return Error::input(tr("The two cohorts need different names."));

    QStringList known;
    for (const KnownIndex& k : nationalIndexes())
        known << k.code;
    for (const QString& code : spec.national) {
        if (!known.contains(code))
            return Error::input(tr("%1 is not a national index this program knows.").arg(code));
    }
    const QString ownCode = clean(spec.ownCode);
    if (!ownCode.isEmpty()) {
        if (const QString problem = TextRules::problem(ownCode, TextRules::Kind::Name); !problem.isEmpty())
            return Error::input(tr("The index's code %1.").arg(problem));
        if (ownCode.contains(u' '))
            return Error::input(tr("An index's code is one word, such as CCHC."));
        if (known.contains(ownCode, Qt::CaseInsensitive))
            return Error::input(tr("%1 is the code of a national index: choose another code for the province's own "
                                   "index.")
                                    .arg(ownCode));
        if (const QString problem = TextRules::problem(clean(spec.ownName), TextRules::Kind::Name); !problem.isEmpty())
            return Error::input(tr("The index's name %1.").arg(problem));
        if (clean(spec.departmentCohort).isEmpty() && clean(spec.localCohort).isEmpty())
            return Error::input(tr("The province's own index ranks its units: create at least one cohort for it."));
    }
    if (spec.national.isEmpty() && ownCode.isEmpty())
        return Error::input(tr("Choose at least one index to track."));
    return success();
}

Status NewProvince::write(Catalog& catalog, const Spec& spec)
{
    if (Status s = check(spec); !s)
        return s;
    const QString province = clean(spec.province);
    Database::Transaction transaction(catalog.database(), tr("new database for %1").arg(province));
    if (!transaction.ok())
        return transaction.error();
    if (auto existing = catalog.indexes(); !existing || !existing->isEmpty())
        return existing ? Error::usage(tr("The database already holds indexes: a new province needs a new file."))
                        : existing.error();

    Unit provinceUnit;
    provinceUnit.name = province;
    provinceUnit.kind = QStringLiteral("province");
    auto savedProvince = catalog.saveUnit(provinceUnit);
    if (!savedProvince)
        return savedProvince.error();

    for (const KnownIndex& known : nationalIndexes()) {
        if (!spec.national.contains(known.code))
            continue;
        Index index;
        index.code = known.code;
        index.name = known.name;
        index.aggregation = known.aggregation;
        index.mainUnitId = savedProvince->id;
        auto saved = catalog.saveIndex(index);
        if (!saved)
            return saved.error();
        auto cohort = catalog.ensureCohort(saved->id, provincesCohort(), QStringLiteral("province"), true);
        if (!cohort)
            return cohort.error();
        if (Status s = catalog.addMember(cohort->id, spec.year, savedProvince->id); !s)
            return s;
    }

    const QString ownCode = clean(spec.ownCode);
    std::optional<Index> own;
    if (!ownCode.isEmpty()) {
        Index index;
        index.code = ownCode;
        index.name = clean(spec.ownName).isEmpty() ? tr("Administrative reform index of %1's units").arg(province)
                                                   : clean(spec.ownName);
        auto saved = catalog.saveIndex(index);
        if (!saved)
            return saved.error();
        own = saved.value();
    }
    bool first = true;
    for (const auto& [names, kind, cohortName] :
         {std::tuple {&spec.departments, QStringLiteral("department"), clean(spec.departmentCohort)},
          std::tuple {&spec.localUnits, spec.localKind, clean(spec.localCohort)}}) {
        QList<qint64> ids;
        for (const QString& name : *names) {
            Unit unit;
            unit.name = clean(name);
            unit.kind = kind;
            auto saved = catalog.saveUnit(unit);
            if (!saved)
                return saved.error();
            ids.append(saved->id);
        }
        if (!own || cohortName.isEmpty())
            continue;
        auto cohort = catalog.ensureCohort(own->id, cohortName, kind, first);
        if (!cohort)
            return cohort.error();
        first = false;
        if (Status s = catalog.addMembers(cohort->id, spec.year, ids); !s)
            return s;
    }
    return transaction.commit();
}

Status NewProvince::create(const QString& path, const Spec& spec)
{
    if (Status s = check(spec); !s)
        return s;
    const QFileInfo target(path);
    if (target.exists())
        return Error::usage(tr("%1 already exists: choose a new file name.").arg(QDir::toNativeSeparators(path)));
    if (!target.absoluteDir().exists())
        return Error::usage(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    // Built under a temporary name beside the target and renamed once whole: a failure or a crash never leaves a
    // half-made database where the user expects theirs.
    const QString building = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    Status written = success();
    {
        auto db = Database::open(building);
        if (!db) {
            written = db.error();
        } else {
            Catalog catalog(*db.value());
            written = write(catalog, spec);
        }
    } // closed: SQLite folds the write-ahead log back into the file
    if (written && !QFile::rename(building, target.absoluteFilePath()))
        written = Error::storage(tr("Cannot create %1: the name is taken or the folder cannot be written.")
                                     .arg(QDir::toNativeSeparators(path)));
    // After a failure the half-made file goes; after the rename only companions a close left behind can remain.
    removeWithCompanions(building);
    return written;
}

} // namespace par
