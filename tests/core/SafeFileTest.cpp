// The one safe way to write an output: temporary file beside the target, checked, flushed, renamed.
#include "io/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using par::Error;
using par::SafeFile;
using par::Status;

namespace {

QByteArray bytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString& path, const QByteArray& content)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

int sh(const QString& command)
{
    return QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), command + QStringLiteral(" 2>/dev/null")});
}

class SafeFileTest : public ::testing::Test
{
protected:
    QString target() const { return dir.filePath(QStringLiteral("out.csv")); }
    QStringList leftovers() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }
    QTemporaryDir dir;
};

TEST_F(SafeFileTest, ReplacesTheFileWholeAndKeepsItsPermissions)
{
    put(target(), "earlier file");
    QFile::setPermissions(target(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ASSERT_TRUE(SafeFile::write(target(), QByteArray("new content")).ok());
    EXPECT_EQ(bytes(target()), QByteArray("new content"));
    EXPECT_EQ(QFile::permissions(target()) & 0x7077,
              QFileDevice::ReadOwner | QFileDevice::WriteOwner); // owner, group, others
    EXPECT_EQ(leftovers(), QStringList {QStringLiteral("out.csv")});
}

TEST_F(SafeFileTest, AFailedProducerOrCheckLeavesTheEarlierFileAndNoTemporary)
{
    put(target(), "earlier file");
    const Status failed = SafeFile::write(target(), [](const QString& partial) -> Status {
        QFile f(partial);
        f.open(QIODevice::WriteOnly);
        f.write("half");
        return Error::storage(QStringLiteral("the printer caught fire"));
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, Error::Storage);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("out.csv"))) << failed.error().message.toStdString();
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("caught fire")));

    const Status refused = SafeFile::write(
        target(),
        [](const QString& partial) -> Status {
            QFile f(partial);
            f.open(QIODevice::WriteOnly);
            f.write("%PDF-1.4 truncated");
            return par::success();
        },
        SafeFile::wholePdf);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("completely")))
        << refused.error().message.toStdString();

    const Status empty = SafeFile::write(target(), [](const QString&) { return par::success(); });
    EXPECT_FALSE(empty.ok());
    EXPECT_EQ(bytes(target()), QByteArray("earlier file"));
    EXPECT_EQ(leftovers(), QStringList {QStringLiteral("out.csv")});
}

TEST_F(SafeFileTest, AFolderThatCannotBeWrittenGivesTheReason)
{
    const Status s = SafeFile::write(dir.filePath(QStringLiteral("missing/out.csv")), QByteArray("x"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Storage);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("out.csv")));
    const Status folder = SafeFile::write(dir.path(), QByteArray("x"));
    EXPECT_FALSE(folder.ok());
}

// A full disk: a small tmpfs, filled. Needs root to mount; skipped elsewhere.
TEST_F(SafeFileTest, AFullDiskFailsWithTheReasonAndKeepsTheEarlierFileByteForByte)
{
    const QString full = dir.filePath(QStringLiteral("full"));
    QDir().mkpath(full);
    if (sh(QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1'").arg(full)) != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    const QString path = full + QStringLiteral("/out.csv");
    put(path, "earlier file");
    sh(QStringLiteral("dd if=/dev/zero of='%1/filler' bs=1k count=200").arg(full));
    const Status s = SafeFile::write(path, QByteArray(100 * 1024, 'x'));
    const QByteArray after = bytes(path);
    const QStringList left = QDir(full).entryList(QDir::Files | QDir::Hidden);
    sh(QStringLiteral("umount '%1'").arg(full));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Storage);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("space"))
                || s.error().message.contains(QStringLiteral("full")))
        << s.error().message.toStdString();
    EXPECT_EQ(after, QByteArray("earlier file"));
    EXPECT_EQ(left.size(), 2) << left.join(u' ').toStdString();
}

} // namespace
