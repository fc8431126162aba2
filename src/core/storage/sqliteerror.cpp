// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteerror.h"

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "ebb.storage")

namespace ebb {

QString explainSqliteCode(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("the journal is in use by another program (perhaps Ebb is open twice). "
                              "Close the other program and try again; nothing saved was lost.");
    case SQLITE_NOTADB:
        return QStringLiteral("the file is not an Ebb journal, or it is damaged. Ebb did not change it.");
    case SQLITE_CORRUPT:
        return QStringLiteral("the journal file is damaged. Ebb did not change it; "
                              "restore a backup or run 'ebb-cli check' for details.");
    case SQLITE_READONLY:
        // The core cannot promise what its caller keeps (ebb-cli has exited by the time it is read):
        // it says what it knows, that nothing was written; the app adds that the form keeps the typing.
        return QStringLiteral("the journal is read-only. Check the file's permissions; nothing was written.");
    case SQLITE_CANTOPEN:
        return QStringLiteral("the file could not be opened. Check that its folder exists and that you "
                              "may read and write there.");
    case SQLITE_FULL:
        return QStringLiteral("the disk is full. Free some space and try again; nothing was written.");
    case SQLITE_IOERR:
        return QStringLiteral("the disk reported an error while reading or writing the journal.");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QStringLiteral("the system did not allow access to the journal file.");
    case SQLITE_CONSTRAINT:
        if (rc == SQLITE_CONSTRAINT_CHECK) {
            return QStringLiteral("a value is outside its allowed range, so nothing was written.");
        }
        if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
            return QStringLiteral("an entry with that name or date already exists.");
        }
        return QStringLiteral("the change does not fit the journal's rules, so nothing was written.");
    default:
        return QStringLiteral("the journal storage reported an unexpected problem.");
    }
}

Error sqliteError(sqlite3 *db, int rc, const QString &context)
{
    // The connection's extended code is more precise than the primary code a step() returns.
    const int code = db != nullptr ? sqlite3_extended_errcode(db) : rc;
    const int effective = (code & 0xff) == (rc & 0xff) ? code : rc;
    const QString detail =
        db != nullptr ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    qCWarning(lcStorage).noquote() << (context.isEmpty() ? QStringLiteral("storage") : context) << "- SQLite"
                                   << effective << detail;
    QString explanation = explainSqliteCode(effective);
    explanation[0] = explanation[0].toUpper();
    return Error{context.isEmpty() ? explanation : context + QStringLiteral(". ") + explanation, effective, detail};
}

} // namespace ebb
