// SPDX-License-Identifier: MIT
#pragma once

#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"

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

private:
    const FieldTypeRegistry &m_types;
};

} // namespace fm::core
