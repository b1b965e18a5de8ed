// SPDX-License-Identifier: MIT
#include "codeview/controllergeneration.h"

#include "project/projectmodel.h"
#include "scaffold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fm::studio {

namespace {

struct ControllergenerationTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::CodeView)
};

} // namespace

ControllerPaths controllerPaths(const core::ProjectModel &model, const QString &doctype)
{
    const QFileInfo json(model.filePath(doctype));
    const QString stem =
        json.dir().filePath(json.completeBaseName() + QStringLiteral("_controller"));
    return {stem + QStringLiteral(".h"), stem + QStringLiteral(".cpp")};
}

Result<QList<codegen::FileOutcome>> generateController(core::ProjectModel &model,
                                                       const QString &name)
{
    if (!model.contains(name) || !model.isEditable(name)) {
        return fail(ErrorCode::BadRequest,
                    ControllergenerationTr::tr(
                        "\"%1\" is not a DocType of the project's apps; only those have "
                        "controllers to generate")
                        .arg(name));
    }
    // The check merges extensions and sees the unsaved edits: the DocType as `m
    // generate` would read it once saved.
    model.checkNow();
    QStringList problems;
    for (const core::Diagnostic &d : model.diagnostics(name)) {
        if (d.severity == core::Diagnostic::Severity::Error)
            problems
                << ControllergenerationTr::tr("line %1: %2").arg(d.location.line).arg(d.message);
    }
    const core::DocType *doctype = model.registry().doctype(name);
    if (!problems.isEmpty() || !doctype) {
        return fail(ErrorCode::InvalidMeta,
                    ControllergenerationTr::tr(
                        "DocType \"%1\" has errors; fix them (see Problems), then generate: "
                        "%2")
                        .arg(name, problems.join(QStringLiteral("; "))));
    }
    const QString app = model.doctype(name)->app;
    const QString appDir = model.project().appDir(app);
    const QList<codegen::GeneratedFile> files =
        codegen::scaffoldFiles(model.registry(), app, appDir, {*doctype});
    return codegen::writeGeneratedFiles(appDir, files);
}

} // namespace fm::studio
