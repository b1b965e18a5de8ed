// SPDX-License-Identifier: MIT
#pragma once

#include "meta/appmanifest.h"
#include "meta/registrystate.h"

namespace fm::core {

// Loads one app into a registry: registers its field types, then reads
// doctypes/<snake>/<snake>.json, checks folder names and that every field type used
// comes from the app or one it depends on, and refuses DocTypes defined twice; reads
// the app's renames.json.
// Extensions are applied separately (DocTypeExtension), once every app is loaded.
class AppLoader final
{
public:
    explicit AppLoader(RegistryState &state)
        : m_state(state)
    {}

    void load(const AppManifest &manifest, Diagnostics &diagnostics);

    // The checks a DocType read from doctypes/`slug`/ of `app` gets: folder name,
    // "app", field types only from apps `app` depends on. The DocType validator runs
    // them too, on DocTypes not yet on disk.
    static void checkPlacement(const RegistryState &state, const DocType &doctype,
                               const QString &slug, const QString &app, Diagnostics &diagnostics);
    // Registers a loaded DocType; a name or table name already taken is a diagnostic.
    static void insert(RegistryState &state, const DocType &doctype, Diagnostics &diagnostics);

private:
    void registerFieldTypes(const AppManifest &manifest, Diagnostics &diagnostics);
    void loadDocType(const AppManifest &manifest, const QString &folder, Diagnostics &diagnostics);
    // The file's DocType: the overlay's text or the file's, through the load cache if set.
    std::optional<DocType> readDocType(const class DocTypeLoader &loader, const QString &path,
                                       Diagnostics &diagnostics) const;

    RegistryState &m_state;
};

} // namespace fm::core
