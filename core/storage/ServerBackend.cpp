// The PostgreSQL side of Database and of the executor (storage/Sql.h).
//
// The connection is Qt's (QPSQL), as the SQLite one is QSQLITE's; the named statements run on its libpq handle, as the
// SQLite ones run on the sqlite3 handle, because QPSQL prepares a statement without the types of its values and the
// server cannot guess them where SQLite needs none (":year IS NULL", "SELECT :unit, :stage" in an INSERT). Here every
// whole number is sent as a bigint and every text as a value of unknown type that takes the type of its column.
//
// The schema: a server database starts whole at the baseline (:/sql/pg/baseline.sql, the schema of SQLite's numbered
// migrations up to its version, in PostgreSQL's dialect, with the audit trail and the finalisation lock as PL/pgSQL
// triggers); the versions after it come from :/sql/pg/NNN_*.sql where the dialects differ, else from the shared
// :/sql/NNN_*.sql. Statements whose SQL differs are overridden by name in :/sql/pg/queries.

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Permissions.h"
#include "storage/ServerAddress.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace par {

namespace {

// PostgreSQL's type ids (pg_type.h), for the values sent and the columns read.
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid NumericOid = 1700;

QString conninfoValue(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:,@+-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

// libpq's other keywords as QSqlDatabase::setConnectOptions takes them, naming the program to the server's views. The
// session's settings travel in the start-up message (options), after the address's own, instead of a SET each.
QStringList connectOptions(const ServerAddress& address)
{
    // JIT compiling takes tens of milliseconds, more than it saves on the program's statements (the largest, a
    // national year's values, runs in a fraction of a second), and would be paid on every ranking.
    static const QString ours = QStringLiteral("-c client_min_messages=warning -c jit=off");
    QStringList out;
    for (const auto& [key, value] : address.options) {
        if (key != QLatin1String("options"))
            out << key + u'=' + conninfoValue(value);
    }
    const QString given = address.option(QStringLiteral("options"));
    out << QStringLiteral("options=") + conninfoValue(given.isEmpty() ? ours : given + u' ' + ours);
    if (address.option(QStringLiteral("application_name")).isEmpty())
        out << QStringLiteral("application_name=parindex");
    // As checkServer's: connecting again after the network was cut waits seconds, not the system's minutes.
    // A statement sent over a network that was cut (a dropped Wi-Fi, a pulled cable) fails when the server has not
    // acknowledged it within 10 s (tcp_user_timeout), and one waiting for an answer when the server has not answered
    // the system's probes for 30 s: not after the system's retransmissions, a quarter of an hour, with the window
    // frozen. A long statement is not cut short: the server's system answers the probes while it works. Ignored over
    // a Unix socket.
    static const QList<std::pair<QString, QString>> timeouts {
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("10000")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("15")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("5")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")}};
    for (const auto& [key, value] : timeouts) {
        if (address.option(key).isEmpty())
            out << key + u'=' + value;
    }
    return out;
}

void quietNotices(void*, const char* message)
{
    qCDebug(lcSql).noquote() << QString::fromUtf8(message).trimmed();
}

// ":name" -> "$n", the same number for the same name; quoted text, comments and "::" casts are left as they are.
sql::Cache::ServerText numberPlaceholders(const QByteArray& sql)
{
    sql::Cache::ServerText out;
    QByteArray& text = out.text;
    text.reserve(sql.size());
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            text += sql.mid(i, stop - i);
            i = stop - 1;
        } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            const qsizetype end = sql.indexOf('\n', i);
            const qsizetype stop = end < 0 ? n : end;
            text += sql.mid(i, stop - i);
            i = stop - 1;
        } else if (c == ':' && i + 1 < n && sql[i + 1] == ':') {
            text += "::";
            ++i;
        } else if (c == ':' && i + 1 < n && (std::isalpha(uchar(sql[i + 1])) || sql[i + 1] == '_')) {
            qsizetype j = i + 1;
            while (j < n && (std::isalnum(uchar(sql[j])) || sql[j] == '_'))
                ++j;
            const std::string name = sql.mid(i + 1, j - i - 1).toStdString();
            auto found = std::find(out.names.begin(), out.names.end(), name);
            if (found == out.names.end())
                found = out.names.insert(out.names.end(), name);
            text += '$' + QByteArray::number(qsizetype(found - out.names.begin()) + 1);
            i = j - 1;
        } else {
            text += c;
        }
    }
    return out;
}

// One value as the server takes it: a whole number as bigint, bytes as bytea (binary), a text of unknown type.
struct Param
{
    Oid type = 0;
    QByteArray text;
    bool null = true;
    int format = 0;
};

Param toParam(const QVariant& v)
{
    Param p;
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())
        || (v.typeId() == QMetaType::QByteArray && v.toByteArray().isNull()))
        return p;
    p.null = false;
    switch (v.typeId()) {
    case QMetaType::Bool:
        p.type = Int8Oid;
        p.text = v.toBool() ? "1" : "0";
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        p.type = Int8Oid;
        p.text = QByteArray::number(v.toLongLong());
        break;
    case QMetaType::ULongLong:
        p.type = Int8Oid;
        p.text = QByteArray::number(qint64(v.toULongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        p.type = Float8Oid;
        p.text = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        p.type = ByteaOid;
        p.text = v.toByteArray();
        p.format = 1;
        break;
    default:
        p.text = v.toString().toUtf8();
        break;
    }
    return p;
}

// resultFormat 1 asks for every column in PostgreSQL's binary form (see Database::serverPairs).
PGresult* execute(PGconn* conn, const QByteArray& text, const std::vector<Param>& params, int resultFormat = 0)
{
    std::vector<Oid> types;
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const Param& p : params) {
        types.push_back(p.type);
        values.push_back(p.null ? nullptr : p.text.constData());
        lengths.push_back(int(p.text.size()));
        formats.push_back(p.format);
    }
    return PQexecParams(conn, text.constData(), int(params.size()), types.data(), values.data(), lengths.data(),
                        formats.data(), resultFormat);
}

bool succeeded(const PGresult* r)
{
    const ExecStatusType status = PQresultStatus(r);
    return status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
}

QString messageOf(const PGresult* r, PGconn* conn)
{
    const char* primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    return QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
}

QByteArray stateOf(const PGresult* r)
{
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QByteArray(state) : QByteArray();
}

QString migrationIn(const QString& folder, int version)
{
    const QDir dir(folder);
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QChar(u'0'));
    const QStringList found = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return found.isEmpty() ? QString() : dir.filePath(found.first());
}

const char* const ServerTimestamp
    = "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

QString constraintOf(const PGresult* r)
{
    const char* name = r ? PQresultErrorField(r, PG_DIAG_CONSTRAINT_NAME) : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

QString detailOf(const PGresult* r)
{
    const char* detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    return detail ? QString::fromUtf8(detail) : QString();
}

// What a table holds, as a refusal names it ("may not change the cohorts").
QString thingsIn(const QString& table)
{
    static const QList<std::pair<QStringList, const char*>> things {
        {{QStringLiteral("units"), QStringLiteral("unit_events"), QStringLiteral("unit_event_units")},
         QT_TRANSLATE_NOOP("par::Database", "the units")},
        {{QStringLiteral("indices")}, QT_TRANSLATE_NOOP("par::Database", "the indexes")},
        {{QStringLiteral("frameworks"), QStringLiteral("criteria"), QStringLiteral("bands"),
          QStringLiteral("illustrative_criteria")},
         QT_TRANSLATE_NOOP("par::Database", "the criteria frameworks")},
        {{QStringLiteral("cohorts"), QStringLiteral("cohort_members")},
         QT_TRANSLATE_NOOP("par::Database", "the cohorts and their members")},
        {{QStringLiteral("scores")}, QT_TRANSLATE_NOOP("par::Database", "scores")},
        {{QStringLiteral("published_ranks")}, QT_TRANSLATE_NOOP("par::Database", "the published ranks")},
        {{QStringLiteral("finalisations")}, QT_TRANSLATE_NOOP("par::Database", "which results are final")},
        {{QStringLiteral("report_settings")}, QT_TRANSLATE_NOOP("par::Database", "the report settings")},
        {{QStringLiteral("par_accounts"), QStringLiteral("par_user_add"), QStringLiteral("par_user_remove")},
         QT_TRANSLATE_NOOP("par::Database", "the accounts")},
    };
    for (const auto& [tables, words] : things)
        if (tables.contains(table))
            return Database::tr(words);
    return Database::tr("this part of the database");
}

// A row that a broken foreign key (SQLSTATE 23503) names, from the key's column ("scores_criterion_id_fkey").
struct Parent
{
    const char* keySuffix;
    const char* table;
    const char* missing; // a write named a row that is not there
};

const Parent Parents[] = {
    {"_criterion_id_fkey", "criteria",
     QT_TRANSLATE_NOOP("par::Database",
                       "a criterion this change refers to does not exist (another program may have "
                       "removed it meanwhile); nothing was changed")},
    {"_parent_id_fkey", "criteria",
     QT_TRANSLATE_NOOP("par::Database",
                       "a criterion this change refers to does not exist (another program may have "
                       "removed it meanwhile); nothing was changed")},
    {"_unit_id_fkey", "units",
     QT_TRANSLATE_NOOP("par::Database",
                       "a unit this change refers to does not exist (another program may have "
                       "removed it meanwhile); nothing was changed")},
    {"_successor_id_fkey", "units",
     QT_TRANSLATE_NOOP("par::Database",
                       "a unit this change refers to does not exist (another program may have "
                       "removed it meanwhile); nothing was changed")},
    {"_cohort_id_fkey", "cohorts",
     QT_TRANSLATE_NOOP("par::Database",
                       "a cohort this change refers to does not exist (another program may have "
                       "removed it meanwhile); nothing was changed")},
    {"_index_id_fkey", "indices",
     QT_TRANSLATE_NOOP("par::Database",
                       "an index this change refers to does not exist (another program may have "
                       "removed it meanwhile); nothing was changed")},
    {"_framework_id_fkey", "frameworks",
     QT_TRANSLATE_NOOP("par::Database",
                       "a criteria framework this change refers to does not exist (another program "
                       "may have removed it meanwhile); nothing was changed")},
    {"_event_id_fkey", "unit_events",
     QT_TRANSLATE_NOOP("par::Database",
                       "a merger, split or renaming this change refers to does not exist (another "
                       "program may have removed it meanwhile); nothing was changed")},
};

// A removal refused because rows still refer to what it removes (the keys ON DELETE RESTRICT), by key.
const std::pair<const char*, const char*> StillReferred[] = {
    {"scores_unit_id_fkey",
     QT_TRANSLATE_NOOP("par::Database",
                       "the unit cannot be removed: scores are still recorded for it; nothing was "
                       "changed")},
    {"scores_criterion_id_fkey",
     QT_TRANSLATE_NOOP("par::Database",
                       "the criterion cannot be removed: scores are still recorded for it; nothing "
                       "was changed")},
    {"par_accounts_unit_id_fkey",
     QT_TRANSLATE_NOOP("par::Database",
                       "the unit cannot be removed: an account still belongs to it; nothing was "
                       "changed")},
};

// A broken foreign key as a sentence that names what is missing, or what still refers to a row being removed; the
// server's own words name tables and constraints. constraint may be empty (QPSQL's errors do not carry it): it is then
// found in the message. Only the first line counts (QPSQL's text goes on with the detail, which names the other
// table): it names the referenced table only when a removal broke the key ("update or delete on table "units"
// violates ... on table "scores""), in whichever language the server speaks.
QString foreignKeyMessage(QString constraint, const QString& text)
{
    const QString primary = text.section(u'\n', 0, 0);
    static const QRegularExpression named(QStringLiteral("([a-z_]+_fkey)"));
    if (constraint.isEmpty())
        constraint = named.match(primary).captured(1);
    for (const Parent& parent : Parents) {
        if (!constraint.endsWith(QLatin1String(parent.keySuffix)))
            continue;
        const QString table = QLatin1String(parent.table);
        const bool removal = !constraint.startsWith(table + u'_')
            && primary.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(table)));
        if (!removal)
            return Database::tr(parent.missing);
        for (const auto& [key, words] : StillReferred)
            if (constraint == QLatin1String(key))
                return Database::tr(words);
        break;
    }
    return Database::tr("this change was refused: other records refer to what it removes, or it refers to something "
                        "that does not exist; nothing was changed");
}

} // namespace

// ---- the executor's server side (declared in Sql.cpp) ----

namespace sql {

struct ServerBound
{
    PGconn* conn = nullptr;
    const Cache::ServerText* statement = nullptr;
    std::vector<Param> params;
};

void releaseServer(pg_result* result)
{
    PQclear(result);
}

void releaseServer(ServerBound* bound)
{
    delete bound;
}

int serverSlot(const ServerBound* bound, const char* placeholder)
{
    const auto& names = bound->statement->names;
    const auto found = std::find(names.begin(), names.end(), std::string(placeholder));
    return found == names.end() ? 0 : int(found - names.begin()) + 1;
}

void serverBind(ServerBound* bound, int slot, const QByteArray& text, bool isInteger)
{
    if (slot < 1 || slot > int(bound->params.size()))
        return;
    Param& p = bound->params[size_t(slot - 1)];
    p.null = false;
    p.text = text;
    p.type = isInteger ? Int8Oid : 0;
    p.format = 0;
}

void serverBindNull(ServerBound* bound, int slot)
{
    if (slot >= 1 && slot <= int(bound->params.size()))
        bound->params[size_t(slot - 1)] = Param();
}

Query::Query(Database* db, pg_result* result, std::string name)
    : m_result(result)
    , m_rows(PQntuples(result))
    , m_db(db)
    , m_name(std::move(name))
{
}

QVariant Query::serverValue(int column) const
{
    if (m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column))
        return {};
    const char* text = PQgetvalue(m_result, m_row, column);
    const int length = PQgetlength(m_result, m_row, column);
    switch (PQftype(m_result, column)) {
    case BoolOid:
        return QVariant(qint64(text[0] == 't' ? 1 : 0));
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid:
        return QVariant(QByteArray::fromRawData(text, length).toLongLong());
    case NumericOid: {
        // A sum of bigints is numeric: whole, it stays a whole number, as SQLite's sum of integers does.
        const QByteArray digits = QByteArray::fromRawData(text, length);
        bool whole = false;
        const qint64 value = digits.toLongLong(&whole);
        return whole ? QVariant(value) : QVariant(digits.toDouble());
    }
    case Float4Oid:
    case Float8Oid:
        return QVariant(QByteArray::fromRawData(text, length).toDouble());
    case ByteaOid: {
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
        QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(out);
    }
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

qint64 Query::serverInteger(int column) const
{
    if (m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column))
        return 0;
    if (PQftype(m_result, column) == BoolOid)
        return PQgetvalue(m_result, m_row, column)[0] == 't' ? 1 : 0;
    return QByteArray(PQgetvalue(m_result, m_row, column)).toLongLong();
}

Prepared::Prepared(Database* db, ServerBound* bound, std::string name)
    : m_bound(bound)
    , m_db(db)
    , m_name(std::move(name))
{
}

Result<qint64> Prepared::serverRun()
{
    PGresult* r = execute(m_bound->conn, m_bound->statement->text, m_bound->params);
    if (!succeeded(r)) {
        const QString text = messageOf(r, m_bound->conn);
        const QByteArray state = stateOf(r);
        const QString constraint = constraintOf(r);
        const std::optional<Error> refused = m_db->serverRefusal(r);
        PQclear(r);
        if (refused)
            return *refused;
        Error error = m_db->serverFailure(QString::fromStdString(m_name), state, text, constraint);
        if (error.message == text)
            error.message = Database::tr("%1 (statement %2)").arg(text, QString::fromStdString(m_name));
        return error;
    }
    qint64 first = 0;
    if (PQntuples(r) > 0 && PQnfields(r) > 0 && !PQgetisnull(r, 0, 0))
        first = QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
    PQclear(r);
    return first;
}

} // namespace sql

// ---- Database ----

bool Database::isServerUri(const QString& path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

int Database::serverBaseline()
{
    QFile file(QStringLiteral(":/sql/pg/baseline.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression marker(QStringLiteral("^-- baseline: (\\d+)"), QRegularExpression::MultilineOption);
    const auto match = marker.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

namespace {

// libpq's keywords for an address, and the password when there is one; keys and values live as long as the lists.
struct ConnectParams
{
    QList<QByteArray> keys;
    QList<QByteArray> values;
    std::vector<const char*> keyPointers;
    std::vector<const char*> valuePointers;

    void add(const char* key, const QString& value)
    {
        if (value.isEmpty())
            return;
        keys << QByteArray(key);
        values << value.toUtf8();
    }
    void finish()
    {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            keyPointers.push_back(keys[i].constData());
            valuePointers.push_back(values[i].constData());
        }
        keyPointers.push_back(nullptr);
        valuePointers.push_back(nullptr);
    }
};

void fill(ConnectParams& params, const ServerAddress& address, const QString& password)
{
    params.add("host", address.host);
    params.add("port", address.port > 0 ? QString::number(address.port) : QString());
    params.add("dbname", address.database);
    params.add("user", address.user);
    params.add("password", password);
    for (const auto& [key, value] : address.options)
        params.add(key.toUtf8().constData(), value);
    if (address.option(QStringLiteral("connect_timeout")).isEmpty())
        params.add("connect_timeout", QStringLiteral("10")); // a wrong address answers within seconds, not minutes
    params.finish();
}

// "host:port" as people typed it; a local socket by its folder.
QString whereOf(const ServerAddress& address)
{
    const QString host = address.host.isEmpty() ? QStringLiteral("localhost") : address.host;
    return address.port > 0 ? host + u':' + QString::number(address.port) : host;
}

} // namespace

Database::ServerCheck Database::checkServer(const QString& uri, const QString& password)
{
    auto address = ServerAddress::parse(uri);
    if (!address)
        return {ServerAccess::Invalid, address.error().message};
    ConnectParams params;
    fill(params, address.value(), password);
    const QString where = whereOf(address.value());
    switch (PQpingParams(params.keyPointers.data(), params.valuePointers.data(), 0)) {
    case PQPING_OK:
        break;
    case PQPING_REJECT:
        return {ServerAccess::Unreachable,
                tr("the server at %1 is starting up or shutting down; try again in a moment").arg(where)};
    case PQPING_NO_ATTEMPT:
        return {ServerAccess::Invalid, tr("%1 is not a valid database address").arg(uri)};
    case PQPING_NO_RESPONSE:
        return {ServerAccess::Unreachable,
                tr("could not reach the server at %1: check the address and the port, and that the server is running "
                   "and accepts connections from this computer")
                    .arg(where)};
    }
    PGconn* conn = PQconnectdbParams(params.keyPointers.data(), params.valuePointers.data(), 0);
    const bool connected = PQstatus(conn) == CONNECTION_OK;
    const bool needsPassword = !connected && PQconnectionNeedsPassword(conn);
    const bool usedPassword = !connected && PQconnectionUsedPassword(conn);
    if (!connected)
        qCInfo(lcSql).noquote() << "connecting to" << where << "failed:" << QString::fromUtf8(PQerrorMessage(conn));
    PQfinish(conn);
    const QString user = address->user.isEmpty() ? tr("your user name") : address->user;
    if (connected)
        return {ServerAccess::Ready, QString()};
    if (needsPassword)
        return {ServerAccess::PasswordNeeded, tr("the server at %1 asks for the password of %2").arg(where, user)};
    if (usedPassword)
        return {ServerAccess::WrongPassword, tr("wrong user name or password for %1 at %2").arg(user, where)};
    return {ServerAccess::Refused,
            tr("the server at %1 did not let %2 into the database %3: check the names, or ask "
               "the server's administrator whether this user may connect to it")
                .arg(where, user, address->database)};
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& uri, bool mayCreate, int maxVersion,
                                                       const QString& password)
{
    auto address = ServerAddress::parse(uri);
    if (!address)
        return address.error();
    static QAtomicInt counter;
    std::unique_ptr<Database> db(new Database);
    db->m_path = uri;
    db->m_connection = QStringLiteral("parindex-server-%1").arg(counter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connection);
    if (!db->m_db.isValid())
        return Error::storage(tr("the PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)"));
    db->m_db.setHostName(address->host);
    if (address->port > 0)
        db->m_db.setPort(address->port);
    db->m_db.setDatabaseName(address->database);
    db->m_db.setUserName(address->user);
    if (!password.isEmpty())
        db->m_db.setPassword(password);
    db->m_db.setConnectOptions(connectOptions(address.value()).join(u';'));
    if (!db->m_db.open())
        return Error::storage(tr("cannot connect to %1: %2").arg(uri, db->m_db.lastError().databaseText().trimmed()));
    const QVariant handle = db->m_db.driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef.
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        db->m_server = *static_cast<PGconn* const*>(handle.constData());
    if (!db->m_server)
        return Error::storage(tr("cannot reach the PostgreSQL connection of %1").arg(uri));
    PQsetNoticeProcessor(db->m_server, quietNotices, nullptr);
    if (Status s = db->serverConfigure(mayCreate); !s)
        return s.error();
    if (Status s = db->migrate(maxVersion); !s)
        return s.error();
    if (Status s = db->serverReadAccount(); !s)
        return s.error();
    return db;
}

namespace {

// The first look at a server database: its tables (ours, none, or another program's), then, only where they are
// ours, its schema version and the connected account in one more round trip. Asked of a new or another program's
// database, the version's statement would fail and leave an ERROR in the server's log at every init. The server runs
// each statement of a script only if the ones before it succeeded, so a schema before accounts (10) answers fewer.
struct FirstLook
{
    bool ours = false;
    bool empty = false;
    int version = -1; // unknown
    std::optional<Database::Account> account;
};

// A text column of a one-row answer; NULL as a null string.
QString textOf(const PGresult* r, int column)
{
    return PQgetisnull(r, 0, column) ? QString() : QString::fromUtf8(PQgetvalue(r, 0, column));
}

constexpr const char* TablesScript = "SELECT count(*) FILTER (WHERE c.relname = 'schema_migrations'), count(*) "
                                     "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'p')";

QByteArray versionScript()
{
    return "SELECT coalesce(max(version), 0) FROM schema_migrations;\n" + sql::serverText("audit.account");
}

// A script's first statement's failure as the server gave it: its SQLSTATE and message.
struct Failure
{
    bool failed = false;
    QByteArray sqlState;
    QString text;
};

// Gives each one-row answer of a script's statements to answer, in order, until a statement fails (the server runs no
// more); the first statement's failure, if it failed.
Failure answersOf(PGconn* server, const char* script, const std::function<void(int, const PGresult*)>& answer)
{
    if (!PQsendQuery(server, script))
        return {true, QByteArray(), QString::fromUtf8(PQerrorMessage(server))};
    int answered = 0;
    Failure failure;
    while (PGresult* r = PQgetResult(server)) {
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
            answer(answered++, r);
        else if (answered == 0 && !failure.failed)
            failure = {true, stateOf(r), messageOf(r, server)};
        PQclear(r);
    }
    return failure;
}

} // namespace

Status Database::serverConfigure(bool mayCreate)
{
    // Ours, new, or another program's: refused before anything is written, as a foreign SQLite file is.
    FirstLook look;
    Failure failed = answersOf(m_server, TablesScript, [&look](int, const PGresult* r) {
        look.ours = QByteArray(PQgetvalue(r, 0, 0)) != "0";
        look.empty = QByteArray(PQgetvalue(r, 0, 1)) == "0";
    });
    if (!failed.failed && look.ours) {
        failed = answersOf(m_server, versionScript().constData(), [&look](int answer, const PGresult* r) {
            if (answer == 0)
                look.version = QByteArray(PQgetvalue(r, 0, 0)).toInt();
            else
                look.account = Account {textOf(r, 0), QByteArray(PQgetvalue(r, 0, 1)).toLongLong(), textOf(r, 2)};
        });
    }
    if (failed.failed)
        return serverFailure(QStringLiteral("probe"), failed.sqlState, failed.text);
    if (look.ours) {
        m_serverVersion = look.version;
        if (look.account) {
            m_account = *look.account;
            m_accountRead = true;
        }
        return success();
    }
    if (!look.empty)
        return Error::storage(
            tr("%1 holds another program's tables, not a parindex database; it was left as it was").arg(m_path));
    if (!mayCreate)
        return Error::storage(tr("%1 holds no parindex database yet (parindex init --db %1 creates it)").arg(m_path));
    return execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                     "applied_at TEXT NOT NULL)"));
}

Status Database::serverMigrate(int maxVersion)
{
    const int latest = latestVersion();
    const int baseline = serverBaseline();
    const int target = maxVersion < 0 ? latest : qMin(maxVersion, latest);
    const int current = schemaVersion();
    if (current < 0)
        return Error::storage(tr("cannot read the schema version of %1").arg(m_path));
    if (current > latest)
        return Error::storage(tr("%1 was written by a newer parindex (schema %2, this program knows %3)")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(latest));
    auto apply = [this](const QString& path, int from, int to) -> Status {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(tr("migration %1 is missing from the program").arg(to));
        // Whole or not at all, recorded in the same transaction; two programs upgrading at once take turns.
        const QString script
            = QStringLiteral("BEGIN;\nSELECT pg_advisory_xact_lock(5041524900000002);\n%1\n"
                             "INSERT INTO schema_migrations SELECT v, %2 FROM generate_series(%3, %4) v;"
                             "\nCOMMIT;")
                  .arg(QString::fromUtf8(file.readAll()), QLatin1String(ServerTimestamp))
                  .arg(from)
                  .arg(to);
        if (Status s = execScript(script); !s) {
            execScript(QStringLiteral("ROLLBACK"));
            if (const QString login = serverLacksCreateRole();
                !login.isEmpty() && script.contains(QLatin1String("CREATE ROLE")))
                return Error::storage(
                    tr("%1 may not create the database's group roles, which schema %2 of %3 needs: the "
                       "database's owner needs CREATEROLE (as a superuser: ALTER ROLE %1 CREATEROLE), "
                       "or a superuser runs parindex init on it once")
                        .arg(login)
                        .arg(to)
                        .arg(m_path));
            return Error::storage(
                tr("upgrading %1 to schema %2 failed: %3").arg(m_path).arg(to).arg(s.error().message));
        }
        return success();
    };
    int version = current;
    if (version == 0 && target > 0) {
        if (target < baseline)
            return Error::usage(tr("a server database starts at schema %1").arg(baseline));
        m_accountRead = false;
        m_serverVersion = -1;
        if (Status s = apply(QStringLiteral(":/sql/pg/baseline.sql"), 1, baseline); !s)
            return s;
        version = baseline;
    }
    for (++version; version <= target; ++version) {
        QString path = migrationIn(QStringLiteral(":/sql/pg"), version);
        if (path.isEmpty())
            path = migrationIn(QStringLiteral(":/sql"), version);
        if (path.isEmpty())
            continue; // a number not merged into this build yet (see latestVersion)
        m_accountRead = false; // the accounts may be new, or read differently
        m_serverVersion = -1;
        if (Status s = apply(path, version, version); !s)
            return s;
    }
    if (m_serverVersion < 0)
        m_serverVersion = schemaVersion(); // as migrated; -1 (asked each time) if it cannot be read
    return success();
}

QString Database::serverLacksCreateRole()
{
    PGresult* r = PQexec(m_server,
                         "SELECT current_user, rolsuper OR rolcreaterole FROM pg_roles "
                         "WHERE rolname = current_user");
    const bool lacks = succeeded(r) && PQntuples(r) == 1 && QByteArray(PQgetvalue(r, 0, 1)) == "f";
    const QString login = lacks ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
    PQclear(r);
    return login;
}

Error Database::serverFailure(const QString& what, const QByteArray& sqlState, const QString& databaseText,
                              const QString& constraint) const
{
    qCDebug(lcSql).noquote() << m_path << what << sqlState << databaseText;
    if (sqlState == "23503")
        return Error::input(foreignKeyMessage(constraint, databaseText));
    // Lock not available (the writer's turn did not come within the timeout), serialization failure, deadlock.
    if (sqlState == "55P03" || sqlState == "40001" || sqlState == "40P01")
        return Error::storage(tr("another program is writing to the database; try again"));
    if (sqlState == "25006")
        return Error::storage(tr("the database is read-only"));
    if (sqlState == "53100")
        return Error::storage(tr("the server's disk is full"));
    if (sqlState.startsWith("08") || PQstatus(m_server) != CONNECTION_OK) {
        if (!m_reconnectError.isEmpty())
            return Error::storage(
                tr("the connection to the server was lost, and connecting again failed: %1").arg(m_reconnectError));
        return Error::storage(tr("the connection to the server was lost: %1").arg(databaseText));
    }
    return Error::storage(databaseText);
}

std::optional<Error> Database::serverRefusal(const PGresult* r) const
{
    return serverRefusal(stateOf(r), messageOf(r, m_server), detailOf(r));
}

std::optional<Error> Database::serverRefusal(const QByteArray& sqlState, const QString& text,
                                             const QString& detail) const
{
    if (text.startsWith(QLatin1String("finalised")))
        return lockRefusal(text);
    if (sqlState != "42501")
        return std::nullopt;
    const Permissions account = Permissions::of(*this);
    // Our own rules (010_roles.sql) say what was refused in the detail: role|own unit|unit|stage.
    if (text.startsWith(QLatin1String("not permitted:"))) {
        const QStringList fields = detail.split(u'|');
        const QString subject = fields.value(2);
        if (subject == QLatin1String("accounts"))
            return Error::input(
                tr("your account (%1) may not manage accounts; the secretariat does").arg(account.describe()));
        if (subject == QLatin1String("<superuser>"))
            return Error::input(tr("a superuser is not given a parindex role"));
        if (subject == QLatin1String("<self>"))
            return Error::input(tr("an account cannot remove itself"));
        return account.scoreRefusal(subject, fields.value(3) == QLatin1String("self") ? Stage::Self : Stage::Final);
    }
    // The grants and the policies: "permission denied for table X", "... violates row-level security policy for
    // table "X"".
    static const QRegularExpression table(QStringLiteral("(?:table|function) \"?([A-Za-z_]+)\"?"));
    const QRegularExpressionMatch match = table.match(text);
    return Error::input(tr("your account (%1) may not change %2")
                            .arg(account.describe(), thingsIn(match.hasMatch() ? match.captured(1) : QString())));
}

Status Database::serverReadAccount()
{
    if (m_accountRead) // in the first look, and no migration since
        return success();
    if (schemaVersion() < 10) // an older schema, kept on purpose by a test of upgrades: no accounts yet
        return success();
    auto read = run("audit.account");
    if (!read)
        return read.error();
    if (read.value().next()) {
        m_account.role = read.value().value(0).toString();
        m_account.unitId = read.value().integer(1);
        m_account.unitName = read.value().value(2).toString();
    }
    return success();
}

Result<QString> Database::encryptPassword(const QString& login, const QString& password)
{
    if (!m_server)
        return Error::usage(tr("a database file has no accounts"));
    char* encrypted
        = PQencryptPasswordConn(m_server, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        return Error::storage(tr("cannot encrypt the password: %1").arg(QString::fromUtf8(PQerrorMessage(m_server))));
    const QString out = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return out;
}

// The server dropped the connection (it restarted, the network was cut, an administrator ended the session): the next
// statement finds it so (a first read takes the server's farewell, a second the closed socket) and connects again,
// once, with the same parameters and password. PQreset keeps the handle, which QPSQL and the prepared statements share.
// Only outside a transaction: what one had written went with the connection, and its remaining statements fail with the
// loss until it ends. A new connection that fails leaves the statement to fail with the reason.
void Database::serverReconnectIfLost()
{
    if (!m_server || m_inTransaction)
        return;
    if (PQstatus(m_server) == CONNECTION_OK) {
        m_serverIdle = PQtransactionStatus(m_server) == PQTRANS_IDLE;
        if (!m_serverIdle || (PQconsumeInput(m_server) == 1 && PQconsumeInput(m_server) == 1))
            return;
    }
    if (!m_serverIdle)
        return;
    // After an attempt that waited for a server that did not answer (connect_timeout, 10 s), the next is made no
    // sooner than as long again after it: the rest of an action's statements fail at once with its reason instead of
    // each waiting on the window's thread, and at most half the time goes in waiting. One that failed at once (no
    // route, refused) is made again at every statement, so that the first after the network is back connects.
    if (!m_reconnectError.isEmpty() && !m_reconnectPause.hasExpired())
        return;
    QElapsedTimer waited;
    waited.start();
    PQreset(m_server);
    if (PQstatus(m_server) != CONNECTION_OK) {
        qCDebug(lcSql).noquote() << m_path << "cannot connect again:" << PQerrorMessage(m_server);
        const qint64 wait = waited.elapsed();
        const bool answered = wait < 1000;
        m_reconnectPause.setRemainingTime(answered ? 0 : wait);
        // In the plain words of the first connection (no server there, the login refused), else libpq's own; not
        // asked again after a wait for a server that does not answer, which would double it.
        m_reconnectError = answered ? checkServer(m_path, m_db.password()).message : QString();
        if (m_reconnectError.isEmpty())
            m_reconnectError = QString::fromUtf8(PQerrorMessage(m_server)).simplified();
        return;
    }
    m_reconnectError.clear();
    ++m_reconnects;
    qCDebug(lcSql).noquote() << m_path << "connected again";
    // What QPSQL set on opening the connection, and the notifications listened to (their socket is a new one).
    PQclear(PQexec(m_server, "SET CLIENT_ENCODING TO 'UNICODE'; SET DATESTYLE TO 'ISO'; SET bytea_output TO escape"));
    if (QSqlDriver* driver = m_db.driver()) {
        for (const QString& channel : driver->subscribedToNotifications()) {
            driver->unsubscribeFromNotification(channel);
            driver->subscribeToNotification(channel);
        }
    }
}

Status Database::serverExecScript(const QString& script)
{
    serverReconnectIfLost();
    PGresult* r = PQexec(m_server, script.toUtf8().constData());
    if (succeeded(r)) {
        PQclear(r);
        return success();
    }
    const QString text = messageOf(r, m_server);
    const QByteArray state = stateOf(r);
    const QString constraint = constraintOf(r);
    const std::optional<Error> refused = serverRefusal(r);
    PQclear(r);
    if (refused)
        return *refused;
    return serverFailure(script.left(2000), state, text, constraint);
}

Status Database::serverCopyIn(const QByteArray& copyStatement, const QByteArray& rows)
{
    static constexpr qsizetype Chunk = 1 << 20;
    qsizetype at = 0;
    return serverCopyIn(copyStatement, [&rows, &at]() {
        const qsizetype size = std::min(Chunk, rows.size() - at);
        const QByteArray chunk = QByteArray::fromRawData(rows.constData() + at, size);
        at += size;
        return chunk;
    });
}

Status Database::serverCopyIn(const QByteArray& copyStatement, const std::function<QByteArray()>& next)
{
    PGresult* r = PQexec(m_server, copyStatement.constData());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        const Error e = serverFailure(QString::fromUtf8(copyStatement), stateOf(r), messageOf(r, m_server));
        PQclear(r);
        return e;
    }
    PQclear(r);
    for (QByteArray chunk = next(); !chunk.isEmpty(); chunk = next()) {
        if (PQputCopyData(m_server, chunk.constData(), int(chunk.size())) != 1)
            break;
    }
    PQputCopyEnd(m_server, nullptr);
    Status out = success();
    while (PGresult* done = PQgetResult(m_server)) {
        if (PQresultStatus(done) != PGRES_COMMAND_OK && out)
            out = serverFailure(QString::fromUtf8(copyStatement), stateOf(done), messageOf(done, m_server),
                                constraintOf(done));
        PQclear(done);
    }
    return out;
}

Status Database::serverCheckKeys()
{
    auto dangling = run("scores.dangling");
    if (!dangling)
        return dangling.error();
    // Three counts: always one row.
    if (!dangling.value().next())
        return Error::storage(tr("cannot count the values whose unit or criterion does not exist"));
    QStringList problems;
    if (const qint64 units = dangling.value().integer(0))
        problems << tr("%n value(s) refer to a unit that does not exist", nullptr, int(units));
    if (const qint64 criteria = dangling.value().integer(1))
        problems << tr("%n value(s) refer to a criterion that does not exist", nullptr, int(criteria));
    if (const qint64 failing = dangling.value().integer(2))
        problems << tr(
            "%n value(s) fail the table's checks (an unknown stage, a value below zero or a version below 1)", nullptr,
            int(failing));
    if (!problems.isEmpty())
        return Error::storage(problems.join(u'\n'));
    auto pending = run("scores.keys_not_validated");
    if (!pending)
        return pending.error();
    QStringList validations;
    while (pending.value().next())
        validations << QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                           .arg(pending.value().value(0).toString(), pending.value().value(1).toString());
    for (const QString& validation : validations) {
        if (Status s = serverExecScript(validation); !s)
            return s;
    }
    return success();
}

Result<bool> Database::suspendTriggers(const char* table, const char* trigger)
{
    // Outside a transaction the switch would last: only an open transaction's statements may run without triggers.
    if (!m_server || PQtransactionStatus(m_server) != PQTRANS_INTRANS)
        return false;
    if (Status s = serverExecScript(QStringLiteral("SAVEPOINT par_triggers")); !s)
        return s.error();
    const QByteArray disable = QByteArray("ALTER TABLE ") + table + " DISABLE TRIGGER " + trigger;
    PGresult* r = PQexec(m_server, disable.constData());
    const bool off = PQresultStatus(r) == PGRES_COMMAND_OK;
    const QByteArray state = stateOf(r);
    const QString text = messageOf(r, m_server);
    PQclear(r);
    // 42501: not the owner. The triggers stay on, and log and check every row themselves.
    if (!off && state != "42501")
        return serverFailure(QStringLiteral("suspend triggers"), state, text);
    const QString end
        = off ? QStringLiteral("RELEASE SAVEPOINT par_triggers") : QStringLiteral("ROLLBACK TO SAVEPOINT par_triggers");
    if (Status s = serverExecScript(end); !s)
        return s.error();
    return off;
}

Status Database::resumeTriggers(const char* table, const char* trigger)
{
    if (!m_server)
        return success();
    return serverExecScript(
        QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2").arg(QLatin1String(table), QLatin1String(trigger)));
}

const sql::Cache::ServerText* Database::serverStatement(std::string_view name, Error* error)
{
    auto& cache = m_statements->m_server;
    auto found = cache.find(name);
    if (found != cache.end())
        return &found->second;
    const QByteArray text = sql::serverText(name);
    if (text.isEmpty()) {
        *error = Error::storage(tr("the program has no statement %1").arg(QString::fromUtf8(name.data(), name.size())));
        return nullptr;
    }
    return &cache.emplace(std::string(name), numberPlaceholders(text)).first->second;
}

namespace {

// A named statement's values in the order of its placeholders, each of which needs one.
Result<std::vector<Param>> paramsFor(const sql::Cache::ServerText& statement,
                                     std::initializer_list<sql::Binding> values, const QString& shownName)
{
    std::vector<Param> params(statement.names.size());
    std::vector<bool> bound(statement.names.size(), false);
    for (const auto& [placeholder, value] : values) {
        const auto found = std::find(statement.names.begin(), statement.names.end(), std::string(placeholder));
        if (found == statement.names.end())
            return Error::storage(
                Database::tr("statement %1 has no value named %2").arg(shownName, QLatin1String(placeholder)));
        const size_t index = size_t(found - statement.names.begin());
        params[index] = toParam(value);
        bound[index] = true;
    }
    for (size_t i = 0; i < bound.size(); ++i) {
        if (!bound[i])
            return Error::storage(Database::tr("statement %1 needs a value for %2")
                                      .arg(shownName, u':' + QString::fromStdString(statement.names[i])));
    }
    return params;
}

// A row of serverPairs: the key, then two bytea columns of the same length holding big-endian bigints (int8send, 8
// bytes each), read place by place as pairs; both NULL for none. False if the row is anything else.
bool readPairs(const PGresult* r, int row, const std::function<void(qint64, qint64, qint64)>& visit)
{
    if (PQgetisnull(r, row, 0) || PQgetlength(r, row, 0) != 8)
        return false;
    const qint64 key = qFromBigEndian<qint64>(PQgetvalue(r, row, 0));
    const bool none = PQgetisnull(r, row, 1);
    if (none != bool(PQgetisnull(r, row, 2)))
        return false;
    if (none)
        return true;
    const int length = PQgetlength(r, row, 1);
    if (length % 8 != 0 || PQgetlength(r, row, 2) != length)
        return false;
    const char* firsts = PQgetvalue(r, row, 1);
    const char* seconds = PQgetvalue(r, row, 2);
    for (int at = 0; at < length; at += 8)
        visit(key, qFromBigEndian<qint64>(firsts + at), qFromBigEndian<qint64>(seconds + at));
    return true;
}

} // namespace

Result<pg_result*> Database::serverExecute(std::string_view name, std::initializer_list<sql::Binding> values,
                                           int resultFormat)
{
    const QString shownName = QString::fromUtf8(name.data(), qsizetype(name.size()));
    Error error;
    const sql::Cache::ServerText* statement = serverStatement(name, &error);
    if (!statement)
        return error;
    auto params = paramsFor(*statement, values, shownName);
    if (!params)
        return params.error();
    serverReconnectIfLost();
    PGresult* r = execute(m_server, statement->text, params.value(), resultFormat);
    if (succeeded(r))
        return r;
    return serverRunFailure(r, shownName, values);
}

Result<sql::Query> Database::serverRun(std::string_view name, std::initializer_list<sql::Binding> values)
{
    auto r = serverExecute(name, values);
    if (!r)
        return r.error();
    return sql::Query(this, r.value(), std::string(name));
}

Status Database::serverPairs(std::string_view name, std::initializer_list<sql::Binding> values,
                             const std::function<void(qint64 key, qint64 first, qint64 second)>& visit)
{
    if (!m_server)
        return Error::usage(tr("a database file has no server to ask"));
    auto result = serverExecute(name, values, 1);
    if (!result)
        return result.error();
    PGresult* r = result.value();
    const int rows = PQntuples(r);
    bool readable
        = PQnfields(r) == 3 && PQftype(r, 0) == Int8Oid && PQftype(r, 1) == ByteaOid && PQftype(r, 2) == ByteaOid;
    for (int row = 0; readable && row < rows; ++row)
        readable = readPairs(r, row, visit);
    PQclear(r);
    if (!readable)
        return Error::storage(tr("the server's answer to %1 is not a list of pairs of whole numbers")
                                  .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
    return success();
}

Error Database::serverRunFailure(pg_result* r, const QString& shownName, std::initializer_list<sql::Binding> values)
{
    const QString text = messageOf(r, m_server);
    const QByteArray state = stateOf(r);
    const QString constraint = constraintOf(r);
    const std::optional<Error> refused = serverRefusal(r);
    PQclear(r);
    // The finalisation lock and the account's rights speak for themselves; other failures name the statement, and
    // the log has its values.
    if (refused)
        return *refused;
    QStringList described;
    for (const auto& [placeholder, value] : values)
        described << QStringLiteral(":%1=%2").arg(QLatin1String(placeholder),
                                                  value.isNull() ? QStringLiteral("NULL") : value.toString().left(200));
    Error failed = serverFailure(QStringLiteral("%1 [%2]").arg(shownName, described.join(QStringLiteral(", "))), state,
                                 text, constraint);
    if (failed.message == text)
        failed.message = tr("%1 (statement %2)").arg(text, shownName);
    return failed;
}

Result<sql::Prepared> Database::serverPrepare(std::string_view name)
{
    Error error;
    const sql::Cache::ServerText* statement = serverStatement(name, &error);
    if (!statement)
        return error;
    serverReconnectIfLost();
    auto* bound = new sql::ServerBound;
    bound->conn = m_server;
    bound->statement = statement;
    bound->params.resize(statement->names.size());
    return sql::Prepared(this, bound, std::string(name));
}

} // namespace par
