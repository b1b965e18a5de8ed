// SPDX-License-Identifier: MIT
#include "data/repository.h"

#include "db/connectionpool.h"
#include "db/sql.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct RepositoryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Repository)
};

} // namespace

Repository::Repository(ConnectionPool &pool)
    : m_pool(pool)
{}

Result<void> Repository::insertRow(const DocTypeTable &table, const Document &doc)
{
    auto query = m_pool.statement(table.insertSql);
    if (!query)
        return fail(query.error());
    QVariantList values;
    values.reserve(table.columns.size());
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        values << toSqlValue(table.columnTypes.at(i), doc.value(table.columns.at(i)));
    auto ok = (*query)->exec(values);
    if (!ok && ok.error().code() == ErrorCode::Duplicate) {
        const QVariantList fields = ok.error().details().value(QStringLiteral("fields")).toList();
        if (fields.isEmpty() || fields.contains(QStringLiteral("name"))) {
            return fail(
                Error(ErrorCode::Duplicate, RepositoryTr::tr("%1 %2 already exists; choose "
                                                             "another name")
                                                .arg(table.doctype.name, doc.name()))
                    .withDetail(QStringLiteral("fields"), QStringList{QStringLiteral("name")}));
        }
    }
    return ok;
}

Result<void> Repository::updateRow(const DocTypeTable &table, const Document &doc,
                                   qint64 expectedVersion)
{
    QString sql = table.updateSql;
    QVariantList values;
    values.reserve(table.columns.size() + 1);
    for (const QString &column : table.columns.mid(1))
        values << toSqlValue(table.storage.value(column), doc.value(column));
    values << doc.name();
    if (expectedVersion >= 0) {
        sql += QStringLiteral(" AND ") + m_pool.dialect().quote(QStringLiteral("_version")) +
               QStringLiteral(" = ?");
        values << expectedVersion;
    }
    auto query = m_pool.statement(sql);
    if (!query)
        return fail(query.error());
    if (auto ok = (*query)->exec(values); !ok)
        return ok;
    if ((*query)->rowsAffected() == 0) {
        return fail(Error(ErrorCode::VersionConflict,
                          RepositoryTr::tr("%1 %2 was changed by someone else; reload it and apply "
                                           "your change again")
                              .arg(table.doctype.name, doc.name())));
    }
    return {};
}

Result<void> Repository::deleteRow(const DocTypeTable &table, const QString &name)
{
    auto query = m_pool.statement(table.deleteSql);
    if (!query)
        return fail(query.error());
    return (*query)->exec({name});
}

Document Repository::rowToDocument(const DocTypeTable &table, const Statement &query,
                                   const QStringList &columns) const
{
    Document doc(table.doctype.name);
    for (int i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        doc.setValue(column, fromSqlValue(table.storage.value(column), query.value(i)));
    }
    return doc;
}

Result<std::optional<Document>> Repository::loadRow(const DocTypeTable &table, const QString &name)
{
    auto query = m_pool.statement(table.selectByNameSql);
    if (!query)
        return fail(query.error());
    if (auto ok = (*query)->exec({name}); !ok)
        return fail(ok.error());
    std::optional<Document> doc;
    if ((*query)->next())
        doc = rowToDocument(table, **query, table.columns);
    (*query)->finish();
    return doc;
}

Result<QList<Document>> Repository::loadChildren(const DocTypeTable &child, const QString &parent,
                                                 const QString &parenttype,
                                                 const QString &parentfield)
{
    auto query = m_pool.statement(child.selectChildrenSql);
    if (!query)
        return fail(query.error());
    if (auto ok = (*query)->exec({parent, parenttype, parentfield}); !ok)
        return fail(ok.error());
    QList<Document> rows;
    while ((*query)->next())
        rows << rowToDocument(child, **query, child.columns);
    (*query)->finish();
    return rows;
}

Result<void> Repository::deleteChildren(const DocTypeTable &child, const QString &parent,
                                        const QString &parenttype, const QString &parentfield)
{
    const Dialect &d = m_pool.dialect();
    const QString sql =
        QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ? AND %4 = ?")
            .arg(child.quotedTable, d.quote(QStringLiteral("parent")),
                 d.quote(QStringLiteral("parenttype")), d.quote(QStringLiteral("parentfield")));
    auto query = m_pool.statement(sql);
    if (!query)
        return fail(query.error());
    return (*query)->exec({parent, parenttype, parentfield});
}

Result<QList<Document>> Repository::select(const DocTypeTable &table, const SqlStatement &statement,
                                           const QStringList &columns)
{
    auto query = m_pool.statement(statement.sql);
    if (!query)
        return fail(query.error());
    if (auto ok = (*query)->exec(statement.values); !ok)
        return fail(ok.error());
    QList<Document> rows;
    while ((*query)->next())
        rows << rowToDocument(table, **query, columns);
    (*query)->finish();
    return rows;
}

Result<QVariant> Repository::scalar(const SqlStatement &statement)
{
    auto row = lookup(statement.sql, statement.values);
    if (!row)
        return fail(row.error());
    return *row ? (*row)->value(0) : QVariant();
}

Result<std::optional<QVariantList>> Repository::lookup(const QString &sql,
                                                       const QVariantList &values)
{
    auto query = m_pool.statement(sql);
    if (!query)
        return fail(query.error());
    if (auto ok = (*query)->exec(values); !ok)
        return fail(ok.error());
    std::optional<QVariantList> row;
    if ((*query)->next()) {
        QVariantList columns;
        const int count = (*query)->columnCount();
        for (int i = 0; i < count; ++i)
            columns << (*query)->value(i);
        row = columns;
    }
    (*query)->finish();
    return row;
}

} // namespace fm::core
