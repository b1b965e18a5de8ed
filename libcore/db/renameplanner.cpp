// SPDX-License-Identifier: MIT
#include "db/renameplanner.h"

#include "common/textdistance.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "meta/fieldtyperegistry.h"

namespace fm::core {

using Kind = MigrationStep::Kind;

struct RenamePlanner::Schema
{
    QHash<QString, QStringList> tables; // table -> columns

    bool has(const QString &table) const { return tables.contains(table); }
    bool has(const QString &table, const QString &column) const
    {
        return tables.value(table).contains(column);
    }
    QStringList childTables() const // tables of child rows, sorted for a stable plan
    {
        QStringList out;
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            if (it.value().contains(QStringLiteral("parenttype")))
                out << it.key();
        }
        out.sort();
        return out;
    }
};

namespace {

// The names a DocType had from `name` on: `name`, then each later rename of it.
QStringList laterNames(const QString &name, const QList<RenameRecord> &later)
{
    QStringList names{name};
    for (const RenameRecord &r : later) {
        if (r.kind == RenameRecord::Kind::DocType && r.from == names.last())
            names << r.to;
    }
    return names;
}

MigrationStep makeStep(Kind kind, const QString &table, StepClass cls, QString description)
{
    MigrationStep step;
    step.kind = kind;
    step.table = table;
    step.classification = cls;
    step.description = std::move(description);
    return step;
}

} // namespace

RenamePlanner::RenamePlanner(QSqlDatabase db, const Dialect &dialect,
                             const QList<DocType> &doctypes, const FieldTypeRegistry &types)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_doctypes(doctypes)
    , m_types(types)
{}

QString RenamePlanner::quote(const QString &identifier) const
{
    return m_dialect.quote(identifier);
}

Result<qint64> RenamePlanner::count(const QString &table, const QString &where,
                                    const QVariantList &values) const
{
    auto query = execSql(
        m_db, m_dialect,
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(quote(table), where), values);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

// UPDATE `table` SET `column` = to WHERE `column` = from (and `extraWhere`), when a row
// matches; the SQL carries literals because a step's SQL is shown and stored as text.
Result<QStringList> RenamePlanner::rowUpdates(const Schema &schema, const QString &table,
                                              const QString &column, const QString &from,
                                              const QString &to, const QString &extraColumn,
                                              const QVariantList &extraValues, qint64 &rows) const
{
    if (!schema.has(table, column) || (!extraColumn.isEmpty() && !schema.has(table, extraColumn)))
        return QStringList();
    QString where = QStringLiteral("%1 = ?").arg(quote(column));
    QString literalWhere = QStringLiteral("%1 = %2").arg(quote(column), m_dialect.literal(from));
    if (!extraColumn.isEmpty()) {
        where += QStringLiteral(" AND %1 = ?").arg(quote(extraColumn));
        literalWhere += QStringLiteral(" AND %1 = %2")
                            .arg(quote(extraColumn), m_dialect.literal(extraValues.value(0)));
    }
    auto matching = count(table, where, QVariantList{from} + extraValues);
    if (!matching)
        return fail(matching.error());
    if (*matching == 0)
        return QStringList();
    rows += *matching;
    return QStringList{QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4")
                           .arg(quote(table), quote(column), m_dialect.literal(to), literalWhere)};
}

// Rows that store a DocType's name: child rows (parenttype), Link fields to "DocType"
// (Document Share, Custom Permission, an app's DynamicLink companions) and the one
// row of a Single, which is named after its DocType.
Result<QStringList> RenamePlanner::doctypeValueUpdates(const Schema &schema, const QString &from,
                                                       const QString &to, const QString &finalName,
                                                       qint64 &rows) const
{
    QStringList sql;
    const auto add = [&](const QString &table, const QString &column) -> Result<void> {
        auto updates = rowUpdates(schema, table, column, from, to, {}, {}, rows);
        if (!updates)
            return fail(updates.error());
        sql << *updates;
        return {};
    };
    for (const QString &table : schema.childTables()) {
        if (auto done = add(table, QStringLiteral("parenttype")); !done)
            return fail(done.error());
    }
    for (const DocType &doctype : m_doctypes) {
        for (const Field &field : doctype.fields) {
            const FieldTypeInfo info = m_types.type(field.fieldtype);
            if (info.options != OptionsKind::DocType || info.isTable ||
                field.options.trimmed() != QLatin1String("DocType"))
                continue;
            if (auto done = add(doctype.tableName(), field.fieldname); !done)
                return fail(done.error());
        }
        if (doctype.name == finalName && doctype.isSingle) {
            if (auto done = add(snakeCase(to), QStringLiteral("name")); !done)
                return fail(done.error());
        }
    }
    return sql;
}

Result<std::optional<MigrationStep>> RenamePlanner::renameDocType(const RenameRecord &record,
                                                                  const QList<RenameRecord> &later,
                                                                  Schema &schema) const
{
    const QString from = snakeCase(record.from);
    const QString to = snakeCase(record.to);
    const QString finalName = laterNames(record.to, later).last();
    qint64 rows = 0;
    if (from == to) {
        // Only the name changes ("Ticket Category" -> "TicketCategory"): the stored names.
        auto updates = doctypeValueUpdates(schema, record.from, record.to, finalName, rows);
        if (!updates)
            return fail(updates.error());
        if (updates->isEmpty())
            return std::optional<MigrationStep>();
        MigrationStep step = makeStep(Kind::UpdateRows, from, StepClass::Safe,
                                      QStringLiteral("rename DocType \"%1\" to \"%2\" in %3 "
                                                     "stored row(s) (recorded rename)")
                                          .arg(record.from, record.to)
                                          .arg(rows));
        step.sql = *updates;
        step.doctypeFrom = record.from;
        step.doctypeTo = record.to;
        return std::optional<MigrationStep>(step);
    }
    if (!schema.has(from))
        return std::optional<MigrationStep>(); // done, or the table was never created
    MigrationStep step =
        makeStep(Kind::RenameTable, to, StepClass::Safe,
                 QStringLiteral("rename table %1 to %2 (DocType \"%3\" is now \"%4\"; recorded "
                                "rename): rows, indexes and foreign keys stay")
                     .arg(from, to, record.from, record.to));
    step.renameFrom = from;
    step.renameTo = to;
    step.doctypeFrom = record.from;
    step.doctypeTo = record.to;
    step.sql = {m_dialect.renameTable(from, to)};
    if (schema.has(to)) {
        auto oldRows = count(from, QStringLiteral("1 = 1"), {});
        auto newRows = oldRows ? count(to, QStringLiteral("1 = 1"), {}) : oldRows;
        if (!newRows)
            return fail(newRows.error());
        step.classification = StepClass::Dangerous;
        step.description = QStringLiteral("rename table %1 to %2 (DocType \"%3\" is now \"%4\")")
                               .arg(from, to, record.from, record.to);
        step.reason = QStringLiteral("both tables exist: %1 has %2 row(s) and %3 has %4 row(s), "
                                     "so the rename cannot tell which to keep")
                          .arg(from)
                          .arg(*oldRows)
                          .arg(to)
                          .arg(*newRows);
        step.manualPath =
            QStringLiteral("if %1 holds nothing you need, drop it (DROP TABLE %2) and migrate "
                           "again: the rename then keeps the rows of %3; otherwise copy its "
                           "rows into %3 by hand first")
                .arg(to, quote(to), from);
        return std::optional<MigrationStep>(step);
    }
    schema.tables.insert(to, schema.tables.take(from));
    return std::optional<MigrationStep>(step);
}

Result<std::optional<MigrationStep>> RenamePlanner::renameField(const RenameRecord &record,
                                                                const QList<RenameRecord> &later,
                                                                Schema &schema) const
{
    // The DocType's table where the database has it: under the name of the record's
    // time, or a later one when the database is ahead of this record.
    QString table, doctype;
    for (const QString &name : laterNames(record.doctype, later)) {
        if (schema.has(snakeCase(name))) {
            table = snakeCase(name);
            doctype = name;
            break;
        }
    }
    if (table.isEmpty())
        return std::optional<MigrationStep>();
    const bool hasFrom = schema.has(table, record.from);
    const bool hasTo = schema.has(table, record.to);
    if (hasFrom) {
        MigrationStep step =
            makeStep(Kind::RenameColumn, table, StepClass::Safe,
                     QStringLiteral("rename column %1 to %2 (field of DocType \"%3\"; recorded "
                                    "rename): values, indexes and foreign keys stay")
                         .arg(record.from, record.to, doctype));
        step.renameFrom = record.from;
        step.renameTo = record.to;
        step.sql = {m_dialect.renameColumn(table, record.from, record.to)};
        if (hasTo) {
            const QString notNull = QStringLiteral("%1 IS NOT NULL");
            auto fromValues = count(table, notNull.arg(quote(record.from)), {});
            auto toValues =
                fromValues ? count(table, notNull.arg(quote(record.to)), {}) : fromValues;
            if (!toValues)
                return fail(toValues.error());
            step.classification = StepClass::Dangerous;
            step.description = QStringLiteral("rename column %1 to %2 (field of DocType \"%3\")")
                                   .arg(record.from, record.to, doctype);
            step.reason = QStringLiteral("both columns exist: %1 holds %2 value(s) and %3 holds "
                                         "%4, so the rename cannot tell which to keep")
                              .arg(record.from)
                              .arg(*fromValues)
                              .arg(record.to)
                              .arg(*toValues);
            step.manualPath =
                QStringLiteral("if %1 holds nothing you need, drop the column (ALTER TABLE %2 "
                               "DROP COLUMN %3) and migrate again; otherwise copy its values "
                               "into %4 by hand first")
                    .arg(record.to, quote(table), quote(record.to), record.from);
            return std::optional<MigrationStep>(step);
        }
        QStringList &columns = schema.tables[table];
        columns[columns.indexOf(record.from)] = record.to;
        return std::optional<MigrationStep>(step);
    }
    if (hasTo)
        return std::optional<MigrationStep>(); // done
    // No column either way: a Table field, whose name its child rows keep in parentfield.
    qint64 rows = 0;
    QStringList sql;
    QString first;
    for (const QString &child : schema.childTables()) {
        auto updates = rowUpdates(schema, child, QStringLiteral("parentfield"), record.from,
                                  record.to, QStringLiteral("parenttype"), {doctype}, rows);
        if (!updates)
            return fail(updates.error());
        if (!updates->isEmpty() && first.isEmpty())
            first = child;
        sql << *updates;
    }
    if (sql.isEmpty())
        return std::optional<MigrationStep>();
    MigrationStep step =
        makeStep(Kind::UpdateRows, first, StepClass::Safe,
                 QStringLiteral("rename Table field %1 to %2 of DocType \"%3\" in %4 child "
                                "row(s) (recorded rename)")
                     .arg(record.from, record.to, doctype)
                     .arg(rows));
    step.sql = sql;
    return std::optional<MigrationStep>(step);
}

Result<RenamePlanner::Outcome> RenamePlanner::plan(const QList<RenameRecord> &records,
                                                   const QList<LiveTable> &live, bool execute) const
{
    Schema schema;
    for (const LiveTable &table : live) {
        QStringList columns;
        for (const ColumnSpec &column : table.spec.columns)
            columns << column.name;
        schema.tables.insert(table.spec.name, columns);
    }
    const QList<RenameRecord> ordered = RenameLog::ordered(records);
    Outcome outcome;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const RenameRecord &record = ordered.at(i);
        const QList<RenameRecord> later = ordered.mid(i + 1);
        auto step = record.kind == RenameRecord::Kind::DocType
                        ? renameDocType(record, later, schema)
                        : renameField(record, later, schema);
        if (!step)
            return fail(step.error());
        if (!*step)
            continue;
        MigrationStep &planned = **step;
        if (planned.classification != StepClass::Dangerous) {
            if (!execute) {
                outcome.needsWrite = true;
                return outcome;
            }
            for (const QString &sql : std::as_const(planned.sql)) {
                if (auto ran = execSql(m_db, m_dialect, sql); !ran)
                    return fail(ran.error().withContext(
                        QStringLiteral("%1 failed: ").arg(record.describe())));
            }
            // The names rows keep follow the table, in the same step and transaction.
            if (planned.kind == Kind::RenameTable) {
                qint64 rows = 0;
                auto updates = doctypeValueUpdates(schema, record.from, record.to,
                                                   laterNames(record.to, later).last(), rows);
                if (!updates)
                    return fail(updates.error());
                for (const QString &sql : std::as_const(*updates)) {
                    if (auto ran = execSql(m_db, m_dialect, sql); !ran)
                        return fail(ran.error());
                }
                planned.sql << *updates;
                if (rows > 0) {
                    planned.description +=
                        QStringLiteral("; %1 stored name(s) of the DocType updated").arg(rows);
                }
            }
        }
        outcome.steps << planned;
    }
    return outcome;
}

} // namespace fm::core
