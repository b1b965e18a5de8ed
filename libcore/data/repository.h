// SPDX-License-Identifier: MIT
#pragma once

#include "data/doctypetable.h"
#include "data/document.h"
#include "data/querycompiler.h"

#include "db/statement.h"

#include <optional>

namespace fm::core {

class ConnectionPool;

// Row-level SQL for the document layer on the calling thread's connection. It trusts
// its input: DocumentService validates before anything reaches here.
class FM_CORE_EXPORT Repository final
{
public:
    explicit Repository(ConnectionPool &pool);

    Result<void> insertRow(const DocTypeTable &table, const Document &doc);
    // Rewrites every column but name; with expectedVersion >= 0 only when _version still
    // matches, answering VersionConflict otherwise.
    Result<void> updateRow(const DocTypeTable &table, const Document &doc, qint64 expectedVersion);
    Result<void> deleteRow(const DocTypeTable &table, const QString &name);

    Result<std::optional<Document>> loadRow(const DocTypeTable &table, const QString &name);
    Result<QList<Document>> loadChildren(const DocTypeTable &child, const QString &parent,
                                         const QString &parenttype, const QString &parentfield);
    Result<void> deleteChildren(const DocTypeTable &child, const QString &parent,
                                const QString &parenttype, const QString &parentfield);

    // Runs a compiled select and builds documents from the given columns.
    Result<QList<Document>> select(const DocTypeTable &table, const SqlStatement &statement,
                                   const QStringList &columns);
    Result<QVariant> scalar(const SqlStatement &statement);
    // The value of one column of one row (live or deleted); invalid when there is no row.
    Result<std::optional<QVariantList>> lookup(const QString &sql, const QVariantList &values);

private:
    Document rowToDocument(const DocTypeTable &table, const Statement &query,
                           const QStringList &columns) const;

    ConnectionPool &m_pool;
};

} // namespace fm::core
