// SPDX-License-Identifier: MIT
// The ERD tab in the Studio: View > ERD opens it (one per window, editor id "erd").
// Relations drawn or deleted there are edits of one DocType, pushed on that DocType's
// designer stack (its tab is opened when needed), so Undo in either tab undoes them in
// order and Save goes through the DocType's save flow (docs/adr/0192). Double-click
// opens the designer; selection follows the Project dock both ways.
#include "doctype/doctypepage.h"
#include "erd/erdscene.h"
#include "erd/erdwidget.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projecttreeview.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QUndoStack>

namespace fm::studio {

namespace {

constexpr char kErdEditor[] = "erd";
constexpr char kShowErd[] = "View.Erd";

void openErd(MainWindow &window)
{
    core::ProjectModel *project = window.project();
    if (!project)
        return;
    const QString id = QLatin1String(kErdEditor);
    if (window.editors()->activateEditor(id))
        return;
    // A stack of its own for the rare edit no designer takes (a DocType gone meanwhile).
    auto *fallback = new QUndoStack;
    auto *tab = new erd::ErdWidget(project, fallback);
    fallback->setParent(tab);
    erd::ErdScene *scene = tab->scene();
    scene->setUndoStackFor([&window](const QString &doctype) -> QUndoStack * {
        DocTypePage *page = openDocTypeEditor(window, doctype);
        window.editors()->activateEditor(QLatin1String(kErdEditor)); // stay on the ERD
        return page ? page->undoStack() : nullptr;
    });
    QObject::connect(tab, &erd::ErdWidget::openDocTypeRequested, &window,
                     [&window](const QString &name) { openDocTypeEditor(window, name); });
    if (ProjectTreeView *tree = projectTreeView(window)) {
        QObject::connect(tab, &erd::ErdWidget::doctypeSelected, tree,
                         [tree](const QString &name) { tree->selectDocType(name); });
        QObject::connect(tree, &ProjectTreeView::currentChanged, scene, [tree, scene] {
            if (const QString name = tree->currentDocType(); !name.isEmpty())
                scene->selectDocType(name);
        });
    }
    window.editors()->openEditor(id, tab, MainWindow::tr("ERD"));
}

void installErd(MainWindow &window)
{
    ActionRegistry *actions = window.actionRegistry();
    QAction *show = actions->registerAction(
        {QLatin1String(kShowErd), MainWindow::tr("&ERD"), MainWindow::tr("View"),
         QLatin1String(ids::kProjectContext), QKeySequence::UnknownKey,
         QKeySequence(QStringLiteral("Ctrl+Shift+E"))});
    actions->addToMenu(QLatin1String(ids::kMenuView), QLatin1String(kShowErd),
                       QLatin1String(ids::kGroupDocks));
    QObject::connect(show, &QAction::triggered, &window, [&window] { openErd(window); });
    // The tab shows one project: close it with the project.
    QObject::connect(&window, &MainWindow::aboutToCloseProject, &window,
                     [&window] { window.editors()->closeEditor(QLatin1String(kErdEditor)); });
}

} // namespace

FM_STUDIO_FEATURE(erd, 50, installErd);

} // namespace fm::studio
