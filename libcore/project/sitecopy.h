// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"

#include <QList>
#include <QString>

namespace fm::core {

class ConnectionPool;
class FieldTypeRegistry;

// `m site copy`: a site's documents from its database into another one, of either engine
// (SQLite to PostgreSQL for a site that outgrew the embedded default, and back). The
// target gets the site's schema through the Migrator, then every DocType's rows in one
// transaction, with values converted through their storage types; before the commit the
// row counts of every table and a sample of rows are compared with the source, and any
// difference rolls the copy back. The event outbox is not copied: delivered events stay
// with the old database, and the new one starts its own.
struct SiteCopyOptions
{
    // The target already holds documents: delete them first instead of refusing.
    bool replace = false;
    // Rows per table compared field by field after the copy (evenly spread by name).
    int sampleRows = 20;
};

struct SiteCopyTable
{
    QString doctype;
    QString table;
    qint64 rows = 0;     // in the source, and so in the target
    int sampled = 0;     // rows compared field by field
    qint64 replaced = 0; // rows the target held before (with `replace`)
};

struct FM_CORE_EXPORT SiteCopyReport
{
    QList<SiteCopyTable> tables;
    qint64 rows() const;
    int sampled() const;
    // One line per table that has rows, then the totals.
    QString toText() const;
};

FM_CORE_EXPORT Result<SiteCopyReport> copySiteData(ConnectionPool &source, ConnectionPool &target,
                                                   const QList<DocType> &doctypes,
                                                   const FieldTypeRegistry &types,
                                                   const SiteCopyOptions &options = {});

} // namespace fm::core
