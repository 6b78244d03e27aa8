// DatabaseCopy's cleanup after a copy that was stopped by killing its process (the desktop's Cancel): the unverified
// copy beside the destination goes, with its journal; the destination's own name, and anything else, stays.
#include "storage/DatabaseCopy.h"
#include "storage/CopyText.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace par;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

TEST(DatabaseCopyCleanup, RemovePartialTakesAwayOnlyWhatAKilledCopyLeavesBesideItsDestination)
{
    QTemporaryDir dir;
    const QString to = dir.filePath(QStringLiteral("copy.db"));
    {
        // The unverified copy as a killed copy leaves it: a real database under the name beside the destination.
        auto partial = Database::open(to + QStringLiteral(".partial"));
        ASSERT_TRUE(partial.ok()) << partial.error().message.toStdString();
    }
    ASSERT_TRUE(write(to + QStringLiteral(".partial-wal"), "wal"));
    ASSERT_TRUE(write(to + QStringLiteral(".partial-journal"), "journal"));
    ASSERT_TRUE(write(to, "the user's own file"));
    ASSERT_TRUE(write(dir.filePath(QStringLiteral("copy.db.partial.notes")), "another file"));

    DatabaseCopy::removePartial(to);

    QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(left, QStringList({QStringLiteral("copy.db"), QStringLiteral("copy.db.partial.notes")}));
    // A server rolls a killed copy back itself: nothing to remove, and no file named after the address is touched.
    DatabaseCopy::removePartial(QStringLiteral("postgresql://nobody@localhost/copy"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files, QDir::Name), left);
}

namespace {

QByteArray copyField(const QByteArray& text)
{
    QByteArray out = "x";
    appendCopyField(out, text.constData(), text.size());
    return out;
}

} // namespace

// The COPY text form of a value (PostgreSQL's CopyAttributeOutText): the seven characters it escapes, each at the
// start, in the middle, at the end and side by side; every other byte, UTF-8 included, kept in order; appended after
// what the row already holds.
TEST(CopyText, EscapesWhatCopyReadsAsSpecialAndKeepsTheRestInOrder)
{
    EXPECT_EQ(copyField(""), "x");
    EXPECT_EQ(copyField("Xã Tân Phú"), "xXã Tân Phú");
    EXPECT_EQ(copyField("a\\b"), "xa\\\\b");
    EXPECT_EQ(copyField("\tlead"), "x\\tlead");
    EXPECT_EQ(copyField("trail\n"), "xtrail\\n");
    EXPECT_EQ(copyField("\b\f\n\r\t\v\\"), "x\\b\\f\\n\\r\\t\\v\\\\");
    EXPECT_EQ(copyField("1\r\n2 \\N 3"), "x1\\r\\n2 \\\\N 3");
    EXPECT_EQ(copyField(QByteArray("a\0b", 3)), QByteArray("xa\0b", 4));
}
