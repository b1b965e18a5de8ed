// SPDX-License-Identifier: MIT
#pragma once

#include "data/doctypetable.h"
#include "data/query.h"

namespace fm::core {

struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// Turns a Query into parameterised SQL for one table. Every field name is checked
// against the table's columns and every value bound, never spliced into the text.
class FM_CORE_EXPORT QueryCompiler final
{
public:
    QueryCompiler(const DocTypeTable &table, const Dialect &dialect);

    Result<SqlStatement> select(const Query &query) const;
    Result<SqlStatement> count(const Query &query) const;
    // COUNT(*) over at most `atMost` matching rows (bound as a value).
    Result<SqlStatement> countUpTo(const Query &query, qint64 atMost) const;
    Result<SqlStatement> exists(const Query &query) const;

    // The columns a select returns, in order (the query's fields or all columns).
    Result<QStringList> selectedColumns(const Query &query) const;

private:
    Result<QString> where(const Query &query, QVariantList &values) const;
    Result<QString> restriction(const RowRestriction &rule, QVariantList &values) const;
    Result<QString> condition(const Filter &filter, QVariantList &values) const;
    Result<QVariant> bindValue(const QString &column, const QVariant &value) const;
    Error unknownField(const QString &field, const QString &where) const;
    bool isSecret(const QString &column) const;
    Error secretField(const QString &field, const QString &where) const;

    const DocTypeTable &m_table;
    const Dialect &m_dialect;
};

} // namespace fm::core
