// The committee's load test (issue 13, "Many people at once, nothing lost"): N clients, one per department, each with
// its own connection, save scores in a loop for a while through the score editor (the form's path: the value and row
// version it read, checked inside the write), on the department's own rows and, with some probability, on rows every
// department shares, so that edits collide. Afterwards, from a fresh connection, it proves:
//
// * no lost update: per cell, the successful saves ordered by the version they were based on form one unbroken chain
//   (each based on the version the previous one left) that ends at the stored value and version;
// * every change in the audit log: per cell, the log's new values, in order, are exactly the chain's values;
// * no deadlock left unresolved: every client finished in time, and (on a server) no lock is still waited for.
//
// It reports the save times (50th, 95th, 99th percentile, maximum) and the counts of saves written, refused as stale
// and refused because the database stayed busy. See bench/README.md. Exit 0 when every check holds.
#include "io/CsvReader.h"
#include "io/FrameworkImport.h"
#include "io/ScoreImport.h"
#include "storage/Catalog.h"
#include "storage/ScoreEditor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <libpq-fe.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

using namespace par;

namespace {

constexpr int Year = 2025;
constexpr int Criteria = 10;
const QString IndexCode = QStringLiteral("LOAD");
const QString SharedUnit = QStringLiteral("Văn phòng UBND tỉnh");

struct Options
{
    QString db;
    bool freshServer = false;
    int clients = 30;
    int seconds = 60;
    double shared = 0.3; // chance that a save goes to the shared rows
    int thinkMs = 20; // the most a client waits between reading a cell and saving it (a clerk typing)
    unsigned seed = 13;
};

struct Save
{
    QString unit;
    QString code;
    qint64 from = 0;
    qint64 to = 0;
    qint64 micro = 0;
};

struct ClientResult
{
    std::vector<Save> saves;
    std::vector<double> savedMs; // every save attempt that reached a verdict, written or refused
    int stale = 0;
    int busy = 0;
    QString failure; // anything else: the run fails
};

QString departmentName(int i)
{
    return QStringLiteral("Sở %1").arg(i + 1, 2, 10, QChar(u'0'));
}

// The index, its framework and a value in every cell, written as the command line would import them.
Status setUp(const QString& location, int clients)
{
    auto opened = Database::open(location);
    if (!opened)
        return opened.error();
    Catalog catalog(*opened.value());
    QByteArray framework = "code,title,max_points\n";
    for (int c = 1; c <= Criteria; ++c)
        framework += QStringLiteral("C%1,Tiêu chí %1,10\n").arg(c).toUtf8();
    auto table = CsvReader::read(framework, QStringLiteral("framework.csv"));
    if (!table)
        return table.error();
    Index index;
    index.code = IndexCode;
    index.name = QStringLiteral("Load test");
    auto parsed = FrameworkImport::parse(table.value(), index);
    if (!parsed)
        return parsed.error();
    {
        Database::Transaction t(*opened.value());
        auto saved = catalog.saveIndex(index);
        if (!saved)
            return saved.error();
        auto stored = FrameworkImport::store(catalog, saved.value(), Year, parsed->framework, std::nullopt);
        if (!stored)
            return stored.error();
        if (Status s = t.commit(); !s)
            return s;
    }
    QByteArray scores = "unit";
    for (int c = 1; c <= Criteria; ++c)
        scores += ",C" + QByteArray::number(c);
    scores += '\n';
    for (int u = 0; u <= clients; ++u) {
        scores += (u == clients ? SharedUnit : departmentName(u)).toUtf8();
        for (int c = 1; c <= Criteria; ++c)
            scores += ",5";
        scores += '\n';
    }
    auto values = CsvReader::read(scores, QStringLiteral("scores.csv"));
    if (!values)
        return values.error();
    auto plan = ScoreImport::prepare(catalog, values.value(), IndexCode, Year, QString(), Stage::Final);
    if (!plan)
        return plan.error();
    if (!plan->acceptable())
        return Error::input(plan->errors.join(u'\n'));
    return ScoreImport::apply(catalog, plan.value());
}

// One department's clerk: its own connection, saving in a loop until the deadline.
void runClient(const Options& options, int id, qint64 deadlineMs, const QElapsedTimer& clock, ClientResult& out)
{
    auto opened = Database::openExisting(options.db);
    if (!opened) {
        out.failure = opened.error().message;
        return;
    }
    Database& db = *opened.value();
    Catalog catalog(db);
    ScoreEditor editor(catalog);
    auto index = catalog.index(IndexCode);
    auto framework = index ? catalog.requireFramework(index.value(), Year) : Result<Framework>(index.error());
    auto cohort = index ? catalog.defaultCohort(index.value()) : Result<Cohort>(index.error());
    auto own = catalog.findUnit(departmentName(id));
    auto shared = catalog.findUnit(SharedUnit);
    if (!framework || !cohort || !own || !own.value() || !shared || !shared.value()) {
        out.failure = QStringLiteral("client %1 cannot read the set-up").arg(id);
        return;
    }
    std::mt19937 random(options.seed * 1000 + unsigned(id));
    std::uniform_real_distribution<double> chance(0, 1);
    std::uniform_int_distribution<int> criterion(1, Criteria);
    std::uniform_int_distribution<int> points(0, 100); // tenths of a point, 0 to 10
    std::uniform_int_distribution<int> think(0, std::max(options.thinkMs, 0));
    while (clock.elapsed() < deadlineMs) {
        const bool onShared = chance(random) < options.shared;
        const Unit& unit = onShared ? *shared.value() : *own.value();
        const QString code = QStringLiteral("C%1").arg(criterion(random));
        const Criterion& c = framework->criteria[framework->find(code)];
        // What the form shows: the value and the row's version.
        qint64 shownMicro = 0;
        qint64 shownVersion = 0;
        {
            auto read = db.run("scores.cell_value",
                               {{"unit", unit.id}, {"criterion", c.id}, {"stage", QStringLiteral("final")}});
            if (!read || !read.value().next()) {
                out.failure = QStringLiteral("client %1 cannot read %2").arg(id).arg(code);
                return;
            }
            shownMicro = read.value().value(0).toLongLong();
            shownVersion = read.value().value(1).toLongLong();
        }
        QThread::msleep(think(random));
        qint64 micro = qint64(points(random)) * 100000;
        if (micro == shownMicro)
            micro = micro == 0 ? 100000 : micro - 100000;
        QList<VersionStep> steps;
        QElapsedTimer timer;
        timer.start();
        const Status s = editor.changeValues(
            framework.value(), cohort.value(),
            {{unit.id, c.id, Stage::Final, Decimal::fromMicro(shownMicro), Decimal::fromMicro(micro), shownVersion}},
            QStringLiteral("load test"), &steps);
        out.savedMs.push_back(timer.nsecsElapsed() / 1e6);
        if (s) {
            out.saves.push_back({unit.name, code, steps.value(0).from, steps.value(0).to, micro});
        } else if (s.error().kind == Error::Input) {
            ++out.stale;
        } else if (s.error().message.contains(QLatin1String("another program is writing"))
                   || s.error().message.contains(QLatin1String("busy"), Qt::CaseInsensitive)
                   || s.error().message.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
            ++out.busy;
        } else {
            out.failure = QStringLiteral("client %1: %2").arg(id).arg(s.error().message);
            return;
        }
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

// The checks after the run, from a fresh connection; the findings that fail it (empty: all hold).
QStringList verify(const Options& options, const std::vector<ClientResult>& results, qint64 auditBefore)
{
    QStringList problems;
    auto opened = Database::openExisting(options.db);
    if (!opened)
        return {opened.error().message};
    Database& db = *opened.value();
    std::map<std::pair<QString, QString>, std::vector<Save>> byCell;
    for (const ClientResult& r : results) {
        for (const Save& s : r.saves)
            byCell[{s.unit, s.code}].push_back(s);
    }
    // The log's score updates since the set-up, per cell, in order.
    std::map<std::pair<QString, QString>, std::vector<qint64>> logged;
    auto log = db.exec(QStringLiteral("SELECT unit, criterion, new_value FROM audit_log WHERE entity = 'score' AND "
                                      "action = 'update' AND index_code = ? AND id > ? ORDER BY id"),
                       {IndexCode, auditBefore});
    if (!log)
        return {log.error().message};
    qint64 logCount = 0;
    while (log.value().next()) {
        ++logCount;
        auto value = Decimal::parse(log.value().value(2).toString());
        logged[{log.value().value(0).toString(), log.value().value(1).toString()}].push_back(value ? value->micro()
                                                                                                   : -1);
    }
    qint64 saveCount = 0;
    for (auto& [cell, saves] : byCell) {
        saveCount += qint64(saves.size());
        std::sort(saves.begin(), saves.end(), [](const Save& a, const Save& b) { return a.from < b.from; });
        const QString name = cell.first + u'/' + cell.second;
        if (saves.front().from != 1)
            problems
                << QStringLiteral("%1: the first save was based on version %2, not 1").arg(name).arg(saves[0].from);
        for (size_t i = 1; i < saves.size(); ++i) {
            if (saves[i].from != saves[i - 1].to)
                problems << QStringLiteral("%1: a save based on version %2 follows one that left version %3 (lost)")
                                .arg(name)
                                .arg(saves[i].from)
                                .arg(saves[i - 1].to);
        }
        auto now = db.exec(QStringLiteral("SELECT s.value_micro, s.version FROM scores s JOIN units u ON u.id = "
                                          "s.unit_id JOIN criteria c ON c.id = s.criterion_id WHERE u.name = ? AND "
                                          "c.code = ? AND s.stage = 'final'"),
                           {cell.first, cell.second});
        if (!now || !now.value().next()) {
            problems << QStringLiteral("%1: cannot read the stored value").arg(name);
            continue;
        }
        if (now.value().value(0).toLongLong() != saves.back().micro
            || now.value().value(1).toLongLong() != saves.back().to)
            problems << QStringLiteral("%1: stored %2 at version %3, but the last save wrote %4 at version %5")
                            .arg(name)
                            .arg(now.value().value(0).toLongLong())
                            .arg(now.value().value(1).toLongLong())
                            .arg(saves.back().micro)
                            .arg(saves.back().to);
        std::vector<qint64> chain;
        for (const Save& s : saves)
            chain.push_back(s.micro);
        if (logged[cell] != chain)
            problems << QStringLiteral("%1: the log holds %2 changes, the saves %3, or in another order")
                            .arg(name)
                            .arg(logged[cell].size())
                            .arg(chain.size());
    }
    if (logCount != saveCount)
        problems << QStringLiteral("the log has %1 score changes, the clients saved %2").arg(logCount).arg(saveCount);
    if (db.isServer()) {
        auto waiting = db.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted"));
        if (!waiting || !waiting.value().next() || waiting.value().value(0).toLongLong() != 0)
            problems << QStringLiteral("locks are still waited for after the run");
    } else {
        auto check = db.exec(QStringLiteral("PRAGMA integrity_check"));
        if (!check || !check.value().next() || check.value().value(0).toString() != QLatin1String("ok"))
            problems << QStringLiteral("the file fails its integrity check");
    }
    return problems;
}

// A database of the run's own on the cluster given (--fresh-server), dropped at the end.
class FreshServerDatabase
{
public:
    FreshServerDatabase(const QString& clusterUri, QString* uri)
        : m_cluster(clusterUri)
        , m_name(QStringLiteral("parindex_load_%1").arg(::getpid()))
    {
        if (exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            const qsizetype slash = clusterUri.indexOf(u'/', clusterUri.indexOf(QLatin1String("://")) + 3);
            const qsizetype query = clusterUri.indexOf(u'?', slash);
            *uri = clusterUri.left(slash + 1) + m_name + (query < 0 ? QString() : clusterUri.mid(query));
            m_created = true;
        }
    }
    ~FreshServerDatabase()
    {
        if (m_created)
            exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    FreshServerDatabase(const FreshServerDatabase&) = delete;
    FreshServerDatabase& operator=(const FreshServerDatabase&) = delete;
    bool ok() const { return m_created; }

private:
    bool exec(const QString& sql)
    {
        PGconn* conn = PQconnectdb(m_cluster.toUtf8().constData());
        PGresult* r = PQexec(conn, sql.toUtf8().constData());
        const bool done = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!done)
            std::fprintf(stderr, "%s\n", PQerrorMessage(conn));
        PQclear(r);
        PQfinish(conn);
        return done;
    }

    QString m_cluster;
    QString m_name;
    bool m_created = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Many clients saving scores at once; checks that nothing is lost."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("A new SQLite file, or an empty server database URI."),
                      QStringLiteral("FILE|URI")});
    parser.addOption({QStringLiteral("fresh-server"),
                      QStringLiteral("--db is a cluster URI: run in a database of its own, dropped at the end.")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients (default 30)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Duration (default 60)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("shared"), QStringLiteral("Chance of a save on the shared rows (default 0.3)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("think"), QStringLiteral("Most milliseconds between read and save (default 20)."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 13)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("replace"), QStringLiteral("Delete the SQLite file first if it exists.")});
    parser.process(app);
    Options options;
    options.db = parser.value(QStringLiteral("db"));
    options.freshServer = parser.isSet(QStringLiteral("fresh-server"));
    if (parser.isSet(QStringLiteral("clients")))
        options.clients = parser.value(QStringLiteral("clients")).toInt();
    if (parser.isSet(QStringLiteral("seconds")))
        options.seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (parser.isSet(QStringLiteral("shared")))
        options.shared = parser.value(QStringLiteral("shared")).toDouble();
    if (parser.isSet(QStringLiteral("think")))
        options.thinkMs = parser.value(QStringLiteral("think")).toInt();
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt();
    if (options.db.isEmpty() || options.clients < 1 || options.seconds < 1) {
        std::fprintf(stderr, "usage: parindex_load --db FILE|URI [--fresh-server] [--clients N] [--seconds S]\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("replace")) && !Database::isServerUri(options.db)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(options.db + suffix);
    }
    std::unique_ptr<FreshServerDatabase> fresh;
    if (options.freshServer) {
        fresh = std::make_unique<FreshServerDatabase>(options.db, &options.db);
        if (!fresh->ok())
            return 3;
    }
    if (Status s = setUp(options.db, options.clients); !s) {
        std::fprintf(stderr, "set-up failed: %s\n", qPrintable(s.error().message));
        return 3;
    }
    qint64 auditBefore = 0;
    {
        auto db = Database::openExisting(options.db);
        if (!db)
            return 3;
        auto q = db.value()->exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
        if (q && q.value().next())
            auditBefore = q.value().value(0).toLongLong();
    }

    std::vector<ClientResult> results(size_t(options.clients));
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(options.seconds) * 1000;
    for (int i = 0; i < options.clients; ++i) {
        ClientResult* out = &results[size_t(i)];
        threads.emplace_back(
            QThread::create([&options, i, deadline, &clock, out] { runClient(options, i, deadline, clock, *out); }));
        threads.back()->start();
    }
    // Every client must finish within half a minute of the deadline: a deadlock nobody resolved would not.
    bool allFinished = true;
    for (auto& thread : threads) {
        const qint64 left = std::max<qint64>(deadline + 30'000 - clock.elapsed(), 1);
        allFinished = thread->wait(QDeadlineTimer(left)) && allFinished;
    }
    const double wall = clock.elapsed() / 1000.0;
    if (!allFinished) {
        std::fprintf(stderr, "FAIL: a client was still waiting 30 s after the deadline (an unresolved deadlock)\n");
        std::_Exit(1); // the stuck threads hold connections; nothing else to clean up
    }

    std::vector<double> times;
    int saved = 0, stale = 0, busy = 0;
    QStringList failures;
    for (const ClientResult& r : results) {
        times.insert(times.end(), r.savedMs.begin(), r.savedMs.end());
        saved += int(r.saves.size());
        stale += r.stale;
        busy += r.busy;
        if (!r.failure.isEmpty())
            failures << r.failure;
    }
    failures << verify(options, results, auditBefore);
    std::printf("backend %s, %d clients, %.1f s, shared %.2f, think <= %d ms\n",
                Database::isServerUri(options.db) ? "postgresql" : "sqlite", options.clients, wall, options.shared,
                options.thinkMs);
    std::printf("saves attempted %zu: written %d, refused stale %d, refused busy %d (%.1f written/s)\n", times.size(),
                saved, stale, busy, saved / wall);
    std::printf("save time ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f\n", percentile(times, 0.50),
                percentile(times, 0.95), percentile(times, 0.99),
                times.empty() ? 0.0 : *std::max_element(times.begin(), times.end()));
    for (const QString& f : failures)
        std::printf("FAIL: %s\n", qPrintable(f));
    std::printf(failures.isEmpty() ? "OK: no lost update, every change logged, no deadlock left\n" : "FAILED\n");
    return failures.isEmpty() ? 0 : 1;
}
