// SPDX-License-Identifier: MIT
#pragma once

namespace fm::studio {

class MainWindow;
class ProjectOperations;

// New DocType, New app and Delete DocType through libcore's scaffolding (project/
// scaffold.h) and libcodegen's controller scaffolds: the files `m new` writes. ProjectModel cannot
// add or drop a DocType in memory yet, so after the files change the project is opened again; with
// unsaved edits the operation is refused rather than losing them (docs/adr/0166).
void installScaffoldOperations(MainWindow &window, ProjectOperations &operations);

} // namespace fm::studio
