// SPDX-License-Identifier: MIT
#include "project/scaffoldoperations.h"

#include "project/filechangescommand.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projectoperations.h"
#include "project/projecttreeview.h"
#include "project/scaffold.h"
#include "scaffold.h" // libcodegen
#include "shell/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>

namespace fm::studio {

namespace {

using Kind = ProjectOperations::Kind;
using Request = ProjectOperations::Request;

struct ScaffoldoperationsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::ProjectOperations)
};

Result<core::ProjectModel *> openProject(MainWindow &window)
{
    if (core::ProjectModel *project = window.project())
        return project;
    return fail(ErrorCode::InvalidState, ScaffoldoperationsTr::tr("Open a project first."));
}

// The model reads the files the operation changed; `doctype` (when given) is shown in
// the tree and an editor.
Result<void> syncAndShow(MainWindow &window, const QString &doctype)
{
    if (auto synced = window.project()->syncWithDisk(); !synced)
        return synced;
    if (ProjectTreeView *tree = projectTreeView(window);
        tree && !doctype.isEmpty() && tree->selectDocType(doctype))
        emit tree->openDocTypeRequested(doctype);
    return {};
}

Result<void> newDocType(MainWindow &window, const Request &request)
{
    auto project = openProject(window);
    if (!project)
        return tl::make_unexpected(project.error());
    core::NewDocTypeOptions options;
    options.app = request.app;
    options.name = request.name;
    options.module = request.module;
    const core::MetaRegistry &meta = (*project)->registry();
    auto doctype = core::prepareDocType((*project)->project(), meta, options);
    if (!doctype)
        return tl::make_unexpected(doctype.error());
    // As `m new doctype`: the JSON with its controller and test scaffolds, all or none.
    QList<codegen::GeneratedFile> files{{doctype->relativePath, QString::fromUtf8(doctype->text)}};
    files += codegen::scaffoldFiles(meta, doctype->app, doctype->appDir, {doctype->doctype});
    if (auto written = codegen::writeGeneratedFiles(doctype->appDir, files); !written)
        return tl::make_unexpected(written.error());
    return syncAndShow(window, request.name);
}

Result<void> newApp(MainWindow &window, const Request &request)
{
    auto project = openProject(window);
    if (!project)
        return tl::make_unexpected(project.error());
    core::Project files = (*project)->project();
    if (auto created = core::createApp(files, request.name); !created)
        return tl::make_unexpected(created.error());
    return syncAndShow(window, {});
}

// The DocType's folder goes: its JSON, controller and tests. Git keeps the history.
Result<void> deleteDocType(MainWindow &window, const Request &request)
{
    auto project = openProject(window);
    if (!project)
        return tl::make_unexpected(project.error());
    if (!(*project)->isEditable(request.doctype))
        return fail(
            ErrorCode::InvalidState,
            ScaffoldoperationsTr::tr("%1 belongs to the built-in app and cannot be deleted.")
                .arg(request.doctype));
    const QFileInfo file((*project)->filePath(request.doctype));
    const QString folder = file.absolutePath();
    // The app's plugin registers a controller: removing it here would break the build.
    const QString controller = file.completeBaseName() + QStringLiteral("_controller.h");
    if (QFileInfo::exists(QDir(folder).filePath(controller)))
        return fail(ErrorCode::InvalidState,
                    ScaffoldoperationsTr::tr(
                        "%1 has C++ code (%2); remove its folder by hand, then run `m generate` "
                        "so the app's plugin forgets it.")
                        .arg(request.doctype, controller));
    if (!QDir(folder).removeRecursively())
        return fail(ErrorCode::Io,
                    ScaffoldoperationsTr::tr("Cannot remove %1; check its permissions.")
                        .arg(QDir::toNativeSeparators(folder)));
    return syncAndShow(window, {});
}

// As `m rename doctype`: its folder moves, the DocTypes linking to it are rewritten and
// the rename is recorded, so `m migrate` renames the table and keeps its rows (ADR 0182).
// The whole rename is one step on the project's undo stack (ADR 0185).
Result<void> renameDocType(MainWindow &window, const Request &request)
{
    auto project = openProject(window);
    if (!project)
        return tl::make_unexpected(project.error());
    auto plan = (*project)->renameDocType(request.doctype, request.name);
    if (!plan)
        return tl::make_unexpected(plan.error());
    if (QUndoStack *stack = projectUndoStack(window)) {
        const QString from = request.doctype;
        const QString to = request.name;
        FileChangesCommand::Callbacks callbacks;
        // The step closed or opened a tab, which made that tab's stack active: Redo (or
        // Undo) of the rename stays at hand.
        callbacks.applied = [&window, from, to](bool undone) {
            if (ProjectTreeView *tree = projectTreeView(window))
                tree->selectDocType(undone ? from : to);
            window.undoGroup()->setActiveStack(projectUndoStack(window));
        };
        callbacks.failed = [&window](bool undoing, const QString &error) {
            QMessageBox::warning(
                &window,
                undoing ? ScaffoldoperationsTr::tr("Cannot undo the rename")
                        : ScaffoldoperationsTr::tr("Cannot redo the rename"),
                ScaffoldoperationsTr::tr(
                    "%1.\n\nThe step is taken off the undo stack: rename the DocType again "
                    "instead, or use Git.")
                    .arg(error));
        };
        stack->push(new FileChangesCommand(
            *project, std::move(plan->undo),
            ScaffoldoperationsTr::tr("Rename DocType %1 to %2").arg(from, to),
            std::move(callbacks)));
    }
    Result<void> shown = syncAndShow(window, request.name);
    // Edit > Undo offers the rename until the user works elsewhere.
    if (QUndoStack *stack = projectUndoStack(window))
        window.undoGroup()->setActiveStack(stack);
    return shown;
}

} // namespace

void installScaffoldOperations(MainWindow &window, ProjectOperations &operations)
{
    operations.setHandler(Kind::NewDocType, [&window](const Request &request) {
        return newDocType(window, request);
    });
    operations.setHandler(Kind::NewApp,
                          [&window](const Request &request) { return newApp(window, request); });
    operations.setHandler(Kind::DeleteDocType, [&window](const Request &request) {
        return deleteDocType(window, request);
    });
    operations.setHandler(Kind::RenameDocType, [&window](const Request &request) {
        return renameDocType(window, request);
    });
}

} // namespace fm::studio
