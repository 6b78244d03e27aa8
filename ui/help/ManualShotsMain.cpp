// parindex-manual-shots OUTDIR: renders the main pages of the demo, and the report dialog, in Vietnamese and English,
// offscreen at a fixed size, to OUTDIR/<language>/<name>.png for the manual (see ManualShots.h). Run by the build
// whenever the program's sources change; it touches no settings and no database of the user's.
#include "ContextBar.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "help/ManualShots.h"
#include "storage/Demo.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace par;
using namespace par::ui;

namespace {

void settle(int milliseconds = 150)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path)
{
    settle();
    const QImage image
        = widget->grab().toImage().scaled(ManualShots::size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image.save(path, "PNG");
}

// What each picture shows: the index, year and unit of the demo that make the page speak.
struct View
{
    const char* index;
    int year;
    const char* unit;
};

View viewOf(const QString& name)
{
    if (name == QLatin1String("overview") || name == QLatin1String("report"))
        return {"PAR", 2018, "Bắc Kạn"};
    return {"BKCCHC", 2018, ""};
}

bool shoot(const QString& database, const QString& language, const QString& folder)
{
    installLanguage(language);
    MainWindow window;
    window.resize(ManualShots::size());
    window.show();
    if (!window.openDatabase(database))
        return false;
    window.statusBar()->clearMessage(); // "Opened /tmp/...": a different folder on every build
    window.statusBar()->showMessage(QCoreApplication::translate("par::ui::MainWindow", "Ready"));
    const QStringList names = ManualShots::names();
    for (int page = 0; page < names.size(); ++page) {
        const View view = viewOf(names[page]);
        window.contextBar()->reload(QString::fromLatin1(view.index), view.year, QString::fromUtf8(view.unit));
        const QString path = QDir(folder).filePath(names[page] + QStringLiteral(".png"));
        if (names[page] == QLatin1String("report")) {
            ReportDialog dialog(window.session(), &window);
            dialog.resize(ManualShots::size());
            dialog.show();
            if (!save(&dialog, path))
                return false;
            continue;
        }
        window.showPage(page);
        if (!save(&window, path))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PARINDEX_USER", "demo");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parindex-manual-shots"));
    QApplication::setOrganizationName(QStringLiteral("parindex"));
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: parindex-manual-shots OUTDIR\n";
        return 1;
    }
    // Settings of its own, in a folder that goes away: the user's window state must not shape the pictures.
    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    const QString database = scratch.filePath(QStringLiteral("demo.db"));
    {
        auto db = Database::open(database);
        if (!db) {
            err << db.error().message << '\n';
            return 3;
        }
        Catalog catalog(*db.value());
        if (Status s = Demo::load(catalog); !s) {
            err << s.error().message << '\n';
            return 3;
        }
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    for (const QString& language : ManualShots::languages()) {
        const QString folder = QDir(out).filePath(language);
        QDir().mkpath(folder);
        if (!shoot(database, language, folder)) {
            err << "could not render the " << language << " pictures into " << folder << '\n';
            return 3;
        }
    }
    return 0;
}
