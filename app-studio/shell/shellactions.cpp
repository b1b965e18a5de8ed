// SPDX-License-Identifier: MIT
// The shell's own menus, actions and docks; features add theirs through the registry.
#include "appearance/theme.h"
#include "palette/commandpalette.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/editorarea.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

namespace fm::studio {

namespace {

QString id(const char *text)
{
    return QLatin1String(text);
}

} // namespace

void MainWindow::registerShellActions()
{
    ActionRegistry &reg = *m_actions;
    reg.createMenu({id(ids::kMenuFile),
                    tr("&File"),
                    ids::kFilePosition,
                    {id(ids::kGroupNew), id(ids::kGroupOpen), id(ids::kGroupSave),
                     id(ids::kGroupClose), id(ids::kGroupQuit)}});
    reg.createMenu({id(ids::kMenuEdit),
                    tr("&Edit"),
                    ids::kEditPosition,
                    {id(ids::kGroupUndo), id(ids::kGroupEdit)}});
    reg.createMenu({id(ids::kMenuView),
                    tr("&View"),
                    ids::kViewPosition,
                    {id(ids::kGroupPalette), id(ids::kGroupAppearance), id(ids::kGroupDocks)}});
    reg.createMenu({id(ids::kMenuDocType),
                    tr("&DocType"),
                    ids::kDocTypePosition,
                    {id(ids::kGroupNew), id(ids::kGroupEdit)}});
    reg.createMenu({id(ids::kMenuHelp),
                    tr("&Help"),
                    ids::kHelpPosition,
                    {id(ids::kGroupHelp), id(ids::kGroupAbout)}});

    const QString file = tr("File"), edit = tr("Edit"), view = tr("View"), help = tr("Help");
    const QString project = id(ids::kProjectContext), editor = id(ids::kEditorContext);
    auto add = [&](const ActionInfo &info, const char *menu, const char *group, auto slot) {
        QAction *action = reg.registerAction(info);
        connect(action, &QAction::triggered, this, slot);
        reg.addToMenu(id(menu), info.id, id(group));
        return action;
    };

    add({id(ids::kSave), tr("&Save"), file, editor, QKeySequence::Save, {}, QStringLiteral("save")},
        ids::kMenuFile, ids::kGroupSave, [this] { m_editors->saveCurrent(); });
    add({id(ids::kSaveAll), tr("Save A&ll"), file, project, QKeySequence::UnknownKey,
         QKeySequence(tr("Ctrl+Shift+S")), QStringLiteral("save-all")},
        ids::kMenuFile, ids::kGroupSave, [this] { m_editors->saveAll(); });
    add({id(ids::kCloseEditor), tr("&Close Tab"), file, editor, QKeySequence::Close},
        ids::kMenuFile, ids::kGroupClose,
        [this] { m_editors->closeEditor(m_editors->currentEditorId()); });
    add({id(ids::kCloseProject), tr("Close &Project"), file, project}, ids::kMenuFile,
        ids::kGroupClose, [this] { closeProject(); });
    add({id(ids::kQuit), tr("&Quit"), file, {}, QKeySequence::Quit}, ids::kMenuFile,
        ids::kGroupQuit, [this] { close(); });

    // Undo and redo follow the current tab's stack; their text names the step.
    reg.adoptAction({id(ids::kUndo), {}, edit, {}, QKeySequence::Undo, {}, QStringLiteral("undo")},
                    m_undoGroup->createUndoAction(this, tr("&Undo")));
    reg.adoptAction({id(ids::kRedo), {}, edit, {}, QKeySequence::Redo, {}, QStringLiteral("redo")},
                    m_undoGroup->createRedoAction(this, tr("&Redo")));
    reg.addToMenu(id(ids::kMenuEdit), id(ids::kUndo), id(ids::kGroupUndo));
    reg.addToMenu(id(ids::kMenuEdit), id(ids::kRedo), id(ids::kGroupUndo));

    add({id(ids::kCommandPalette),
         tr("&Command Palette\u2026"),
         view,
         {},
         QKeySequence::UnknownKey,
         QKeySequence(tr("Ctrl+Shift+P")),
         QStringLiteral("command")},
        ids::kMenuView, ids::kGroupPalette, [this] { m_palette->popup(); });
    add({id(ids::kNextEditor), tr("&Next Tab"), view, editor, QKeySequence::NextChild},
        ids::kMenuView, ids::kGroupPalette, [this] {
            QTabWidget *tabs = m_editors->tabWidget();
            tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
        });
    add({id(ids::kPreviousEditor), tr("&Previous Tab"), view, editor, QKeySequence::PreviousChild},
        ids::kMenuView, ids::kGroupPalette, [this] {
            QTabWidget *tabs = m_editors->tabWidget();
            tabs->setCurrentIndex((tabs->currentIndex() + tabs->count() - 1) % tabs->count());
        });
    QAction *fullScreen =
        add({id(ids::kFullScreen), tr("&Full Screen"), view, {}, QKeySequence::FullScreen},
            ids::kMenuView, ids::kGroupAppearance,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);

    reg.createMenu({id(ids::kMenuTheme), tr("&Theme")});
    reg.addMenuToMenu(id(ids::kMenuView), id(ids::kMenuTheme), id(ids::kGroupAppearance));
    auto *themes = new QActionGroup(this);
    const struct
    {
        const char *id;
        QString text;
        ThemeManager::Mode mode;
    } modes[] = {{ids::kThemeSystem, tr("&System"), ThemeManager::Mode::System},
                 {ids::kThemeLight, tr("&Light"), ThemeManager::Mode::Light},
                 {ids::kThemeDark, tr("&Dark"), ThemeManager::Mode::Dark}};
    for (const auto &mode : modes) {
        QAction *action = add({id(mode.id), mode.text, tr("Theme")}, ids::kMenuTheme, "",
                              [this, m = mode.mode] { m_theme->setMode(m); });
        action->setCheckable(true);
        themes->addAction(action);
    }
    auto checkTheme = [this] {
        for (const auto &[themeId, mode] :
             {std::pair{ids::kThemeSystem, ThemeManager::Mode::System},
              std::pair{ids::kThemeLight, ThemeManager::Mode::Light},
              std::pair{ids::kThemeDark, ThemeManager::Mode::Dark}})
            m_actions->action(id(themeId))->setChecked(m_theme->mode() == mode);
    };
    connect(m_theme, &ThemeManager::modeChanged, this, checkTheme);
    checkTheme();

    add({id(ids::kAbout), tr("&About Framework M Studio"), help}, ids::kMenuHelp, ids::kGroupAbout,
        [this] {
            QMessageBox::about(
                this, tr("About Framework M Studio"),
                tr("<h3>Framework M Studio %1</h3><p>Design DocTypes visually: fields, layout, "
                   "permissions and the database changes they make.</p><p>Built with Qt %2.</p>")
                    .arg(QStringLiteral(FM_VERSION), QString::fromLatin1(qVersion())));
        });
    add({id(ids::kAboutQt), tr("About &Qt"), help}, ids::kMenuHelp, ids::kGroupAbout,
        [] { QApplication::aboutQt(); });

    auto *properties = new QLabel(tr("Select a DocType or a field to see its properties."));
    properties->setAlignment(Qt::AlignCenter);
    properties->setWordWrap(true);
    properties->setEnabled(false);
    properties->setMargin(12);
    addDock({id(ids::kPropertiesDock), tr("Properties"), properties, Qt::RightDockWidgetArea});
    auto *history = new QUndoView(m_undoGroup);
    history->setEmptyLabel(tr("<no changes>"));
    addDock({id(ids::kUndoHistoryDock), tr("Undo History"), history, Qt::RightDockWidgetArea,
             id(ids::kPropertiesDock)});
    dock(id(ids::kPropertiesDock))->raise();
}

// After the features: they register the actions it shows first (New, Open).
void MainWindow::populateMainToolBar()
{
    QToolBar *bar = m_actions->createToolBar(id(ids::kMainToolBar), tr("Main Toolbar"));
    bar->setIconSize(QSize(18, 18));
    bar->setMovable(false);
    const char *const items[] = {ids::kNewProject, ids::kOpenProject,   ids::kSave,
                                 nullptr,          ids::kUndo,          ids::kRedo,
                                 nullptr,          ids::kCommandPalette};
    for (const char *item : items) {
        if (!item)
            bar->addSeparator();
        else if (m_actions->action(id(item)))
            m_actions->addToToolBar(id(ids::kMainToolBar), id(item));
    }
}

} // namespace fm::studio
