// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"
#include "meta/doctype.h"

#include <QSet>

namespace fm::core {
class MetaRegistry;
class PermissionEngine;
struct Principal;
} // namespace fm::core

namespace fm::core::detail {

// Field-level permlevel for one principal: which fields of a DocType (and of its
// child tables, which follow the parent's levels) it may read and write. Internal
// to DocumentAccess.
class FieldAccess final
{
public:
    FieldAccess(const MetaRegistry &meta, QSet<int> readable, QSet<int> writable);
    // The levels the engine gives `who` on `doctype`.
    static FieldAccess of(const PermissionEngine &engine, const MetaRegistry &meta,
                          const Principal &who, const QString &doctype);

    // The document without the fields above the readable levels, in child rows too.
    Document redact(const Document &doc) const;
    // One "permlevel" error per named field of `doctype` the principal may not read.
    QList<FieldError> unreadable(const DocType &doctype, const QStringList &fields) const;
    // The fields `changes` would write above the principal's levels: every unreadable
    // field it gives, and every readable one whose value differs from `stored`
    // (nullptr for a new document). Child rows are checked field by field.
    QList<FieldError> refusedWrites(const Document &changes, const Document *stored) const;

    // `changes` with the stored values of fields the principal may not write put back
    // into the child rows that leave them out: rows come back redacted, and the
    // service replaces rows whole, so without this a hidden value would be wiped.
    Document keepHidden(const Document &changes, const Document &stored) const;

    QStringList readableFields(const DocType &doctype) const;
    QStringList writableFields(const DocType &doctype) const;

private:
    void refuseRows(const Field &table, const QList<Document> &rows, const Document *stored,
                    QList<FieldError> &refused) const;
    QList<Document> rowsOf(const Document &doc, const Field &table) const;
    FieldError refusal(const QString &path, const Field &field) const;

    const MetaRegistry &m_meta;
    QSet<int> m_readable;
    QSet<int> m_writable;
};

} // namespace fm::core::detail
