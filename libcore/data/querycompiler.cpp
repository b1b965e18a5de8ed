// SPDX-License-Identifier: MIT
#include "data/querycompiler.h"

#include "common/textdistance.h"
#include "data/fieldvalidator.h"
#include "db/dialect.h"

#include <QCoreApplication>

#include <limits>

namespace fm::core {

namespace {

struct QuerycompilerTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::QueryCompiler)
};

} // namespace

QueryCompiler::QueryCompiler(const DocTypeTable &table, const Dialect &dialect)
    : m_table(table)
    , m_dialect(dialect)
{}

Error QueryCompiler::unknownField(const QString &field, const QString &where) const
{
    QString message = QuerycompilerTr::tr("%1: \"%2\" is not a field of %3")
                          .arg(where, field, m_table.doctype.name);
    const QString near = closestMatch(field, m_table.columns);
    if (!near.isEmpty())
        message += QuerycompilerTr::tr("; did you mean \"%1\"?").arg(near);
    return Error(ErrorCode::BadRequest, message).withDetail(QStringLiteral("field"), field);
}

bool QueryCompiler::isSecret(const QString &column) const
{
    const auto it = m_table.fieldIndex.constFind(column);
    return it != m_table.fieldIndex.constEnd() && m_table.fieldTypes.at(*it).base == u"Password";
}

// Filtering or sorting on a stored password hash would let a caller probe it.
Error QueryCompiler::secretField(const QString &field, const QString &where) const
{
    return Error(ErrorCode::BadRequest,
                 QuerycompilerTr::tr("%1: \"%2\" is a Password field of %3 and cannot be filtered "
                                     "or sorted on")
                     .arg(where, field, m_table.doctype.name))
        .withDetail(QStringLiteral("field"), field);
}

Result<QStringList> QueryCompiler::selectedColumns(const Query &query) const
{
    if (query.fields.isEmpty())
        return m_table.columns;
    QStringList columns;
    for (const QString &field : query.fields) {
        if (!m_table.hasColumn(field))
            return fail(unknownField(field, QStringLiteral("fields")));
        if (!columns.contains(field))
            columns << field;
    }
    if (!columns.contains(QStringLiteral("name")))
        columns.prepend(QStringLiteral("name")); // every row is addressable
    return columns;
}

Result<QVariant> QueryCompiler::bindValue(const QString &column, const QVariant &value) const
{
    const StorageType storage = m_table.storage.value(column);
    if (value.isNull() || !value.isValid())
        return QVariant();
    Field probe; // a bare field of the column's storage: type checks only, no validators
    probe.fieldname = column;
    FieldTypeInfo type;
    type.storage = storage;
    type.name = type.base = QStringLiteral("Data");
    QVariant canonical;
    if (auto problem = FieldValidator::coerce(probe, type, value, canonical)) {
        return fail(ErrorCode::BadRequest,
                    QuerycompilerTr::tr("filter on \"%1\": %2").arg(column, problem->message));
    }
    return toSqlValue(storage, canonical);
}

Result<QString> QueryCompiler::condition(const Filter &filter, QVariantList &values) const
{
    if (!m_table.hasColumn(filter.field))
        return fail(unknownField(filter.field, QStringLiteral("filters")));
    if (isSecret(filter.field))
        return fail(secretField(filter.field, QStringLiteral("filters")));
    const QString column = m_dialect.quote(filter.field);
    auto bindOne = [&](const QVariant &v) -> Result<void> {
        auto bound = bindValue(filter.field, v);
        if (!bound)
            return fail(bound.error());
        values << *bound;
        return {};
    };
    auto comparison = [&](const char *op) -> Result<QString> {
        if (!filter.value.isValid() || filter.value.isNull()) {
            return fail(
                ErrorCode::BadRequest,
                QuerycompilerTr::tr("filter on \"%1\": compare with a value, or use \"is set\" / "
                                    "\"is not set\" for empty fields")
                    .arg(filter.field));
        }
        if (auto ok = bindOne(filter.value); !ok)
            return fail(ok.error());
        return QStringLiteral("%1 %2 ?").arg(column, QLatin1String(op));
    };
    switch (filter.op) {
    case FilterOp::Eq:
        return comparison("=");
    case FilterOp::Ne:
        return comparison("<>");
    case FilterOp::Lt:
        return comparison("<");
    case FilterOp::Le:
        return comparison("<=");
    case FilterOp::Gt:
        return comparison(">");
    case FilterOp::Ge:
        return comparison(">=");
    case FilterOp::Like:
    case FilterOp::NotLike:
        values << filter.value.toString();
        return m_dialect.likeExpression(column, filter.op == FilterOp::NotLike);
    case FilterOp::In:
    case FilterOp::NotIn: {
        QStringList marks;
        for (const QVariant &v : filter.value.toList()) {
            if (auto ok = bindOne(v); !ok)
                return fail(ok.error());
            marks << QStringLiteral("?");
        }
        return QStringLiteral("%1 %2 (%3)")
            .arg(column,
                 filter.op == FilterOp::In ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                 marks.join(QStringLiteral(", ")));
    }
    case FilterOp::Between: {
        const QVariantList range = filter.value.toList();
        for (const QVariant &v : range) {
            if (auto ok = bindOne(v); !ok)
                return fail(ok.error());
        }
        return QStringLiteral("%1 BETWEEN ? AND ?").arg(column);
    }
    case FilterOp::IsSet:
    case FilterOp::IsNotSet:
        return m_dialect.isSetExpression(column, m_table.storage.value(filter.field),
                                         filter.op == FilterOp::IsSet);
    }
    return fail(ErrorCode::BadRequest, QuerycompilerTr::tr("unsupported filter operator"));
}

// The column and the user are bound or checked against the table; the share table
// is a constant, so no caller-provided text reaches the SQL.
Result<QString> QueryCompiler::restriction(const RowRestriction &rule, QVariantList &values) const
{
    if (rule.none || (rule.userColumn.isEmpty() && !rule.includeShared))
        return QStringLiteral("1 = 0");
    QStringList either;
    if (!rule.userColumn.isEmpty()) {
        if (!m_table.hasColumn(rule.userColumn))
            return fail(unknownField(rule.userColumn, QStringLiteral("rls_field")));
        either << m_dialect.quote(rule.userColumn) + QStringLiteral(" = ?");
        values << rule.user;
    }
    if (rule.includeShared) {
        auto q = [this](const char *column) {
            return m_dialect.quote(QLatin1String(column));
        };
        either << QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4 = ? AND %5 = ? AND %6 = %8 "
                                 "AND %7 IS NULL)")
                      .arg(q("name"), q("share_name"), m_dialect.quote(RowRestriction::kShareTable),
                           q("share_doctype"), q("user"), q("read"), q("deleted_at"),
                           m_dialect.literal(true));
        values << m_table.doctype.name << rule.user;
    }
    return QStringLiteral("(") + either.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

Result<QString> QueryCompiler::where(const Query &query, QVariantList &values) const
{
    if (auto ok = Query::checkBounds(query.filters, query.anyOf); !ok)
        return fail(ok.error());
    QStringList parts;
    if (m_table.softDelete && !query.includeDeleted)
        parts << m_dialect.quote(QStringLiteral("deleted_at")) + QStringLiteral(" IS NULL");
    if (query.restriction) {
        auto part = restriction(*query.restriction, values);
        if (!part)
            return fail(part.error());
        parts << *part;
    }
    for (const Filter &filter : query.filters) {
        auto part = condition(filter, values);
        if (!part)
            return fail(part.error());
        parts << *part;
    }
    if (!query.anyOf.isEmpty()) {
        QStringList either;
        for (const Filter &filter : query.anyOf) {
            auto part = condition(filter, values);
            if (!part)
                return fail(part.error());
            either << *part;
        }
        parts << QStringLiteral("(") + either.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    }
    if (parts.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

Result<SqlStatement> QueryCompiler::select(const Query &query) const
{
    auto columns = selectedColumns(query);
    if (!columns)
        return fail(columns.error());
    SqlStatement statement;
    auto whereText = where(query, statement.values);
    if (!whereText)
        return fail(whereText.error());

    QList<OrderBy> order = query.orderBy;
    if (order.isEmpty())
        order.append(OrderBy{m_table.doctype.sortField, m_table.doctype.sortDescending});
    QStringList orderParts;
    bool byName = false;
    for (const OrderBy &o : order) {
        if (!m_table.hasColumn(o.field))
            return fail(unknownField(o.field, QStringLiteral("order_by")));
        if (isSecret(o.field))
            return fail(secretField(o.field, QStringLiteral("order_by")));
        orderParts << m_dialect.quote(o.field) +
                          (o.descending ? QStringLiteral(" DESC") : QString());
        byName = byName || o.field == u"name";
    }
    if (!byName) // a total order keeps pages stable
        orderParts << m_dialect.quote(QStringLiteral("name"));

    QStringList quoted;
    for (const QString &c : *columns)
        quoted << m_dialect.quote(c);
    statement.sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                        .arg(quoted.join(QStringLiteral(", ")), m_table.quotedTable, *whereText,
                             orderParts.join(QStringLiteral(", ")));
    if (query.limit >= 0 || query.offset > 0) {
        statement.sql += QStringLiteral(" LIMIT ? OFFSET ?");
        // "No limit" as the largest count keeps the clause portable across engines.
        const qint64 limit = query.limit >= 0 ? query.limit : std::numeric_limits<qint64>::max();
        statement.values << limit << std::max(0, query.offset);
    }
    return statement;
}

Result<SqlStatement> QueryCompiler::count(const Query &query) const
{
    SqlStatement statement;
    auto whereText = where(query, statement.values);
    if (!whereText)
        return fail(whereText.error());
    statement.sql =
        QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(m_table.quotedTable, *whereText);
    return statement;
}

Result<SqlStatement> QueryCompiler::countUpTo(const Query &query, qint64 atMost) const
{
    SqlStatement statement;
    auto whereText = where(query, statement.values);
    if (!whereText)
        return fail(whereText.error());
    // The inner LIMIT stops the scan after `atMost` rows; standard SQL, so every dialect
    // runs it as is.
    statement.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1%2 LIMIT ?) AS capped")
                        .arg(m_table.quotedTable, *whereText);
    statement.values << qMax<qint64>(0, atMost);
    return statement;
}

Result<SqlStatement> QueryCompiler::exists(const Query &query) const
{
    SqlStatement statement;
    auto whereText = where(query, statement.values);
    if (!whereText)
        return fail(whereText.error());
    statement.sql =
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1%2)").arg(m_table.quotedTable, *whereText);
    return statement;
}

} // namespace fm::core
