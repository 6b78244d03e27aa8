#include "server/CopyProcess.h"

#include "storage/DatabaseCopy.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace par::ui {

namespace {

QString& program()
{
    static QString path;
    return path;
}

// The tables as "parindex copy" lists them once verified: name, rows, two checksums and their agreement. The line of
// "audit_sequence" is the audit log's id counter, checked like a table but not one the report counts.
QList<CopyProcess::Table> tablesOf(const QString& output)
{
    static const QRegularExpression line(QStringLiteral("^([a-z_]+)\\s+(\\d+)\\s+[0-9a-f]+\\s+[0-9a-f]+\\s"));
    QList<CopyProcess::Table> tables;
    for (const QString& text : output.split(u'\n')) {
        const QRegularExpressionMatch m = line.match(text);
        if (m.hasMatch() && m.captured(1) != QLatin1String("audit_sequence"))
            tables.append({m.captured(1), m.captured(2).toLongLong()});
    }
    return tables;
}

// Where the copy has got, from the progress lines it writes on its error stream ("progress 3/19 units", see the copy
// command's --progress): the dialog's bar and a line under its label. The other lines, a refusal's, are kept in
// errors.
void showProgress(QProgressDialog& progress, const QString& label, QByteArray& pending, QString& errors, int& steps)
{
    static const QRegularExpression line(QStringLiteral("^progress (\\d+)/(\\d+) (\\S+)$"));
    qsizetype end = pending.indexOf('\n');
    for (; end >= 0; end = pending.indexOf('\n')) {
        const QString text = QString::fromUtf8(pending.left(end));
        pending.remove(0, end + 1);
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch()) {
            errors += text + u'\n';
            continue;
        }
        ++steps;
        const int done = m.captured(1).toInt();
        const int total = m.captured(2).toInt();
        const QString step = m.captured(3) == QLatin1String("check")
            ? CopyProcess::tr("Checking every table of the copy against the original...")
            : CopyProcess::tr("Copying the table %1 (%2 of %3)...").arg(m.captured(3)).arg(done + 1).arg(total - 1);
        progress.setLabelText(label + u'\n' + step);
        progress.setMaximum(total);
        // Last: a modal dialog's setValue handles pending events, and with them the lines that came in meanwhile.
        progress.setValue(std::min(done, total));
    }
}

// The child's refusal without its "parindex: " prefix. Said after "Not copied:", since it often begins with the
// database's address, which must not be capitalised.
QString refusalOf(const QString& errors, int code)
{
    static const QRegularExpression prefix(QStringLiteral("^parindex:\\s*"));
    QString text = errors.trimmed();
    text.remove(prefix);
    if (text.isEmpty())
        return CopyProcess::tr("The copy stopped without saying why (exit code %1); nothing was kept.").arg(code);
    return CopyProcess::tr("Not copied: %1").arg(text);
}

QString windowLanguage()
{
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

// A name beside file that nothing bears yet, for the copy that will replace it.
QString freshNameBeside(const QString& file)
{
    QTemporaryFile reserve(
        QFileInfo(file).absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(QFileInfo(file).fileName())));
    if (!reserve.open())
        return QString();
    const QString name = reserve.fileName();
    reserve.close();
    reserve.remove(); // the copy writes a new file and refuses one that exists
    return name;
}

} // namespace

qint64 CopyProcess::Outcome::rows() const
{
    qint64 total = 0;
    for (const Table& t : tables)
        total += t.rows;
    return total;
}

QString CopyProcess::Outcome::verified() const
{
    return tr("%n tables, %1 rows: before the copy was kept, every table was read back from it and compared with the "
              "source, by row count and checksum; every checksum matches.",
              nullptr, int(tables.size()))
        .arg(QLocale().toString(rows()));
}

void CopyProcess::setProgram(const QString& path)
{
    program() = path;
}

CopyProcess::Outcome CopyProcess::run(QWidget* parent, const QString& from, const QString& to, const QString& password,
                                      const QString& label)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    const QString copier = program().isEmpty() ? QCoreApplication::applicationFilePath() : program();

    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Copying the database"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);

    Outcome outcome;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &process, [&outcome, &process] {
        outcome.cancelled = true;
        process.kill();
    });
    QByteArray pending;
    QString errors;
    QObject::connect(&process, &QProcess::readyReadStandardError, &progress, [&] {
        pending += process.readAllStandardError();
        showProgress(progress, label, pending, errors, outcome.steps);
    });
    process.start(copier,
                  {QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                   QStringLiteral("--progress"), QStringLiteral("--lang"), windowLanguage()});
    progress.show();
    loop.exec();
    progress.hide();

    if (process.error() == QProcess::FailedToStart) {
        outcome.message = tr("Cannot start %1 to copy the database: %2").arg(copier, process.errorString());
        return outcome;
    }
    if (outcome.cancelled) {
        // Killed midway: the server has rolled the copy back; a file's unfinished copy is removed here.
        DatabaseCopy::removePartial(to);
        outcome.message = tr("Cancelled: nothing was copied.");
        return outcome;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    pending += process.readAllStandardError() + '\n';
    showProgress(progress, label, pending, errors, outcome.steps);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        outcome.message = refusalOf(errors, process.exitCode());
        return outcome;
    }
    outcome.tables = tablesOf(output);
    outcome.copied = !outcome.tables.isEmpty();
    if (!outcome.copied)
        outcome.message = tr("The copy did not report what it verified; do not rely on it.");
    return outcome;
}

CopyProcess::Outcome CopyProcess::runToFile(QWidget* parent, const QString& from, const QString& file,
                                            const QString& password, const QString& label)
{
    if (!QFileInfo::exists(file))
        return run(parent, from, file, password, label);
    const QString fresh = freshNameBeside(file);
    if (fresh.isEmpty()) {
        Outcome refused;
        refused.message = tr("Cannot write in the folder of %1.").arg(QDir::toNativeSeparators(file));
        return refused;
    }
    Outcome outcome = run(parent, from, fresh, password, label);
    if (!outcome.copied)
        return outcome;
    // The old file's journal would be read as the new one's: it goes with it.
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(fresh).toStdString(), QFile::encodeName(file).toStdString(), error);
    if (error) {
        QFile::remove(fresh);
        outcome.copied = false;
        outcome.message = tr("Cannot replace %1: %2. The old file was kept.")
                              .arg(QDir::toNativeSeparators(file), QString::fromLocal8Bit(error.message()));
    }
    return outcome;
}

} // namespace par::ui
