// SPDX-License-Identifier: MIT
#include "meta/metaregistry.h"

#include "meta/crosscheck.h"
#include "meta/registrystate.h"

namespace fm::core {

namespace {

QString describeOrigin(const DocType &doctype)
{
    if (!doctype.location.file.isEmpty())
        return doctype.location.file;
    return doctype.app.isEmpty() ? QStringLiteral("memory")
                                 : QStringLiteral("app \"%1\"").arg(doctype.app);
}

} // namespace

Result<void> RegistryState::insert(const DocType &doctype)
{
    if (doctype.name.isEmpty()) {
        return fail(ErrorCode::InvalidMeta,
                    QStringLiteral("a DocType without a name cannot be registered; set its name"));
    }
    const QString slug = doctype.tableName();
    const auto taken = slugs.constFind(slug);
    if (taken != slugs.constEnd()) {
        const DocType &other = *doctypes.constFind(*taken);
        const QString what = other.name == doctype.name
                                 ? QStringLiteral("DocType \"%1\" is defined twice").arg(doctype.name)
                                 : QStringLiteral("DocTypes \"%1\" and \"%2\" share the table "
                                                  "name \"%3\"")
                                       .arg(other.name, doctype.name, slug);
        return fail(ErrorCode::Duplicate,
                    QStringLiteral("%1: in %2 and in %3; rename one of them or remove the copy")
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

bool RegistryState::hasApp(const QString &name) const
{
    for (const AppInfo &app : apps) {
        if (app.name == name)
            return true;
    }
    return false;
}

struct MetaRegistry::Private : RegistryState
{
};

MetaRegistry::MetaRegistry()
    : d(std::make_unique<Private>())
{
}

MetaRegistry::~MetaRegistry() = default;

FieldTypeRegistry &MetaRegistry::fieldTypes()
{
    return d->types;
}

const FieldTypeRegistry &MetaRegistry::fieldTypes() const
{
    return d->types;
}

Result<void> MetaRegistry::addDocType(const DocType &doctype)
{
    return d->insert(doctype);
}

Diagnostics MetaRegistry::crossCheck() const
{
    return crossCheckDocTypes(d->doctypes, d->types);
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

QStringList MetaRegistry::doctypeNames() const
{
    return d->doctypes.keys();
}

QList<AppInfo> MetaRegistry::apps() const
{
    return d->apps;
}

AppInfo MetaRegistry::app(const QString &name) const
{
    for (const AppInfo &info : d->apps) {
        if (info.name == name)
            return info;
    }
    return {};
}

} // namespace fm::core
