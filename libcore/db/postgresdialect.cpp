// SPDX-License-Identifier: MIT
#include "db/postgresdialect.h"

#include "db/pgdriver.h"
#include "db/pgstatement.h"
#include "db/sql.h"
#include "db/tablespec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>

namespace fm::core {

namespace {

struct PostgresdialectTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Dialect)
};

} // namespace

namespace {

// SQLSTATE codes (https://www.postgresql.org/docs/15/errcodes-appendix.html).
const QLatin1String kUniqueViolation("23505");
const QLatin1String kForeignKeyViolation("23503");
const QLatin1String kUndefinedTable("42P01");
// Lock waits past lock_timeout, serialization failures and deadlocks: a retry may pass.
const QLatin1String kRetryable[] = {QLatin1String("55P03"), QLatin1String("40001"),
                                    QLatin1String("40P01")};

struct DeclaredType
{
    StorageType storage;
    const char *declared;  // what createTable writes
    const char *formatted; // what format_type() reads back
};

// Currency and other Real fields are double precision, as REAL in SQLite: the values
// round-trip unchanged between the engines (docs/adr/0246).
constexpr DeclaredType kDeclaredTypes[] = {
    {StorageType::Text, "text", "text"},
    {StorageType::Integer, "bigint", "bigint"},
    {StorageType::Real, "double precision", "double precision"},
    {StorageType::Boolean, "boolean", "boolean"},
    {StorageType::Date, "date", "date"},
    {StorageType::Datetime, "timestamptz", "timestamp with time zone"},
    {StorageType::Time, "time", "time without time zone"},
    {StorageType::Json, "jsonb", "jsonb"},
};

// pg_get_expr() of a column default: "'Open'::text", "0", "false", "'{}'::jsonb".
QVariant parseDefault(const QVariant &expression)
{
    if (expression.isNull())
        return {};
    static const QRegularExpression cast(QStringLiteral("^(.*)::[a-z ]+(\\[\\])?$"));
    QString text = expression.toString().trimmed();
    if (const QRegularExpressionMatch m = cast.match(text); m.hasMatch())
        text = m.captured(1).trimmed();
    if (text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return {};
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return qint64(text == QLatin1String("true") ? 1 : 0);
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        return text.mid(1, text.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
    bool ok = false;
    const qlonglong integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double real = text.toDouble(&ok);
    if (ok)
        return real;
    return text; // an expression such as now(), kept as written
}

QString stringLiteral(QString text)
{
    text.replace(u'\'', QLatin1String("''"));
    return u'\'' + text + u'\'';
}

const ColumnSpec *findColumn(const TableSpec &table, const QString &name)
{
    for (const ColumnSpec &c : table.columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ForeignKeySpec *findForeignKey(const TableSpec &table, const QString &column)
{
    for (const ForeignKeySpec &fk : table.foreignKeys) {
        if (fk.column == column)
            return &fk;
    }
    return nullptr;
}

} // namespace

PostgresDialect::PostgresDialect(int lockTimeoutMs, int statementTimeoutMs, int connectTimeoutS)
    : m_lockTimeoutMs(lockTimeoutMs)
    , m_statementTimeoutMs(statementTimeoutMs)
    , m_connectTimeoutS(connectTimeoutS)
{}

QString PostgresDialect::name() const
{
    return QStringLiteral("postgresql");
}

QString PostgresDialect::qtDriver() const
{
    return QStringLiteral("FM_LIBPQ"); // our own driver, handed over by createDriver()
}

QSqlDriver *PostgresDialect::createDriver() const
{
    return new PgDriver;
}

QString PostgresDialect::connectOptions() const
{
    // Session settings travel in the startup packet, so a re-established session
    // (db/pgdriver.h) has them too. UTC and ISO dates: timestamps read back as the
    // canonical "...T...Z" text (db/pgvalues.cpp); lock_timeout plays SQLite's
    // busy_timeout.
    return QStringLiteral("connect_timeout=%1;options=-c TimeZone=UTC -c DateStyle=ISO,YMD "
                          "-c lock_timeout=%2 -c statement_timeout=%3 "
                          "-c client_min_messages=warning")
        .arg(m_connectTimeoutS)
        .arg(m_lockTimeoutMs)
        .arg(m_statementTimeoutMs);
}

Result<void> PostgresDialect::configureConnection(QSqlDatabase &db) const
{
    auto version = execSql(db, *this, QStringLiteral("SHOW server_version_num"));
    if (!version)
        return fail(version.error().withContext(
            PostgresdialectTr::tr("configuring the PostgreSQL session")));
    const int number = version->next() ? version->value(0).toString().toInt() : 0;
    if (number < 120000) {
        return fail(ErrorCode::Database,
                    PostgresdialectTr::tr("the PostgreSQL server is version %1; Framework M needs "
                                          "PostgreSQL 12 or later (15 is tested)")
                        .arg(number));
    }
    return {};
}

QString PostgresDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QString PostgresDialect::columnType(StorageType storage) const
{
    for (const DeclaredType &t : kDeclaredTypes) {
        if (t.storage == storage)
            return QString::fromLatin1(t.declared);
    }
    return QStringLiteral("text");
}

StorageType PostgresDialect::storageForDeclaredType(const QString &declaredType)
{
    const QString type = declaredType.trimmed().toLower();
    for (const DeclaredType &t : kDeclaredTypes) {
        if (type == QLatin1String(t.formatted) || type == QLatin1String(t.declared))
            return t.storage;
    }
    if (type.contains(QLatin1String("int")) || type == QLatin1String("serial"))
        return StorageType::Integer;
    if (type.startsWith(QLatin1String("numeric")) || type == QLatin1String("real"))
        return StorageType::Real;
    if (type.startsWith(QLatin1String("timestamp")))
        return StorageType::Datetime;
    if (type.startsWith(QLatin1String("time")))
        return StorageType::Time;
    if (type == QLatin1String("json"))
        return StorageType::Json;
    return StorageType::Text;
}

QString PostgresDialect::literal(const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return stringLiteral(value.toString());
    }
}

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::beginRead() const
{
    // One snapshot for the whole read, as a SQLite read transaction has.
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
}

QString PostgresDialect::likeExpression(const QString &quotedColumn, bool negate) const
{
    // ILIKE: case-insensitive as SQLite's LIKE is; the cast lets dates and numbers match
    // a pattern too, as they do in SQLite where they are stored as text.
    return QStringLiteral("CAST(%1 AS text) %2ILIKE ? ESCAPE '\\'")
        .arg(quotedColumn, negate ? QStringLiteral("NOT ") : QString());
}

QString PostgresDialect::isSetExpression(const QString &quotedColumn, StorageType storage,
                                         bool set) const
{
    // Only text can hold ''; comparing a date or a number with '' is a type error here.
    if (storage == StorageType::Text)
        return Dialect::isSetExpression(quotedColumn, storage, set);
    return quotedColumn + (set ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
}

QString PostgresDialect::columnDefinition(const ColumnSpec &column, bool primaryKey) const
{
    QString line = quote(column.name) + u' ' + columnType(column.type);
    // An integer key numbers itself, as SQLite's INTEGER PRIMARY KEY (rowid) does.
    if (primaryKey && column.type == StorageType::Integer)
        line += QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY");
    if (primaryKey)
        line += QStringLiteral(" PRIMARY KEY");
    if (column.notNull)
        line += QStringLiteral(" NOT NULL");
    if (column.defaultValue.isValid()) {
        QVariant value = column.defaultValue;
        if (column.type == StorageType::Boolean)
            value = value.toBool();
        line += QStringLiteral(" DEFAULT ") + literal(value);
    }
    return line;
}

QString PostgresDialect::foreignKeyClause(const ForeignKeySpec &foreignKey) const
{
    return QStringLiteral("REFERENCES %1 (%2) ON UPDATE CASCADE")
        .arg(quote(foreignKey.targetTable), quote(foreignKey.targetColumn));
}

QStringList PostgresDialect::createTable(const TableSpec &table) const
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

QString PostgresDialect::createIndex(const QString &table, const IndexSpec &index) const
{
    QStringList columns;
    for (const QString &c : index.columns)
        columns << quote(c);
    return QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
        .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), quote(index.name), quote(table),
             columns.join(QStringLiteral(", ")));
}

QString PostgresDialect::dropIndex(const QString &indexName) const
{
    return QStringLiteral("DROP INDEX IF EXISTS ") + quote(indexName);
}

QString PostgresDialect::dropTable(const QString &table) const
{
    // CASCADE drops the foreign keys other tables hold on it (SQLite leaves them
    // dangling); their columns and values stay.
    return QStringLiteral("DROP TABLE %1 CASCADE").arg(quote(table));
}

QString PostgresDialect::addColumn(const QString &table, const ColumnSpec &column,
                                   const ForeignKeySpec &foreignKey) const
{
    QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                      .arg(quote(table), columnDefinition(column, false));
    if (!foreignKey.targetTable.isEmpty())
        sql += u' ' + foreignKeyClause(foreignKey);
    return sql;
}

// The expression that turns a column's values into the new type with the meaning they
// had; values that do not convert fail the statement, and with it the migration.
QString PostgresDialect::convertedColumn(const QString &column, StorageType from,
                                         StorageType to) const
{
    const QString c = quote(column);
    const QString type = columnType(to);
    switch (to) {
    case StorageType::Text:
        if (from == StorageType::Boolean)
            return QStringLiteral("CASE WHEN %1 THEN '1' ELSE '0' END").arg(c);
        if (from == StorageType::Datetime)
            return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', "
                                  "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                .arg(c);
        return QStringLiteral("%1::text").arg(c);
    case StorageType::Boolean:
        if (from == StorageType::Integer || from == StorageType::Real)
            return QStringLiteral("%1 <> 0").arg(c);
        return QStringLiteral("NULLIF(%1::text, '')::boolean").arg(c);
    case StorageType::Integer:
    case StorageType::Real:
        if (from == StorageType::Boolean)
            return QStringLiteral("%1::int::%2").arg(c, type);
        if (from == StorageType::Text)
            return QStringLiteral("NULLIF(%1, '')::%2").arg(c, type);
        return QStringLiteral("%1::%2").arg(c, type);
    case StorageType::Json:
        if (from == StorageType::Text)
            return QStringLiteral("NULLIF(%1, '')::jsonb").arg(c);
        return QStringLiteral("to_jsonb(%1)").arg(c);
    default:
        if (from == StorageType::Text)
            return QStringLiteral("NULLIF(%1, '')::%2").arg(c, type);
        return QStringLiteral("%1::text::%2").arg(c, type);
    }
}

QStringList PostgresDialect::rebuildTable(const TableSpec &from, const TableSpec &to) const
{
    // In place, inside the migration's transaction (PostgreSQL's DDL is transactional):
    // no copy of the rows, and the table keeps its indexes, grants and statistics.
    QStringList statements;
    const QString table = quote(to.name);
    for (const ForeignKeySpec &fk : from.foreignKeys) {
        const ForeignKeySpec *wanted = findForeignKey(to, fk.column);
        if ((wanted && *wanted == fk) || !findColumn(to, fk.column))
            continue; // kept, or goes with its column
        // The constraint's name depends on how it came to be; look it up.
        statements << QStringLiteral(
                          "DO $$DECLARE c name; BEGIN "
                          "SELECT conname INTO c FROM pg_constraint WHERE conrelid = %1::regclass "
                          "AND contype = 'f' AND conkey = ARRAY[(SELECT attnum FROM pg_attribute "
                          "WHERE attrelid = %1::regclass AND attname = %2)]::int2[]; "
                          "IF c IS NOT NULL THEN EXECUTE format('ALTER TABLE %I DROP CONSTRAINT "
                          "%I', %3, c); END IF; END$$")
                          .arg(stringLiteral(table), stringLiteral(fk.column),
                               stringLiteral(to.name));
    }
    for (const ColumnSpec &column : from.columns) {
        if (!findColumn(to, column.name))
            statements
                << QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, quote(column.name));
    }
    for (const ColumnSpec &column : to.columns) {
        const ColumnSpec *current = findColumn(from, column.name);
        if (!current) {
            statements << addColumn(to.name, column, {});
        } else if (current->type != column.type) {
            statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %4")
                              .arg(table, quote(column.name), columnType(column.type),
                                   convertedColumn(column.name, current->type, column.type));
        }
    }
    for (const ForeignKeySpec &fk : to.foreignKeys) {
        const ForeignKeySpec *current = findForeignKey(from, fk.column);
        if (current && *current == fk)
            continue;
        statements
            << QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) ").arg(table, quote(fk.column)) +
                   foreignKeyClause(fk);
    }
    for (const IndexSpec &index : to.indexes) {
        if (!from.indexes.contains(index))
            statements << createIndex(to.name, index);
    }
    return statements;
}

Result<void> PostgresDialect::beginSchemaChange(QSqlDatabase &) const
{
    return {}; // foreign keys stay on: tables change in place, never dropped and copied
}

Result<void> PostgresDialect::endSchemaChange(QSqlDatabase &) const
{
    return {};
}

Result<QStringList> PostgresDialect::foreignKeyViolations(QSqlDatabase &db,
                                                          const QString &table) const
{
    // PostgreSQL checks every key as rows change and as a key is added, so this finds
    // nothing after a statement went through; it is here for the callers' contract. It
    // reads this table's keys only: the whole schema's, once per migrated table, was
    // ~6,000 catalog queries for a new site (docs/benchmarks.md "Build").
    auto live = introspectTable(db, table);
    if (!live)
        return fail(live.error());
    QStringList lines;
    for (const ForeignKeySpec &fk : std::as_const(live->spec.foreignKeys)) {
        auto rows =
            execSql(db, *this,
                    QStringLiteral("SELECT %1 FROM %2 t WHERE t.%3 IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM %4 r WHERE r.%5 = t.%3) LIMIT 20")
                        .arg(quote(QStringLiteral("name")), quote(table), quote(fk.column),
                             quote(fk.targetTable), quote(fk.targetColumn)));
        if (!rows)
            return fail(rows.error());
        while (rows->next()) {
            lines << PostgresdialectTr::tr("%1 row %2 links to a missing %3 record")
                         .arg(table, rows->value(0).toString(), fk.targetTable);
        }
    }
    return lines;
}

Result<QList<LiveTable>> PostgresDialect::introspect(QSqlDatabase &db) const
{
    auto tables = execSql(db, *this,
                          QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n "
                                         "ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') "
                                         "AND n.nspname = current_schema() ORDER BY c.relname"));
    if (!tables)
        return fail(tables.error());
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();

    QList<LiveTable> result;
    for (const QString &tableName : std::as_const(names)) {
        auto live = introspectTable(db, tableName);
        if (!live)
            return fail(live.error());
        result << *live;
    }
    return result;
}

Result<LiveTable> PostgresDialect::introspectTable(QSqlDatabase &db, const QString &tableName) const
{
    LiveTable live;
    live.spec.name = tableName;
    const QString regclass = quote(tableName);
    auto columns =
        execSql(db, *this,
                QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
                               "a.attnotnull, pg_get_expr(d.adbin, d.adrelid) "
                               "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = "
                               "a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = "
                               "?::regclass AND a.attnum > 0 AND NOT a.attisdropped "
                               "ORDER BY a.attnum"),
                {regclass});
    if (!columns)
        return fail(columns.error());
    while (columns->next()) {
        ColumnSpec column;
        column.name = columns->value(0).toString();
        column.type = storageForDeclaredType(columns->value(1).toString());
        column.notNull = columns->value(2).toLongLong() != 0;
        column.defaultValue = parseDefault(columns->value(3));
        live.declaredTypes << columns->value(1).toString();
        live.spec.columns << column;
    }
    auto keys =
        execSql(db, *this,
                QStringLiteral("SELECT a.attname, t.relname, ta.attname FROM pg_constraint c "
                               "JOIN pg_class t ON t.oid = c.confrelid "
                               "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = "
                               "c.conkey[1] JOIN pg_attribute ta ON ta.attrelid = c.confrelid AND "
                               "ta.attnum = c.confkey[1] WHERE c.conrelid = ?::regclass AND "
                               "c.contype = 'f' ORDER BY a.attname"),
                {regclass});
    if (!keys)
        return fail(keys.error());
    while (keys->next()) {
        ForeignKeySpec fk;
        fk.column = keys->value(0).toString();
        fk.targetTable = keys->value(1).toString();
        fk.targetColumn = keys->value(2).toString();
        live.spec.foreignKeys << fk;
    }
    // Indexes but the primary key's, with their columns in key order.
    auto indexes =
        execSql(db, *this,
                QStringLiteral("SELECT i.relname, x.indisunique, array_to_string(ARRAY("
                               "SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY "
                               "k(attnum, ord) JOIN pg_attribute a ON a.attrelid = x.indrelid AND "
                               "a.attnum = k.attnum ORDER BY k.ord), ',') FROM pg_index x JOIN "
                               "pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = ?::regclass "
                               "AND NOT x.indisprimary ORDER BY i.relname"),
                {regclass});
    if (!indexes)
        return fail(indexes.error());
    while (indexes->next()) {
        IndexSpec index;
        index.name = indexes->value(0).toString();
        index.unique = indexes->value(1).toLongLong() != 0;
        index.columns = indexes->value(2).toString().split(u',', Qt::SkipEmptyParts);
        live.spec.indexes << index;
    }
    return live;
}

bool PostgresDialect::isUniqueViolation(const QSqlError &error) const
{
    return error.nativeErrorCode() == kUniqueViolation;
}

bool PostgresDialect::isForeignKeyViolation(const QSqlError &error) const
{
    return error.nativeErrorCode() == kForeignKeyViolation;
}

bool PostgresDialect::isBusy(const QSqlError &error) const
{
    return std::any_of(std::begin(kRetryable), std::end(kRetryable),
                       [&](QLatin1String code) { return error.nativeErrorCode() == code; });
}

bool PostgresDialect::isMissingTable(const QSqlError &error) const
{
    return error.nativeErrorCode() == kUndefinedTable;
}

bool PostgresDialect::isStatementTimeout(const QSqlError &error) const
{
    // query_canceled: statement_timeout, or a cancel request (m never sends one).
    return error.nativeErrorCode() == QLatin1String("57014");
}

QString PostgresDialect::skipLocked() const
{
    return QStringLiteral(" FOR UPDATE SKIP LOCKED");
}

QStringList PostgresDialect::uniqueViolationColumns(const QSqlError &error) const
{
    // db/pgvalues.cpp appends " (columns: subject, customer)" from the error's DETAIL.
    static const QRegularExpression pattern(QStringLiteral("\\(columns: ([^)]*)\\)$"));
    const QRegularExpressionMatch match = pattern.match(error.databaseText());
    if (!isUniqueViolation(error) || !match.hasMatch())
        return {};
    QStringList columns;
    for (const QString &column : match.captured(1).split(u',', Qt::SkipEmptyParts))
        columns << column.trimmed().remove(u'"');
    return columns;
}

Result<std::unique_ptr<Statement>> PostgresDialect::prepare(QSqlDatabase &db,
                                                            const QString &sql) const
{
    auto *driver = dynamic_cast<PgDriver *>(db.driver());
    if (!driver || !driver->connection()) {
        return fail(ErrorCode::Database,
                    PostgresdialectTr::tr("the connection is not an open PostgreSQL connection of "
                                          "Framework M's libpq driver; cannot prepare: %1")
                        .arg(sql));
    }
    return PgStatement::prepare(*driver, sql, *this);
}

} // namespace fm::core
