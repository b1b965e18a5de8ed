// SPDX-License-Identifier: MIT
// DocType editors: opened from the project tree and the Problems dock, one tab each; the
// Properties dock shows the current one's property editor; files changed or deleted by
// another program are answered here.
#include "doctype/doctypepage.h"
#include "problems/problemsview.h"
#include "project/projectfeature.h"
#include "project/projectmodel.h"
#include "project/projecttreeview.h"
#include "schemaguard/saveflow.h"
#include "shell/actionids.h"
#include "shell/editorarea.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace fm::studio {

namespace {

DocTypePage *pageOf(MainWindow &window, const QString &doctype)
{
    return qobject_cast<DocTypePage *>(window.editors()->editor(DocTypePage::editorId(doctype)));
}

QStackedWidget *propertiesStack(MainWindow &window)
{
    QDockWidget *dock = window.dock(QLatin1String(ids::kPropertiesDock));
    return dock ? qobject_cast<QStackedWidget *>(dock->widget()) : nullptr;
}

// The designer's minimum width is large (palette beside the field list): when it first
// appears, QMainWindow takes the room from the side docks until they are unreadable.
void keepSideDocksReadable(MainWindow &window)
{
    QList<QDockWidget *> docks;
    QList<int> widths;
    const std::pair<const char *, int> wanted[] = {{"Project", 240}, {ids::kPropertiesDock, 320}};
    for (const auto &[id, width] : wanted) {
        QDockWidget *dock = window.dock(QLatin1String(id));
        if (dock && dock->isVisible() && !dock->isFloating() && dock->width() < width) {
            docks << dock;
            widths << width;
        }
    }
    if (!docks.isEmpty())
        window.resizeDocks(docks, widths, Qt::Horizontal);
}

DocTypePage *openDocType(MainWindow &window, const QString &doctype)
{
    core::ProjectModel *project = window.project();
    if (!project || !project->doctype(doctype))
        return nullptr;
    if (DocTypePage *open = pageOf(window, doctype)) {
        window.editors()->activateEditor(DocTypePage::editorId(doctype));
        return open;
    }
    auto *page = new DocTypePage(project, doctype);
    QObject::connect(
        page->saveFlow(), &SaveFlow::message, window.statusBar(),
        [&window](const QString &text) { window.statusBar()->showMessage(text, 10000); });
    if (QStackedWidget *stack = propertiesStack(window))
        stack->addWidget(page->propertiesWidget());
    window.editors()->openEditor(DocTypePage::editorId(doctype), page, doctype);
    keepSideDocksReadable(window);
    return page;
}

void askAboutChangedFile(MainWindow &window, const QString &doctype)
{
    core::ProjectModel *project = window.project();
    const QMessageBox::StandardButton answer = QMessageBox::question(
        &window, MainWindow::tr("File changed on disk"),
        MainWindow::tr("%1 was changed by another program while you have unsaved edits.\n\n"
                       "Reload it (your edits are lost), or keep your edits (saving them "
                       "overwrites the other change)?")
            .arg(QDir::toNativeSeparators(project->filePath(doctype))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto reloaded = project->revert(doctype); !reloaded)
        QMessageBox::warning(&window, MainWindow::tr("Reload failed"), reloaded.error().message());
    else if (DocTypePage *page = pageOf(window, doctype))
        page->undoStack()->clear();
}

void askAboutDeletedFile(MainWindow &window, const QString &doctype)
{
    core::ProjectModel *project = window.project();
    const QString path = QDir::toNativeSeparators(project->filePath(doctype));
    if (!pageOf(window, doctype)) {
        window.statusBar()->showMessage(
            MainWindow::tr("%1 was deleted by another program").arg(path), 10000);
        return;
    }
    const QMessageBox::StandardButton answer = QMessageBox::question(
        &window, MainWindow::tr("File deleted"),
        MainWindow::tr("%1 was deleted by another program.\n\nKeep the DocType open (saving it "
                       "writes the file again), or close its editor?")
            .arg(path),
        QMessageBox::Save | QMessageBox::Close, QMessageBox::Save);
    if (answer == QMessageBox::Close) {
        if (DocTypePage *page = pageOf(window, doctype))
            page->undoStack()->clear();
        (void)project->revert(doctype); // nothing to read: the value stays, nothing is dirty
        window.editors()->closeEditor(DocTypePage::editorId(doctype));
    }
}

void installDocTypes(MainWindow &window)
{
    if (QDockWidget *dock = window.dock(QLatin1String(ids::kPropertiesDock))) {
        auto *stack = new QStackedWidget;
        QWidget *note = dock->widget(); // the shell's "select something" note
        // A wrapped label's one-line size hint would widen the dock: let the stack ignore it.
        note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        stack->addWidget(note);
        dock->setWidget(stack);
        QObject::connect(window.editors(), &EditorArea::currentEditorChanged, stack,
                         [&window, stack](const QString &id) {
                             DocTypePage *page =
                                 qobject_cast<DocTypePage *>(window.editors()->editor(id));
                             stack->setCurrentIndex(0);
                             if (page && page->propertiesWidget())
                                 stack->setCurrentWidget(page->propertiesWidget());
                         });
    }
    if (ProjectTreeView *tree = projectTreeView(window)) {
        QObject::connect(tree, &ProjectTreeView::openDocTypeRequested, &window,
                         [&window](const QString &name) { openDocType(window, name); });
    }
    if (QDockWidget *dock = window.dock(QLatin1String(ids::kProblemsDock))) {
        if (auto *problems = qobject_cast<ProblemsView *>(dock->widget())) {
            QObject::connect(problems, &ProblemsView::problemActivated, &window,
                             [&window](const QString &doctype, const core::Diagnostic &d) {
                                 DocTypePage *page = openDocType(window, doctype);
                                 if (page) {
                                     page->jumpTo(window.project()->pointerAt(doctype, d.location),
                                                  d.location);
                                 }
                             });
        }
    }
    QObject::connect(
        &window, &MainWindow::projectOpened, &window, [&window](core::ProjectModel *project) {
            QTimer::singleShot(0, &window, [&window] { keepSideDocksReadable(window); });
            QObject::connect(project, &core::ProjectModel::changedOnDisk, &window,
                             [&window](const QString &name) { askAboutChangedFile(window, name); });
            QObject::connect(project, &core::ProjectModel::removedOnDisk, &window,
                             [&window](const QString &name) { askAboutDeletedFile(window, name); });
            // Deleted or renamed from the project tree: the tab has nothing left to edit.
            QObject::connect(project, &core::ProjectModel::doctypeRemoved, &window,
                             [&window](const QString &name) {
                                 window.editors()->closeEditor(DocTypePage::editorId(name));
                             });
        });
}

} // namespace

// DocType editors for other features (the ERD, the Git dock): open or focus one.
DocTypePage *openDocTypeEditor(MainWindow &window, const QString &doctype)
{
    return openDocType(window, doctype);
}

FM_STUDIO_FEATURE(doctypes, 30, installDocTypes);

} // namespace fm::studio
