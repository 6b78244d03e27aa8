// DatabaseCopy's cleanup after a copy that was stopped by killing its process (the desktop's Cancel): the unverified
// copy beside the destination goes, with its journal; the destination's own name, and anything else, stays.
#include "storage/DatabaseCopy.h"
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
