#include "CliSupport.h"
#include "storage/ReportSettings.h"

namespace par::cli {

namespace {

struct SettingOption
{
    const char* option;
    const char* key;
    const char* help;
};

const SettingOption Options[] = {
    {"superior", "superior",
     QT_TRANSLATE_NOOP("par::cli", "The body over a department in the title block (e.g. \"UBND TỈNH BẮC KẠN\").")},
    {"symbol", "symbol", QT_TRANSLATE_NOOP("par::cli", "The symbol of the committee's reports (e.g. \"BC-BCĐ\").")},
    {"place", "place", QT_TRANSLATE_NOOP("par::cli", "The place before the date (e.g. \"Bắc Kạn\").")},
    {"signer-for", "signer_for", QT_TRANSLATE_NOOP("par::cli", "Who signs for (e.g. \"TM. BAN CHỈ ĐẠO\").")},
    {"signer-role", "signer_role", QT_TRANSLATE_NOOP("par::cli", "The signer's title (e.g. \"TRƯỞNG BAN\").")},
    {"signer-name", "signer_name", QT_TRANSLATE_NOOP("par::cli", "The signer's name.")},
};

// Without options: prints the settings; with some: changes those (an empty value restores the default) and prints.
int settings(Context& c)
{
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    ReportSettingsStore store(*db.value());
    auto current = store.load();
    if (!current)
        return fail(current.error());
    ReportSettings s = current.value();
    bool changed = false;
    for (const SettingOption& o : Options) {
        if (c.parser.isSet(QString::fromLatin1(o.option))) {
            s.setValue(QString::fromLatin1(o.key), c.parser.value(QString::fromLatin1(o.option)));
            changed = true;
        }
    }
    if (c.parser.isSet(QStringLiteral("recipient"))) {
        s.setValue(QStringLiteral("recipients"), c.parser.values(QStringLiteral("recipient")).join(u'\n'));
        changed = true;
    }
    if (changed) {
        if (Status st = store.save(s); !st)
            return fail(st.error());
    }
    for (const SettingOption& o : Options) {
        const QString value = s.value(QString::fromLatin1(o.key));
        out() << QLatin1String(o.option) << ": " << (value.isEmpty() ? tr("(default)") : value) << Qt::endl;
    }
    out() << "recipient: " << (s.recipients.isEmpty() ? tr("(default)") : s.recipients.join(QStringLiteral(" / ")))
          << Qt::endl;
    return 0;
}

} // namespace

Command settingsCommand()
{
    return Command {
        QStringLiteral("settings"), tr("Show or set the title block and signature of the reports, once per database."),
        [](QCommandLineParser& p) {
            addDb(p);
            for (const SettingOption& o : Options)
                p.addOption(option(o.option, tr(o.help), "TEXT"));
            p.addOption(option("recipient", tr("A line of \"Nơi nhận\" (recipients); repeat for each line."), "TEXT"));
        },
        QString(), settings};
}

} // namespace par::cli
