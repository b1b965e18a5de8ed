// SPDX-License-Identifier: MIT
#include "meta/doctypevalidator.h"

#include "meta/apploader.h"
#include "meta/crosscheck.h"
#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"
#include "meta/registrystate.h"

#include <QDir>
#include <QSet>

namespace fm::core {

namespace {

bool sameFile(const QString &a, const QString &b)
{
    return !a.isEmpty() && QDir::cleanPath(a) == QDir::cleanPath(b);
}

// Where the loader would find `fileName`: the app whose folder holds it, and the
// DocType folder when the file sits at doctypes/<slug>/<slug>.json of that app.
struct Placement
{
    const AppInfo *app = nullptr;
    QString slug; // empty: not where the loader looks for DocTypes
};

Placement placementOf(const QString &fileName, const QList<AppInfo> &apps)
{
    const QString file = QDir::cleanPath(fileName);
    for (const AppInfo &app : apps) {
        const QString root = QDir::cleanPath(app.path) + QLatin1Char('/');
        if (app.path.isEmpty() || !file.startsWith(root))
            continue;
        const QStringList parts = file.mid(root.size()).split(QLatin1Char('/'));
        const bool inFolder = parts.size() == 3 && parts.at(0) == QLatin1String("doctypes") &&
                              parts.at(2) == parts.at(1) + QStringLiteral(".json");
        return Placement{&app, inFolder ? parts.at(1) : QString()};
    }
    return {};
}

// The field types an app's DocTypes are loaded with: the built-ins and those of the
// apps loaded before it and of itself (MetaRegistry::apps() is in load order). A type
// of an app loaded later is unknown to the loader, one of an app loaded earlier that
// it does not depend on is "not available": the validator reports what loadApps does.
FieldTypeRegistry typesWhenLoading(const MetaRegistry &registry, const QString &app)
{
    QStringList loadedBefore;
    for (const AppInfo &info : registry.apps()) {
        loadedBefore << info.name;
        if (info.name == app)
            break;
    }
    if (!loadedBefore.contains(app))
        return registry.fieldTypes();
    FieldTypeRegistry types;
    for (const QString &name : registry.fieldTypes().names()) {
        const FieldTypeInfo info = registry.fieldTypes().type(name);
        if (!types.contains(name) && loadedBefore.contains(info.app))
            (void)types.registerType(info); // it was registered once already
    }
    return types;
}

} // namespace

ValidatedDocType validateDocTypeText(const DocType &doctype, const FieldTypeRegistry &types,
                                     const QString &fileName)
{
    ValidatedDocType out;
    out.text = toJsonText(doctype);
    out.doctype = DocTypeLoader(types).loadJson(out.text, fileName, out.diagnostics);
    return out;
}

ValidatedDocType validateDocTypeText(const DocType &doctype, const MetaRegistry &registry,
                                     const QString &fileName)
{
    const QList<AppInfo> apps = registry.apps();
    const Placement placement = placementOf(fileName, apps);
    const QString app = placement.app ? placement.app->name : doctype.app;
    const FieldTypeRegistry types = typesWhenLoading(registry, app);
    ValidatedDocType out = validateDocTypeText(doctype, types, fileName);
    if (!out.doctype || out.doctype->name.isEmpty())
        return out; // the loader registers nothing either

    // The registry as it will be once the file is saved: every DocType but the one
    // `fileName` held so far, then this one, checked the way AppLoader checks it.
    RegistryState state;
    state.types = types;
    state.apps = apps;
    QMap<QString, DocType> before;
    for (const QString &name : registry.doctypeNames()) {
        const DocType &other = *registry.doctype(name);
        before.insert(name, other);
        if (!sameFile(other.location.file, fileName))
            (void)state.insert(other); // they were registered once already
    }
    DocType &loaded = *out.doctype;
    if (!app.isEmpty()) {
        AppLoader::checkPlacement(state, loaded,
                                  placement.slug.isEmpty() ? loaded.tableName() : placement.slug,
                                  app, out.diagnostics);
        loaded.app = app; // as the loader does: the folder decides
    }
    AppLoader::insert(state, loaded, out.diagnostics);

    // Problems between DocTypes, once every app is loaded: all of this one's, and those
    // of other DocTypes that this version causes (a Link to it when it became a child).
    const FieldTypeRegistry &allTypes = registry.fieldTypes();
    QSet<QString> known;
    for (const Diagnostic &d :
         crossCheckDocTypes(before, allTypes, CrossCheckScope::BetweenDocTypes))
        known.insert(d.toString());
    for (const Diagnostic &d :
         crossCheckDocTypes(state.doctypes, allTypes, CrossCheckScope::BetweenDocTypes)) {
        if (sameFile(d.location.file, fileName) || !known.contains(d.toString()))
            out.diagnostics << d;
    }
    return out;
}

Diagnostics validateDocType(const DocType &doctype, const FieldTypeRegistry &types,
                            const QString &fileName)
{
    return validateDocTypeText(doctype, types, fileName).diagnostics;
}

Diagnostics validateDocType(const DocType &doctype, const MetaRegistry &registry,
                            const QString &fileName)
{
    return validateDocTypeText(doctype, registry, fileName).diagnostics;
}

} // namespace fm::core
