// SPDX-License-Identifier: MIT
// The Problems dock: `m check`'s diagnostics for the open project, refreshed after edits.
#include "problems/problemsmodel.h"
#include "problems/problemsview.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projecttreeview.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>

namespace fm::studio {

namespace {

QString id(const char *text)
{
    return QLatin1String(text);
}

void installProblems(MainWindow &window)
{
    auto *view = new ProblemsView;
    QDockWidget *dock = window.addDock(
        {id(ids::kProblemsDock), MainWindow::tr("Problems"), view, Qt::BottomDockWidgetArea});
    ProblemsModel *model = view->problems();
    auto retitle = [dock, model] {
        dock->setWindowTitle(MainWindow::tr("Problems (%1)").arg(model->rowCount()));
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, dock, retitle);
    retitle();

    // F8 / Shift+F8 walk the problems, as in Qt Creator and VS Code.
    ActionRegistry &reg = *window.actionRegistry();
    auto step = [view, model, dock](int delta) {
        const int rows = model->rowCount();
        if (rows == 0)
            return;
        const int current = view->currentIndex().isValid() ? view->currentIndex().row() : -delta;
        const QModelIndex next = model->index(((current + delta) % rows + rows) % rows, 0);
        dock->show();
        view->setCurrentIndex(next);
        emit view->activated(next);
    };
    const QString category = MainWindow::tr("Problems");
    const QString project = id(ids::kProjectContext);
    QObject::connect(
        reg.registerAction({id(ids::kNextProblem), MainWindow::tr("Next Problem"), category,
                            project, QKeySequence::UnknownKey, QKeySequence(Qt::Key_F8)}),
        &QAction::triggered, view, [step] { step(1); });
    QObject::connect(reg.registerAction(
                         {id(ids::kPreviousProblem), MainWindow::tr("Previous Problem"), category,
                          project, QKeySequence::UnknownKey, QKeySequence(Qt::SHIFT | Qt::Key_F8)}),
                     &QAction::triggered, view, [step] { step(-1); });

    // A problem in a DocType opens it first (connected before the editors' own handlers,
    // which then move to the field or line).
    QObject::connect(view, &ProblemsView::problemActivated, &window,
                     [&window](const QString &doctype) {
                         ProjectTreeView *tree = projectTreeView(window);
                         if (doctype.isEmpty() || !tree || !tree->selectDocType(doctype))
                             return;
                         emit tree->openDocTypeRequested(doctype);
                     });

    QObject::connect(&window, &MainWindow::projectOpened, model,
                     [model](core::ProjectModel *project) { model->setProject(project); });
    QObject::connect(&window, &MainWindow::aboutToCloseProject, model,
                     [model] { model->setProject(nullptr); });
}

} // namespace

FM_STUDIO_FEATURE(problems, 20, installProblems);

} // namespace fm::studio
