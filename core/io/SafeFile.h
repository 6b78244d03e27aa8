#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace par {

// The one way the program writes an output file (report, export, backup): the content goes to a temporary file in
// the target's folder, is checked (not empty, and whatever the caller's check adds), flushed to the disk and only
// then renamed over the target in one step. On any failure the temporary file is removed, an earlier file at the
// target stays byte for byte as it was, and the error (Storage) says which file and why.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(par::SafeFile)

public:
    // Writes the file at the path it is given (an empty file that already exists), by any means.
    using Producer = std::function<Status(const QString& partial)>;
    // Returns an error when the written file is not whole.
    using Check = std::function<Status(const QString& partial)>;

    static Status write(const QString& path, const Producer& produce, const Check& check = {});
    static Status write(const QString& path, const QByteArray& bytes);

    // A check for PDF files: QPdfWriter reports no write error (a full disk gives a short file and success), so the
    // file must read back to its end-of-file marker.
    static Status wholePdf(const QString& partial);
};

} // namespace par
