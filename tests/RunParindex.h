#pragma once

// Runs the real parindex executable (PARINDEX_EXE, set by CMake) as a script would, in a C locale so that messages
// and numbers are the English ones the tests compare.
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

// more: variables to set besides; input: what it reads on its standard input, then the end, as from a script (a
// password is read from it).
inline Outcome runParindex(const QStringList& arguments, const QProcessEnvironment& more = QProcessEnvironment(),
                           const QByteArray& input = QByteArray())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(more);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARINDEX_EXE), arguments);
    if (process.waitForStarted(30'000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    EXPECT_TRUE(process.waitForFinished(180'000)) << arguments.join(u' ').toStdString();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
