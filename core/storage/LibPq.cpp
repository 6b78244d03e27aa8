// libpq, loaded when a server connection needs it rather than when the program starts.
//
// Why: every run of parindex paid for loading libpq and what it pulls in (Kerberos, LDAP, GnuTLS, OpenSSL: about 20
// libraries and 10,000 symbol relocations, ~9 ms of CPU per start on the benchmark machine), though only a server
// database (ServerBackend.cpp) uses it, and the commands that a script runs thousands of times (ranking, export)
// never do. The program is not linked with libpq; these functions, with libpq's own names and signatures (checked by
// the compiler against libpq-fe.h), find libpq's on first use. A server connection is always opened by Qt's QPSQL
// driver first, which has loaded libpq already, so the first call only looks it up.
//
// A libpq function used in the program for the first time needs its line below (the link fails with an undefined
// reference until then).
#include <QtGlobal>

#include <libpq-fe.h>

#include <dlfcn.h>

namespace {

void* symbol(const char* name)
{
    static void* const library = [] {
        void* loaded = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        return loaded ? loaded : dlopen("libpq.so.5", RTLD_NOW);
    }();
    void* found = library ? dlsym(library, name) : nullptr;
    if (!found)
        qFatal("parindex: libpq.so.5 (package libpq5) is missing or has no %s: %s", name, dlerror());
    return found;
}

} // namespace

#define PAR_LIBPQ(result, name, params, arguments)                                                                     \
    result name params                                                                                                 \
    {                                                                                                                  \
        static const auto real = reinterpret_cast<decltype(&name)>(symbol(#name));                                     \
        return real arguments;                                                                                         \
    }

extern "C" {

PAR_LIBPQ(void, PQclear, (PGresult * res), (res))
PAR_LIBPQ(char*, PQerrorMessage, (const PGconn* conn), (conn))
PAR_LIBPQ(PGresult*, PQexec, (PGconn * conn, const char* query), (conn, query))
PAR_LIBPQ(PGresult*, PQexecParams,
          (PGconn * conn, const char* command, int nParams, const Oid* paramTypes, const char* const* paramValues,
           const int* paramLengths, const int* paramFormats, int resultFormat),
          (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
PAR_LIBPQ(Oid, PQftype, (const PGresult* res, int field), (res, field))
PAR_LIBPQ(int, PQgetisnull, (const PGresult* res, int row, int field), (res, row, field))
PAR_LIBPQ(int, PQgetlength, (const PGresult* res, int row, int field), (res, row, field))
PAR_LIBPQ(char*, PQgetvalue, (const PGresult* res, int row, int field), (res, row, field))
PAR_LIBPQ(int, PQnfields, (const PGresult* res), (res))
PAR_LIBPQ(int, PQntuples, (const PGresult* res), (res))
PAR_LIBPQ(char*, PQresultErrorField, (const PGresult* res, int fieldcode), (res, fieldcode))
PAR_LIBPQ(char*, PQresultErrorMessage, (const PGresult* res), (res))
PAR_LIBPQ(ExecStatusType, PQresultStatus, (const PGresult* res), (res))
PAR_LIBPQ(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn * conn, PQnoticeProcessor proc, void* arg),
          (conn, proc, arg))
PAR_LIBPQ(ConnStatusType, PQstatus, (const PGconn* conn), (conn))
PAR_LIBPQ(unsigned char*, PQunescapeBytea, (const unsigned char* text, size_t* length), (text, length))
PAR_LIBPQ(void, PQfreemem, (void* ptr), (ptr))
// Not used yet, here for the server's next steps (COPY, notifications, quoting).
PAR_LIBPQ(PGconn*, PQconnectdb, (const char* conninfo), (conninfo))
PAR_LIBPQ(void, PQfinish, (PGconn * conn), (conn))
PAR_LIBPQ(int, PQputCopyData, (PGconn * conn, const char* buffer, int nbytes), (conn, buffer, nbytes))
PAR_LIBPQ(int, PQputCopyEnd, (PGconn * conn, const char* errormsg), (conn, errormsg))
PAR_LIBPQ(int, PQgetCopyData, (PGconn * conn, char** buffer, int async), (conn, buffer, async))
PAR_LIBPQ(PGresult*, PQgetResult, (PGconn * conn), (conn))
PAR_LIBPQ(int, PQconsumeInput, (PGconn * conn), (conn))
PAR_LIBPQ(PGnotify*, PQnotifies, (PGconn * conn), (conn))
PAR_LIBPQ(int, PQsocket, (const PGconn* conn), (conn))
PAR_LIBPQ(int, PQisBusy, (PGconn * conn), (conn))
PAR_LIBPQ(char*, PQescapeIdentifier, (PGconn * conn, const char* str, size_t len), (conn, str, len))
PAR_LIBPQ(char*, PQescapeLiteral, (PGconn * conn, const char* str, size_t len), (conn, str, len))
PAR_LIBPQ(char*, PQcmdTuples, (PGresult * res), (res))
PAR_LIBPQ(char*, PQfname, (const PGresult* res, int field), (res, field))
PAR_LIBPQ(int, PQfnumber, (const PGresult* res, const char* name), (res, name))
PAR_LIBPQ(int, PQserverVersion, (const PGconn* conn), (conn))
PAR_LIBPQ(PGTransactionStatusType, PQtransactionStatus, (const PGconn* conn), (conn))
PAR_LIBPQ(const char*, PQparameterStatus, (const PGconn* conn, const char* name), (conn, name))
PAR_LIBPQ(int, PQbackendPID, (const PGconn* conn), (conn))
PAR_LIBPQ(int, PQsendQuery, (PGconn * conn, const char* query), (conn, query))
PAR_LIBPQ(int, PQsetSingleRowMode, (PGconn * conn), (conn))
PAR_LIBPQ(char*, PQresStatus, (ExecStatusType status), (status))

} // extern "C"
