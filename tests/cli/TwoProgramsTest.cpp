// parindex runs console commands without Qt's GUI libraries and hands painting and the window over to
// parindex-desktop (app/main.cpp). These tests run the real programs.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../RunParindex.h"

namespace {

struct Loaded
{
    Outcome outcome;
    QStringList libraries; // every shared object the dynamic loader initialised
};

// glibc's loader names each library it initialises when LD_DEBUG=libs.
Loaded runTracingLibraries(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(120'000));
    Loaded loaded {{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString()}, {}};
    for (const QString& line : QString::fromUtf8(process.readAllStandardError()).split(u'\n')) {
        const qsizetype at = line.indexOf(QLatin1String("calling init: "));
        if (at >= 0)
            loaded.libraries << line.mid(at + 14).trimmed();
        else
            loaded.outcome.err += line + u'\n';
    }
    return loaded;
}

bool anyGui(const QStringList& libraries)
{
    for (const QString& library : libraries) {
        if (library.contains(QLatin1String("libQt6Gui")) || library.contains(QLatin1String("libQt6Widgets")))
            return true;
    }
    return false;
}

class TwoPrograms : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Outcome demo = runParindex({QStringLiteral("demo"), QStringLiteral("--db"), db});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    }

    QStringList reportTo(const QString& pdf) const
    {
        return {QStringLiteral("report"),  QStringLiteral("--db"),  db,
                QStringLiteral("--index"), QStringLiteral("PAR"),   QStringLiteral("--year"),
                QStringLiteral("2018"),    QStringLiteral("--out"), pdf};
    }

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
};

} // namespace

#ifdef Q_OS_LINUX
TEST_F(TwoPrograms, AConsoleCommandLoadsNoGuiLibraryAndAReportDoes)
{
    const Loaded ranking
        = runTracingLibraries(QStringLiteral(PARINDEX_EXE),
                              {QStringLiteral("ranking"), QStringLiteral("--db"), db, QStringLiteral("--index"),
                               QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018")});
    ASSERT_EQ(ranking.outcome.code, 0) << ranking.outcome.err.toStdString();
    EXPECT_TRUE(ranking.outcome.out.contains(QStringLiteral("Bắc Kạn")));
    ASSERT_FALSE(ranking.libraries.isEmpty()) << "LD_DEBUG named no library";
    EXPECT_TRUE(ranking.libraries.filter(QStringLiteral("libQt6Core")).size() == 1);
    EXPECT_FALSE(anyGui(ranking.libraries)) << ranking.libraries.join(u'\n').toStdString();

    // The same command line paints a report: handed over, in the same process, to the program that can.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Loaded report = runTracingLibraries(QStringLiteral(PARINDEX_EXE), reportTo(pdf));
    ASSERT_EQ(report.outcome.code, 0) << report.outcome.err.toStdString();
    EXPECT_TRUE(report.outcome.out.startsWith(QStringLiteral("Wrote "))) << report.outcome.out.toStdString();
    EXPECT_TRUE(anyGui(report.libraries));
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.read(5) == "%PDF-");
}
#endif

TEST_F(TwoPrograms, WithoutTheDesktopPartAReportOrTheWindowIsRefusedPlainly)
{
    // parindex alone, as if the package had lost parindex-desktop: console commands still work.
    const QString alone = dir.filePath(QStringLiteral("parindex"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(PARINDEX_EXE), alone));
    ASSERT_TRUE(QFile::setPermissions(alone, QFile::permissions(alone) | QFile::ExeOwner));
    auto run = [&](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(alone, arguments);
        EXPECT_TRUE(process.waitForFinished(60'000));
        return Outcome {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                        QString::fromUtf8(process.readAllStandardError())};
    };
    const Outcome ranking = run({QStringLiteral("ranking"), QStringLiteral("--db"), db, QStringLiteral("--index"),
                                 QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018")});
    EXPECT_EQ(ranking.code, 0) << ranking.err.toStdString();

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    for (const QStringList& arguments : {reportTo(pdf), QStringList {}, QStringList {QStringLiteral("--db"), db}}) {
        const Outcome refused = run(arguments);
        EXPECT_EQ(refused.code, 3) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(refused.err.startsWith(QStringLiteral("parindex: cannot start "))) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("parindex-desktop): not found; reinstall parindex")))
            << refused.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(pdf));

    const QStringList vietnamese = reportTo(pdf) + QStringList {QStringLiteral("--lang"), QStringLiteral("vi")};
    const Outcome vi = run(vietnamese);
    EXPECT_EQ(vi.code, 3);
    EXPECT_TRUE(vi.err.contains(QStringLiteral("cài đặt lại parindex"))) << vi.err.toStdString();
}
