// SPDX-License-Identifier: MIT
#pragma once

class QUndoStack;

namespace fm::studio {

class MainWindow;
class ProjectOperations;
class ProjectTreeView;

namespace ids {
inline constexpr char kProjectDock[] = "Project";
inline constexpr char kNewDocType[] = "DocType.New";
inline constexpr char kNewApp[] = "DocType.NewApp";
inline constexpr char kRenameDocType[] = "DocType.Rename";
inline constexpr char kDeleteDocType[] = "DocType.Delete";
inline constexpr char kRevealInFileManager[] = "Project.Reveal";
inline constexpr char kFilterProject[] = "Project.Filter";
} // namespace ids

// The Project dock's tree (connect to its openDocTypeRequested to open editors) and the
// structural operations it offers, for the features that implement or use them.
ProjectTreeView *projectTreeView(const MainWindow &window);
ProjectOperations *projectOperations(const MainWindow &window);
// Undo for operations on the project's files (Rename DocType): the active stack while the
// focus is in the Project dock, and right after such an operation (ADR 0185).
QUndoStack *projectUndoStack(const MainWindow &window);

} // namespace fm::studio
