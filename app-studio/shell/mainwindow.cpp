// SPDX-License-Identifier: MIT
#include "shell/mainwindow.h"

#include "appearance/icons.h"
#include "appearance/theme.h"
#include "palette/commandpalette.h"
#include "project/projectmodel.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/displaypath.h"
#include "shell/editorarea.h"
#include "shell/feature.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>

namespace fm::studio {

namespace {

// Bump when the docks change so much that an old saved layout would look broken.
constexpr int kWindowStateVersion = 1;
const char kGeometryKey[] = "window/geometry";
const char kStateKey[] = "window/state";
// Problems refresh within 300 ms of an edit: the check itself takes a few ms.
constexpr int kAutoCheckDelayMs = 100;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new ActionRegistry(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_theme(new ThemeManager(this))
    , m_editors(new EditorArea(m_undoGroup))
    , m_central(new QStackedWidget(this))
    , m_palette(new CommandPalette(m_actions, this))
    , m_projectLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(themedIcon(QStringLiteral("m-studio")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_central->addWidget(m_editors);
    setCentralWidget(m_central);
    statusBar()->addWidget(m_projectLabel, 1);

    connect(m_actions, &ActionRegistry::menuBarChanged, this, &MainWindow::rebuildMenuBar);
    // Shortcuts work whether or not the action sits in a visible menu.
    connect(m_actions, &ActionRegistry::actionRegistered, this,
            [this](const QString &id) { addAction(m_actions->action(id)); });
    connect(m_actions, &ActionRegistry::toolBarCreated, this,
            [this](const QString &id) { addToolBar(m_actions->toolBar(id)); });
    connect(m_editors, &EditorArea::currentEditorChanged, this, &MainWindow::updateContexts);

    registerShellActions();
    installFeatures(*this);
    populateMainToolBar();
    rebuildMenuBar();
    updateContexts();
    updateTitle();
    m_theme->restore();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Editors refer to the project model: they go first.
    delete m_editors;
    m_editors = nullptr;
}

QDockWidget *MainWindow::addDock(const DockInfo &info)
{
    auto *dock = new QDockWidget(info.title, this);
    dock->setObjectName(info.id);
    dock->setWidget(info.widget);
    addDockWidget(info.area, dock);
    // A dock added as a tab does not take the front: the first dock of the group keeps it
    // (the Project tree, Problems, Properties are what people look at first), also when
    // the new dock joins one that was itself added as a tab.
    if (QDockWidget *other = this->dock(info.tabifyWith); other && other != dock) {
        tabifyDockWidget(other, dock);
        m_tabbedWith.insert(info.id, info.tabifyWith);
        QString first = info.tabifyWith;
        while (m_tabbedWith.contains(first))
            first = m_tabbedWith.value(first);
        QDockWidget *front = this->dock(first);
        (front && front->isVisibleTo(this) ? front : other)->raise();
    }
    dock->setVisible(info.visible);
    ActionInfo toggle;
    toggle.id = QLatin1String(ids::kDockActionPrefix) + info.id;
    toggle.category = tr("View");
    m_actions->adoptAction(toggle, dock->toggleViewAction());
    m_actions->addToMenu(QLatin1String(ids::kMenuView), toggle.id, QLatin1String(ids::kGroupDocks));
    return dock;
}

QDockWidget *MainWindow::dock(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    return findChild<QDockWidget *>(id, Qt::FindDirectChildrenOnly);
}

void MainWindow::setStartPage(QWidget *page)
{
    if (m_startPage) {
        m_central->removeWidget(m_startPage);
        m_startPage->deleteLater();
    }
    m_startPage = page;
    m_central->addWidget(page);
    if (!m_project)
        m_central->setCurrentWidget(page);
}

bool MainWindow::openProject(const QString &path)
{
    auto opened = core::ProjectModel::open(path);
    if (!opened) {
        const QString reason = opened.error().message();
        QMessageBox box(QMessageBox::Warning, tr("Cannot open project"),
                        tr("\"%1\" cannot be opened as a Framework M project.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
        box.setInformativeText(reason);
        box.exec();
        emit projectOpenFailed(path, reason);
        return false;
    }
    if (!closeProject())
        return false;
    m_project = std::move(*opened);
    m_project->setAutoCheck(kAutoCheckDelayMs);
    m_central->setCurrentWidget(m_editors);
    restoreState(m_projectLayout, kWindowStateVersion); // the docks come back
    updateContexts();
    updateTitle();
    emit projectOpened(m_project.get());
    return true;
}

bool MainWindow::closeProject()
{
    if (!m_editors->closeAll())
        return false;
    if (!m_project)
        return true;
    // Edits can outlive their tab only by a bug; still, never lose them silently.
    if (const QStringList dirty = m_project->dirtyDocTypes(); !dirty.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("These DocTypes have unsaved changes: %1. Save them?")
                .arg(dirty.join(QStringLiteral(", "))),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            if (auto saved = m_project->saveAll(); !saved) {
                QMessageBox::warning(this, tr("Cannot save"), saved.error().message());
                return false;
            }
        }
    }
    emit aboutToCloseProject(m_project.get());
    m_project.reset();
    showStartPage();
    updateContexts();
    updateTitle();
    emit projectClosed();
    return true;
}

// The start page has the window to itself, as Qt Creator's Welcome mode: the docks'
// layout is kept for when a project opens.
void MainWindow::showStartPage()
{
    m_projectLayout = saveState(kWindowStateVersion);
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dock->hide();
    if (m_startPage)
        m_central->setCurrentWidget(m_startPage);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey),
                      m_project ? saveState(kWindowStateVersion) : m_projectLayout);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray(), kWindowStateVersion);
    if (!m_project)
        showStartPage();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeProject()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::rebuildMenuBar()
{
    menuBar()->clear();
    for (const QString &id : m_actions->menuBarMenuIds())
        menuBar()->addMenu(m_actions->menu(id));
}

void MainWindow::updateContexts()
{
    m_actions->setContextActive(QLatin1String(ids::kProjectContext), m_project != nullptr);
    m_actions->setContextActive(QLatin1String(ids::kEditorContext),
                                m_editors && !m_editors->currentEditorId().isEmpty());
}

void MainWindow::updateTitle()
{
    const QString app = tr("Framework M Studio");
    if (!m_project) {
        setWindowTitle(app);
        m_projectLabel->setText(tr("No project open"));
        return;
    }
    QString name = m_project->project().name();
    if (name.isEmpty())
        name = QFileInfo(m_project->root()).fileName();
    setWindowTitle(QStringLiteral("%1 \u2014 %2").arg(name, app));
    m_projectLabel->setText(
        QStringLiteral("%1 \u00b7 %2").arg(name, displayPath(m_project->root())));
}

} // namespace fm::studio
