// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QUndoGroup;
QT_END_NAMESPACE

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

class ActionRegistry;
class CommandPalette;
class EditorArea;
class ThemeManager;

// A dock a feature adds to the window. Its id is its object name in the saved state.
struct DockInfo
{
    QString id = {};
    QString title = {}; // translated
    QWidget *widget = nullptr;
    Qt::DockWidgetArea area = Qt::BottomDockWidgetArea;
    QString tabifyWith = {}; // an existing dock's id: share its place as a tab
    bool visible = true;
};

// The Studio's window: menus and toolbars from the action registry, editor tabs in the
// centre (the start page while no project is open), docks around them, and the open
// project. Features install themselves (feature.h) and reach each other through it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actionRegistry() const { return m_actions; }
    EditorArea *editors() const { return m_editors; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    ThemeManager *theme() const { return m_theme; }
    CommandPalette *commandPalette() const { return m_palette; }

    QDockWidget *addDock(const DockInfo &info);
    QDockWidget *dock(const QString &id) const;
    // The central page shown while no project is open (the welcome feature sets it).
    void setStartPage(QWidget *page);

    // Opens the project in `path` after closing the current one. A failure is shown to
    // the user (with libcore's reason) and leaves the window as it was; false then.
    bool openProject(const QString &path);
    // Closes the editors (each dirty one asks) and the project; false when one stayed.
    bool closeProject();
    core::ProjectModel *project() const { return m_project.get(); }

    // The window's geometry and docks, as the settings keep them.
    void saveWindowState() const;
    void restoreWindowState();

signals:
    void projectOpened(core::ProjectModel *project);
    void aboutToCloseProject(core::ProjectModel *project);
    void projectClosed();
    // A project could not be opened; the user has been told why.
    void projectOpenFailed(const QString &path, const QString &reason);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void registerShellActions(); // shellactions.cpp
    void populateMainToolBar();  // shellactions.cpp
    void rebuildMenuBar();
    void updateContexts();
    void updateTitle();
    void showStartPage();

    ActionRegistry *m_actions;
    QUndoGroup *m_undoGroup;
    ThemeManager *m_theme;
    EditorArea *m_editors;
    QStackedWidget *m_central;
    QWidget *m_startPage = nullptr;
    CommandPalette *m_palette;
    QLabel *m_projectLabel;
    std::unique_ptr<core::ProjectModel> m_project;
    QByteArray m_projectLayout;           // the docks while a project is open
    QHash<QString, QString> m_tabbedWith; // dock id -> the dock it was added beside
};

} // namespace fm::studio
