// SPDX-License-Identifier: MIT
#include "db/migrationplanner.h"

#include "db/dialect.h"
#include "db/schemamapper.h"
#include "db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fm::core {

namespace {

using Kind = MigrationStep::Kind;

MigrationStep makeStep(Kind kind, const QString &table, StepClass cls, QString description)
{
    MigrationStep step;
    step.kind = kind;
    step.table = table;
    step.classification = cls;
    step.description = std::move(description);
    return step;
}

// Values keep their meaning when the new type can hold every value of the old one.
bool isWidening(StorageType from, StorageType to)
{
    if (to == StorageType::Text)
        return true;
    if (from == StorageType::Boolean)
        return to == StorageType::Integer || to == StorageType::Real;
    return from == StorageType::Integer && to == StorageType::Real;
}

// A field default as the SQL value existing rows get; invalid for defaults that
// mean "the moment of insert" (Today, now), which have no value for old rows.
QVariant backfillValue(const Field &field, StorageType storage)
{
    if (!field.hasDefault())
        return {};
    const QJsonValue value = field.defaultValue;
    const QString text = value.toString().toLower();
    if ((storage == StorageType::Date && text == u"today") ||
        ((storage == StorageType::Datetime || storage == StorageType::Time) && text == u"now"))
        return {};
    switch (storage) {
    case StorageType::Boolean:
        return value.toBool() ? 1 : 0;
    case StorageType::Integer:
        return qint64(value.toDouble());
    case StorageType::Real:
        return value.toDouble();
    case StorageType::Json: {
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    default:
        return value.toVariant().toString();
    }
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

QString typeLabel(const QString &fieldtype, StorageType storage)
{
    return fieldtype.isEmpty() ? SchemaSnapshot::storageName(storage) : fieldtype;
}

} // namespace

TableSpec applyRebuildSteps(TableSpec table, const QList<MigrationStep> &steps)
{
    for (const MigrationStep &step : steps) {
        switch (step.kind) {
        case Kind::ChangeColumnType:
            for (ColumnSpec &c : table.columns) {
                if (c.name == step.column.name)
                    c.type = step.column.type;
            }
            break;
        case Kind::DropColumn:
            table.columns.removeIf([&](const ColumnSpec &c) { return c.name == step.column.name; });
            table.foreignKeys.removeIf(
                [&](const ForeignKeySpec &fk) { return fk.column == step.column.name; });
            break;
        case Kind::AddForeignKey:
        case Kind::DropForeignKey:
            table.foreignKeys.removeIf(
                [&](const ForeignKeySpec &fk) { return fk.column == step.foreignKey.column; });
            if (step.kind == Kind::AddForeignKey)
                table.foreignKeys << step.foreignKey;
            break;
        default:
            break;
        }
    }
    table.indexes.removeIf([&](const IndexSpec &index) {
        return std::any_of(index.columns.cbegin(), index.columns.cend(),
                           [&](const QString &c) { return !findColumn(table, c); });
    });
    return table;
}

MigrationPlanner::MigrationPlanner(QSqlDatabase db, const Dialect &dialect,
                                   const QHash<QString, LiveTable> &live)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_live(live)
{}

QString MigrationPlanner::quote(const QString &identifier) const
{
    return m_dialect.quote(identifier);
}

QString MigrationPlanner::q(const QString &table, const QString &column) const
{
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL")
        .arg(quote(QStringLiteral("name")), quote(column), quote(table));
}

Result<qint64> MigrationPlanner::count(const QString &sql, const QVariantList &values) const
{
    auto query = execSql(m_db, m_dialect, sql, values);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> MigrationPlanner::nonNullCount(const QString &table, const QString &column) const
{
    return count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL")
                     .arg(quote(table), quote(column)));
}

Result<MigrationStep> MigrationPlanner::createTable(const TableSpec &wanted) const
{
    MigrationStep step = makeStep(
        Kind::CreateTable, wanted.name, StepClass::Safe,
        QStringLiteral("create table %1 (%2 columns)").arg(wanted.name).arg(wanted.columns.size()));
    step.sql = m_dialect.createTable(wanted);
    step.createdTable = wanted;
    return step;
}

Result<MigrationStep> MigrationPlanner::dropTable(const LiveTable &live) const
{
    const QString &table = live.spec.name;
    auto rows = count(QStringLiteral("SELECT count(*) FROM %1").arg(quote(table)));
    if (!rows)
        return fail(rows.error());
    MigrationStep step = makeStep(Kind::DropTable, table, StepClass::Dangerous,
                                  QStringLiteral("drop table %1 (its DocType is gone)").arg(table));
    step.sql = {m_dialect.dropTable(table)};
    step.reason = QStringLiteral("dropping the table deletes its %1 row(s)").arg(*rows);
    step.manualPath = QStringLiteral("restore the DocType to keep the data; or back the rows up "
                                     "(SELECT * FROM %1) and run this step's SQL by hand")
                          .arg(quote(table));
    return step;
}

Result<QList<MigrationStep>> MigrationPlanner::diffTable(const DocType &doctype,
                                                         const TableSpec &wanted,
                                                         const LiveTable &liveTable,
                                                         const QJsonObject &snapshot) const
{
    const TableSpec &live = liveTable.spec;
    const QString &table = wanted.name;
    const QHash<QString, SchemaSnapshot::FieldInfo> before = SchemaSnapshot::fields(snapshot);
    QList<MigrationStep> steps;
    auto rows = count(QStringLiteral("SELECT count(*) FROM %1").arg(quote(table)));
    if (!rows)
        return fail(rows.error());

    // Indexes that are gone or changed go first, so a rebuild does not recreate them.
    for (const IndexSpec &index : live.indexes) {
        if (wanted.indexes.contains(index))
            continue;
        MigrationStep step =
            makeStep(Kind::DropIndex, table, StepClass::Safe,
                     QStringLiteral("drop %1index %2 on (%3)")
                         .arg(index.unique ? QStringLiteral("unique ") : QString(), index.name,
                              index.columns.join(QStringLiteral(", "))));
        step.sql = {m_dialect.dropIndex(index.name)};
        step.index = index;
        steps << step;
    }

    for (const ColumnSpec &column : live.columns) {
        if (findColumn(wanted, column.name))
            continue;
        auto values = nonNullCount(table, column.name);
        if (!values)
            return fail(values.error());
        MigrationStep step = makeStep(Kind::DropColumn, table, StepClass::Dangerous,
                                      QStringLiteral("drop column %1").arg(column.name));
        step.column = column;
        step.sql = m_dialect.rebuildTable(live, applyRebuildSteps(live, {step}));
        step.reason = QStringLiteral("dropping the column deletes its values (%1 row(s) have one)")
                          .arg(*values);
        step.manualPath =
            QStringLiteral("keep the field in the DocType (\"hidden\": true) to keep the "
                           "data; or back the values up (%1) and run this step's SQL by hand")
                .arg(q(table, column.name));
        steps << step;
    }

    QList<MigrationStep> added;
    for (const ColumnSpec &column : wanted.columns) {
        const ColumnSpec *current = findColumn(live, column.name);
        if (!current) {
            auto step = addColumn(doctype, wanted, column, *rows);
            if (!step)
                return fail(step.error());
            added << *step;
            continue;
        }
        const Field *field = doctype.field(column.name);
        const SchemaSnapshot::FieldInfo old = before.value(column.name);
        if (current->type != column.type) {
            auto step = changeType(live, *current, column, old.fieldtype,
                                   field ? field->fieldtype : QString());
            if (!step)
                return fail(step.error());
            steps << *step;
        }
        if (field && field->length && old.length && *field->length < *old.length) {
            auto step = narrowLength(table, *field, *old.length);
            if (!step)
                return fail(step.error());
            if (step->classification != StepClass::Safe)
                steps << *step;
        }
        const ForeignKeySpec *wantedKey = findForeignKey(wanted, column.name);
        const ForeignKeySpec *liveKey = findForeignKey(live, column.name);
        if (wantedKey && (!liveKey || !(*liveKey == *wantedKey))) {
            auto step = addForeignKey(live, *wantedKey, liveKey);
            if (!step)
                return fail(step.error());
            steps << *step;
        } else if (!wantedKey && liveKey) {
            MigrationStep step = makeStep(Kind::DropForeignKey, table, StepClass::Warning,
                                          QStringLiteral("drop the foreign key of %1 to %2")
                                              .arg(column.name, liveKey->targetTable));
            step.foreignKey = *liveKey;
            step.sql = m_dialect.rebuildTable(live, applyRebuildSteps(live, {step}));
            step.reason =
                QStringLiteral("the database cannot drop a foreign key in place: the table "
                               "is rebuilt (%1 row(s) copied)")
                    .arg(*rows);
            steps << step;
        }
    }
    steps << added;

    for (const IndexSpec &index : wanted.indexes) {
        if (live.indexes.contains(index))
            continue;
        auto step = createIndex(table, index);
        if (!step)
            return fail(step.error());
        steps << *step;
    }
    return steps;
}

Result<MigrationStep> MigrationPlanner::addColumn(const DocType &doctype, const TableSpec &wanted,
                                                  const ColumnSpec &column, qint64 rows) const
{
    const Field *field = doctype.field(column.name);
    MigrationStep step = makeStep(
        Kind::AddColumn, wanted.name, StepClass::Safe,
        QStringLiteral("add column %1 (%2)")
            .arg(column.name, typeLabel(field ? field->fieldtype : QString(), column.type)));
    step.column = column;
    if (const ForeignKeySpec *fk = findForeignKey(wanted, column.name))
        step.foreignKey = *fk;
    step.sql = {m_dialect.addColumn(wanted.name, column, step.foreignKey)};
    if (field)
        step.backfill = backfillValue(*field, column.type);
    if (step.backfill.isValid()) {
        step.sql << QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NULL")
                        .arg(quote(wanted.name), quote(column.name),
                             m_dialect.literal(step.backfill));
        step.description += QStringLiteral(", existing rows get the default %1")
                                .arg(m_dialect.literal(step.backfill));
    }
    if (field && field->required && rows > 0) {
        step.classification = StepClass::Warning;
        step.reason =
            step.backfill.isValid()
                ? QStringLiteral("required field: the %1 existing row(s) get the default value")
                      .arg(rows)
                : QStringLiteral("required field without a default: the %1 existing row(s) "
                                 "have no value and fail validation on their next save "
                                 "until one is set")
                      .arg(rows);
    }
    return step;
}

Result<MigrationStep> MigrationPlanner::changeType(const TableSpec &live, const ColumnSpec &from,
                                                   const ColumnSpec &to, const QString &fromName,
                                                   const QString &toName) const
{
    const QString fromLabel = typeLabel(fromName, from.type);
    const QString toLabel = typeLabel(toName, to.type);
    MigrationStep step =
        makeStep(Kind::ChangeColumnType, live.name, StepClass::Warning,
                 QStringLiteral("change column %1 from %2 to %3").arg(to.name, fromLabel, toLabel));
    step.column = to;
    step.sql = m_dialect.rebuildTable(live, applyRebuildSteps(live, {step}));
    auto values = nonNullCount(live.name, to.name);
    if (!values)
        return fail(values.error());
    if (isWidening(from.type, to.type)) {
        step.reason = QStringLiteral("widening %1 to %2 keeps every value; the table is rebuilt")
                          .arg(fromLabel, toLabel);
    } else if (*values == 0) {
        step.reason = QStringLiteral("narrowing %1 to %2, but the column holds no values yet; the "
                                     "table is rebuilt")
                          .arg(fromLabel, toLabel);
    } else {
        step.classification = StepClass::Dangerous;
        step.reason = QStringLiteral("narrowing %1 to %2: %3 row(s) hold a value that may not fit "
                                     "the new type")
                          .arg(fromLabel, toLabel)
                          .arg(*values);
        step.manualPath =
            QStringLiteral("review the values (%1) and convert or clear them; once the "
                           "column is empty the change is a warning (--force). Or add a "
                           "new field of type %2 and copy the values over")
                .arg(q(live.name, to.name), toLabel);
    }
    return step;
}

Result<MigrationStep> MigrationPlanner::addForeignKey(const TableSpec &live,
                                                      const ForeignKeySpec &fk,
                                                      const ForeignKeySpec *current) const
{
    MigrationStep step = makeStep(
        Kind::AddForeignKey, live.name, StepClass::Warning,
        current ? QStringLiteral("change the foreign key of %1 from %2 to %3")
                      .arg(fk.column, current->targetTable, fk.targetTable)
                : QStringLiteral("add a foreign key from %1 to %2").arg(fk.column, fk.targetTable));
    step.foreignKey = fk;
    step.sql = m_dialect.rebuildTable(live, applyRebuildSteps(live, {step}));
    const bool targetExists = m_live.contains(fk.targetTable);
    auto dangling =
        targetExists ? count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND %2 "
                                            "NOT IN (SELECT %3 FROM %4)")
                                 .arg(quote(live.name), quote(fk.column), quote(fk.targetColumn),
                                      quote(fk.targetTable)))
                     : nonNullCount(live.name, fk.column);
    if (!dangling)
        return fail(dangling.error());
    if (*dangling == 0) {
        step.reason =
            QStringLiteral("the database cannot add a foreign key in place: the table is rebuilt");
        return step;
    }
    step.classification = StepClass::Dangerous;
    step.reason = QStringLiteral("%1 row(s) link to %2 records that do not exist")
                      .arg(*dangling)
                      .arg(fk.targetTable);
    step.manualPath = QStringLiteral("find them (%1 AND %2 NOT IN (SELECT %3 FROM %4)), create the "
                                     "missing records or clear the values, then migrate again")
                          .arg(q(live.name, fk.column), quote(fk.column), quote(fk.targetColumn),
                               quote(fk.targetTable));
    return step;
}

Result<MigrationStep> MigrationPlanner::createIndex(const QString &table,
                                                    const IndexSpec &index) const
{
    const QString columns = index.columns.join(QStringLiteral(", "));
    MigrationStep step = makeStep(
        Kind::CreateIndex, table, StepClass::Safe,
        QStringLiteral("create %1index %2 on (%3)")
            .arg(index.unique ? QStringLiteral("unique ") : QString(), index.name, columns));
    step.index = index;
    step.sql = {m_dialect.createIndex(table, index)};
    for (const QString &column : index.columns) {
        if (!findColumn(m_live.value(table).spec, column))
            return step; // a new column: no values yet, nothing to check
    }
    if (!index.unique)
        return step;
    // The same unique index under another name (the table or column was renamed): the
    // constraint already holds, only the name changes.
    const QList<IndexSpec> &existing = m_live.value(table).spec.indexes;
    if (std::any_of(existing.cbegin(), existing.cend(), [&](const IndexSpec &live) {
            return live.unique && live.columns == index.columns;
        })) {
        step.description += QStringLiteral(" (the same unique index as before, renamed)");
        return step;
    }
    QStringList quoted, notNull;
    for (const QString &column : index.columns) {
        quoted << quote(column);
        notNull << quote(column) + QStringLiteral(" IS NOT NULL");
    }
    const QString where = notNull.join(QStringLiteral(" AND "));
    auto duplicates =
        count(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 GROUP BY %3 "
                             "HAVING count(*) > 1) AS d")
                  .arg(quote(table), where, quoted.join(QStringLiteral(", "))));
    if (!duplicates)
        return fail(duplicates.error());
    if (*duplicates > 0) {
        step.classification = StepClass::Dangerous;
        step.reason = QStringLiteral("%1 value(s) of (%2) occur more than once")
                          .arg(*duplicates)
                          .arg(columns);
        step.manualPath =
            QStringLiteral("find them (SELECT %1, count(*) FROM %2 GROUP BY %1 HAVING "
                           "count(*) > 1), make them unique, then migrate again")
                .arg(quoted.join(QStringLiteral(", ")), quote(table));
        return step;
    }
    auto values =
        count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(quote(table), where));
    if (!values)
        return fail(values.error());
    if (*values > 0) {
        step.classification = StepClass::Warning;
        step.reason =
            QStringLiteral("the %1 existing value(s) are unique today; from now on duplicates "
                           "are refused")
                .arg(*values);
    }
    return step;
}

Result<MigrationStep> MigrationPlanner::narrowLength(const QString &table, const Field &field,
                                                     int from) const
{
    const int to = *field.length;
    MigrationStep step = makeStep(Kind::NarrowLength, table, StepClass::Safe,
                                  QStringLiteral("shorten %1 from %2 to %3 characters")
                                      .arg(field.fieldname)
                                      .arg(from)
                                      .arg(to));
    auto longer = count(QStringLiteral("SELECT count(*) FROM %1 WHERE length(%2) > ?")
                            .arg(quote(table), quote(field.fieldname)),
                        {to});
    if (!longer)
        return fail(longer.error());
    if (*longer == 0)
        return step; // every value fits: nothing to do in the database
    step.classification = StepClass::Dangerous;
    step.sql = {QStringLiteral("UPDATE %1 SET %2 = substr(%2, 1, %3) WHERE length(%2) > %3")
                    .arg(quote(table), quote(field.fieldname))
                    .arg(to)};
    step.reason = QStringLiteral("%1 value(s) are longer than %2 characters and would be cut")
                      .arg(*longer)
                      .arg(to);
    step.manualPath =
        QStringLiteral("review them (%1 AND length(%2) > %3) and shorten them, or run this "
                       "step's SQL to cut them; then migrate again")
            .arg(q(table, field.fieldname), quote(field.fieldname))
            .arg(to);
    return step;
}

} // namespace fm::core
