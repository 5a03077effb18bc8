// libpq, the PostgreSQL client library (Debian's libpq-dev for building, libpq5 for running). Only SammenPostgres
// imports this module. The header lives in /usr/include/postgresql; naming the folder here builds even without
// pkg-config.
#include <postgresql/libpq-fe.h>

/// NULL once libpq is loaded (it is loaded on the first call that needs it); else what the dynamic loader said
/// when it could not be loaded. LazyLibpq.c says why libpq is not linked at start.
const char *sammen_libpq_missing(void);
