// SPDX-License-Identifier: MIT
#include "meta/metaregistry.h"

#include "meta/apploader.h"
#include "meta/apporder.h"
#include "meta/crosscheck.h"
#include "meta/doctypeextension.h"
#include "meta/registrystate.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct MetaregistryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::MetaRegistry)
};

} // namespace

namespace {

QString describeOrigin(const DocType &doctype)
{
    if (!doctype.location.file.isEmpty())
        return doctype.location.file;
    return doctype.app.isEmpty() ? QStringLiteral("memory")
                                 : MetaregistryTr::tr("app \"%1\"").arg(doctype.app);
}

} // namespace

Result<void> RegistryState::insert(const DocType &doctype)
{
    if (doctype.name.isEmpty()) {
        return fail(
            ErrorCode::InvalidMeta,
            MetaregistryTr::tr("a DocType without a name cannot be registered; set its name"));
    }
    const QString slug = doctype.tableName();
    const auto taken = slugs.constFind(slug);
    if (taken != slugs.constEnd()) {
        const DocType &other = *doctypes.constFind(*taken);
        const QString what =
            other.name == doctype.name
                ? MetaregistryTr::tr("DocType \"%1\" is defined twice").arg(doctype.name)
                : MetaregistryTr::tr("DocTypes \"%1\" and \"%2\" share the table "
                                     "name \"%3\"")
                      .arg(other.name, doctype.name, slug);
        return fail(ErrorCode::Duplicate,
                    MetaregistryTr::tr("%1: in %2 and in %3; rename one of them or remove the copy")
                        .arg(what, describeOrigin(other), describeOrigin(doctype)));
    }
    doctypes.insert(doctype.name, doctype);
    slugs.insert(slug, doctype.name);
    return {};
}

const DocType *RegistryState::find(const QString &nameOrSlug) const
{
    auto it = doctypes.constFind(nameOrSlug);
    if (it == doctypes.constEnd())
        it = doctypes.constFind(slugs.value(nameOrSlug));
    return it == doctypes.constEnd() ? nullptr : &*it;
}

const AppInfo *RegistryState::findApp(const QString &name) const
{
    for (const AppInfo &app : apps) {
        if (app.name == name)
            return &app;
    }
    return nullptr;
}

QSet<QString> RegistryState::reachableApps(const QString &app) const
{
    QSet<QString> reached;
    QStringList pending{app, kCoreApp.toString()};
    while (!pending.isEmpty()) {
        const QString name = pending.takeLast();
        if (reached.contains(name))
            continue;
        reached.insert(name);
        if (const AppInfo *info = findApp(name))
            pending += info->dependsOn;
    }
    return reached;
}

struct MetaRegistry::Private : RegistryState
{
    QStringList appNames() const
    {
        QStringList names;
        for (const AppInfo &app : apps)
            names << app.name;
        return names;
    }

    void loadCore(Diagnostics &diagnostics)
    {
        if (findApp(kCoreApp.toString()))
            return;
        if (const auto manifest = AppManifest::read(kCoreAppPath.toString(), diagnostics))
            load({*manifest}, diagnostics);
    }

    // Loads the apps in dependency order, then applies their extensions: an extension
    // may target any DocType of an app it depends on, so all DocTypes come first.
    void load(const QList<AppManifest> &manifests, Diagnostics &diagnostics)
    {
        const QList<AppManifest> ordered = orderApps(manifests, appNames(), diagnostics);
        AppLoader loader(*this);
        for (const AppManifest &manifest : ordered)
            loader.load(manifest, diagnostics);
        for (const AppManifest &manifest : ordered)
            DocTypeExtension::applyAll(*this, manifest.info, diagnostics);
    }
};

MetaRegistry::MetaRegistry()
    : d(std::make_unique<Private>())
{}

MetaRegistry::~MetaRegistry() = default;

FieldTypeRegistry &MetaRegistry::fieldTypes()
{
    return d->types;
}

const FieldTypeRegistry &MetaRegistry::fieldTypes() const
{
    return d->types;
}

bool MetaRegistry::loadCoreApp(Diagnostics &diagnostics)
{
    return loadApps({}, diagnostics);
}

bool MetaRegistry::loadApps(const QStringList &appDirs, Diagnostics &diagnostics)
{
    Diagnostics found;
    d->loadCore(found);
    QList<AppManifest> manifests;
    for (const QString &dir : appDirs) {
        if (auto manifest = AppManifest::read(dir, found))
            manifests << *manifest;
    }
    d->load(manifests, found);
    // The loader already checked relations inside each DocType (extensions re-check
    // theirs); what is left needs the whole set.
    found += crossCheckDocTypes(d->doctypes, d->types, CrossCheckScope::BetweenDocTypes);
    diagnostics += found;
    return !hasErrors(found);
}

void MetaRegistry::setOverlay(const QHash<QString, QByteArray> &overlay)
{
    d->overlay = overlay;
}

void MetaRegistry::setLoadCache(std::shared_ptr<DocTypeLoadCache> cache)
{
    d->loadCache = std::move(cache);
}

Result<void> MetaRegistry::addDocType(const DocType &doctype)
{
    Result<void> inserted = d->insert(doctype);
    if (inserted)
        d->sources.insert(doctype.name, doctype);
    return inserted;
}

Diagnostics MetaRegistry::crossCheck() const
{
    return crossCheckDocTypes(d->doctypes, d->types, CrossCheckScope::All);
}

const DocType *MetaRegistry::doctype(const QString &name) const
{
    const auto it = d->doctypes.constFind(name);
    return it == d->doctypes.constEnd() ? nullptr : &*it;
}

const DocType *MetaRegistry::findDocType(const QString &nameOrSlug) const
{
    return d->find(nameOrSlug);
}

const DocType *MetaRegistry::sourceDocType(const QString &name) const
{
    const auto it = d->sources.constFind(name);
    return it == d->sources.constEnd() ? nullptr : &*it;
}

QStringList MetaRegistry::doctypeNames() const
{
    return d->doctypes.keys();
}

QList<AppInfo> MetaRegistry::apps() const
{
    return d->apps;
}

QList<RenameRecord> MetaRegistry::renames() const
{
    return RenameLog::ordered(d->renames);
}

AppInfo MetaRegistry::app(const QString &name) const
{
    const AppInfo *info = d->findApp(name);
    return info ? *info : AppInfo();
}

} // namespace fm::core
