// SPDX-License-Identifier: MIT
#include "db/sql.h"

#include "db/dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace fm::core {

namespace {

struct SqlTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Sql)
};

} // namespace

namespace {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
}

} // namespace

Error sqlError(const QSqlError &error, const Dialect &dialect, const QString &context)
{
    const QString engineText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString prefix = context.isEmpty() ? QString() : context + QStringLiteral(": ");

    if (dialect.isUniqueViolation(error)) {
        const QStringList columns = dialect.uniqueViolationColumns(error);
        QList<FieldError> fields;
        for (const QString &column : columns) {
            fields << FieldError{column, QStringLiteral("duplicate"),
                                 SqlTr::tr("another record already has this value")};
        }
        const QString what =
            columns.isEmpty()
                ? SqlTr::tr("a unique value")
                : SqlTr::tr("the value of %1").arg(columns.join(QStringLiteral(", ")));
        Error out(ErrorCode::Duplicate,
                  prefix + SqlTr::tr("another record already has %1; choose a different value (%2)")
                               .arg(what, engineText),
                  fields);
        out.withDetail(QStringLiteral("fields"), columns);
        return out;
    }
    if (dialect.isForeignKeyViolation(error)) {
        return Error(ErrorCode::Validation,
                     prefix + SqlTr::tr("a linked record does not exist, or the record is still "
                                        "linked from another one; check the Link values (%1)")
                                  .arg(engineText));
    }
    if (dialect.isBusy(error)) {
        Error out(ErrorCode::Database,
                  prefix + SqlTr::tr("the database is locked by another writer and stayed locked "
                                     "past the busy timeout; retry the operation, or raise "
                                     "busy_timeout if this happens often (%1)")
                               .arg(engineText));
        out.withDetail(QStringLiteral("retry"), true);
        return out;
    }
    if (dialect.isStatementTimeout(error)) {
        Error out(ErrorCode::Database,
                  prefix + SqlTr::tr("the statement ran past the statement timeout and was "
                                     "cancelled; retry it, or raise statement_timeout_ms "
                                     "in the site's database settings (%1)")
                               .arg(engineText));
        out.withDetail(QStringLiteral("retry"), true);
        return out;
    }
    Error out(ErrorCode::Database,
              prefix + SqlTr::tr("the database refused the statement: %1").arg(engineText));
    if (dialect.isMissingTable(error))
        out.withDetail(QStringLiteral("missing_table"), true);
    return out;
}

Result<QSqlQuery> execSql(QSqlDatabase db, const Dialect &dialect, const QString &sql,
                          const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(
            sqlError(query.lastError(), dialect, {}).withDetail(QStringLiteral("sql"), sql));
    bindAll(query, values);
    if (!query.exec())
        return fail(
            sqlError(query.lastError(), dialect, {}).withDetail(QStringLiteral("sql"), sql));
    return query;
}

Result<void> execPrepared(QSqlQuery &query, const Dialect &dialect, const QVariantList &values)
{
    bindAll(query, values);
    if (!query.exec()) {
        return fail(sqlError(query.lastError(), dialect, {})
                        .withDetail(QStringLiteral("sql"), query.lastQuery()));
    }
    return {};
}

} // namespace fm::core
