// SPDX-License-Identifier: MIT
#include "meta/apploader.h"

#include "common/textdistance.h"
#include "meta/doctypeloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fm::core {

namespace {

struct ApploaderTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::AppLoader)
};

} // namespace

namespace {

Diagnostic error(const SourceLocation &at, const QString &code, const QString &message,
                 const QString &hint)
{
    return Diagnostic{Diagnostic::Severity::Error, at, code, message, hint};
}

} // namespace

void AppLoader::load(const AppManifest &manifest, Diagnostics &diagnostics)
{
    m_state.apps << manifest.info;
    // Types first: the app's own DocTypes (and its dependants') may use them.
    registerFieldTypes(manifest, diagnostics);
    const QDir doctypes(QDir(manifest.info.path).filePath(QStringLiteral("doctypes")));
    const QStringList folders = doctypes.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders)
        loadDocType(manifest, doctypes.filePath(folder), diagnostics);
    const QString renames = RenameLog::pathIn(manifest.info.path);
    const auto overlaid = m_state.overlay.constFind(renames);
    m_state.renames += overlaid == m_state.overlay.constEnd()
                           ? RenameLog::read(renames, manifest.info.name, diagnostics)
                           : RenameLog::parse(*overlaid, renames, manifest.info.name, diagnostics);
}

void AppLoader::registerFieldTypes(const AppManifest &manifest, Diagnostics &diagnostics)
{
    for (const AppManifest::FieldType &type : manifest.fieldTypes) {
        const Result<void> registered = m_state.types.registerType(type.info);
        if (!registered) {
            diagnostics << error(type.location, QStringLiteral("invalid-field-type"),
                                 registered.error().message(),
                                 ApploaderTr::tr("fix the entry in \"field_types\" of app.json"));
        }
    }
}

void AppLoader::loadDocType(const AppManifest &manifest, const QString &folder,
                            Diagnostics &diagnostics)
{
    const QString slug = QFileInfo(folder).fileName();
    const QString path = QDir(folder).filePath(slug + QStringLiteral(".json"));
    if (!QFileInfo::exists(path)) {
        const QStringList others = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files);
        diagnostics << error(
            SourceLocation{folder, 0, 0}, QStringLiteral("missing-doctype-file"),
            ApploaderTr::tr("DocType folder \"%1\" has no %1.json").arg(slug),
            others.isEmpty()
                ? ApploaderTr::tr("add doctypes/%1/%1.json, or remove the folder").arg(slug)
                : ApploaderTr::tr("a DocType file is named after its folder: "
                                  "rename %1 to %2.json")
                      .arg(others.first(), slug));
        return;
    }
    const DocTypeLoader loader(m_state.types);
    std::optional<DocType> doctype = readDocType(loader, path, diagnostics);
    if (!doctype || doctype->name.isEmpty())
        return; // the loader said why
    checkPlacement(m_state, *doctype, slug, manifest.info.name, diagnostics);
    doctype->app = manifest.info.name;
    insert(m_state, *doctype, diagnostics);
}

std::optional<DocType> AppLoader::readDocType(const DocTypeLoader &loader, const QString &path,
                                              Diagnostics &diagnostics) const
{
    const auto overlaid = m_state.overlay.constFind(path);
    if (overlaid != m_state.overlay.constEnd()) {
        return m_state.loadCache ? m_state.loadCache->load(loader, path, *overlaid, diagnostics)
                                 : loader.loadJson(*overlaid, path, diagnostics);
    }
    if (!m_state.loadCache)
        return loader.loadFile(path, diagnostics);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return loader.loadFile(path, diagnostics); // says why, as without a cache
    return m_state.loadCache->load(loader, path, file.readAll(), diagnostics);
}

void AppLoader::insert(RegistryState &state, const DocType &doctype, Diagnostics &diagnostics)
{
    const Result<void> inserted = state.insert(doctype);
    if (inserted)
        state.sources.insert(doctype.name, doctype);
    if (!inserted) {
        diagnostics << error(doctype.locate(QStringLiteral("/name")),
                             QStringLiteral("duplicate-doctype"), inserted.error().message(),
                             ApploaderTr::tr("each DocType is defined by one app; to add fields "
                                             "to another app's DocType use an extension file"));
    }
}

void AppLoader::checkPlacement(const RegistryState &state, const DocType &doctype,
                               const QString &slug, const QString &app, Diagnostics &diagnostics)
{
    if (doctype.tableName() != slug) {
        diagnostics << error(doctype.locate(QStringLiteral("/name")),
                             QStringLiteral("doctype-folder-mismatch"),
                             ApploaderTr::tr("DocType \"%1\" is in folder \"%2\", but its folder "
                                             "must be \"%3\"")
                                 .arg(doctype.name, slug, doctype.tableName()),
                             ApploaderTr::tr("move the file to doctypes/%1/%1.json, or rename the "
                                             "DocType to match the folder")
                                 .arg(doctype.tableName()));
    }
    if (!doctype.app.isEmpty() && doctype.app != app) {
        diagnostics << error(doctype.locate(QStringLiteral("/app")),
                             QStringLiteral("doctype-app-mismatch"),
                             ApploaderTr::tr("DocType \"%1\" says \"app\": \"%2\" but lives in app "
                                             "\"%3\"")
                                 .arg(doctype.name, doctype.app, app),
                             ApploaderTr::tr("remove \"app\" (the folder decides it) or move the "
                                             "DocType to app \"%1\"")
                                 .arg(doctype.app));
    }
    // Independent apps load in an order the user does not control, so a type from an
    // app this one does not depend on would work or not by chance; refuse it always.
    const QSet<QString> reachable = state.reachableApps(app);
    for (qsizetype i = 0; i < doctype.fields.size(); ++i) {
        const Field &field = doctype.fields.at(i);
        const FieldTypeInfo type = state.types.type(field.fieldtype);
        if (!type.isValid() || reachable.contains(type.app))
            continue;
        diagnostics << error(
            doctype.locate(QStringLiteral("/fields/%1/fieldtype").arg(i)),
            QStringLiteral("field-type-not-available"),
            ApploaderTr::tr("field \"%1\" of %2 uses field type \"%3\" of app "
                            "\"%4\", which app \"%5\" does not depend on")
                .arg(field.fieldname, doctype.name, field.fieldtype, type.app, app),
            ApploaderTr::tr("add \"%1\" to \"depends_on\" in the app.json of "
                            "\"%2\"")
                .arg(type.app, app));
    }
}

} // namespace fm::core
