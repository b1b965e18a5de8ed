// SPDX-License-Identifier: MIT
// createDocType: a DocType file checked by the validator before it is written.
#include "meta/doctypeloader.h"
#include "meta/doctypevalidator.h"
#include "project/filetransaction.h"
#include "project/scaffold.h"
#include "project/scaffold_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fm::core {

namespace {

struct ScaffolddoctypeTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Scaffold)
};

} // namespace

namespace {

QString withHint(const Diagnostic &d)
{
    return d.hint.isEmpty() ? d.message : d.message + QStringLiteral("; ") + d.hint;
}

// Every error as a field error ("line:column", code, message and hint), the first
// also as the message, so a caller that prints only the message still says what to fix.
Error invalidDocTypeError(const QString &name, const Diagnostics &diagnostics)
{
    QList<FieldError> fields;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        fields << FieldError{QStringLiteral("%1:%2").arg(d.location.line).arg(d.location.column),
                             d.code, withHint(d)};
    }
    return Error(
        ErrorCode::InvalidMeta,
        ScaffolddoctypeTr::tr("DocType \"%1\" is not valid: %2").arg(name, fields.first().message),
        fields);
}

Result<AppInfo> appOf(const Project &project, const MetaRegistry &meta, const QString &app)
{
    const QString known = project.apps().isEmpty()
                              ? ScaffolddoctypeTr::tr("the project has none yet")
                              : ScaffolddoctypeTr::tr("the project's apps: %1")
                                    .arg(project.apps().join(QStringLiteral(", ")));
    if (app.isEmpty())
        return fail(ErrorCode::BadRequest,
                    ScaffolddoctypeTr::tr("no app given for the DocType (%1); name one of them, or "
                                          "create an app first")
                        .arg(known));
    if (!project.apps().contains(app)) {
        const QString what =
            app == QLatin1String("core")
                ? ScaffolddoctypeTr::tr("\"core\" is the built-in app, not one of the project's")
                : ScaffolddoctypeTr::tr("app \"%1\" is not in this project").arg(app);
        return fail(ErrorCode::NotFound,
                    ScaffolddoctypeTr::tr("%1 (%2); choose one of them, or create the app first")
                        .arg(what, known));
    }
    const AppInfo info = meta.app(app);
    if (info.name.isEmpty())
        return fail(ErrorCode::NotFound,
                    ScaffolddoctypeTr::tr("app \"%1\" is in m.json but was not loaded; check that "
                                          "%2 holds its app.json")
                        .arg(app, detail::projectPath(project, project.appDir(app))));
    return info;
}

} // namespace

Result<void> checkDocTypeName(const QString &name)
{
    NewDocTypeOptions options;
    options.name = name;
    const FieldTypeRegistry types;
    const Diagnostics diagnostics = validateDocType(starterDocType(options), types, QString());
    for (const Diagnostic &d : diagnostics) {
        if (d.code == QLatin1String("invalid-doctype-name"))
            return fail(ErrorCode::BadRequest, withHint(d));
    }
    return {};
}

DocType starterDocType(const NewDocTypeOptions &options)
{
    DocType doctype;
    doctype.explicitFormatVersion = true; // like every shipped DocType file
    doctype.name = options.name;
    doctype.module = options.module;
    doctype.isChild = options.isChild;
    doctype.isSubmittable = options.isSubmittable;
    doctype.naming = options.naming;
    doctype.fields = options.fields;
    if (doctype.fields.isEmpty()) {
        Field title;
        title.fieldname = QStringLiteral("title");
        title.fieldtype = QStringLiteral("Data");
        title.label = QStringLiteral("Title");
        title.required = true;
        title.inListView = true;
        doctype.fields << title;
    }
    if (options.isChild)
        return doctype; // child rows take their parent's permissions
    for (const Field &field : std::as_const(doctype.fields)) {
        if (field.fieldtype == QLatin1String("Data")) {
            doctype.titleField = field.fieldname;
            doctype.searchFields = {field.fieldname};
            break;
        }
    }
    PermissionRule rule;
    rule.role = QStringLiteral("System Manager");
    rule.actions = {PermissionAction::Read, PermissionAction::Write, PermissionAction::Create,
                    PermissionAction::Delete};
    if (options.isSubmittable)
        rule.actions << PermissionAction::Submit << PermissionAction::Cancel
                     << PermissionAction::Amend;
    doctype.permissions << rule;
    return doctype;
}

Result<NewDocType> prepareDocType(const Project &project, const MetaRegistry &meta,
                                  const NewDocTypeOptions &options)
{
    if (auto ok = checkDocTypeName(options.name); !ok)
        return fail(ok.error());
    if (options.isChild && options.isSubmittable)
        return fail(
            ErrorCode::BadRequest,
            ScaffolddoctypeTr::tr("a DocType cannot be both a child and submittable: child rows "
                                  "are submitted with their parent document; choose one"));
    const auto app = appOf(project, meta, options.app);
    if (!app)
        return fail(app.error());
    DocType starter = starterDocType(options);
    if (starter.module.isEmpty())
        starter.module = app->modules.value(0, app->title);
    else if (!app->modules.contains(starter.module))
        return fail(
            ErrorCode::NotFound,
            ScaffolddoctypeTr::tr("module \"%1\" is not a module of app \"%2\" (its modules: "
                                  "%3); choose one of them, or add it to \"modules\" in %4")
                .arg(starter.module, app->name,
                     app->modules.isEmpty() ? QStringLiteral("none")
                                            : app->modules.join(QStringLiteral(", ")),
                     detail::projectPath(project, app->path + QStringLiteral("/app.json"))));

    NewDocType out;
    out.app = app->name;
    out.appDir = project.appDir(app->name);
    const QString snake = starter.tableName();
    out.relativePath = QStringLiteral("doctypes/%1/%1.json").arg(snake);
    out.path = QDir(out.appDir).filePath(out.relativePath);
    const DocType *existing = meta.findDocType(starter.name);
    if (!existing)
        existing = meta.findDocType(snake);
    if (existing) {
        return fail(
            ErrorCode::Duplicate,
            ScaffolddoctypeTr::tr("DocType \"%1\" already exists (in app \"%2\"); edit it, or "
                                  "choose another name")
                .arg(existing->name, existing->app));
    }
    if (const QString folder = QFileInfo(out.path).absolutePath(); QFileInfo::exists(folder)) {
        return fail(ErrorCode::Duplicate,
                    ScaffolddoctypeTr::tr("%1 already exists; move it away, or choose another name")
                        .arg(detail::projectPath(project, folder)));
    }
    ValidatedDocType validated = validateDocTypeText(starter, meta, out.path);
    if (!validated.doctype || validated.hasErrors())
        return fail(invalidDocTypeError(starter.name, validated.diagnostics));
    out.text = validated.text;
    out.doctype = *validated.doctype;
    out.warnings = validated.diagnostics;
    return out;
}

Result<void> writeDocType(const NewDocType &doctype)
{
    FileTransaction files;
    if (auto ok = files.makePath(QFileInfo(doctype.path).absolutePath()); !ok)
        return ok;
    if (auto ok = files.write(doctype.path, doctype.text); !ok)
        return ok;
    files.commit();
    return {};
}

Result<QString> createDocType(const Project &project, const MetaRegistry &meta,
                              const NewDocTypeOptions &options)
{
    const auto prepared = prepareDocType(project, meta, options);
    if (!prepared)
        return fail(prepared.error());
    if (auto ok = writeDocType(*prepared); !ok)
        return fail(ok.error());
    return prepared->path;
}

Result<QString> createDocType(const Project &project, const NewDocTypeOptions &options)
{
    if (auto ok = checkDocTypeName(options.name); !ok)
        return fail(ok.error()); // before loading the whole project
    Diagnostics diagnostics;
    const auto meta = loadProjectMeta(project, diagnostics,
                                      ScaffolddoctypeTr::tr("fix them before adding a DocType"));
    if (!meta)
        return fail(meta.error());
    return createDocType(project, **meta, options);
}

Result<std::unique_ptr<MetaRegistry>> loadProjectMeta(const Project &project,
                                                      Diagnostics &diagnostics, const QString &why)
{
    auto meta = std::make_unique<MetaRegistry>();
    Diagnostics found;
    const bool loaded = meta->loadApps(project.appDirs(), found);
    diagnostics += found;
    if (loaded)
        return meta;
    for (const Diagnostic &d : std::as_const(found)) {
        if (d.severity == Diagnostic::Severity::Error)
            return fail(
                ErrorCode::InvalidMeta,
                ScaffolddoctypeTr::tr("the project's DocTypes have errors, the first: %1; %2")
                    .arg(d.toString(), why));
    }
    return fail(ErrorCode::InvalidMeta,
                ScaffolddoctypeTr::tr("the project's DocTypes have errors; %1").arg(why));
}

} // namespace fm::core
