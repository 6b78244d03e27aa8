#include "Desktop.h"

#include "MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace par::ui {

namespace {

QString valueOf(const QStringList& arguments, const QString& option)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + u'='))
            return arguments[i].mid(option.size() + 1);
    }
    return QString();
}

} // namespace

// Installs our catalogue and Qt's for the language; false when ours is missing from the program.
bool installLanguage(const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qts = nullptr;
    static QTranslator* ourQts = nullptr;
    for (QTranslator** t : {&ours, &qts, &ourQts}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const bool vietnamese = language != QLatin1String("en");
    QLocale::setDefault(vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    ours = new QTranslator;
    const bool loaded = ours->load(
        QStringLiteral(":/i18n/parindex_%1.qm").arg(vietnamese ? QStringLiteral("vi") : QStringLiteral("en")));
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (context menus of line edits and the like), where Qt has a catalogue for the language.
    qts = new QTranslator;
    if (qts->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    // Debian has no Vietnamese catalogue for Qt: ours covers its dialogs' buttons, message boxes and file chooser.
    ourQts = new QTranslator;
    if (vietnamese && ourQts->load(QStringLiteral(":/i18n/qt_vi.qm")))
        QCoreApplication::installTranslator(ourQts);
    return loaded;
}

int runDesktop(const QStringList& arguments)
{
    QSettings settings;
    // --lang is for this run only: the saved language is the one chosen in the window.
    QString language = valueOf(arguments, QStringLiteral("--lang"));
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        language = settings.value(QStringLiteral("language"), QStringLiteral("vi")).toString();
    installLanguage(language);

    QString database = valueOf(arguments, QStringLiteral("--db"));
    if (database.isEmpty())
        database = settings.value(QStringLiteral("lastDatabase")).toString();
    // The database of last time, gone since: the welcome page says so rather than opening something else.
    QString missing;
    // A server is not a file: it is tried (signing in if it asks), and the welcome page follows if that fails.
    const bool gone = !database.isEmpty() && !Database::isServerUri(database) && !QFileInfo::exists(database);
    if (gone) {
        missing = database;
        database.clear();
    }

    // Changing the language rebuilds the window, so that every label is translated, and keeps the open database and
    // the page the user was on.
    QPointer<MainWindow> window;
    std::function<void(const QString&, int)> build = [&](const QString& path, int page) {
        auto* next = new MainWindow;
        next->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(next, &MainWindow::languageChangeRequested, next, [&, next](const QString& lang) {
            QSettings().setValue(QStringLiteral("language"), lang);
            installLanguage(lang);
            const QString open = next->session().isOpen() ? next->session().path() : QString();
            const int shown = next->currentPage();
            next->close();
            build(open, shown);
        });
        // A first start, or the last database gone: the welcome page (demo, new province, a file), not an empty
        // window. A database that cannot be opened leads there too.
        if (path.isEmpty() || !next->openDatabase(path))
            next->showWelcome(missing);
        else if (page >= 0)
            next->showPage(page);
        missing.clear(); // a language change rebuilds the window; the note was read
        if (next->hasSavedGeometry())
            next->show();
        else
            next->showMaximized();
        window = next;
    };
    build(database, -1); // the page the database opens on
    return QApplication::exec();
}

} // namespace par::ui
