// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/renamelog.h"

#include <QMap>

namespace fm::core {

class FieldTypeRegistry;

// What renaming a field or a DocType changes in a project's DocTypes, worked out
// without touching a file: the CLI (`m rename`) writes it, the Studio shows and
// applies it the same way (docs/adr/0160).
struct FM_CORE_EXPORT RenameEdit
{
    RenameRecord record;             // the entry for the app's renames.json
    QMap<QString, DocType> changed;  // by name (the new one for a renamed DocType)
    QString removed;                 // a renamed DocType's old name, else empty
    QMap<QString, QStringList> what; // DocType name -> what changed in it, for people
    QStringList warnings;            // references the rename could not update itself

    // One line per changed DocType: "Ticket: fieldname, title_field, search_fields".
    QStringList summary() const;
};

// Renames field `from` of DocType `doctype` to `to` in `doctypes` (the project's source
// DocTypes by name, as read from their files, without extensions applied) and every
// reference to it: layout, views, title_field, search_fields, sort, indexes,
// rls_field, naming ("field:<x>" and "{x}" in a series), DynamicLink options,
// depends_on (the field itself or doc.<x> in an eval: expression) and fetch_from
// in this and other DocTypes. Refuses unknown DocTypes and fields, taken, invalid or
// reserved names and the DocTypes of the built-in app core. `types` tells Link and
// Table types apart (the built-in types when null).
FM_CORE_EXPORT Result<RenameEdit> renameField(const QMap<QString, DocType> &doctypes,
                                              const QString &doctype, const QString &from,
                                              const QString &to,
                                              const FieldTypeRegistry *types = nullptr);

// Renames DocType `from` to `to` and every Link, Table and TableMultiSelect field
// pointing at it, and the defaults of Link fields to "DocType" that name it.
FM_CORE_EXPORT Result<RenameEdit> renameDocType(const QMap<QString, DocType> &doctypes,
                                                const QString &from, const QString &to,
                                                const FieldTypeRegistry *types = nullptr);

} // namespace fm::core
