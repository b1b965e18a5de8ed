// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"
#include "meta/jsonsource.h"

#include <QByteArray>

namespace fm::core {

// Reads DocType JSON (format version 1) and reports every problem in it at once,
// each with file, line, column and a fix hint. Checks that need other DocTypes
// (Link/Table targets, fetch_from) are MetaRegistry's.
class FM_CORE_EXPORT DocTypeLoader final
{
public:
    explicit DocTypeLoader(const FieldTypeRegistry &types);

    // The DocType when the file could be read as one (even with diagnostics that
    // are errors: callers decide with hasErrors()); nullopt when it is not JSON or
    // not an object.
    std::optional<DocType> loadFile(const QString &path, Diagnostics &diagnostics) const;
    std::optional<DocType> loadJson(const QByteArray &json, const QString &fileName,
                                    Diagnostics &diagnostics) const;

    // One FIELD object, `value` at `pointer` of `source`, with the checks that need only
    // the field itself (keys, types, fieldname, fieldtype, options, validators, default).
    // `allowInsertAfter` is for DocType extension files. nullopt when the value is not
    // an object or has no fieldname; the problems are in `diagnostics` either way.
    std::optional<Field> loadField(const JsonSource &source, const QJsonValue &value,
                                   const QString &pointer, Diagnostics &diagnostics,
                                   bool allowInsertAfter = false) const;
    // The checks between the fields of a DocType: duplicate fieldnames, DynamicLink
    // options naming a Link-to-DocType field, fetch_from through a Link field, Table
    // fields in a child DocType. Run it again after merging extension fields; each
    // problem is located at the field (its Field::location).
    void checkFields(const DocType &doctype, Diagnostics &diagnostics) const;

private:
    const FieldTypeRegistry &m_types;
};

} // namespace fm::core
