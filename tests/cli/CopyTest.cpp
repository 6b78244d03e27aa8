// parindex copy between two SQLite files: the whole database, exactly, or nothing at all. The server directions are
// tested in tests/server (they need the throwaway cluster).
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include "../RunParindex.h"

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The digests copy printed, without the last line (which names the two databases).
QString digestTable(const Outcome& o)
{
    QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

class Copy : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    Outcome on(const QString& db, QStringList command) const
    {
        return runParindex(command << QStringLiteral("--db") << db);
    }
    Outcome copy(const QString& from, const QString& to) const
    {
        return runParindex({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    }

    QTemporaryDir m_dir;
};

const QStringList Outputs[] = {
    {QStringLiteral("ranking"), QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
     QStringLiteral("2018"), QStringLiteral("--cohort"), QStringLiteral("UBND huyện, thành phố"),
     QStringLiteral("--format"), QStringLiteral("csv")},
    {QStringLiteral("trend"), QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--unit"),
     QStringLiteral("Bắc Kạn"), QStringLiteral("--format"), QStringLiteral("csv")},
    {QStringLiteral("trend"), QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--unit"),
     QStringLiteral("Huyện Pác Nặm"), QStringLiteral("--format"), QStringLiteral("json")},
    {QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")},
};

} // namespace

TEST_F(Copy, AFileToANewFileIsExactAndAnExistingFileIsRefused)
{
    const QString a = path("a.db"), b = path("b.db");
    ASSERT_EQ(on(a, {QStringLiteral("demo")}).code, 0);
    const Outcome done = copy(a, b);
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("audit_log"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("unit_events"))) << done.out.toStdString();
    EXPECT_FALSE(done.out.contains(QStringLiteral("DIFFERENT"))) << done.out.toStdString();
    EXPECT_FALSE(QFile::exists(b + QStringLiteral(".partial")));
    for (const QStringList& command : Outputs) {
        const Outcome x = on(a, command), y = on(b, command);
        EXPECT_EQ(x.code, 0) << x.err.toStdString();
        EXPECT_FALSE(x.out.isEmpty());
        EXPECT_EQ(y.out, x.out) << command.join(u' ').toStdString();
    }
    const Outcome check = on(b, {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("hash chain intact"))) << check.out.toStdString();

    // Copied again, the copy gives the same digests: every value, not only the counts.
    const Outcome again = copy(b, path("c.db"));
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(digestTable(again), digestTable(done));

    // Into a file that exists: refused, the file untouched.
    const QByteArray before = fileDigest(b);
    const Outcome refused = copy(a, b);
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already exists"))) << refused.err.toStdString();
    EXPECT_EQ(fileDigest(b), before);
    EXPECT_EQ(copy(a, a).code, 1);
}

// With --progress the copy tells each step as it begins, on the error stream, in the same words in any language: the
// tables in the order of the report, then the check; what it prints on its output does not change.
TEST_F(Copy, ProgressTellsEachTableThenTheCheckOnTheErrorStream)
{
    const QString a = path("a.db");
    ASSERT_EQ(on(a, {QStringLiteral("demo")}).code, 0);
    const QStringList inVietnamese = {QStringLiteral("--lang"), QStringLiteral("vi")};
    const Outcome plain = runParindex(
        QStringList {QStringLiteral("copy"), QStringLiteral("--from"), a, QStringLiteral("--to"), path("b.db")}
        + inVietnamese);
    ASSERT_EQ(plain.code, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.err.isEmpty()) << plain.err.toStdString();
    const Outcome told = runParindex(QStringList {QStringLiteral("copy"), QStringLiteral("--from"), a,
                                                  QStringLiteral("--to"), path("c.db"), QStringLiteral("--progress")}
                                     + inVietnamese);
    ASSERT_EQ(told.code, 0) << told.err.toStdString();
    const QStringList steps = told.err.split(u'\n', Qt::SkipEmptyParts);
    // The tables the report lists between its heading and its last line, less the audit log's id counter.
    const QStringList report = plain.out.split(u'\n', Qt::SkipEmptyParts);
    QStringList tables;
    for (const QString& line : report.mid(1, report.size() - 2)) {
        if (const QString name = line.section(u' ', 0, 0); name != QLatin1String("audit_sequence"))
            tables << name;
    }
    ASSERT_GE(tables.size(), 10) << plain.out.toStdString();
    ASSERT_EQ(steps.size(), tables.size() + 1) << told.err.toStdString();
    const int total = int(tables.size()) + 1;
    for (int i = 0; i < tables.size(); ++i)
        EXPECT_EQ(steps[i], QStringLiteral("progress %1/%2 %3").arg(i).arg(total).arg(tables[i]));
    EXPECT_EQ(steps.last(), QStringLiteral("progress %1/%2 check").arg(total - 1).arg(total));
    EXPECT_EQ(digestTable(told), digestTable(plain));
}

TEST_F(Copy, AKilledCopyLeavesNoHalfFile)
{
    const QString a = path("a.db");
    ASSERT_EQ(on(a, {QStringLiteral("demo")}).code, 0);
    // A larger database, so that the copy is still at work when it is killed.
    ASSERT_EQ(on(a,
                 {QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--index"), QStringLiteral("DDCI"),
                  QStringLiteral("--year"), QStringLiteral("2024"),
                  QStringLiteral(PARINDEX_TEST_DATA "/ddci_2024_framework.csv")})
                  .code,
              0);
    QByteArray big = "unit;1.1;1.2;2.1;2.2\n";
    for (int i = 0; i < 20000; ++i)
        big += "Đơn vị " + QByteArray::number(i) + ";1;2;3;4\n";
    QFile file(path("big.csv"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    ASSERT_EQ(on(a,
                 {QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--index"), QStringLiteral("DDCI"),
                  QStringLiteral("--year"), QStringLiteral("2024"), file.fileName()})
                  .code,
              0);
    int killedWhileRunning = 0;
    for (int delay : {100, 250, 500, 900, 1500}) {
        const QString b = path("b.db");
        QProcess process;
        process.start(QStringLiteral(PARINDEX_EXE),
                      {QStringLiteral("copy"), QStringLiteral("--from"), a, QStringLiteral("--to"), b});
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(delay);
        if (process.state() != QProcess::Running) {
            process.waitForFinished();
            break; // finished: whole, the other allowed outcome
        }
        process.kill();
        process.waitForFinished();
        ++killedWhileRunning;
        if (!QFile::exists(b))
            continue; // nothing bears the name: the allowed outcome of a copy killed midway
        // Killed after it renamed the file: the copy is whole.
        for (const QStringList& command : Outputs)
            EXPECT_EQ(on(b, command).out, on(a, command).out) << "killed after " << delay << " ms";
        break;
    }
    EXPECT_GT(killedWhileRunning, 0);
    // A copy killed earlier left its partial file behind; the next copy replaces it and finishes.
    QFile::remove(path("b.db"));
    const Outcome done = copy(a, path("b.db"));
    EXPECT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_FALSE(done.out.contains(QStringLiteral("DIFFERENT")));
}
