// SPDX-License-Identifier: MIT
#pragma once

// Ids of the shell's contexts, menus, menu groups and actions. Ids are stable: settings,
// tests and other features refer to them. A feature keeps its own ids beside its code.
namespace fm::studio::ids {

// Contexts: an action of a context is enabled only while the context is active.
inline constexpr char kGlobalContext[] = "Global";
inline constexpr char kProjectContext[] = "Project"; // a project is open
inline constexpr char kEditorContext[] = "Editor";   // an editor tab is current

// Menus in the menu bar, in their order.
inline constexpr char kMenuFile[] = "Menu.File";
inline constexpr char kMenuEdit[] = "Menu.Edit";
inline constexpr char kMenuView[] = "Menu.View";
inline constexpr char kMenuDocType[] = "Menu.DocType";
inline constexpr char kMenuHelp[] = "Menu.Help";
inline constexpr int kFilePosition = 100;
inline constexpr int kEditPosition = 200;
inline constexpr int kViewPosition = 300;
inline constexpr int kDocTypePosition = 400;
inline constexpr int kServerPosition = 500; // Server and Git come with their features
inline constexpr int kGitPosition = 600;
inline constexpr int kHelpPosition = 1000;
inline constexpr char kMenuRecentProjects[] = "Menu.File.Recent";
inline constexpr char kMenuTheme[] = "Menu.View.Theme";

// Groups inside the menus, in their order; separators fall between groups.
inline constexpr char kGroupNew[] = "Group.New";
inline constexpr char kGroupOpen[] = "Group.Open";
inline constexpr char kGroupSave[] = "Group.Save";
inline constexpr char kGroupClose[] = "Group.Close";
inline constexpr char kGroupQuit[] = "Group.Quit";
inline constexpr char kGroupUndo[] = "Group.Undo";
inline constexpr char kGroupEdit[] = "Group.Edit";
inline constexpr char kGroupPalette[] = "Group.Palette";
inline constexpr char kGroupDocks[] = "Group.Docks";
inline constexpr char kGroupAppearance[] = "Group.Appearance";
inline constexpr char kGroupHelp[] = "Group.Help";
inline constexpr char kGroupAbout[] = "Group.About";

inline constexpr char kMainToolBar[] = "ToolBar.Main";

// The shell's actions.
inline constexpr char kNewProject[] = "File.NewProject";
inline constexpr char kOpenProject[] = "File.OpenProject";
inline constexpr char kSave[] = "File.Save";
inline constexpr char kSaveAll[] = "File.SaveAll";
inline constexpr char kCloseEditor[] = "File.CloseEditor";
inline constexpr char kCloseProject[] = "File.CloseProject";
inline constexpr char kQuit[] = "File.Quit";
inline constexpr char kUndo[] = "Edit.Undo";
inline constexpr char kRedo[] = "Edit.Redo";
inline constexpr char kCommandPalette[] = "View.CommandPalette";
inline constexpr char kNextEditor[] = "View.NextEditor";
inline constexpr char kPreviousEditor[] = "View.PreviousEditor";
inline constexpr char kFullScreen[] = "View.FullScreen";
inline constexpr char kThemeSystem[] = "View.Theme.System";
inline constexpr char kThemeLight[] = "View.Theme.Light";
inline constexpr char kThemeDark[] = "View.Theme.Dark";
inline constexpr char kAbout[] = "Help.About";
inline constexpr char kAboutQt[] = "Help.AboutQt";
// Dock toggles are "View.Dock.<dock id>".
inline constexpr char kDockActionPrefix[] = "View.Dock.";

// The shell's docks (their object names in the saved window state).
inline constexpr char kPropertiesDock[] = "Properties";
inline constexpr char kUndoHistoryDock[] = "UndoHistory";

} // namespace fm::studio::ids
