// The desktop's copy process (ui/server/CopyProcess) against a stand-in for "parindex copy": a shell script that
// records how it was called and answers as the real command does. The password must reach the copy through its own
// environment only (never its arguments, nor this process's environment); what the copy verified is read from its
// report; a refusal is shown in the copy's words; a copy that reports nothing verified is not taken as done; and a
// file that is to be replaced stays as it was when the copy fails.
#include "server/CopyProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace par::ui;

namespace {

class CopyProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_script = m_dir.filePath(QStringLiteral("copy.sh"));
    }
    void TearDown() override { CopyProcess::setProgram(QString()); }

    // A stand-in whose body runs after it has written its arguments and PGPASSWORD beside itself.
    void stand(const QByteArray& body)
    {
        QFile script(m_script);
        ASSERT_TRUE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "dir=$(dirname \"$0\")\n"
                     "printf '%s\\n' \"$@\" > \"$dir/arguments\"\n"
                     "printf '%s' \"$PGPASSWORD\" > \"$dir/password\"\n"
                     + body);
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        CopyProcess::setProgram(m_script);
    }
    QString written(const char* name) const
    {
        QFile f(m_dir.filePath(QLatin1String(name)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    QString m_script;
};

const QByteArray Verified = "echo 'progress 0/3 units' >&2\n"
                            "echo 'progress 1/3 scores' >&2\n"
                            "echo 'progress 2/3 check' >&2\n"
                            "echo 'table rows source sha256 copy sha256'\n"
                            "echo 'units                            12 0123456789abcdef 0123456789abcdef same'\n"
                            "echo 'scores                          300 fedcba9876543210 fedcba9876543210 same'\n"
                            "echo 'audit_sequence                    1 00112233aabbccdd 00112233aabbccdd same'\n"
                            "echo 'Copied a to b: every table has the same rows and checksum'\n";

} // namespace

TEST_F(CopyProcessTest, ThePasswordReachesTheCopyInItsOwnEnvironmentOnly)
{
    stand(Verified);
    const QString from = m_dir.filePath(QStringLiteral("a.db"));
    const QString to = QStringLiteral("postgresql://clerk@server/office");
    const auto outcome = CopyProcess::run(nullptr, from, to, QStringLiteral("s3cret pass"), QStringLiteral("Copying"));
    ASSERT_TRUE(outcome.copied) << outcome.message.toStdString();
    EXPECT_EQ(written("password"), QStringLiteral("s3cret pass"));
    const QStringList arguments = written("arguments").split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(arguments,
              QStringList({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                           QStringLiteral("--progress"), QStringLiteral("--lang"), QStringLiteral("en")}));
    EXPECT_EQ(outcome.steps, 3);
    EXPECT_FALSE(qEnvironmentVariableIsSet("PGPASSWORD"));

    // What it verified, as the report says it: the tables of data (not the audit log's id counter) and their rows.
    ASSERT_EQ(outcome.tables.size(), 2);
    EXPECT_EQ(outcome.tables[0].name, QStringLiteral("units"));
    EXPECT_EQ(outcome.tables[1].rows, 300);
    EXPECT_EQ(outcome.rows(), 312);
    EXPECT_TRUE(outcome.verified().startsWith(QLatin1String("2 tables, 312 rows:")))
        << outcome.verified().toStdString();
    EXPECT_TRUE(outcome.verified().contains(QLatin1String("every checksum matches")));
}

TEST_F(CopyProcessTest, ARefusalIsShownInTheCopysOwnWords)
{
    // The steps it told before it stopped are not part of the refusal.
    stand("echo 'progress 0/3 units' >&2\n"
          "echo 'parindex: postgresql://clerk@server/office is not empty (it holds rows in units); nothing was "
          "changed' >&2\nexit 2\n");
    const auto outcome
        = CopyProcess::run(nullptr, QStringLiteral("a.db"), QStringLiteral("postgresql://clerk@server/office"),
                           QString(), QStringLiteral("Copying"));
    EXPECT_FALSE(outcome.copied);
    EXPECT_FALSE(outcome.cancelled);
    EXPECT_EQ(outcome.message,
              QStringLiteral("Not copied: postgresql://clerk@server/office is not empty (it holds "
                             "rows in units); nothing was changed"));
    EXPECT_TRUE(outcome.tables.isEmpty());
    EXPECT_EQ(outcome.steps, 1);
}

TEST_F(CopyProcessTest, ACopyThatReportsNothingVerifiedIsNotTakenAsDone)
{
    stand("echo 'Copied a to b'\n");
    const auto outcome = CopyProcess::run(nullptr, QStringLiteral("a.db"), QStringLiteral("b.db"), QString(),
                                          QStringLiteral("Copying"));
    EXPECT_FALSE(outcome.copied);
    EXPECT_FALSE(outcome.message.isEmpty());
}

TEST_F(CopyProcessTest, AFileToBeReplacedStaysAsItWasWhenTheCopyFails)
{
    stand("echo 'parindex: the server closed the connection' >&2\nexit 3\n");
    const QString file = m_dir.filePath(QStringLiteral("keep.db"));
    QFile old(file);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the old copy");
    old.close();
    const auto outcome = CopyProcess::runToFile(nullptr, QStringLiteral("postgresql://clerk@server/office"), file,
                                                QString(), QStringLiteral("Saving"));
    EXPECT_FALSE(outcome.copied);
    EXPECT_EQ(outcome.message, QStringLiteral("Not copied: the server closed the connection"));
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the old copy"));
    // The copy was asked for under another name beside the file, never the file itself.
    const QStringList arguments = written("arguments").split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(arguments.size(), 5);
    EXPECT_NE(arguments[4], file);
    EXPECT_EQ(QFileInfo(arguments[4]).absolutePath(), QFileInfo(file).absolutePath());
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral(".keep.db.*")}, QDir::Files | QDir::Hidden), QStringList());
}
