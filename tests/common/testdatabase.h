// SPDX-License-Identifier: MIT
#pragma once

// The database engine a test suite runs on. ctest runs the db, data and permissions
// suites twice (tests/CMakeLists.txt, fm_add_db_test): once on SQLite (label `sqlite`)
// and once with FM_TEST_DB=postgresql on a throwaway cluster (label `postgresql`).
// Without PostgreSQL's binaries the second run skips as a whole, saying why (exit code
// 77, which ctest reports as skipped).

#include "db/connectionpool.h"
#include "pgcluster.h"

#include <QDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace testdb {

inline bool isPostgres()
{
    return qEnvironmentVariable("FM_TEST_DB") == QLatin1String("postgresql");
}

inline QString engineName()
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

// Runs before main(): a PostgreSQL run without PostgreSQL ends here, as skipped.
inline const bool kEngineChecked = [] {
    if (!isPostgres())
        return true;
    const QString why = PgCluster::unavailableReason();
    if (!why.isEmpty()) {
        std::printf("SKIP: the PostgreSQL run of this suite: %s\n", qPrintable(why));
        std::fflush(stdout);
        std::_Exit(77);
    }
    return true;
}();

// A database for one test: the SQLite file `file` in `dir`, or a new database on the
// process's PostgreSQL cluster. An empty URL (with a warning) when the cluster fails.
inline fm::core::DatabaseConfig config(const QString &dir,
                                       const QString &file = QStringLiteral("site.sqlite"))
{
    fm::core::DatabaseConfig config;
    if (!isPostgres()) {
        config.path = QDir(dir).filePath(file);
        return config;
    }
    config.engine = QStringLiteral("postgresql");
    QString error;
    PgCluster *cluster = PgCluster::shared(&error);
    if (cluster)
        config.url = cluster->createDatabase(&error);
    if (config.url.isEmpty())
        qWarning().noquote() << "the test PostgreSQL cluster failed:" << error;
    return config;
}

} // namespace testdb
