// libpq, the PostgreSQL client library (Debian's libpq-dev). Only SammenPostgres imports this module.
// The header lives in /usr/include/postgresql; naming the folder here builds even without pkg-config.
#include <postgresql/libpq-fe.h>
