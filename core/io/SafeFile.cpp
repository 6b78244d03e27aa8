#include "io/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace par {

namespace {

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error::storage(SafeFile::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

// Forces the file's content to the disk: a rename may otherwise reach the disk before the data it names.
bool flushToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return false;
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// The folder's entry for the renamed file, on the disk too (POSIX; Windows has no such step).
void flushFolder([[maybe_unused]] const QString& folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

} // namespace

Status SafeFile::write(const QString& path, const Producer& produce, const Check& check)
{
    const QFileInfo target(path);
    if (target.isDir())
        return cannotWrite(path, tr("it is a folder"));
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".XXXXXX")));
    if (!temporary.open())
        return cannotWrite(path, temporary.errorString());
    temporary.close();
    const QString partial = temporary.fileName();
    // From here the temporary file is removed by QTemporaryFile on every early return.

    if (Status s = produce(partial); !s)
        return s.error().kind == Error::Storage ? cannotWrite(path, s.error().message) : s;
    const QFileInfo written(partial);
    if (!written.exists() || written.size() == 0)
        return cannotWrite(path, tr("the file could not be written completely (is the disk full?)"));
    if (check) {
        if (Status s = check(partial); !s)
            return cannotWrite(path, s.error().message);
    }
    if (!flushToDisk(partial))
        return cannotWrite(path, tr("the file could not be saved to the disk (is the disk full?)"));
    // The permissions of the file it replaces, or of an ordinary new file; not the private ones of a temporary file.
    QFile::setPermissions(partial,
                          target.exists() ? QFile::permissions(path)
                                          : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData(), error);
    if (error)
        return cannotWrite(path, QString::fromLocal8Bit(error.message()));
    temporary.setAutoRemove(false);
    flushFolder(target.absolutePath());
    return success();
}

Status SafeFile::write(const QString& path, const QByteArray& bytes)
{
    return write(path, [&bytes](const QString& partial) -> Status {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::storage(file.errorString());
        if (file.write(bytes) != bytes.size() || !file.flush())
            return Error::storage(file.errorString());
        file.close();
        if (QFileInfo(partial).size() != bytes.size())
            return Error::storage(tr("the disk is full"));
        return success();
    });
}

Status SafeFile::wholePdf(const QString& partial)
{
    QFile written(partial);
    bool whole = written.open(QIODevice::ReadOnly) && written.size() > 0;
    if (whole) {
        written.seek(std::max<qint64>(0, written.size() - 32));
        whole = written.readAll().contains("%%EOF");
    }
    if (!whole)
        return Error::storage(tr("the file could not be written completely (is the disk full?)"));
    return success();
}

} // namespace par
