// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "generatedfile.h"

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// The controller files of a DocType: doctypes/<snake>/<snake>_controller.{h,cpp}.
struct ControllerPaths
{
    QString header;
    QString source;
};
ControllerPaths controllerPaths(const core::ProjectModel &model, const QString &doctype);

// What `m generate --doctype <name>` does, through the same libcodegen functions: the
// DocType's controller, test and reference page and its app's CMakeLists.txt and plugin,
// merged into the files on disk so code outside the generated regions is kept (ADR
// 0040). Uses the DocType as edited (unsaved edits included, extensions merged) and
// refuses while it has errors. Paths in the outcomes are relative to the app folder.
Result<QList<codegen::FileOutcome>> generateController(core::ProjectModel &model,
                                                       const QString &doctype);

} // namespace fm::studio
