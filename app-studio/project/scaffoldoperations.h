// SPDX-License-Identifier: MIT
#pragma once

namespace fm::studio {

class MainWindow;
class ProjectOperations;

// New DocType, New app, Rename and Delete DocType through libcore (project/scaffold.h,
// ProjectModel::renameDocType) and libcodegen's controller scaffolds: the files `m new`
// and `m rename doctype` write. The project model then reads what changed
// (ProjectModel::syncWithDisk), keeping unsaved edits elsewhere (docs/adr/0166, 0182).
void installScaffoldOperations(MainWindow &window, ProjectOperations &operations);

} // namespace fm::studio
