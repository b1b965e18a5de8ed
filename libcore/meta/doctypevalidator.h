// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"
#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"
#include "meta/metaregistry.h"

#include <QByteArray>

#include <optional>

namespace fm::core {

// A DocType held in memory (the Studio's model, `m new doctype`'s starter) as it would
// be once saved: the bytes toJsonText() writes, what DocTypeLoader makes of them, and
// the diagnostics it gives, located at lines and columns of those bytes under
// `fileName`. Validating the text the writer produces, rather than the struct, keeps
// the validator and the loader from ever disagreeing.
struct FM_CORE_EXPORT ValidatedDocType
{
    QByteArray text;                // the file as toJsonText() writes it
    std::optional<DocType> doctype; // as the loader reads `text` back; nullopt: unreadable
    Diagnostics diagnostics;

    bool hasErrors() const { return fm::core::hasErrors(diagnostics); }
};

// The checks of DocTypeLoader::loadJson on the file `doctype` would be.
FM_CORE_EXPORT ValidatedDocType validateDocTypeText(const DocType &doctype,
                                                    const FieldTypeRegistry &types,
                                                    const QString &fileName);

// Also what MetaRegistry::loadApps adds when the file is saved as `fileName` in a
// project loaded into `registry` (field types of its apps included): the folder name
// and "app" for a file at apps/<app>/doctypes/<slug>/<slug>.json (the app is the one
// whose folder holds `fileName`, else doctype.app), field types from apps it does not
// depend on, a name or table name taken by another DocType, and the checks between
// DocTypes (Link/Table targets, fetch_from). The registry's DocType loaded from
// `fileName`, if any, is the one being replaced. Diagnostics of other DocTypes are
// reported only when the change causes them. Extensions of the DocType are not
// re-applied: it is checked as its own file says.
FM_CORE_EXPORT ValidatedDocType validateDocTypeText(const DocType &doctype,
                                                    const MetaRegistry &registry,
                                                    const QString &fileName);

// Only the diagnostics of the two above.
FM_CORE_EXPORT Diagnostics validateDocType(const DocType &doctype, const FieldTypeRegistry &types,
                                           const QString &fileName);
FM_CORE_EXPORT Diagnostics validateDocType(const DocType &doctype, const MetaRegistry &registry,
                                           const QString &fileName);

} // namespace fm::core
