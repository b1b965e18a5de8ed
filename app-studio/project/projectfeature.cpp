// SPDX-License-Identifier: MIT
// The Project dock: the tree, its filter and its context actions.
#include "project/projectfeature.h"

#include "project/projectmodel.h"
#include "project/projectoperations.h"
#include "project/projecttreemodel.h"
#include "project/projecttreeview.h"
#include "project/scaffoldoperations.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

namespace fm::studio {

namespace {

using Kind = ProjectOperations::Kind;

QString id(const char *text)
{
    return QLatin1String(text);
}

// Asks what the operation needs, runs it, and reports a failure.
void runOperation(MainWindow &window, ProjectTreeView *tree, ProjectOperations *operations,
                  Kind kind)
{
    ProjectOperations::Request request;
    request.kind = kind;
    request.app = tree->currentApp();
    request.module = tree->currentModule();
    request.doctype = tree->currentDocType();
    bool ok = true;
    switch (kind) {
    case Kind::NewDocType:
        request.name = QInputDialog::getText(
            &window, MainWindow::tr("New DocType"),
            request.module.isEmpty()
                ? MainWindow::tr("Name of the new DocType in app %1:").arg(request.app)
                : MainWindow::tr("Name of the new DocType in module %1 of app %2:")
                      .arg(request.module, request.app),
            QLineEdit::Normal, QString(), &ok);
        break;
    case Kind::NewApp:
        request.name = QInputDialog::getText(
            &window, MainWindow::tr("New App"),
            MainWindow::tr("Name of the new app (lower case letters, digits and '_'):"),
            QLineEdit::Normal, QString(), &ok);
        break;
    case Kind::RenameDocType:
        request.name = QInputDialog::getText(
            &window, MainWindow::tr("Rename DocType"),
            MainWindow::tr("New name for %1 (its table and the references to it follow):")
                .arg(request.doctype),
            QLineEdit::Normal, request.doctype, &ok);
        ok = ok && request.name.trimmed() != request.doctype;
        break;
    case Kind::DeleteDocType:
        ok = QMessageBox::question(
                 &window, MainWindow::tr("Delete DocType"),
                 MainWindow::tr("Delete %1? Its folder (the JSON file, controller and tests) "
                                "is removed from disk; its table stays in the database until "
                                "you migrate, and DocTypes that link to it will show problems.")
                     .arg(request.doctype),
                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
        break;
    }
    request.name = request.name.trimmed();
    if (!ok || (kind != Kind::DeleteDocType && request.name.isEmpty()))
        return;
    if (auto done = operations->run(request); !done)
        QMessageBox::warning(&window, MainWindow::tr("Cannot do that"), done.error().message());
}

void installProject(MainWindow &window)
{
    auto *tree = new ProjectTreeView;
    tree->setObjectName(QStringLiteral("ProjectTreeView"));
    auto *operations = new ProjectOperations(&window);
    operations->setObjectName(QStringLiteral("ProjectOperations"));
    QDockWidget *dock = window.addDock(
        {id(ids::kProjectDock), MainWindow::tr("Project"), tree, Qt::LeftDockWidgetArea});
    auto *undoStack = new QUndoStack(&window);
    undoStack->setObjectName(QStringLiteral("ProjectUndoStack"));
    window.undoGroup()->addStack(undoStack);
    // Ctrl+Z in the tree undoes what was done to the project's files; in an editor, the
    // edits of its DocType (EditorArea gives its page's stack back on focus).
    QObject::connect(qApp, &QApplication::focusChanged, tree,
                     [&window, tree, undoStack](QWidget *, QWidget *now) {
                         if (now && tree->isAncestorOf(now))
                             window.undoGroup()->setActiveStack(undoStack);
                     });

    ActionRegistry &reg = *window.actionRegistry();
    const QString category = MainWindow::tr("Project");
    const QString project = id(ids::kProjectContext);
    auto add = [&](const ActionInfo &info, const char *group, auto slot) {
        QAction *action = reg.registerAction(info);
        QObject::connect(action, &QAction::triggered, &window, slot);
        reg.addToMenu(id(ids::kMenuDocType), info.id, id(group));
        return action;
    };
    auto operation = [&window, tree, operations](Kind kind) {
        return [&window, tree, operations, kind] {
            runOperation(window, tree, operations, kind);
        };
    };
    add({id(ids::kNewDocType),
         MainWindow::tr("&New DocType\u2026"),
         category,
         project,
         QKeySequence::New,
         {},
         QStringLiteral("add")},
        ids::kGroupNew, operation(Kind::NewDocType));
    add({id(ids::kNewApp),
         MainWindow::tr("New &App\u2026"),
         category,
         project,
         {},
         {},
         QStringLiteral("app")},
        ids::kGroupNew, operation(Kind::NewApp));
    add({id(ids::kRenameDocType), MainWindow::tr("&Rename DocType\u2026"), category, project,
         QKeySequence::UnknownKey, QKeySequence(Qt::Key_F2), QStringLiteral("rename")},
        ids::kGroupEdit, operation(Kind::RenameDocType));
    add({id(ids::kDeleteDocType),
         MainWindow::tr("&Delete DocType\u2026"),
         category,
         project,
         {},
         {},
         QStringLiteral("delete")},
        ids::kGroupEdit, operation(Kind::DeleteDocType));
    add({id(ids::kRevealInFileManager),
         MainWindow::tr("Reveal in &File Manager"),
         category,
         project,
         {},
         {},
         QStringLiteral("folder")},
        "Group.Reveal", [tree] {
            if (const QString path = tree->revealTarget(); !path.isEmpty())
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        });
    add({id(ids::kFilterProject), MainWindow::tr("Filter DocTypes"), category, project,
         QKeySequence::UnknownKey, QKeySequence(MainWindow::tr("Ctrl+Shift+F"))},
        "Group.Reveal", [tree, dock] {
            dock->show();
            dock->raise();
            tree->filterEdit()->setFocus(Qt::ShortcutFocusReason);
            tree->filterEdit()->selectAll();
        });
    tree->setContextActions({reg.action(id(ids::kNewDocType)), reg.action(id(ids::kNewApp)),
                             nullptr, reg.action(id(ids::kRenameDocType)),
                             reg.action(id(ids::kDeleteDocType)), nullptr,
                             reg.action(id(ids::kRevealInFileManager))});

    installScaffoldOperations(window, *operations);

    auto update = [&reg, tree, operations] {
        const QString doctype = tree->currentDocType();
        const core::ProjectModel *model = tree->treeModel()->project();
        const bool editable = model && !doctype.isEmpty() && model->isEditable(doctype);
        reg.setEnabled(id(ids::kNewDocType),
                       operations->canRun(Kind::NewDocType) && !tree->currentApp().isEmpty());
        reg.setEnabled(id(ids::kNewApp), operations->canRun(Kind::NewApp));
        reg.setEnabled(id(ids::kRenameDocType),
                       editable && operations->canRun(Kind::RenameDocType));
        reg.setEnabled(id(ids::kDeleteDocType),
                       editable && operations->canRun(Kind::DeleteDocType));
    };
    QObject::connect(tree, &ProjectTreeView::currentChanged, &window, update);
    QObject::connect(operations, &ProjectOperations::handlersChanged, &window, update);
    QObject::connect(&window, &MainWindow::projectOpened, tree,
                     [tree, update](core::ProjectModel *model) {
                         tree->setProject(model);
                         update();
                     });
    QObject::connect(&window, &MainWindow::aboutToCloseProject, tree, [tree, update, undoStack] {
        undoStack->clear();
        tree->setProject(nullptr);
        update();
    });
    update();
}

} // namespace

ProjectTreeView *projectTreeView(const MainWindow &window)
{
    return window.findChild<ProjectTreeView *>(QStringLiteral("ProjectTreeView"));
}

ProjectOperations *projectOperations(const MainWindow &window)
{
    return window.findChild<ProjectOperations *>(QStringLiteral("ProjectOperations"));
}

QUndoStack *projectUndoStack(const MainWindow &window)
{
    return window.findChild<QUndoStack *>(QStringLiteral("ProjectUndoStack"),
                                          Qt::FindDirectChildrenOnly);
}

FM_STUDIO_FEATURE(project, 10, installProject);

} // namespace fm::studio
