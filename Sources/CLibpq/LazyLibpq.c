// libpq is loaded when a PostgreSQL store is first opened, not when the program starts: linked in the ordinary
// way, libpq and the ~20 libraries it needs (Kerberos, LDAP, TLS…) were mapped and relocated by every `sammen`
// process, about 4.5 ms of CPU before main even for a folder store (#19). The functions SammenPostgres calls are
// defined here with libpq's own declarations; each finds the real one in libpq.so.5 on its first call.
// A libpq function that SammenPostgres starts to use needs a line below, or the program does not link.

#include "CLibpq.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *library;
static char failure[512];
static pthread_once_t loading = PTHREAD_ONCE_INIT;

static void load(void) {
    library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *said = dlerror();
        snprintf(failure, sizeof failure, "%s", said ? said : "libpq.so.5 could not be loaded");
    }
}

const char *sammen_libpq_missing(void) {
    pthread_once(&loading, load);
    return library ? NULL : failure;
}

/// The real function, or NULL when libpq cannot be loaded (only the two functions that come before a connection
/// can be called then; SammenPostgres asks sammen_libpq_missing first).
static void *find(const char *name, int required) {
    void *found = sammen_libpq_missing() ? NULL : dlsym(library, name);
    if (!found && required) {
        // Unreachable without a connection, which cannot be made without libpq: a libpq without this function.
        fprintf(stderr, "sammen: libpq.so.5 has no %s\n", name);
        abort();
    }
    return found;
}

#define REAL(name, required) \
    static __typeof__(&name) real; \
    __typeof__(&name) f = __atomic_load_n(&real, __ATOMIC_ACQUIRE); \
    if (!f) { \
        f = (__typeof__(&name))find(#name, required); \
        __atomic_store_n(&real, f, __ATOMIC_RELEASE); \
    }

#define FORWARD(type, name, params, args) \
    type name params { REAL(name, 1) return f args; }
#define FORWARD_VOID(name, params, args) \
    void name params { REAL(name, 1) f args; }

PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values, int expand_dbname) {
    REAL(PQconnectdbParams, 0)
    return f ? f(keywords, values, expand_dbname) : NULL;
}

PQconninfoOption *PQconninfoParse(const char *conninfo, char **errmsg) {
    REAL(PQconninfoParse, 0)
    if (errmsg) *errmsg = NULL;
    return f ? f(conninfo, errmsg) : NULL;
}

FORWARD_VOID(PQclear, (PGresult *res), (res))
FORWARD(char *, PQcmdTuples, (PGresult *res), (res))
FORWARD_VOID(PQconninfoFree, (PQconninfoOption *options), (options))
FORWARD(int, PQconsumeInput, (PGconn *conn), (conn))
FORWARD(char *, PQerrorMessage, (const PGconn *conn), (conn))
FORWARD(char *, PQescapeLiteral, (PGconn *conn, const char *str, size_t len), (conn, str, len))
FORWARD(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))
FORWARD(PGresult *, PQexecParams,
        (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
         const int *paramLengths, const int *paramFormats, int resultFormat),
        (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
FORWARD_VOID(PQfinish, (PGconn *conn), (conn))
FORWARD(char *, PQfname, (const PGresult *res, int field_num), (res, field_num))
FORWARD_VOID(PQfreemem, (void *ptr), (ptr))
FORWARD(int, PQgetCopyData, (PGconn *conn, char **buffer, int async), (conn, buffer, async))
FORWARD(PGresult *, PQgetResult, (PGconn *conn), (conn))
FORWARD(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
FORWARD(int, PQgetlength, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
FORWARD(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
FORWARD(int, PQnfields, (const PGresult *res), (res))
FORWARD(PGnotify *, PQnotifies, (PGconn *conn), (conn))
FORWARD(int, PQntuples, (const PGresult *res), (res))
FORWARD(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))
FORWARD(char *, PQresultErrorMessage, (const PGresult *res), (res))
FORWARD(ExecStatusType, PQresultStatus, (const PGresult *res), (res))
FORWARD(int, PQsendQuery, (PGconn *conn, const char *query), (conn, query))
FORWARD(int, PQserverVersion, (const PGconn *conn), (conn))
FORWARD(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *conn, PQnoticeProcessor proc, void *arg), (conn, proc, arg))
FORWARD(int, PQsocket, (const PGconn *conn), (conn))
FORWARD(ConnStatusType, PQstatus, (const PGconn *conn), (conn))
FORWARD(PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))
