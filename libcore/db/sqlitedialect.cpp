// SPDX-License-Identifier: MIT
#include "db/sqlitedialect.h"

#include "db/sql.h"
#include "db/sqlitestatement.h"
#include "db/tablespec.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <QCoreApplication>
#include <sqlite3.h>

namespace fm::core {

namespace {

struct SqlitedialectTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Dialect)
};

} // namespace

namespace {

// SQLite result codes (sqlite3.h); Qt reports them as text in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteConstraint = 19;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

struct DeclaredType
{
    StorageType storage;
    const char *declared;
};

// Every declared type keeps the affinity its values need: dates, times and JSON are
// text so "2024-01-01" or "12" stay what was written (a DATE column would get
// NUMERIC affinity and turn "12" into 12). The suffix tells the semantic type back.
constexpr DeclaredType kDeclaredTypes[] = {
    {StorageType::Text, "TEXT"},      {StorageType::Integer, "INTEGER"},
    {StorageType::Real, "REAL"},      {StorageType::Boolean, "INTEGER_BOOL"},
    {StorageType::Date, "TEXT_DATE"}, {StorageType::Datetime, "TEXT_DATETIME"},
    {StorageType::Time, "TEXT_TIME"}, {StorageType::Json, "TEXT_JSON"},
};

QVariant parseDefault(const QVariant &sqlText)
{
    if (sqlText.isNull())
        return {};
    QString text = sqlText.toString().trimmed();
    if (text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return {};
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        return text.mid(1, text.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
    bool ok = false;
    const qlonglong integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double real = text.toDouble(&ok);
    if (ok)
        return real;
    return text; // an expression such as CURRENT_TIMESTAMP, kept as written
}

} // namespace

SqliteDialect::SqliteDialect(int busyTimeoutMs)
    : m_busyTimeoutMs(busyTimeoutMs)
{}

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDialect::qtDriver() const
{
    return QStringLiteral("QSQLITE");
}

Result<void> SqliteDialect::configureConnection(QSqlDatabase &db) const
{
    // busy_timeout first: switching to WAL needs a lock another connection may hold.
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        auto query = execSql(db, *this, pragma);
        if (!query)
            return fail(query.error().withContext(
                SqlitedialectTr::tr("configuring the SQLite connection")));
    }
    return {};
}

QString SqliteDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QString SqliteDialect::columnType(StorageType storage) const
{
    for (const DeclaredType &t : kDeclaredTypes) {
        if (t.storage == storage)
            return QString::fromLatin1(t.declared);
    }
    return QStringLiteral("TEXT");
}

StorageType SqliteDialect::storageForDeclaredType(const QString &declaredType)
{
    const QString upper = declaredType.trimmed().toUpper();
    for (const DeclaredType &t : kDeclaredTypes) {
        if (upper == QLatin1String(t.declared))
            return t.storage;
    }
    // SQLite's affinity rules (https://sqlite.org/datatype3.html, 3.1), in order.
    if (upper.contains(QLatin1String("INT")))
        return StorageType::Integer;
    if (upper.contains(QLatin1String("CHAR")) || upper.contains(QLatin1String("CLOB")) ||
        upper.contains(QLatin1String("TEXT")) || upper.contains(QLatin1String("BLOB")) ||
        upper.isEmpty())
        return StorageType::Text;
    return StorageType::Real;
}

QString SqliteDialect::literal(const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    default: {
        QString text = value.toString();
        text.replace(u'\'', QLatin1String("''"));
        return u'\'' + text + u'\'';
    }
    }
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::beginRead() const
{
    return QStringLiteral("BEGIN");
}

QString SqliteDialect::likeExpression(const QString &quotedColumn, bool negate) const
{
    // SQLite's LIKE ignores case for ASCII letters only (no ICU in the system build).
    return QStringLiteral("%1 %2LIKE ? ESCAPE '\\'")
        .arg(quotedColumn, negate ? QStringLiteral("NOT ") : QString());
}

QString SqliteDialect::columnDefinition(const ColumnSpec &column, bool primaryKey) const
{
    QString line = quote(column.name) + u' ' + columnType(column.type);
    if (primaryKey)
        line += QStringLiteral(" PRIMARY KEY");
    if (column.notNull)
        line += QStringLiteral(" NOT NULL");
    if (column.defaultValue.isValid())
        line += QStringLiteral(" DEFAULT ") + literal(column.defaultValue);
    return line;
}

QString SqliteDialect::foreignKeyClause(const ForeignKeySpec &foreignKey) const
{
    return QStringLiteral("REFERENCES %1 (%2) ON UPDATE CASCADE")
        .arg(quote(foreignKey.targetTable), quote(foreignKey.targetColumn));
}

QStringList SqliteDialect::createTable(const TableSpec &table) const
{
    QStringList parts;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        parts << columnDefinition(table.columns.at(i), i == 0);
    for (const ForeignKeySpec &fk : table.foreignKeys)
        parts << QStringLiteral("FOREIGN KEY (%1) ").arg(quote(fk.column)) + foreignKeyClause(fk);
    QStringList statements{QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                               .arg(quote(table.name), parts.join(QStringLiteral(",\n    ")))};
    for (const IndexSpec &index : table.indexes)
        statements << createIndex(table.name, index);
    return statements;
}

QString SqliteDialect::createIndex(const QString &table, const IndexSpec &index) const
{
    QStringList columns;
    for (const QString &c : index.columns)
        columns << quote(c);
    return QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
        .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), quote(index.name), quote(table),
             columns.join(QStringLiteral(", ")));
}

QString SqliteDialect::dropIndex(const QString &indexName) const
{
    return QStringLiteral("DROP INDEX IF EXISTS ") + quote(indexName);
}

QString SqliteDialect::dropTable(const QString &table) const
{
    return QStringLiteral("DROP TABLE ") + quote(table);
}

QString SqliteDialect::addColumn(const QString &table, const ColumnSpec &column,
                                 const ForeignKeySpec &foreignKey) const
{
    QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                      .arg(quote(table), columnDefinition(column, false));
    if (!foreignKey.targetTable.isEmpty())
        sql += u' ' + foreignKeyClause(foreignKey);
    return sql;
}

QStringList SqliteDialect::rebuildTable(const TableSpec &from, const TableSpec &to) const
{
    // Steps 4-9 of "Making Other Kinds Of Table Schema Changes" in
    // https://sqlite.org/lang_altertable.html; foreign keys are off (beginSchemaChange)
    // and the caller runs foreign_key_check before committing.
    TableSpec staging = to;
    staging.name = QStringLiteral("_fm_rebuild_") + to.name;
    staging.indexes.clear();
    QStringList statements = createTable(staging);

    QStringList copied;
    for (const ColumnSpec &column : to.columns) {
        const bool inFrom = std::any_of(from.columns.cbegin(), from.columns.cend(),
                                        [&](const ColumnSpec &c) { return c.name == column.name; });
        if (inFrom)
            copied << quote(column.name);
    }
    const QString columns = copied.join(QStringLiteral(", "));
    statements
        << QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
               .arg(quote(staging.name), columns, quote(from.name))
        << dropTable(from.name)
        << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(quote(staging.name), quote(to.name));
    for (const IndexSpec &index : to.indexes)
        statements << createIndex(to.name, index);
    return statements;
}

Result<void> SqliteDialect::beginSchemaChange(QSqlDatabase &db) const
{
    auto off = execSql(db, *this, QStringLiteral("PRAGMA foreign_keys = OFF"));
    if (!off)
        return fail(off.error());
    return {};
}

Result<void> SqliteDialect::endSchemaChange(QSqlDatabase &db) const
{
    auto on = execSql(db, *this, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!on)
        return fail(on.error());
    return {};
}

Result<QStringList> SqliteDialect::foreignKeyViolations(QSqlDatabase &db,
                                                        const QString &table) const
{
    auto check =
        execSql(db, *this, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(quote(table)));
    if (!check)
        return fail(check.error());
    // foreign_key_check: table, rowid, parent, fkid
    QStringList lines;
    while (check->next()) {
        lines << SqlitedialectTr::tr("%1 row %2 links to a missing %3 record")
                     .arg(check->value(0).toString(), check->value(1).toString(),
                          check->value(2).toString());
    }
    return lines;
}

Result<QList<LiveTable>> SqliteDialect::introspect(QSqlDatabase &db) const
{
    auto tables =
        execSql(db, *this,
                QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!tables)
        return fail(tables.error());
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();

    QList<LiveTable> result;
    for (const QString &tableName : names) {
        LiveTable live;
        live.spec.name = tableName;
        auto columns =
            execSql(db, *this, QStringLiteral("PRAGMA table_info(%1)").arg(quote(tableName)));
        if (!columns)
            return fail(columns.error());
        // table_info: cid, name, type, notnull, dflt_value, pk
        while (columns->next()) {
            ColumnSpec column;
            column.name = columns->value(1).toString();
            column.type = storageForDeclaredType(columns->value(2).toString());
            column.notNull = columns->value(3).toInt() != 0;
            column.defaultValue = parseDefault(columns->value(4));
            live.declaredTypes << columns->value(2).toString();
            live.spec.columns << column;
        }
        auto keys =
            execSql(db, *this, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quote(tableName)));
        if (!keys)
            return fail(keys.error());
        // foreign_key_list: id, seq, table, from, to, on_update, on_delete, match
        while (keys->next()) {
            ForeignKeySpec fk;
            fk.column = keys->value(3).toString();
            fk.targetTable = keys->value(2).toString();
            fk.targetColumn =
                keys->value(4).isNull() ? QStringLiteral("name") : keys->value(4).toString();
            live.spec.foreignKeys << fk;
        }
        auto indexes =
            execSql(db, *this, QStringLiteral("PRAGMA index_list(%1)").arg(quote(tableName)));
        if (!indexes)
            return fail(indexes.error());
        // index_list: seq, name, unique, origin ("c" CREATE INDEX, "u" UNIQUE, "pk"), partial
        while (indexes->next()) {
            // Indexes SQLite made for the table's own PRIMARY KEY / UNIQUE constraints
            // (sqlite_autoindex_*) belong to the table, not to the index list.
            if (indexes->value(3).toString() == QLatin1String("pk") ||
                indexes->value(1).toString().startsWith(QLatin1String("sqlite_autoindex_")))
                continue;
            IndexSpec index;
            index.name = indexes->value(1).toString();
            index.unique = indexes->value(2).toInt() != 0;
            live.spec.indexes << index;
        }
        for (IndexSpec &index : live.spec.indexes) {
            auto info =
                execSql(db, *this, QStringLiteral("PRAGMA index_info(%1)").arg(quote(index.name)));
            if (!info)
                return fail(info.error());
            while (info->next()) // seqno, cid, name
                index.columns << info->value(2).toString();
        }
        std::sort(live.spec.indexes.begin(), live.spec.indexes.end(),
                  [](const IndexSpec &a, const IndexSpec &b) { return a.name < b.name; });
        result << live;
    }
    return result;
}

bool SqliteDialect::isUniqueViolation(const QSqlError &error) const
{
    const QString text = error.databaseText();
    return (primaryCode(error) == kSqliteConstraint || primaryCode(error) == -1) &&
           (text.contains(QLatin1String("UNIQUE constraint failed")) ||
            text.contains(QLatin1String("PRIMARY KEY constraint failed")));
}

bool SqliteDialect::isForeignKeyViolation(const QSqlError &error) const
{
    return (primaryCode(error) == kSqliteConstraint || primaryCode(error) == -1) &&
           error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"));
}

bool SqliteDialect::isBusy(const QSqlError &error) const
{
    const int code = primaryCode(error);
    if (code == kSqliteBusy || code == kSqliteLocked)
        return true;
    return code == -1 && error.databaseText().contains(QLatin1String("database is locked"));
}

bool SqliteDialect::isMissingTable(const QSqlError &error) const
{
    return error.databaseText().contains(QLatin1String("no such table"));
}

QStringList SqliteDialect::uniqueViolationColumns(const QSqlError &error) const
{
    // "UNIQUE constraint failed: ticket.subject, ticket.customer"
    static const QRegularExpression pattern(QStringLiteral("constraint failed: (.+)$"));
    const QRegularExpressionMatch match = pattern.match(error.databaseText().trimmed());
    if (!isUniqueViolation(error) || !match.hasMatch())
        return {};
    QStringList columns;
    for (const QString &qualified : match.captured(1).split(u',', Qt::SkipEmptyParts)) {
        const QString column = qualified.trimmed().section(u'.', -1);
        if (!column.isEmpty())
            columns << column;
    }
    return columns;
}

// total_changes() counts this connection's own writes (committed or not);
// data_version moves when another connection commits
// (https://sqlite.org/pragma.html#pragma_data_version).
QString SqliteDialect::changeTokenSql() const
{
    return QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version");
}

Result<std::unique_ptr<Statement>> SqliteDialect::prepare(QSqlDatabase &db,
                                                          const QString &sql) const
{
    // Qt's QSQLITE driver hands out its sqlite3 handle; statements on it take part in
    // the transactions Qt Sql queries begin on the same connection.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return fail(ErrorCode::Database,
                    SqlitedialectTr::tr("the connection is not a SQLite connection of Qt's QSQLITE "
                                        "driver; cannot prepare: %1")
                        .arg(sql));
    }
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    return SqliteStatement::prepare(raw, sql, *this);
}

} // namespace fm::core
