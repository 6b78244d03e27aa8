#pragma once

// Runs poppler's command-line tools (poppler-utils) on a PDF, as a reader of the file would see it.
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace poppler {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

inline Output run(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(120'000)) {
        ADD_FAILURE() << tool.toStdString() << " did not finish (is poppler-utils installed?)";
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// The text of every page, in reading order (pdftotext separates pages with form feeds).
inline QStringList pages(const QString& pdf)
{
    QStringList out
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
              .out.split(u'\f');
    if (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out;
}

inline QString text(const QString& pdf)
{
    return pages(pdf).join(u'\f');
}

} // namespace poppler
